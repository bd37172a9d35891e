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
}

export function rawResponse(statusCode: number, header: Record<string, string>, body: unknown): RawResponse {
  return { [RAW]: true, statusCode, header, body }
}

export function isRawResponse(value: unknown): value is RawResponse {
  return typeof value === 'object' && value !== null && (value as { [RAW]?: unknown })[RAW] === true
}
