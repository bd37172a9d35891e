/**
 * The serverDomains option: the MP console's server domain lists, checked as a phone checks them. Off by
 * default, as in the developer tools with 不校验合法域名 ticked.
 */
import { fresh, messageOf, settledCall } from '../../support/fixtures'
import type { FakeWx, FakeWxOptions } from 'fake-wx'

const call = settledCall

/** A fake with the lists, answering every URL used below with a plain success. */
function withDomains(serverDomains: FakeWxOptions['serverDomains']): { fake: FakeWx; asked: string[] } {
  const fake = fresh({ serverDomains })
  const asked: string[] = []
  const answer = (req: { url: string }) => (asked.push(req.url), { data: 'ok' })
  for (const url of ['https://api.shop.example/shops', 'https://cdn.shop.example/a.png', 'https://www.api.shop.example/x', 'https://a.example/x', 'https://a.example:443/x', 'https://a.example:8080/x', 'https://a.example:9091/x', 'http://api.shop.example/shops', 'https://API.Shop.Example/shops']) {
    fake.use({ [`GET ${url}`]: answer, [`POST ${url}`]: answer })
  }
  return { fake, asked }
}

const NOT_IN_LIST = (api: string) => ['fail', { errMsg: `${api}:fail url not in domain list` }]

describe('serverDomains', () => {
  it('is off by default: every URL may be requested', async () => {
    const { fake } = withDomains(undefined)
    expect((await call(fake, 'request', { url: 'https://cdn.shop.example/a.png' }))[0]).toBe('success')
  })

  // rule: REQUEST-DOMAIN-LIST
  it('one list for every API: a URL outside it fails before any handler is asked, with each API’s name', async () => {
    const { fake, asked } = withDomains(['https://api.shop.example'])
    expect((await call(fake, 'request', { url: 'https://api.shop.example/shops', data: { page: 1 } }))[0]).toBe('success')
    expect(await call(fake, 'request', { url: 'https://cdn.shop.example/a.png' })).toEqual(NOT_IN_LIST('request'))
    expect(await call(fake, 'downloadFile', { url: 'https://cdn.shop.example/a.png' })).toEqual(NOT_IN_LIST('downloadFile'))
    expect(await call(fake, 'uploadFile', { url: 'https://cdn.shop.example/a.png', filePath: 'http://usr/a.png', name: 'file' })).toEqual(NOT_IN_LIST('uploadFile'))
    expect(asked).toEqual(['https://api.shop.example/shops?page=1'])
  })

  // rule: REQUEST-DOMAIN-LIST
  it('a list per API; an API left out has an empty list', async () => {
    const { fake } = withDomains({ request: ['https://api.shop.example'], downloadFile: ['https://cdn.shop.example'] })
    expect(await call(fake, 'request', { url: 'https://cdn.shop.example/a.png' })).toEqual(NOT_IN_LIST('request'))
    expect((await call(fake, 'downloadFile', { url: 'https://cdn.shop.example/a.png' }))[0]).toBe('success')
    expect(await call(fake, 'uploadFile', { url: 'https://api.shop.example/shops', filePath: 'http://usr/a.png', name: 'file' })).toEqual(NOT_IN_LIST('uploadFile'))
  })

  // rule: REQUEST-DOMAIN-PORT
  it('ports match as configured: none allows none, not even :443; one allows only itself', async () => {
    const plain = withDomains(['https://a.example']).fake
    expect((await call(plain, 'request', { url: 'https://a.example/x' }))[0]).toBe('success')
    expect(await call(plain, 'request', { url: 'https://a.example:443/x' })).toEqual(NOT_IN_LIST('request'))
    const port = withDomains(['https://a.example:8080']).fake
    expect((await call(port, 'request', { url: 'https://a.example:8080/x' }))[0]).toBe('success')
    expect(await call(port, 'request', { url: 'https://a.example/x' })).toEqual(NOT_IN_LIST('request'))
    expect(await call(port, 'request', { url: 'https://a.example:9091/x' })).toEqual(NOT_IN_LIST('request'))
  })

  // rule: REQUEST-DOMAIN-PORT
  it('https only, no subdomain through its parent; the case of the host does not matter', async () => {
    const { fake } = withDomains(['https://api.shop.example'])
    expect(await call(fake, 'request', { url: 'http://api.shop.example/shops' })).toEqual(NOT_IN_LIST('request'))
    expect(await call(fake, 'request', { url: 'https://www.api.shop.example/x' })).toEqual(NOT_IN_LIST('request'))
    expect((await call(fake, 'request', { url: 'https://API.Shop.Example/shops' }))[0]).toBe('success')
    expect((await call(withDomains(['HTTPS://API.SHOP.EXAMPLE']).fake, 'request', { url: 'https://api.shop.example/shops' }))[0]).toBe('success')
  })

  // rule: REQUEST-INVALID-URL
  it('an invalid url is reported as such, before the list is looked at', async () => {
    const { fake } = withDomains(['https://api.shop.example'])
    expect(await call(fake, 'request', { url: '/shops' })).toEqual(['fail', { errMsg: 'request:fail invalid url "/shops"', errno: 600009 }])
  })

  it('anything but https origins is refused with the form to write', () => {
    const hint = "write the https origin as the MP console takes it, e.g. 'https://api.shop.example' or 'https://api.shop.example:8080'."
    expect(messageOf(() => fresh({ serverDomains: 'https://a.example' as never }))).toBe(
      "[fake-wx] options.serverDomains must be a list such as ['https://api.shop.example'], or { request, uploadFile, downloadFile } lists, got 'https://a.example'.",
    )
    expect(messageOf(() => fresh({ serverDomains: null as never }))).toMatch(/options\.serverDomains must be a list .* got null\.$/)
    expect(messageOf(() => fresh({ serverDomains: ['api.shop.example'] }))).toBe(`[fake-wx] options.serverDomains: 'api.shop.example' is not a server domain; ${hint}`)
    expect(messageOf(() => fresh({ serverDomains: ['http://a.example'] }))).toBe(`[fake-wx] options.serverDomains: 'http://a.example' is not a server domain; ${hint}`)
    expect(messageOf(() => fresh({ serverDomains: ['https://a.example/api'] }))).toMatch(/'https:\/\/a\.example\/api' is not a server domain/)
    expect(messageOf(() => fresh({ serverDomains: ['https://a.example:80x'] }))).toMatch(/'https:\/\/a\.example:80x' is not a server domain/)
    expect(messageOf(() => fresh({ serverDomains: [42 as never] }))).toMatch(/serverDomains: 42 is not a server domain/)
    expect(messageOf(() => fresh({ serverDomains: { request: ['a.example'] } }))).toBe(`[fake-wx] options.serverDomains.request: 'a.example' is not a server domain; ${hint}`)
    expect(messageOf(() => fresh({ serverDomains: { socket: [] } as never }))).toBe("[fake-wx] options.serverDomains: unknown list 'socket'. Lists: request, uploadFile, downloadFile.")
    expect(messageOf(() => fresh({ serverDomains: { request: 'https://a.example' } as never }))).toBe(
      "[fake-wx] options.serverDomains.request must be a list such as ['https://api.shop.example'], got 'https://a.example'.",
    )
    expect(() => fresh({ serverDomains: { request: [], uploadFile: ['https://a.example:8080'], downloadFile: ['https://b.example'] } })).not.toThrow()
  })
})
