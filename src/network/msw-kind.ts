/**
 * msw's request handlers (`http.get(...)`, `graphql.query(...)`) as fake-wx handlers. fake-wx never imports
 * msw and never patches a global: it builds a `Request` from the app's options and asks the handler through
 * its public `run({ request, requestId })`, the call msw's own `getResponse` makes. No real network is used:
 * a handler that does not match, or answers `passthrough()`, passes to the next handler.
 */
import { PASS, type HandlerEntry, type HandlerKind } from '../handlers/kinds'
import { requestOf, toArrayBuffer } from './http'
import { rawResponse, type RawResponse } from './raw-response'
import { NETWORK_APIS } from './route-kind'

/** What fake-wx uses of an msw RequestHandler. */
interface MswRequestHandler {
  readonly info: object
  run(args: { request: Request; requestId: string }): Promise<{ response?: Response } | null>
}

export const mswKind: HandlerKind = {
  name: 'msw',
  matches: (value) =>
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { run?: unknown }).run === 'function' &&
    typeof (value as { info?: unknown }).info === 'object' &&
    // msw's WebSocket handlers are read by msw-socket-kind.ts.
    (value as { kind?: unknown }).kind !== 'websocket',
  entries(value) {
    const handler = value as MswRequestHandler
    return NETWORK_APIS.map((api): HandlerEntry => ({ api, kind: 'msw', answer: (options: Readonly<Record<string, unknown>>) => ask(handler, api, options) }))
  },
}

let requests = 0

async function ask(handler: MswRequestHandler, api: string, options: Readonly<Record<string, unknown>>): Promise<RawResponse | typeof PASS> {
  const wx = requestOf(api, options)
  const body = api === 'uploadFile' ? uploadBody(wx.name!, wx.formData!) : wx.body
  const headers = new Headers(wx.header)
  // WeChat's default content type (rule REQUEST-POST-BODY); fetch would say text/plain for a string body.
  if (api === 'request' && body !== undefined && !headers.has('content-type')) headers.set('content-type', 'application/json')
  const request = new Request(wx.url, { method: wx.method, headers, body })
  const result = await handler.run({ request, requestId: `fake-wx-${++requests}` })
  const response = result?.response
  // A passthrough() answer is msw's "perform it for real": fake-wx never does, so the next handler answers.
  if (response === undefined || response.headers.get('x-msw-intention') === 'passthrough') return PASS
  const header: Record<string, string> = {}
  response.headers.forEach((v, k) => (header[k] = v))
  const cookies = response.headers.getSetCookie()
  const binary = api === 'downloadFile' || options.responseType === 'arraybuffer'
  if (api === 'request' && options.enableChunked === true) {
    const chunks = await partsOf(response)
    const whole = new Uint8Array(await new Blob(chunks).arrayBuffer())
    return rawResponse(response.status, header, binary ? toArrayBuffer(whole) : new TextDecoder().decode(whole), cookies, chunks)
  }
  return rawResponse(response.status, header, binary ? await response.arrayBuffer() : await response.text(), cookies)
}

/** The body as the stream delivered it, part by part (an msw handler may answer with a ReadableStream). */
async function partsOf(response: Response): Promise<ArrayBuffer[]> {
  const parts: ArrayBuffer[] = []
  if (response.body === null) return parts
  const reader = response.body.getReader()
  for (let read = await reader.read(); !read.done; read = await reader.read()) parts.push(toArrayBuffer(read.value))
  return parts
}

/** uploadFile's multipart body: the form fields and the file field (its content is not read: the fake's files are in memory). */
function uploadBody(name: string, formData: Readonly<Record<string, unknown>>): FormData {
  const form = new FormData()
  for (const [key, value] of Object.entries(formData)) form.append(key, String(value))
  form.append(name, new Blob([]), name)
  return form
}
