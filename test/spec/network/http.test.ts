/**
 * The request a network call describes and the success it gets, as pure functions (src/network/http.ts): each
 * encoding branch, written from the wx.request documentation's rules.
 */
import { bodyBytes, bodyText, queryString, requestOf, requestSuccess } from '../../../src/network/http'

describe('requestOf', () => {
  // rule: REQUEST-GET-QUERY
  it('GET and HEAD put object data into the query, appended with & when the url has one; a string is appended as it is', () => {
    expect(requestOf('request', { url: 'https://a.example/x?v=1', data: { a: 'b c', n: { k: 1 } } }).url).toBe('https://a.example/x?v=1&a=b%20c&n=%7B%22k%22%3A1%7D')
    expect(requestOf('request', { url: 'https://a.example/x', method: 'head', data: { a: 1 } })).toEqual(expect.objectContaining({ url: 'https://a.example/x?a=1', method: 'HEAD', body: undefined }))
    expect(requestOf('request', { url: 'https://a.example/x', data: 'a=1' }).url).toBe('https://a.example/x?a=1')
    expect(requestOf('request', { url: 'https://a.example/x?v=1', data: 'a=1' }).url).toBe('https://a.example/x?v=1&a=1')
    expect(requestOf('request', { url: 'https://a.example/x', data: '' }).url).toBe('https://a.example/x')
    expect(requestOf('request', { url: 'https://a.example/x', data: {} }).url).toBe('https://a.example/x')
    expect(requestOf('request', { url: 'https://a.example/x', data: null }).url).toBe('https://a.example/x')
    expect(requestOf('request', { url: 'https://a.example/x', data: new ArrayBuffer(2) }).url).toBe('https://a.example/x')
  })

  // rule: REQUEST-POST-BODY
  it('other methods send a string or an ArrayBuffer as it is, objects as JSON, or form-encoded whatever the header key casing', () => {
    const buffer = new ArrayBuffer(1)
    expect(requestOf('request', { url: 'u', method: 'PUT', data: buffer }).body).toBe(buffer)
    expect(requestOf('request', { url: 'u', method: 'PUT', data: [1, 2] }).body).toBe('[1,2]')
    expect(requestOf('request', { url: 'u', method: 'PUT', data: { a: 1 }, header: { 'Content-Type': 'application/x-www-form-urlencoded; charset=UTF-8' } }).body).toBe('a=1')
    expect(requestOf('request', { url: 'u', method: 'PUT', data: { a: 1 }, header: { 'content-type': 'text/plain' } }).body).toBe('{"a":1}')
    expect(requestOf('request', { url: 'u', method: 'DELETE' }).body).toBeUndefined()
    expect(requestOf('request', { url: 'u', method: 'DELETE', data: null }).body).toBeUndefined()
  })

  it('header values become strings; a header that is not an object is none; uploadFile is a POST with its name and form', () => {
    expect(requestOf('request', { url: 'u', header: { n: 1 } }).header).toEqual({ n: '1' })
    expect(requestOf('request', { url: 'u', header: 'x' }).header).toEqual({})
    expect(requestOf('request', { url: 'u' })).toEqual({ url: 'u', method: 'GET', data: undefined, header: {}, body: undefined, api: 'request' })
    expect(requestOf('uploadFile', { url: 'u', name: 'file' })).toEqual(expect.objectContaining({ method: 'POST', name: 'file', formData: {}, api: 'uploadFile' }))
    expect(requestOf('uploadFile', { url: 'u', name: 'file', formData: { a: 1 } }).formData).toEqual({ a: 1 })
    expect(queryString({ 'a b': true })).toBe('a%20b=true')
  })
})

describe('the success and the body', () => {
  // rule: REQUEST-DATATYPE-JSON, REQUEST-RESPONSETYPE-ARRAYBUFFER
  it('parses a JSON string for dataType json only; an ArrayBuffer stays one; arraybuffer of a non-string keeps it', () => {
    expect(requestSuccess({}, 200, {}, '[1]').data).toEqual([1])
    expect(requestSuccess({ dataType: 'json' }, 200, {}, '{"a":').data).toBe('{"a":')
    expect(requestSuccess({ dataType: 'other' }, 200, {}, '[1]').data).toBe('[1]')
    expect(requestSuccess({}, 200, {}, { a: 1 }).data).toEqual({ a: 1 })
    const buffer = new ArrayBuffer(3)
    expect(requestSuccess({ responseType: 'arraybuffer' }, 200, {}, buffer).data).toBe(buffer)
    expect(requestSuccess({ responseType: 'text' }, 200, {}, '[1]').data).toEqual([1])
    expect(requestSuccess({}, 204, { a: 'b' }, undefined)).toEqual({ data: undefined, statusCode: 204, header: { a: 'b' }, cookies: [] })
  })

  // rule: UPLOAD-DATA-STRING
  it('bodyText and bodyBytes read every kind of body', () => {
    expect(bodyText('s')).toBe('s')
    expect(bodyText(new TextEncoder().encode('hé').buffer)).toBe('hé')
    expect(bodyText(undefined)).toBe('')
    expect(bodyText(null)).toBe('')
    expect(bodyText({ a: 1 })).toBe('{"a":1}')
    expect(bodyText(3)).toBe('3')
    const bytes = new Uint8Array([1, 2])
    expect(bodyBytes(bytes)).toBe(bytes)
    expect([...bodyBytes(new Uint8Array([3]).buffer)]).toEqual([3])
    expect([...bodyBytes('A')]).toEqual([65])
  })
})
