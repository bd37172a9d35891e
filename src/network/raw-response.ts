/**
 * A response as a network handler kind (route maps, msw) gives it: the status, the header and the body, not
 * yet shaped into the API's success. The API's record shapes it (`respond`): wx.request parses by dataType,
 * downloadFile writes a file, uploadFile keeps a string. Recognised by a brand, not instanceof (two builds).
 */
const RAW = Symbol.for('fake-wx.raw-response')

export interface RawResponse {
  readonly [RAW]: true
  readonly statusCode: number
  readonly header: Record<string, string>
  /** A string, an ArrayBuffer, or (the built-in form) any value the handler returned as `data`. */
  readonly body: unknown
  /** The response's cookies, one Set-Cookie header each: wx.request's `cookies`. */
  readonly cookies: readonly string[]
  /** The body as it arrived in parts (an msw stream), for wx.request's onChunkReceived; undefined for one part. */
  readonly chunks?: readonly ArrayBuffer[]
}

export function rawResponse(statusCode: number, header: Record<string, string>, body: unknown, cookies: readonly string[] = [], chunks?: readonly ArrayBuffer[]): RawResponse {
  return chunks === undefined ? { [RAW]: true, statusCode, header, body, cookies } : { [RAW]: true, statusCode, header, body, cookies, chunks }
}

export function isRawResponse(value: unknown): value is RawResponse {
  return typeof value === 'object' && value !== null && (value as { [RAW]?: unknown })[RAW] === true
}
