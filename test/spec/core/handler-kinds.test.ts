/**
 * The seam for other kinds of handlers (msw's request handlers, later): a registered kind recognises its values
 * and answers through the same use() and handlers option; an answer that returns PASS lets the next handler, or
 * the API's own model, answer. Imported from the sources: a kind registers in the module copy it is given.
 */
import { createFakeWx } from '../../../src/controller'
import { PASS, registerHandlerKind, type HandlerEntry, type HandlerKind } from '../../../src/handlers/kinds'
import type { WxResult } from '../../../src/wx-types'
import { messageOf, outcome } from '../../support/fixtures'

/** A toy kind: `{ route: 'https://a.example/x', data }` answers wx.request for that URL and passes for others. */
interface Route {
  readonly route: string
  readonly data: unknown
}

const routeKind: HandlerKind = {
  name: 'route',
  matches: (value) => typeof value === 'object' && value !== null && 'route' in value,
  entries(value, { where }): HandlerEntry[] {
    const { route, data } = value as Route
    if (typeof route !== 'string') throw new Error(`${where}: route must be a string`)
    return [
      {
        api: 'request',
        kind: 'route',
        answer: ((options: { url?: string }) => (options.url === route ? { statusCode: 200, data } : PASS)) as HandlerEntry['answer'],
      },
    ]
  },
}
registerHandlerKind(routeKind)

function request(fake: ReturnType<typeof createFakeWx>, url: string): Promise<WxResult> {
  return new Promise((resolve) => fake.wx.request!({ url, success: resolve, fail: resolve }))
}

describe('a registered handler kind', () => {
  it('is asked before the map, through use() and the handlers option', async () => {
    const fake = createFakeWx({ handlers: [{ route: 'https://a.example/shops', data: [1] }] })
    fake.use({ route: 'https://a.example/me', data: { id: 7 } })
    expect(await request(fake, 'https://a.example/shops')).toEqual({ statusCode: 200, data: [1], errMsg: 'request:ok' })
    expect(await request(fake, 'https://a.example/me')).toEqual({ statusCode: 200, data: { id: 7 }, errMsg: 'request:ok' })
  })

  it('a handler that passes lets the next one answer: a later use() over the defaults, a map after a kind', async () => {
    const fake = createFakeWx({ handlers: { request: () => ({ statusCode: 404, data: 'default' }) } })
    fake.use({ route: 'https://a.example/me', data: 'mine' })
    expect((await request(fake, 'https://a.example/me')).data).toBe('mine')
    expect(await request(fake, 'https://a.example/other')).toEqual({ statusCode: 404, data: 'default', errMsg: 'request:ok' })
  })

  it('a promise of PASS passes too', async () => {
    const fake = createFakeWx({ handlers: { request: () => ({ statusCode: 200, data: 'default' }) } })
    fake.use({ request: () => Promise.resolve(PASS) })
    expect((await request(fake, 'https://a.example/x')).data).toBe('default')
  })

  it('when every handler passes and the API has no model, the call fails loudly', async () => {
    const fake = createFakeWx()
    fake.use({ addCard: () => PASS })
    const result = await new Promise<WxResult>((resolve) => fake.wx.addCard!({ cardList: [], success: resolve, fail: resolve }))
    expect(result.errMsg).toBe('addCard:fail [fake-wx] no handler answered wx.addCard: every handler for it passed.')
    expect(fake.log.problems()).toEqual([expect.objectContaining({ kind: 'handler-threw', message: 'no handler answered wx.addCard: every handler for it passed.' })])
  })

  it('when every handler passes, wx.request’s own model fails it: no real request is made', async () => {
    const fake = createFakeWx()
    fake.use({ route: 'https://a.example/me', data: 1 })
    expect((await request(fake, 'https://a.example/other')).errMsg).toBe('request:fail [fake-wx] no handler answered wx.request(GET https://a.example/other)')
    expect(fake.log.problems()).toEqual([expect.objectContaining({ kind: 'unmodelled-api' })])
  })

  it('when every handler passes, the model answers: a result model (getLocation) and a model of steps (showToast)', async () => {
    const fake = createFakeWx({ authSetting: { 'scope.userLocation': true } })
    fake.use({ getLocation: () => PASS, showToast: () => Promise.resolve(PASS) })
    const [, located] = await outcome(fake.wx.getLocation!({ type: 'wgs84' }))
    expect(located).toEqual(expect.objectContaining({ errMsg: 'getLocation:ok', latitude: expect.any(Number) }))
    await expect(fake.wx.showToast!({ title: 'x' })).resolves.toEqual({ errMsg: 'showToast:ok' })
  })

  it('a synchronous API whose handlers all pass: the model, else loud', () => {
    const fake = createFakeWx()
    fake.use({ canIUse: () => PASS, getExtConfigSync: () => PASS })
    expect(fake.wx.canIUse!('getLocation')).toBe(true)
    expect(() => fake.wx.getExtConfigSync!()).toThrow('wx.getExtConfigSync is not modelled by fake-wx')
    expect(fake.log.calls('getExtConfigSync')).toHaveLength(1)
  })

  it('a mock behind a handler that passes is not called as a handler', async () => {
    const fake = createFakeWx()
    const mock = vitestOrJestFn()
    fake.mockWxMethod('addCard', mock)
    fake.use({ addCard: () => PASS })
    const [how, result] = await outcome(fake.wx.addCard!({ cardList: [] }))
    expect([how, result.errMsg]).toEqual(['rejected', 'addCard:fail [fake-wx] no handler answered wx.addCard: every handler for it passed.'])
    expect(mock.calls).toEqual([])
  })

  it("a kind's own misuse message reaches the test", () => {
    expect(messageOf(() => createFakeWx().use({ route: 1 } as never))).toBe('fakeWx.use: route must be a string')
  })
})

/** A stand-in spy that records its calls (no runner needed). */
function vitestOrJestFn(): ((...args: unknown[]) => unknown) & { calls: unknown[][] } {
  const calls: unknown[][] = []
  return Object.assign((...args: unknown[]) => void calls.push(args), { calls })
}
