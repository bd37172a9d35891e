/**
 * The README's network sample, on the default controller and the global wx the preset installs: msw handlers
 * as defaults, one overridden for a test, and the built-in route form.
 */
import { http, HttpResponse } from 'msw'
import { fakeWx } from 'fake-wx'

declare const wx: { request(options: Record<string, unknown>): unknown }

const get = (url: string) => new Promise<Record<string, unknown>>((resolve) => wx.request({ url, success: resolve, fail: resolve }))

describe('network handlers on the default controller', () => {
  beforeAll(() => {
    fakeWx.setDefaults({ handlers: [http.get('https://api.shop.example/shops', () => HttpResponse.json([{ id: 1 }]))] })
  })
  afterAll(() => {
    fakeWx.setDefaults({ handlers: [] })
  })

  // rule: REQUEST-HTTP-ERROR-IS-SUCCESS
  it('a test overrides a default msw handler; a 503 still reaches success', async () => {
    fakeWx.use(http.get('https://api.shop.example/shops', () => HttpResponse.json([], { status: 503 })))
    const res = await get('https://api.shop.example/shops')
    expect(res.statusCode).toBe(503)
    expect(res.data).toEqual([])
  })

  it('the next test gets the default again', async () => {
    const res = await get('https://api.shop.example/shops')
    expect(res.data).toEqual([{ id: 1 }])
  })

  it('the built-in form answers without msw', async () => {
    fakeWx.use({ 'GET https://api.shop.example/me': (req) => ({ statusCode: 200, data: { url: req.url } }) })
    const res = await get('https://api.shop.example/me')
    expect(res.data).toEqual({ url: 'https://api.shop.example/me' })
  })
})
