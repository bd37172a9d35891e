/**
 * wx.request, downloadFile and uploadFile answered by the built-in route form (`'GET <url>': (req) => ({ ... })`):
 * what the handler gets, how WeChat shapes the success, the task and abort(), and the unhandled request.
 */
import { fresh, callWithCallbacks } from '../../support/fixtures'
import type { FakeWx } from 'fake-wx'

type Fn = (options: Record<string, unknown>) => unknown
const api = (fake: FakeWx, name: string) => (fake.wx as unknown as Record<string, Fn>)[name]!

async function request(fake: FakeWx, options: Record<string, unknown>, name = 'request'): Promise<[string, Record<string, unknown>]> {
  let out: [string, Record<string, unknown>] = ['none', {}]
  api(fake, name)({ ...options, success: (r: Record<string, unknown>) => (out = ['success', r]), fail: (r: Record<string, unknown>) => (out = ['fail', r]) })
  await fake.settled()
  return out
}

describe('wx.request answered by a route handler', () => {
  // rule: REQUEST-GET-QUERY
  it('the handler gets url, method, data and header; GET data goes into the query string', async () => {
    const fake = fresh()
    const seen: unknown[] = []
    fake.use({ 'GET https://api.shop.example/shops': (req) => void seen.push(req) })
    await request(fake, { url: 'https://api.shop.example/shops', data: { city: '上海', page: 2 }, header: { 'X-Token': 't' } })
    expect(seen).toEqual([expect.objectContaining({ url: 'https://api.shop.example/shops?city=%E4%B8%8A%E6%B5%B7&page=2', method: 'GET', data: { city: '上海', page: 2 }, header: { 'X-Token': 't' }, body: undefined })])
  })

  // rule: REQUEST-POST-BODY
  it('POST data is JSON by default and a query string for x-www-form-urlencoded', async () => {
    const fake = fresh()
    const bodies: unknown[] = []
    fake.use({ 'POST https://api.shop.example/orders': (req) => void bodies.push(req.body) })
    await request(fake, { url: 'https://api.shop.example/orders', method: 'post', data: { id: 1 } })
    await request(fake, { url: 'https://api.shop.example/orders', method: 'POST', data: { id: 1, q: 'a b' }, header: { 'content-type': 'application/x-www-form-urlencoded' } })
    await request(fake, { url: 'https://api.shop.example/orders', method: 'POST', data: 'raw' })
    expect(bodies).toEqual(['{"id":1}', 'id=1&q=a%20b', 'raw'])
  })

  // rule: REQUEST-HTTP-ERROR-IS-SUCCESS
  it('a 503 is a success with its statusCode, not a fail', async () => {
    const fake = fresh()
    fake.use({ 'GET https://api.shop.example/shops': () => ({ statusCode: 503, data: { error: 'busy' }, header: { 'Retry-After': '1' } }) })
    expect(await request(fake, { url: 'https://api.shop.example/shops' })).toEqual([
      'success',
      { data: { error: 'busy' }, statusCode: 503, header: { 'Retry-After': '1' }, cookies: [], errMsg: 'request:ok' },
    ])
  })

  // rule: REQUEST-DATATYPE-JSON
  it('dataType json parses a JSON string body once, leaves a non-JSON one a string; another dataType never parses', async () => {
    const fake = fresh()
    fake.use({ 'GET https://a.example/json': () => ({ data: '{"a":1}' }), 'GET https://a.example/text': () => ({ data: 'hello' }) })
    expect((await request(fake, { url: 'https://a.example/json' }))[1].data).toEqual({ a: 1 })
    expect((await request(fake, { url: 'https://a.example/text' }))[1].data).toBe('hello')
    expect((await request(fake, { url: 'https://a.example/json', dataType: 'text' }))[1].data).toBe('{"a":1}')
    expect((await request(fake, { url: 'https://a.example/json' }))[1].statusCode).toBe(200)
  })

  // rule: REQUEST-RESPONSETYPE-ARRAYBUFFER
  it('responseType arraybuffer gives an ArrayBuffer of the body', async () => {
    const fake = fresh()
    fake.use({ 'GET https://a.example/bin': () => ({ data: 'AB' }) })
    const [, res] = await request(fake, { url: 'https://a.example/bin', responseType: 'arraybuffer' })
    expect(res.data).toBeInstanceOf(ArrayBuffer)
    expect([...new Uint8Array(res.data as ArrayBuffer)]).toEqual([65, 66])
  })

  it('matches the method and the URL without its query; a key with a query matches it exactly', async () => {
    const fake = fresh()
    fake.use({ 'GET https://a.example/x?v=1': () => ({ data: 'one' }), 'GET https://a.example/x': () => ({ data: 'any' }), 'POST https://a.example/x': () => ({ data: 'post' }) })
    expect((await request(fake, { url: 'https://a.example/x', data: { v: 1 } }))[1].data).toBe('one')
    expect((await request(fake, { url: 'https://a.example/x?v=2' }))[1].data).toBe('any')
    expect((await request(fake, { url: 'https://a.example/x', method: 'POST' }))[1].data).toBe('post')
  })

  it('a handler may answer later, with a promise; a route map may also hold API handlers', async () => {
    const fake = fresh()
    fake.use({ 'GET https://a.example/slow': async () => ({ statusCode: 201 }), addFileToFavorites: () => ({ ok: 1 }) })
    expect(await request(fake, { url: 'https://a.example/slow' })).toEqual(['success', { data: undefined, statusCode: 201, header: {}, cookies: [], errMsg: 'request:ok' }])
    await expect(api(fake, 'addFileToFavorites')({ filePath: 'a' })).resolves.toEqual({ ok: 1, errMsg: 'addFileToFavorites:ok' })
  })

  // rule: REQUEST-RETURNS-TASK, REQUEST-ABORT
  it('returns a RequestTask; abort() before the answer fails the call with request:fail abort', async () => {
    const fake = fresh()
    fake.use({ 'GET https://a.example/slow': async () => ({ data: 'late' }) })
    const { events, returned } = callWithCallbacks(fake, 'request', { url: 'https://a.example/slow' })
    expect(returned).not.toBeInstanceOf(Promise)
    ;(returned as unknown as { abort(): void }).abort()
    await fake.settled()
    expect(events).toEqual([
      ['fail', { errMsg: 'request:fail abort' }],
      ['complete', { errMsg: 'request:fail abort' }],
    ])
    ;(returned as unknown as { abort(): void }).abort()
    expect(events).toHaveLength(2)
  })

  it('abort() after the response changes nothing; without callbacks it still returns the task', async () => {
    const fake = fresh()
    fake.use({ 'GET https://a.example/x': () => ({ data: 'v' }) })
    const { events, returned } = callWithCallbacks(fake, 'request', { url: 'https://a.example/x' })
    await fake.settled()
    ;(returned as unknown as { abort(): void }).abort()
    expect(events[0]).toEqual(['success', expect.objectContaining({ data: 'v', errMsg: 'request:ok' })])
    expect(typeof (api(fake, 'request')({ url: 'https://a.example/x' }) as { abort?: unknown }).abort).toBe('function')
    await fake.settled()
  })

  // rule: REQUEST-UNHANDLED-LOUD
  it('a request no handler answers fails, and verify() names the method, the URL and the line to add', async () => {
    const fake = fresh()
    fake.use({ 'GET https://a.example/other': () => ({}) })
    const [kind, res] = await request(fake, { url: 'https://api.shop.example/shops?x=1', method: 'POST' })
    expect(kind).toBe('fail')
    expect(res.errMsg).toBe('request:fail [fake-wx] no handler answered wx.request(POST https://api.shop.example/shops?x=1)')
    expect(() => fake.verify()).toThrow(/fakeWx\.use\(\{ 'POST https:\/\/api\.shop\.example\/shops': \(req\) => \(\{ statusCode: 200/)
  })

  it('also fails loudly with no handlers at all, naming msw’s line too', async () => {
    const fake = fresh()
    const [kind] = await request(fake, { url: 'https://a.example/d.png' }, 'downloadFile')
    expect(kind).toBe('fail')
    expect(() => fake.verify()).toThrow(/http\.get\('https:\/\/a\.example\/d\.png'[\s\S]*|data: '\.\.\.'/)
  })

  // rule: REQUEST-INVALID-URL
  it('a relative or scheme-less url fails with invalid url and errno 600009, before any handler', async () => {
    const fake = fresh()
    const seen: unknown[] = []
    fake.use({ request: (options) => void seen.push(options) })
    expect(await request(fake, { url: '/api/shops' })).toEqual(['fail', { errMsg: 'request:fail invalid url "/api/shops"', errno: 600009 }])
    expect(await request(fake, { url: 'api.shop.example/shops' })).toEqual(['fail', { errMsg: 'request:fail invalid url "api.shop.example/shops"', errno: 600009 }])
    expect((await request(fake, { url: 'https://' }, 'downloadFile'))[1].errMsg).toBe('downloadFile:fail invalid url "https://"')
    expect((await request(fake, { url: 'ftp://a.example/x', filePath: 'http://usr/a', name: 'f' }, 'uploadFile'))[1].errMsg).toBe('uploadFile:fail invalid url "ftp://a.example/x"')
    expect(seen).toEqual([])
    expect((await request(fake, { url: 'HTTP://A.example' }))[0]).toBe('success')
  })

  it('data that cannot be encoded fails the call instead of throwing into the app', async () => {
    const fake = fresh()
    fake.use({ 'POST https://a.example/x': () => ({}) })
    const cyclic: Record<string, unknown> = {}
    cyclic.self = cyclic
    const [kind, res] = await request(fake, { url: 'https://a.example/x', method: 'POST', data: cyclic })
    expect(kind).toBe('fail')
    expect(res.errMsg).toMatch(/^request:fail \[fake-wx\] data could not be encoded: .*circular/i)
    expect((await request(fake, { url: 'https://a.example/x', method: 'POST', data: { big: 1n } }))[1].errMsg).toMatch(/^request:fail \[fake-wx\] data could not be encoded/)
  })

  it('a missing url fails with a parameter error, as WeChat does', async () => {
    const fake = fresh()
    const [kind, res] = await request(fake, {})
    expect(kind).toBe('fail')
    expect(res.errMsg).toMatch(/^request:fail parameter error: parameter\.url should be String/)
  })

  it('a handler returning a non-object fails the call and the test', async () => {
    const fake = fresh()
    fake.use({ 'GET https://a.example/x': () => 42 as never })
    const [kind] = await request(fake, { url: 'https://a.example/x' })
    expect(kind).toBe('fail')
    expect(() => fake.verify()).toThrow(/a request handler returned 42/)
  })

  it('a handler returning null (or a promise of a string) fails the call and the test too', async () => {
    const fake = fresh()
    fake.use({ 'GET https://a.example/x': () => null as never, 'GET https://a.example/y': async () => 'text' as never })
    expect((await request(fake, { url: 'https://a.example/x' }))[0]).toBe('fail')
    expect((await request(fake, { url: 'https://a.example/y' }))[0]).toBe('fail')
    expect(fake.log.problems().map((p) => p.message.split('\n')[0])).toEqual([
      expect.stringContaining("a request handler returned null; return { statusCode, data, header } (each optional)."),
      expect.stringContaining("a request handler returned 'text'"),
    ])
    fake.reset()
  })

  it('a route whose handler is not a function is refused with the form to write', () => {
    const fake = fresh()
    expect(() => fake.use({ 'GET https://a.example/x': 42 as never })).toThrow(/a request handler must be a function such as \(req\) => \(\{ statusCode: 200, data \}\), got 42/)
  })
})

describe('tap state', () => {
  // rule: TAP-CARRIERS
  it('a request made in a tap carries it into its callbacks, whoever answers it: openSetting works there', async () => {
    const fake = fresh()
    fake.use({ 'GET https://a.example/me': async () => ({ data: { needSettings: true } }) })
    const wx = fake.wx as unknown as Record<string, Fn>
    const result = await fake.user.tap(
      () => new Promise((resolve) => wx.request!({ url: 'https://a.example/me', success: () => wx.openSetting!({ complete: resolve }) })),
    )
    expect((result as { errMsg: string }).errMsg).toBe('openSetting:ok')
  })

  it('uploadFile is not a carrier: openSetting in its callback needs a tap', async () => {
    const fake = fresh()
    fake.use({ 'POST https://a.example/up': () => ({}) })
    const wx = fake.wx as unknown as Record<string, Fn>
    const result = await fake.user.tap(
      () => new Promise((resolve) => wx.uploadFile!({ url: 'https://a.example/up', filePath: 'http://usr/a.png', name: 'f', success: () => wx.openSetting!({ complete: resolve }) })),
    )
    expect((result as { errMsg: string }).errMsg).toBe('openSetting:fail can only be invoked by user TAP gesture.')
  })
})

describe('onUnhandledRequest', () => {
  // rule: REQUEST-UNHANDLED-LOUD
  it("'warn' fails the call and warns, without failing the test", async () => {
    const fake = fresh({ onUnhandledRequest: 'warn' })
    const warnings: unknown[] = []
    const warn = console.warn
    console.warn = (message: unknown) => void warnings.push(message)
    try {
      expect((await request(fake, { url: 'https://a.example/x' }))[1].errMsg).toBe('request:fail [fake-wx] no handler answered wx.request(GET https://a.example/x)')
    } finally {
      console.warn = warn
    }
    expect(warnings).toEqual([expect.stringMatching(/^\[fake-wx\] no handler answered wx\.request\(GET https:\/\/a\.example\/x\); fake-wx never makes a real request/)])
    expect(fake.log.problems()).toEqual([])
  })

  it('a function gets the request; the call fails; what it throws fails the test', async () => {
    const seen: unknown[] = []
    const fake = fresh({
      onUnhandledRequest: (req) => {
        seen.push([req.method, req.url])
        if (req.url.includes('bad')) throw new Error('unexpected call')
      },
    })
    expect((await request(fake, { url: 'https://a.example/ok', method: 'PUT' }))[0]).toBe('fail')
    expect(fake.log.problems()).toEqual([])
    await request(fake, { url: 'https://a.example/bad' })
    expect(seen).toEqual([['PUT', 'https://a.example/ok'], ['GET', 'https://a.example/bad']])
    expect(fake.log.problems().map((p) => p.message)).toEqual(['onUnhandledRequest threw for GET https://a.example/bad: unexpected call'])
    fake.reset()
  })

  it('anything else is refused with the values it takes', () => {
    expect(() => fresh({ onUnhandledRequest: 'warning' as never })).toThrow(/options\.onUnhandledRequest must be 'error', 'warn' or a function \(request\) => void, got 'warning'\./)
    expect(() => fresh({ onUnhandledRequest: 1 as never })).toThrow(/got 1\.$/)
  })
})

describe('wx.downloadFile and wx.uploadFile', () => {
  // rule: DOWNLOAD-TEMP-FILE
  it('downloadFile writes the body to a temporary file of the fake file system', async () => {
    const fake = fresh()
    fake.use({ 'GET https://cdn.example/poster.png': () => ({ data: 'PNG' }) })
    const [kind, res] = await request(fake, { url: 'https://cdn.example/poster.png' }, 'downloadFile')
    expect(kind).toBe('success')
    expect(res).toEqual({ tempFilePath: expect.stringMatching(/^http:\/\/tmp\/.+\.png$/), statusCode: 200, header: {}, errMsg: 'downloadFile:ok' })
    const fs = (fake.wx as unknown as { getFileSystemManager(): { readFileSync(p: string, e: string): string } }).getFileSystemManager()
    expect(fs.readFileSync(res.tempFilePath as string, 'utf8')).toBe('PNG')
  })

  it('downloadFile with filePath writes there and echoes it; a 404 is still a success', async () => {
    const fake = fresh()
    fake.use({ 'GET https://cdn.example/a.txt': () => ({ statusCode: 404, data: 'nope' }) })
    const target = `${(fake.wx as unknown as { env: { USER_DATA_PATH: string } }).env.USER_DATA_PATH}/a.txt`
    const [kind, res] = await request(fake, { url: 'https://cdn.example/a.txt', filePath: target }, 'downloadFile')
    expect([kind, res.filePath, res.statusCode]).toEqual(['success', target, 404])
    const [kind2, res2] = await request(fake, { url: 'https://cdn.example/a.txt', filePath: 'http://tmp/x.txt' }, 'downloadFile')
    expect(kind2).toBe('fail')
    expect(res2.errMsg).toMatch(/^downloadFile:fail permission denied/)
  })

  // rule: UPLOAD-DATA-STRING, UPLOAD-FILE-MUST-EXIST
  it('uploadFile posts a file the fake has; the response data is always a string', async () => {
    const fake = fresh()
    const seen: unknown[] = []
    fake.use({ 'GET https://cdn.example/p.png': () => ({ data: 'PNG' }), 'POST https://api.example/upload': (req) => (seen.push([req.name, req.formData]), { data: { id: 7 } }) })
    const [, downloaded] = await request(fake, { url: 'https://cdn.example/p.png' }, 'downloadFile')
    const [kind, res] = await request(fake, { url: 'https://api.example/upload', filePath: downloaded.tempFilePath, name: 'file', formData: { a: 1 } }, 'uploadFile')
    expect([kind, res]).toEqual(['success', { data: '{"id":7}', statusCode: 200, header: {}, errMsg: 'uploadFile:ok' }])
    expect(seen).toEqual([['file', { a: 1 }]])
    const fs = (fake.wx as unknown as { getFileSystemManager(): { writeFileSync(p: string, d: string): void; unlinkSync(p: string): void } }).getFileSystemManager()
    const gone = `${(fake.wx as unknown as { env: { USER_DATA_PATH: string } }).env.USER_DATA_PATH}/gone.png`
    fs.writeFileSync(gone, 'x')
    fs.unlinkSync(gone)
    const [kind2, res2] = await request(fake, { url: 'https://api.example/upload', filePath: gone, name: 'file' }, 'uploadFile')
    expect(kind2).toBe('fail')
    expect(res2.errMsg).toMatch(/^uploadFile:fail no such file or directory/)
  })
})

describe('wx.cloud', () => {
  // rule: CLOUD-INIT-NOOP
  it('cloud.init returns nothing and is logged; callFunction is answered by a handler', async () => {
    const fake = fresh()
    const cloud = (fake.wx as unknown as { cloud: Record<string, Fn> }).cloud
    expect(cloud.init!({ env: 'prod' })).toBeUndefined()
    fake.use({ 'cloud.callFunction': ({ name }) => ({ result: { name } }) })
    await expect(cloud.callFunction!({ name: 'shops' })).resolves.toEqual({ result: { name: 'shops' }, errMsg: 'cloud.callFunction:ok' })
    expect(fake.log.calls('cloud.init' as never)).toHaveLength(1)
  })

  // rule: CLOUD-FUNCTION-NOT-FOUND
  it('a callFunction handler that returns nothing for a name: the function does not exist, as WeChat reports it', async () => {
    const fake = fresh()
    const cloud = (fake.wx as unknown as { cloud: Record<string, Fn> }).cloud
    fake.use({ 'cloud.callFunction': ({ name }) => (name === 'shops' ? { result: [1] } : undefined) })
    await expect(cloud.callFunction!({ name: 'shops' })).resolves.toEqual({ result: [1], errMsg: 'cloud.callFunction:ok' })
    await expect(cloud.callFunction!({ name: 'nope' })).rejects.toEqual({ errMsg: 'cloud.callFunction:fail -501000 FunctionName parameter could not be found', errCode: -501000 })
    expect(() => fake.verify()).not.toThrow()
  })

  it('callFunction with no handler at all stays loud', () => {
    const fake = fresh()
    const cloud = (fake.wx as unknown as { cloud: Record<string, Fn> }).cloud
    expect(() => cloud.callFunction!({ name: 'shops' })).toThrow(/wx\.cloud\.callFunction is not modelled by fake-wx/)
    fake.reset()
  })
})
