/**
 * The namespaces of the global (wx.cloud, wx.worklet, wx.router, wx.env) and what a test sets on wx by hand:
 * it works for the rest of the test, and reset() undoes it.
 */
import { createFakeWx, type FakeWx, type WxApiFunction, type WxResult } from 'fake-wx'
import { createContext, runInContext } from 'node:vm'
import { fresh, outcome } from '../../support/fixtures'

type Namespace = Record<string, WxApiFunction>
const ns = (fake: FakeWx, name: string) => (fake.wx as unknown as Record<string, Namespace>)[name]!
const wxOf = (fake: FakeWx) => fake.wx as unknown as Record<string, unknown>

describe('the namespaces', () => {
  // rule: ENV-USER-DATA-PATH
  it('wx.env.USER_DATA_PATH is the user directory as the platform reports it: wxfile://usr on phones, http://usr in the developer tools', () => {
    const path = (fake: FakeWx) => (fake.wx as unknown as { env: { USER_DATA_PATH: string } }).env.USER_DATA_PATH
    expect(['ios', 'android', 'devtools'].map((platform) => path(createFakeWx({ platform: platform as 'ios' })))).toEqual(['wxfile://usr', 'wxfile://usr', 'http://usr'])
    const fake = fresh()
    fake.configure({ platform: 'android' })
    expect(path(fake)).toBe('wxfile://usr')
    fake.reset()
    expect(path(fake)).toBe('http://usr')
  })

  it('wx.cloud, wx.worklet and wx.router hold the functions the typings declare, each a stable function of this fake', () => {
    const fake = fresh()
    expect(Object.keys(ns(fake, 'cloud')).sort()).toEqual(
      ['CDN', 'CloudID', 'callContainer', 'callFunction', 'connectContainer', 'database', 'deleteFile', 'downloadFile', 'getTempFileURL', 'init', 'uploadFile'].sort(),
    )
    expect(Object.keys(ns(fake, 'router')).sort()).toEqual(['addRouteBuilder', 'getRouteContext', 'removeRouteBuilder'])
    expect(Object.keys(ns(fake, 'worklet'))).toEqual(expect.arrayContaining(['shared', 'timing', 'runOnJS', 'spring']))
    const callFunction = ns(fake, 'cloud').callFunction
    fake.reset()
    expect(ns(fake, 'cloud').callFunction).toBe(callFunction)
    expect(ns(fresh(), 'cloud').callFunction).not.toBe(callFunction)
  })

  it('a namespaced function with neither model nor handler throws, naming the handler to add', () => {
    const fake = fresh()
    expect(() => ns(fake, 'worklet').shared!(0)).toThrow("wx.worklet.shared is not modelled by fake-wx. Answer it for this test:\n  fakeWx.use({ 'worklet.shared': (...args) =>")
    expect(fake.log.calls()).toEqual([expect.objectContaining({ api: 'worklet.shared', args: 0, style: 'sync' })])
    expect(() => fake.verify()).toThrow(/wx\.worklet\.shared is not modelled/)
  })

  // rule: PROMISE-FROM-TYPINGS, ERRMSG-OK
  it("'cloud.callFunction' answered by a handler: promise style, callback style, errMsg cloud.callFunction:ok", async () => {
    const fake = fresh()
    fake.use({ 'cloud.callFunction': (options) => ({ result: { echo: options.data }, requestID: 'r1' }) })
    await expect(ns(fake, 'cloud').callFunction!({ name: 'echo', data: { a: 1 } })).resolves.toEqual({
      result: { echo: { a: 1 } },
      requestID: 'r1',
      errMsg: 'cloud.callFunction:ok',
    })
    const result = await new Promise<WxResult>((resolve) => ns(fake, 'cloud').callFunction!({ name: 'echo', data: 2, success: resolve }))
    expect(result).toEqual({ result: { echo: 2 }, requestID: 'r1', errMsg: 'cloud.callFunction:ok' })
  })

  // rule: PROMISE-FROM-TYPINGS
  it('a synchronous namespaced function (cloud.init, worklet.shared) returns what its handler returns', () => {
    const fake = fresh()
    const shared = { value: 0 }
    fake.use({ 'worklet.shared': () => shared, 'cloud.init': () => undefined })
    expect(ns(fake, 'worklet').shared!(0)).toBe(shared)
    expect(ns(fake, 'cloud').init!({ env: 'prod' })).toBeUndefined()
    expect(fake.log.calls().map((c) => [c.api, c.style, c.handler])).toEqual([
      ['worklet.shared', 'sync', true],
      ['cloud.init', 'sync', true],
    ])
  })

  it("a handler for 'env.USER_DATA_PATH' gives the value for the test", () => {
    const fake = fresh()
    const env = () => (fake.wx as unknown as { env: { USER_DATA_PATH: string } }).env
    fake.use({ 'env.USER_DATA_PATH': () => 'wxfile://custom' })
    expect(env().USER_DATA_PATH).toBe('wxfile://custom')
    fake.reset()
    expect(env().USER_DATA_PATH).toBe('http://usr')
  })
})

describe('what a test sets on wx by hand', () => {
  it('an API assigned by hand answers for the rest of the test; reset() puts the fake’s own back', () => {
    const fake = fresh()
    const own = fake.wx.addCard
    const byHand = () => 'by hand'
    wxOf(fake).addCard = byHand
    expect(fake.wx.addCard).toBe(byHand)
    fake.reset()
    expect(fake.wx.addCard).toBe(own)
  })

  it('a namespace, a function of a namespace and a field of wx.env too', () => {
    const fake = fresh()
    const cloud = ns(fake, 'cloud')
    const callFunction = cloud.callFunction
    wxOf(fake).cloud = { callFunction: () => 'by hand' }
    expect(ns(fake, 'cloud').callFunction!()).toBe('by hand')
    fake.reset()
    expect(ns(fake, 'cloud')).toBe(cloud)
    ;(cloud as Record<string, unknown>).callFunction = () => 'by hand'
    ;(wxOf(fake).env as Record<string, unknown>).USER_DATA_PATH = 'wxfile://by-hand'
    expect((wxOf(fake).env as Record<string, unknown>).USER_DATA_PATH).toBe('wxfile://by-hand')
    fake.reset()
    expect(cloud.callFunction).toBe(callFunction)
    expect((wxOf(fake).env as Record<string, unknown>).USER_DATA_PATH).toBe('http://usr')
  })

  it('a new name, by assignment or Object.assign, is deleted by reset()', () => {
    const fake = fresh()
    const keys = Object.keys(fake.wx).length
    wxOf(fake).$http = 'a helper'
    Object.assign(fake.wx, { $store: 'a store', addCard: () => 'by hand' })
    expect([wxOf(fake).$http, wxOf(fake).$store, Object.keys(fake.wx).length]).toEqual(['a helper', 'a store', keys + 2])
    fake.reset()
    expect(['$http' in fake.wx, '$store' in fake.wx, Object.keys(fake.wx).length]).toEqual([false, false, keys])
    expect((fake.wx.addCard as unknown as { getMockName(): string }).getMockName()).toBe('wx.addCard')
  })

  it('an assignment made twice, or back to the original, is still undone once', () => {
    const fake = fresh()
    const own = fake.wx.addCard
    wxOf(fake).addCard = () => 1
    wxOf(fake).addCard = own
    wxOf(fake).addCard = () => 2
    fake.reset()
    expect(fake.wx.addCard).toBe(own)
  })

  it('an API cannot be deleted or redefined', () => {
    const fake = fresh()
    expect(Reflect.deleteProperty(fake.wx, 'getLocation')).toBe(false)
    expect(Reflect.defineProperty(fake.wx, 'getLocation', { value: 1 })).toBe(false)
    expect(typeof fake.wx.getLocation).toBe('function')
  })

  it('an object made from wx keeps its own assignments', () => {
    const fake = fresh()
    const child = Object.create(fake.wx) as Record<string, unknown>
    child.$own = 1
    expect(Object.keys(child)).toEqual(['$own'])
    expect('$own' in fake.wx).toBe(false)
  })

  it('code in a node:vm context that assigns on wx is undone too', () => {
    const fake = fresh()
    const context = createContext({ wx: fake.wx })
    runInContext('wx.$fromApp = 1; wx.addCard = () => "from app"', context)
    expect([wxOf(fake).$fromApp, fake.wx.addCard!()]).toEqual([1, 'from app'])
    fake.reset()
    expect('$fromApp' in fake.wx).toBe(false)
    expect(() => fake.wx.addCard!({})).toThrow(/not modelled/)
  })

  it('one fake’s assignments are not another’s', async () => {
    const one = fresh()
    const other = fresh()
    wxOf(one).$http = 1
    expect('$http' in other.wx).toBe(false)
    other.reset()
    expect(wxOf(one).$http).toBe(1)
  })

  it('a copy of wx ({ ...wx }) has the namespaces and the functions as they are', async () => {
    const fake = fresh()
    fake.use({ 'cloud.callFunction': () => ({ result: 1 }) })
    const copy = { ...fake.wx } as unknown as Record<string, Namespace>
    expect(await outcome(copy.cloud!.callFunction!({ name: 'f' }))).toEqual(['resolved', { result: 1, errMsg: 'cloud.callFunction:ok' }])
  })
})
