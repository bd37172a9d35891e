/**
 * What a wx.request (or downloadFile / uploadFile) sends, and what its success looks like, as pure functions:
 * the handler kinds (route maps, msw) build the request from the app's options and shape the response.
 * Rules: REQUEST-GET-QUERY, REQUEST-POST-BODY, REQUEST-DATATYPE-JSON, REQUEST-RESPONSETYPE-ARRAYBUFFER,
 * REQUEST-HEADER-LOWERCASE-CONTENT-TYPE, UPLOAD-DATA-STRING, REQUEST-COOKIES.
 */

/** A request as a handler of the built-in form sees it. */
export interface WxHttpRequest {
  readonly url: string
  /** Upper case: `GET`, `POST`. */
  readonly method: string
  /** The data as the app passed it. */
  readonly data: unknown
  readonly header: Readonly<Record<string, string>>
  /** The body as sent: GET and HEAD have none (their data is in the URL). */
  readonly body: string | ArrayBuffer | undefined
  /** downloadFile, uploadFile: which API made it. */
  readonly api: string
  /** uploadFile: the file's form field name and the extra form fields. */
  readonly name?: string
  readonly formData?: Readonly<Record<string, unknown>>
}

/** What a handler of the built-in form returns: every field optional (200, no data, no header, no cookies). */
export interface WxHttpResponse {
  readonly statusCode?: number
  readonly data?: unknown
  /** A `Set-Cookie` header here is one of the success's `cookies`. */
  readonly header?: Readonly<Record<string, string>>
  /** More cookies than one header can hold: each as a Set-Cookie header's value, e.g. 'sid=abc; Path=/; HttpOnly'. */
  readonly cookies?: readonly string[]
}

const encode = (value: unknown): string => encodeURIComponent(typeof value === 'string' ? value : typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value))

/** `k=v&k2=v2`, each part encodeURIComponent'd; non-string values are converted to strings (rule REQUEST-GET-QUERY). */
export function queryString(data: object): string {
  return Object.entries(data)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encode(value)}`)
    .join('&')
}

function headerOf(raw: unknown): Record<string, string> {
  const header: Record<string, string> = {}
  if (typeof raw === 'object' && raw !== null) for (const [key, value] of Object.entries(raw)) header[key] = String(value)
  return header
}

function contentType(header: Readonly<Record<string, string>>): string {
  const key = Object.keys(header).find((k) => k.toLowerCase() === 'content-type')
  return key === undefined ? 'application/json' : header[key]!
}

/** The request the app's options describe: the method upper-cased, GET data in the query, POST data encoded by content type. */
export function requestOf(api: string, options: Readonly<Record<string, unknown>>): WxHttpRequest {
  const method = (typeof options.method === 'string' ? options.method : 'GET').toUpperCase()
  const header = headerOf(options.header)
  const data = options.data
  let url = String(options.url)
  let body: string | ArrayBuffer | undefined
  if (method === 'GET' || method === 'HEAD') {
    if (typeof data === 'object' && data !== null && !(data instanceof ArrayBuffer)) {
      const query = queryString(data)
      if (query !== '') url += (url.includes('?') ? '&' : '?') + query
    } else if (typeof data === 'string' && data !== '') url += (url.includes('?') ? '&' : '?') + data
  } else if (data instanceof ArrayBuffer || typeof data === 'string') body = data
  else if (data !== undefined && data !== null) {
    body = contentType(header).includes('application/x-www-form-urlencoded') ? queryString(data as object) : JSON.stringify(data)
  }
  const request = { url, method, data, header, body, api }
  if (api !== 'uploadFile') return request
  return { ...request, method: 'POST', name: String(options.name), formData: (options.formData ?? {}) as Record<string, unknown> }
}

/**
 * A success of wx.request from a response: `data` parsed once as JSON when `dataType` is 'json' (the default)
 * and it parses, left a string otherwise; an ArrayBuffer for `responseType: 'arraybuffer'`.
 */
export function requestSuccess(
  options: Readonly<Record<string, unknown>>,
  statusCode: number,
  header: Record<string, string>,
  body: unknown,
  cookies: readonly string[] = [],
): Record<string, unknown> {
  let data = body
  if (options.responseType === 'arraybuffer') data = typeof body === 'string' ? toArrayBuffer(new TextEncoder().encode(body)) : body
  else if (typeof body === 'string' && (options.dataType ?? 'json') === 'json') {
    try {
      data = JSON.parse(body)
    } catch {
      // Not JSON: the string as it came (rule REQUEST-DATATYPE-JSON; WeChat's own behaviour here is unverified).
    }
  }
  return { data, statusCode, header, cookies: [...cookies] }
}

/** The body as text: what uploadFile's `data` always is (rule UPLOAD-DATA-STRING). */
export function bodyText(body: unknown): string {
  if (typeof body === 'string') return body
  if (body instanceof ArrayBuffer) return new TextDecoder().decode(body)
  if (body === undefined || body === null) return ''
  return JSON.stringify(body)
}

/** The body as bytes: what downloadFile writes to its file. */
export function bodyBytes(body: unknown): Uint8Array {
  if (body instanceof ArrayBuffer) return new Uint8Array(body)
  if (body instanceof Uint8Array) return body
  return new TextEncoder().encode(bodyText(body))
}

export function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
}
