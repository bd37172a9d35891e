/**
 * msw's request handlers and the bytes of a response: downloadFile and responseType 'arraybuffer' deliver them
 * exactly, even when they are not text; each request reaches the handler with its own request id; and the server
 * domain list takes https origins only, as strings.
 */
import { http, HttpResponse } from 'msw'
import { fresh, settledCall } from '../../support/fixtures'

/** Bytes that are not UTF-8: a round trip through text would change them. */
const NOT_TEXT = [0xff, 0x00, 0xfe, 0x80, 0xc3]

const bytes = (buffer: unknown): number[] => [...new Uint8Array(buffer as ArrayBuffer)]

describe('the bytes of an msw response', () => {
  // rule: DOWNLOAD-TEMP-FILE
  it('downloadFile writes exactly the bytes the handler answered', async () => {
    const fake = fresh()
    fake.use(http.get('https://cdn.example/blob.bin', () => HttpResponse.arrayBuffer(new Uint8Array(NOT_TEXT).buffer)))
    const [kind, res] = await settledCall(fake, 'downloadFile', { url: 'https://cdn.example/blob.bin' })
    expect(kind).toBe('success')
    const fs = (fake.wx as unknown as { getFileSystemManager(): { readFileSync(p: string): ArrayBuffer } }).getFileSystemManager()
    expect(bytes(fs.readFileSync(res.tempFilePath as string))).toEqual(NOT_TEXT)
  })

  // rule: REQUEST-RESPONSETYPE-ARRAYBUFFER
  it("responseType 'arraybuffer' gives exactly the bytes the handler answered", async () => {
    const fake = fresh()
    fake.use(http.get('https://a.example/blob', () => HttpResponse.arrayBuffer(new Uint8Array(NOT_TEXT).buffer)))
    const [, res] = await settledCall(fake, 'request', { url: 'https://a.example/blob', responseType: 'arraybuffer' })
    expect(bytes(res.data)).toEqual(NOT_TEXT)
  })

  it('each request reaches the handler with a request id of its own', async () => {
    const fake = fresh()
    const ids: string[] = []
    fake.use(
      http.get('https://a.example/id', ({ requestId }) => {
        ids.push(requestId)
        return HttpResponse.text('ok')
      }),
    )
    await settledCall(fake, 'request', { url: 'https://a.example/id' })
    await settledCall(fake, 'request', { url: 'https://a.example/id' })
    expect(ids).toHaveLength(2)
    expect(ids.every((id) => typeof id === 'string' && id !== '')).toBe(true)
    expect(ids[0]).not.toBe(ids[1])
  })
})

describe('the server domain list', () => {
  // rule: REQUEST-DOMAIN-LIST
  it('takes strings only: a list nested in the list is refused, though it reads as an origin', () => {
    expect(() => fresh({ serverDomains: [['https://api.shop.example']] as never })).toThrow(
      'options.serverDomains: an array is not a server domain;',
    )
  })
})
