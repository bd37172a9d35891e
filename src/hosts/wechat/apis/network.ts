/**
 * wx.request, wx.downloadFile and wx.uploadFile, answered by the test's network handlers (route maps, msw, or
 * a plain `request: (options) => ({ ... })` handler); a request no handler answers fails and fails the test,
 * never reaching a real network. Each returns its task at once (src/network/task.ts: abort(), the timeout, the
 * task's events); with the serverDomains option a URL outside the domain list fails before it is sent.
 * downloadFile and uploadFile reach the fake file system through the media family (loaded on their first call). Rules: REQUEST-HTTP-ERROR-IS-SUCCESS, REQUEST-DATATYPE-JSON,
 * REQUEST-RESPONSETYPE-ARRAYBUFFER, REQUEST-ABORT, REQUEST-RETURNS-TASK, REQUEST-UNHANDLED-LOUD, REQUEST-INVALID-URL,
 * DOWNLOAD-TEMP-FILE, UPLOAD-FILE-MUST-EXIST, UPLOAD-DATA-STRING, TAP-CARRIERS, REQUEST-DOMAIN-LIST, REQUEST-TIMEOUT,
 * REQUEST-COOKIES.
 */
import { fail, ok, type Call, type Outcome } from '../../../api-record'
import { checkDomain } from '../../../network/domains'
import { bodyBytes, bodyText, requestOf, requestSuccess } from '../../../network/http'
import type { RawResponse } from '../../../network/raw-response'
import { responded, startTimeout, stopTimeout, taskOf } from '../../../network/task'
import { media } from '../media/load'
import type { WechatApi } from './record'

/**
 * Every handler passed (or there is none): the call fails as a request that cannot be sent; what else happens is
 * the `onUnhandledRequest` option's: the test fails after it ('error'), a warning, or the test's function.
 */
function unhandled(call: Call): Outcome {
  stopTimeout(call)
  const request = requestOf(call.api, call.options)
  const { method, url } = request
  const base = url.split('?')[0]
  const data = call.api === 'request' ? '{ /* the body */ }' : "'...'"
  const summary = `no handler answered ${call.engine.host.label(call.api)}(${method} ${url})`
  const message = `${summary}; fake-wx never makes a real request. Answer it for this test:\n  fakeWx.use({ '${method} ${base}': (req) => ({ statusCode: 200, data: ${data} }) })\nor with an msw handler: fakeWx.use(http.${method.toLowerCase()}('${base}', () => HttpResponse.json(...)))`
  const policy = call.engine.options.onUnhandledRequest
  if (policy === 'error') call.engine.problem(call.id, 'unmodelled-api', message)
  else if (policy === 'warn') console.warn(`[fake-wx] ${message}`)
  else {
    try {
      policy(request)
    } catch (error) {
      call.engine.problem(call.id, 'unmodelled-api', `onUnhandledRequest threw for ${method} ${url}: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  return fail('fake-wx', summary)
}

function downloaded(call: Call, response: RawResponse): Outcome {
  const bytes = bodyBytes(response.body)
  responded(call, response, bytes.byteLength)
  const files = media().filesOf(call.engine)
  const filePath = call.options.filePath
  if (typeof filePath === 'string') {
    const written = files.write(filePath, bytes, false)
    if (written !== true) return fail(written.failure, written.detail)
    return ok({ filePath, statusCode: response.statusCode, header: response.header })
  }
  const ext = /\.([A-Za-z0-9]{1,5})(?:[?#]|$)/.exec(String(call.options.url))?.[1] ?? 'bin'
  const tempFilePath = files.addTemp(call.engine.data.fileName(ext), bytes, bytes.byteLength)
  return { ok: true, data: { tempFilePath, statusCode: response.statusCode, header: response.header }, fresh: true }
}

/**
 * The url must be an absolute http(s) URL: `request:fail invalid url "<url>"`, errno 600009 (rule REQUEST-INVALID-URL),
 * then on the domain list when there is one.
 */
function checkUrl(call: Call): Outcome | undefined {
  const url = call.options.url as string
  return /^https?:\/\/[^/?#\s]+/i.test(url) ? (checkDomain(call) ?? checkData(call)) : fail('invalid-url', `"${url}"`)
}

/** Nothing refused the call: it is sent, and its timeout starts. */
function send(call: Call): undefined {
  startTimeout(call)
  return undefined
}

function checkRequest(call: Call): Outcome | undefined {
  return checkUrl(call) ?? send(call)
}

/**
 * `data` the bridge cannot serialise (a cycle, a BigInt): the call fails rather than throw into the app. WeChat's
 * errMsg for it is unverified, so the text is fake-wx's own.
 */
function checkData(call: Call): Outcome | undefined {
  try {
    requestOf(call.api, call.options)
    return undefined
  } catch (error) {
    return fail('fake-wx', `data could not be encoded: ${error instanceof Error ? error.message : String(error)}`)
  }
}

/** uploadFile's file must be one the fake has: a local path it never made fails (rule UPLOAD-FILE-MUST-EXIST). */
function checkUploadFile(call: Call): Outcome | undefined {
  const path = call.options.filePath as string
  const files = media().filesOf(call.engine)
  return checkUrl(call) ?? (files.isLocal(path) && files.mayExist(path) ? send(call) : fail('file-not-found', ` ${path}`))
}

/** uploadFile's answer: the bytes sent are the file's (what its progress reports); data is always a string. */
function uploaded(call: Call, response: RawResponse): Outcome {
  responded(call, response, media().filesOf(call.engine).file(call.options.filePath as string)?.size ?? 0)
  return { ok: true, data: { data: bodyText(response.body), statusCode: response.statusCode, header: response.header }, fresh: true }
}

function requested(call: Call, response: RawResponse): Outcome {
  responded(call, response, 0)
  return { ok: true, data: requestSuccess(call.options, response.statusCode, response.header, response.body, response.cookies), fresh: true }
}

const URL_PARAMS = { url: { type: 'String', required: true }, header: { type: 'Object' }, timeout: { type: 'Number' } } as const

export const NETWORK_APIS: readonly WechatApi[] = [
  {
    name: 'request',
    carriesTap: true,
    params: { ...URL_PARAMS, method: { type: 'String' }, dataType: { type: 'String' }, responseType: { type: 'String' }, enableChunked: { type: 'Boolean' } },
    check: checkRequest,
    task: taskOf,
    respond: requested,
    steps: [unhandled],
  },
  {
    name: 'downloadFile',
    carriesTap: true,
    params: { ...URL_PARAMS, filePath: { type: 'String' } },
    check: checkRequest,
    task: taskOf,
    respond: downloaded,
    steps: [unhandled],
  },
  {
    name: 'uploadFile',
    // Not a tap carrier: the tap page names request and downloadFile only (rule TAP-CARRIERS).
    params: { ...URL_PARAMS, filePath: { type: 'String', required: true }, name: { type: 'String', required: true }, formData: { type: 'Object' } },
    check: checkUploadFile,
    task: taskOf,
    respond: uploaded,
    steps: [unhandled],
  },
]

