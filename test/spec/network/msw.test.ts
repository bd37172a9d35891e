/**
 * msw's request handlers answering wx.request, downloadFile and uploadFile: the contract of fakeWx.use(...handlers)
 * and the handlers option, a handler that does not match passing to the next, never a real request.
 */
import { http, HttpResponse, passthrough } from 'msw'
import { printTimeline } from 'fake-wx/serializer'
import { fresh, settledCall } from '../../support/fixtures'
import type { FakeWx } from 'fake-wx'

const call = settledCall

describe('msw handlers', () => {
  // rule: REQUEST-HTTP-ERROR-IS-SUCCESS
  it('the defaults answer, a later use() overrides them; a 503 is a success with its statusCode', async () => {
    const fake = fresh({ handlers: [http.get('https://api.shop.example/shops', () => HttpResponse.json([{ id: 1 }]))] })
    expect(await call(fake, 'request', { url: 'https://api.shop.example/shops' })).toEqual([
      'success',
      { data: [{ id: 1 }], statusCode: 200, header: { 'content-length': '10', 'content-type': 'application/json' }, cookies: [], errMsg: 'request:ok' },
    ])
    fake.use(http.get('https://api.shop.example/shops', () => HttpResponse.json([], { status: 503 })))
    const [kind, res] = await call(fake, 'request', { url: 'https://api.shop.example/shops' })
    expect([kind, res.statusCode, res.data]).toEqual(['success', 503, []])
    fake.reset()
    expect((await call(fake, 'request', { url: 'https://api.shop.example/shops' }))[1].data).toEqual([{ id: 1 }])
  })

  it('use() takes any number of handlers; the handler sees the method, the query, the headers and the JSON body', async () => {
    const fake = fresh()
    const seen: unknown[] = []
    fake.use(
      http.get('https://a.example/x', () => HttpResponse.text('get')),
      http.post('https://a.example/x', async ({ request }) => {
        seen.push([request.headers.get('x-token'), await request.json()])
        return HttpResponse.text('posted', { status: 201 })
      }),
    )
    expect((await call(fake, 'request', { url: 'https://a.example/x' }))[1].data).toBe('get')
    const [, res] = await call(fake, 'request', { url: 'https://a.example/x', method: 'POST', data: { id: 1 }, header: { 'X-Token': 't' } })
    expect([res.statusCode, res.data]).toEqual([201, 'posted'])
    expect(seen).toEqual([['t', { id: 1 }]])
  })

  it('GET data reaches the handler as the query string', async () => {
    const fake = fresh()
    fake.use(http.get('https://a.example/search', ({ request }) => HttpResponse.json({ q: new URL(request.url).searchParams.get('q') })))
    expect((await call(fake, 'request', { url: 'https://a.example/search', data: { q: '咖啡' } }))[1].data).toEqual({ q: '咖啡' })
  })

  // rule: REQUEST-UNHANDLED-LOUD
  it('a request no msw handler matches (or one that asks for passthrough) fails and fails the test', async () => {
    const fake = fresh()
    fake.use(http.get('https://a.example/real', () => passthrough()), http.get('https://a.example/x', () => HttpResponse.text('x')))
    const [kind, res] = await call(fake, 'request', { url: 'https://a.example/real' })
    expect([kind, res.errMsg]).toEqual(['fail', 'request:fail [fake-wx] no handler answered wx.request(GET https://a.example/real)'])
    expect(() => fake.verify()).toThrow(/http\.get\('https:\/\/a\.example\/real', \(\) => HttpResponse\.json\(\.\.\.\)\)/)
  })

  it('a handler that throws fails the call and the test with its error', async () => {
    const fake = fresh()
    fake.use(http.get('https://a.example/x', () => {
      throw new TypeError('broken resolver')
    }))
    const [kind] = await call(fake, 'request', { url: 'https://a.example/x' })
    expect(kind).toBe('fail')
    expect(() => fake.verify()).toThrow(/broken resolver/)
  })

  // rule: REQUEST-RESPONSETYPE-ARRAYBUFFER
  it('responseType arraybuffer reads the body as bytes', async () => {
    const fake = fresh()
    fake.use(http.get('https://a.example/bin', () => HttpResponse.arrayBuffer(new Uint8Array([1, 2, 3]).buffer)))
    const [, res] = await call(fake, 'request', { url: 'https://a.example/bin', responseType: 'arraybuffer' })
    expect([...new Uint8Array(res.data as ArrayBuffer)]).toEqual([1, 2, 3])
  })

  // rule: DOWNLOAD-TEMP-FILE, UPLOAD-DATA-STRING
  it('downloadFile writes the body to a temporary file; uploadFile posts the form and gets a string', async () => {
    const fake = fresh()
    const fields: unknown[] = []
    fake.use(
      http.get('https://cdn.example/poster.png', () => HttpResponse.arrayBuffer(new Uint8Array([137, 80]).buffer)),
      http.post('https://api.example/upload', async ({ request }) => {
        const form = await request.formData()
        fields.push([form.get('shop'), form.has('file')])
        return HttpResponse.json({ id: 9 })
      }),
    )
    const [, downloaded] = await call(fake, 'downloadFile', { url: 'https://cdn.example/poster.png' })
    expect(downloaded).toEqual({ tempFilePath: expect.stringMatching(/\.png$/), statusCode: 200, header: expect.objectContaining({ 'content-length': '2' }), errMsg: 'downloadFile:ok' })
    const fs = (fake.wx as unknown as { getFileSystemManager(): { readFileSync(p: string): ArrayBuffer } }).getFileSystemManager()
    expect([...new Uint8Array(fs.readFileSync(downloaded.tempFilePath as string))]).toEqual([137, 80])
    const [, uploaded] = await call(fake, 'uploadFile', { url: 'https://api.example/upload', filePath: downloaded.tempFilePath, name: 'file', formData: { shop: 3 } })
    expect([uploaded.data, uploaded.statusCode]).toEqual(['{"id":9}', 200])
    expect(fields).toEqual([['3', true]])
  })

  it('the timeline shows each request with its URL and its status, the body shortened', async () => {
    const fake = fresh()
    fake.use(http.get('https://a.example/shops', () => HttpResponse.json([{ name: 'x'.repeat(60) }], { status: 503 })))
    await call(fake, 'request', { url: 'https://a.example/shops' })
    expect(printTimeline(fake.log)).toBe(
      [
        "#1 wx.request({ url: 'https://a.example/shops' }) [handler]",
        '  success {',
        "    data: [{ name: 'xxxxxxxxxxxxxxxxxxxxxxxx…' }],",
        '    statusCode: 503,',
        "    header: { 'content-length': '73', 'content-type': 'application/json' },",
        '    cookies: [],',
        "    errMsg: 'request:ok',",
        '  }',
      ].join('\n'),
    )
  })
})
