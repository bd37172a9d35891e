/**
 * Handlers (`fakeWx.use`, the `handlers` option, mockWxMethod as their thin form): what a handler gets, how its
 * answer is delivered (callbacks or promise, later, complete last, logged, tap state carried, waited for), how
 * long it lasts, and the misuse messages.
 */
import { setTimeout as realSetTimeout } from 'node:timers'
import { createFakeWx, type WxApiFunction, type WxResult } from 'fake-wx'
import { callWithCallbacks, fresh, messageOf, outcome } from '../../support/fixtures'

const cloud = (fake: ReturnType<typeof fresh>) => fake.wx.cloud as unknown as Record<string, WxApiFunction>

describe('an asynchronous API answered by a handler', () => {
  // rule: PROMISE-IFF-NO-CALLBACK, PROMISE-FROM-TYPINGS, ERRMSG-OK
  it('resolves the promise with the success data and <api>:ok when called without callbacks', async () => {
    const fake = fresh()
    const seen: unknown[] = []
    fake.use({
      addFileToFavorites: (options, context) => {
        seen.push(options, context)
        return { shared: true }
      },
    })
    await expect(fake.wx.addFileToFavorites!({ filePath: 'a.pdf' })).resolves.toEqual({ shared: true, errMsg: 'addFileToFavorites:ok' })
    expect(seen).toEqual([{ filePath: 'a.pdf' }, { api: 'addFileToFavorites' }])
  })

  // rule: TIMING-ASYNC-CALLBACKS, TIMING-COMPLETE-LAST
  it('calls success then complete, later, with the same result, and returns nothing', async () => {
    const fake = fresh()
    fake.use({ addFileToFavorites: () => ({ shared: true }) })
    const { events, returned } = callWithCallbacks(fake, 'addFileToFavorites', { filePath: 'a.pdf' })
    expect(returned).toBeUndefined()
    expect(events).toEqual([])
    await fake.settled()
    expect(events).toEqual([
      ['success', { shared: true, errMsg: 'addFileToFavorites:ok' }],
      ['complete', { shared: true, errMsg: 'addFileToFavorites:ok' }],
    ])
    expect(events[0]![1]).toBe(events[1]![1])
  })

  it('the handler sees a copy of the options without the callbacks, taken at the call', async () => {
    const fake = fresh()
    let seen: Record<string, unknown> = {}
    fake.use({ addFileToFavorites: (options) => void (seen = options as Record<string, unknown>) })
    const options = { filePath: 'a.pdf', success: () => {} }
    fake.wx.addFileToFavorites!(options)
    options.filePath = 'changed.pdf'
    await fake.settled()
    expect(seen).toEqual({ filePath: 'a.pdf' })
  })

  it('returning nothing is a success with errMsg alone; an errMsg in the data is the API’s own', async () => {
    const fake = fresh()
    fake.use({ addFileToFavorites: () => undefined, addCard: () => ({ errMsg: 'addCard:fail not me', cardList: [] }), openCard: () => null })
    await expect(fake.wx.addFileToFavorites!({ filePath: 'a.pdf' })).resolves.toEqual({ errMsg: 'addFileToFavorites:ok' })
    await expect(fake.wx.addCard!({ cardList: [] })).resolves.toEqual({ errMsg: 'addCard:ok', cardList: [] })
    await expect(fake.wx.openCard!({ cardList: [] })).resolves.toEqual({ errMsg: 'openCard:ok' })
  })

  // rule: PROMISE-FROM-TYPINGS
  it('an API with callbacks only (no promise style in the typings) returns no promise', async () => {
    const fake = fresh()
    fake.use({ openChannelsLive: () => ({ ok: 1 }), downloadFile: () => ({ tempFilePath: 'http://tmp/a' }) })
    expect(fake.wx.openChannelsLive!({ finderUserName: 'f' })).toBeUndefined()
    expect(fake.wx.downloadFile!({ url: 'https://a.example/a.png' })).not.toBeInstanceOf(Promise)
    await fake.settled()
    expect(fake.log.results().map((r) => [r.api, r.type, r.result.errMsg])).toEqual([
      ['openChannelsLive', 'success', 'openChannelsLive:ok'],
      ['downloadFile', 'success', 'downloadFile:ok'],
    ])
  })

  // rule: PROMISE-REJECT-FAIL-OBJECT
  it('throwing { errMsg } fails the call with that object, errno and all', async () => {
    const fake = fresh()
    fake.use({
      addFileToFavorites: () => {
        throw { errMsg: 'addFileToFavorites:fail cancel', errno: 1 }
      },
    })
    await expect(fake.wx.addFileToFavorites!({ filePath: 'a.pdf' })).rejects.toEqual({ errMsg: 'addFileToFavorites:fail cancel', errno: 1 })
    const { events } = callWithCallbacks(fake, 'addFileToFavorites', { filePath: 'a.pdf' })
    await fake.settled()
    expect(events.map(([which, res]) => [which, res.errMsg])).toEqual([
      ['fail', 'addFileToFavorites:fail cancel'],
      ['complete', 'addFileToFavorites:fail cancel'],
    ])
    expect(() => fake.verify()).not.toThrow()
  })

  it('an Error with an errMsg fails the call too', async () => {
    const fake = fresh()
    fake.use({ addCard: () => Promise.reject(Object.assign(new Error('no'), { errMsg: 'addCard:fail no' })) })
    const [how, result] = await outcome(fake.wx.addCard!({ cardList: [] }))
    expect(how).toBe('rejected')
    expect(result.errMsg).toBe('addCard:fail no')
  })

  it('a promise answers later: settled() and user.tap() wait for it', async () => {
    const fake = fresh()
    fake.use({ addFileToFavorites: () => new Promise((resolve) => realSetTimeout(() => resolve({ late: true }), 30)) })
    const received: unknown[] = []
    fake.wx.addFileToFavorites!({ filePath: 'a.pdf', success: (res: WxResult) => received.push(res) })
    await fake.settled()
    expect(received).toEqual([{ late: true, errMsg: 'addFileToFavorites:ok' }])
    await fake.user.tap(() => fake.wx.addFileToFavorites!({ filePath: 'b.pdf', success: (res: WxResult) => received.push(res.late) }))
    expect(received).toHaveLength(2)
  })

  it('a rejected promise with { errMsg } fails the call', async () => {
    const fake = fresh()
    fake.use({ 'cloud.callFunction': () => Promise.reject({ errMsg: 'cloud.callFunction:fail -501000 FunctionName parameter could not be found', errCode: -501000 }) })
    await expect(cloud(fake).callFunction!({ name: 'nope' })).rejects.toEqual({
      errMsg: 'cloud.callFunction:fail -501000 FunctionName parameter could not be found',
      errCode: -501000,
    })
  })

  // rule: TAP-CARRIERS
  it('the callbacks of a carrier (request) called with tap state keep it', async () => {
    const fake = createFakeWx({ platform: 'android' })
    fake.use({ request: () => new Promise((resolve) => realSetTimeout(() => resolve({ statusCode: 200, data: {} }), 5)) })
    const result = await new Promise<WxResult>((resolve) => {
      void fake.user.tap(() => fake.wx.request!({ url: 'https://a.example', success: () => fake.wx.openSetting!({ complete: resolve }) }))
    })
    expect(result.errMsg).toBe('openSetting:ok')
  })

  // rule: TAP-AUTHORIZE-NOT-CARRIER
  it('the callbacks of an API that is not a carrier have no tap state', async () => {
    const fake = createFakeWx({ platform: 'android' })
    fake.use({ addFileToFavorites: () => ({}) })
    const result = await new Promise<WxResult>((resolve) => {
      void fake.user.tap(() => fake.wx.addFileToFavorites!({ filePath: 'a', success: () => fake.wx.openSetting!({ complete: resolve }) }))
    })
    expect(result.errMsg).toBe('openSetting:fail can only be invoked by user TAP gesture.')
  })

  it('is logged, marked as answered by a handler in the timeline', async () => {
    const fake = fresh()
    fake.use({ addFileToFavorites: () => ({ shared: true }) })
    await fake.wx.addFileToFavorites!({ filePath: 'a.pdf' })
    expect(fake.log.entries).toEqual([
      { id: 1, type: 'call', api: 'addFileToFavorites', args: { filePath: 'a.pdf' }, style: 'promise', tap: false, handler: true },
      { id: 2, type: 'resolve', call: 1, result: { shared: true, errMsg: 'addFileToFavorites:ok' } },
    ])
    expect(fake.log).toMatchInlineSnapshot(`
      #1 wx.addFileToFavorites({ filePath: 'a.pdf' }) [handler]
        resolve { shared: true, errMsg: 'addFileToFavorites:ok' }
    `)
  })

  it('reset() fails a call whose handler has not answered yet; the late answer changes nothing', async () => {
    const fake = fresh()
    let answer: (value: unknown) => void = () => {}
    fake.use({ addFileToFavorites: () => new Promise((resolve) => (answer = resolve)) })
    const pending = outcome(fake.wx.addFileToFavorites!({ filePath: 'a.pdf' }))
    await new Promise((resolve) => realSetTimeout(resolve, 1))
    fake.reset()
    expect(await pending).toEqual(['rejected', { errMsg: 'addFileToFavorites:fail [fake-wx] fake.reset() ran while this call was in flight' }])
    answer({ late: true })
    await fake.settled()
    expect(fake.log.entries).toEqual([])
  })
})

describe("a handler's own mistakes fail the test, naming the handler", () => {
  it('a throw without an errMsg fails the call and verify()', async () => {
    const fake = fresh()
    fake.use({
      addFileToFavorites: () => {
        throw new TypeError('oops')
      },
    })
    const [how, result] = await outcome(fake.wx.addFileToFavorites!({ filePath: 'a.pdf' }))
    expect([how, result.errMsg]).toEqual(['rejected', 'addFileToFavorites:fail [fake-wx] the handler for wx.addFileToFavorites threw: TypeError: oops'])
    expect(fake.log.problems()).toEqual([expect.objectContaining({ kind: 'handler-threw', call: 1 })])
    expect(() => fake.verify()).toThrow(/the handler for wx\.addFileToFavorites threw: TypeError: oops[\s\S]*throw \{ errMsg: 'addFileToFavorites:fail \.\.\.' \}/)
  })

  it('a rejection without an errMsg (a string) too', async () => {
    const fake = fresh()
    fake.use({ addFileToFavorites: () => Promise.reject('offline') })
    const [, result] = await outcome(fake.wx.addFileToFavorites!({ filePath: 'a.pdf' }))
    expect(result.errMsg).toBe('addFileToFavorites:fail [fake-wx] the handler for wx.addFileToFavorites threw: offline')
  })

  it.each([['a string', 'ok', "'ok'"], ['an array', [1], 'an array'], ['a number', 3, '3']])('returning %s', async (_what, value, described) => {
    const fake = fresh()
    fake.use({ addFileToFavorites: () => value })
    const [how, result] = await outcome(fake.wx.addFileToFavorites!({ filePath: 'a.pdf' }))
    expect(how).toBe('rejected')
    expect(result.errMsg).toBe(
      `addFileToFavorites:fail [fake-wx] the handler for wx.addFileToFavorites returned ${described}; return an object of the success fields (or nothing), e.g. () => ({ ... }).`,
    )
    expect(fake.log.problems()).toEqual([expect.objectContaining({ kind: 'handler-threw' })])
  })
})

describe('a synchronous API answered by a handler', () => {
  it('returns what the handler returns, given the arguments as passed; logged as a handled call', () => {
    const fake = fresh()
    const seen: unknown[][] = []
    fake.use({
      getBatteryInfoSync: (...args) => {
        seen.push(args)
        return { level: 80, isCharging: false }
      },
    })
    expect((fake.wx.getBatteryInfoSync as (...a: unknown[]) => unknown)('a', 2)).toEqual({ level: 80, isCharging: false })
    expect(seen).toEqual([['a', 2]])
    expect(fake.log.entries).toEqual([
      { id: 1, type: 'call', api: 'getBatteryInfoSync', args: ['a', 2], style: 'sync', tap: false, handler: true },
      { id: 2, type: 'return', call: 1, result: { level: 80, isCharging: false } },
    ])
  })

  it('what the handler throws reaches the app as it was thrown', () => {
    const fake = fresh()
    const thrown = { errMsg: 'getBatteryInfoSync:fail nope' }
    fake.use({
      getBatteryInfoSync: () => {
        throw thrown
      },
    })
    let caught: unknown
    try {
      fake.wx.getBatteryInfoSync!()
    } catch (error) {
      caught = error
    }
    expect(caught).toBe(thrown)
  })

  it('a handler for a modelled synchronous API answers in its place', () => {
    const fake = fresh()
    fake.use({ canIUse: (schema: unknown) => schema === 'x' })
    expect(fake.wx.canIUse!('x')).toBe(true)
    expect(fake.wx.canIUse!('getLocation')).toBe(false)
  })
})

describe('a modelled API with a handler', () => {
  it('keeps its gates: the scope is asked first, and a refusal never reaches the handler', async () => {
    const fake = fresh()
    const answered: unknown[] = []
    fake.use({ getLocation: (options) => (answered.push(options), { latitude: 1, longitude: 2 }) })
    fake.user.willDeny('scope.userLocation', { once: true })
    await expect(fake.wx.getLocation!({ type: 'wgs84' })).rejects.toEqual({ errMsg: 'getLocation:fail auth deny', errno: 103 })
    expect(answered).toEqual([])
    fake.user.hasAllowed('scope.userLocation')
    await expect(fake.wx.getLocation!({ type: 'wgs84' })).resolves.toEqual({ latitude: 1, longitude: 2, errMsg: 'getLocation:ok' })
    expect(answered).toEqual([{ type: 'wgs84' }])
    expect(fake.log.prompts('scope.userLocation')).toHaveLength(1)
  })

  // rule: ERRMSG-PARAM-TYPE
  it('keeps its parameter checks', async () => {
    const fake = fresh()
    fake.use({ showToast: () => ({}) })
    await expect(fake.wx.showToast!({ title: 1 })).rejects.toEqual({ errMsg: 'showToast:fail parameter error: parameter.title should be String instead of Number;' })
  })

  it('answers in place of a simple model (showToast), failing it when the handler throws', async () => {
    const fake = fresh()
    fake.use({
      showToast: () => {
        throw { errMsg: 'showToast:fail busy' }
      },
    })
    await expect(fake.wx.showToast!({ title: '已保存' })).rejects.toEqual({ errMsg: 'showToast:fail busy' })
  })
})

describe('how long handlers last', () => {
  it('use() lasts for the test: reset() drops it', async () => {
    const fake = fresh()
    fake.use({ getBatteryInfoSync: () => 1 })
    expect(fake.wx.getBatteryInfoSync!()).toBe(1)
    fake.reset()
    expect(() => fake.wx.getBatteryInfoSync!()).toThrow(/not modelled/)
  })

  it('createFakeWx({ handlers }) and setDefaults({ handlers }) stay across reset(); the latest use() answers first', async () => {
    const fake = createFakeWx({ handlers: { getBatteryInfoSync: () => 'default' } })
    fake.reset()
    expect(fake.wx.getBatteryInfoSync!()).toBe('default')
    fake.use({ getBatteryInfoSync: () => 'first' }).use({ getBatteryInfoSync: () => 'second' })
    expect(fake.wx.getBatteryInfoSync!()).toBe('second')
    fake.reset()
    expect(fake.wx.getBatteryInfoSync!()).toBe('default')
    fake.setDefaults({ handlers: [{ getBatteryInfoSync: () => 'new default' }, { addCard: () => ({}) }] })
    fake.reset()
    expect(fake.wx.getBatteryInfoSync!()).toBe('new default')
    await expect(fake.wx.addCard!({ cardList: [] })).resolves.toEqual({ errMsg: 'addCard:ok' })
  })

  it('configure({ handlers }) replaces the defaults for this test only', () => {
    const fake = createFakeWx({ handlers: { getBatteryInfoSync: () => 'default' } })
    fake.configure({ handlers: { getBatteryInfoSync: () => 'this test' } })
    expect(fake.wx.getBatteryInfoSync!()).toBe('this test')
    fake.reset()
    expect(fake.wx.getBatteryInfoSync!()).toBe('default')
  })

  it('use() takes any number of maps and arrays of them; within one list the first answers', () => {
    const fake = fresh()
    fake.use({ getBatteryInfoSync: () => 'a' }, [{ getExtConfigSync: () => 'b' }, [{ getExtConfigSync: () => 'c' }]])
    expect([fake.wx.getBatteryInfoSync!(), fake.wx.getExtConfigSync!()]).toEqual(['a', 'b'])
    expect(fake.use()).toBe(fake)
  })

  it('the handlers option given later replaces the earlier list', () => {
    const fake = createFakeWx({ handlers: { getBatteryInfoSync: () => 'a' } })
    fake.setDefaults({ handlers: { getExtConfigSync: () => 'b' } })
    expect(() => fake.wx.getBatteryInfoSync!()).toThrow(/not modelled/)
    expect(fake.wx.getExtConfigSync!()).toBe('b')
  })
})

describe('mockWxMethod, the thin form of use()', () => {
  it('replaces the function outright: every argument, `this`, its own return value', () => {
    const fake = fresh()
    const self = { me: true }
    fake.mockWxMethod('getBatteryInfoSync', function (this: unknown, ...args: unknown[]) {
      return [this, args]
    })
    expect((fake.wx.getBatteryInfoSync as (...a: unknown[]) => unknown).call(self, 1, 2)).toEqual([self, [1, 2]])
    expect(fake.log.calls()).toEqual([{ id: 1, type: 'call', api: 'getBatteryInfoSync', args: [1, 2], style: 'mock', tap: false }])
  })

  it('a second mock of the same API replaces the first; the latest of a mock and a handler answers', () => {
    const fake = fresh()
    fake.mockWxMethod('getBatteryInfoSync', () => 'first').mockWxMethod('getBatteryInfoSync', () => 'second')
    expect(fake.wx.getBatteryInfoSync!()).toBe('second')
    fake.use({ getBatteryInfoSync: () => 'handler' })
    expect(fake.wx.getBatteryInfoSync!()).toBe('handler')
    fake.restoreWxMethod('getBatteryInfoSync')
    expect(fake.wx.getBatteryInfoSync!()).toBe('handler')
  })

  it("mocking an API leaves the test's handler for it: restoring the mock brings the handler back", () => {
    const fake = fresh()
    fake.use({ getBatteryInfoSync: () => 'handler' })
    fake.mockWxMethod('getBatteryInfoSync', () => 'mock')
    expect(fake.wx.getBatteryInfoSync!()).toBe('mock')
    fake.restoreWxMethod('getBatteryInfoSync')
    expect(fake.wx.getBatteryInfoSync!()).toBe('handler')
  })

  it('restoring an API that is not mocked lists the mocked ones in the order they were mocked, not the handlers', () => {
    const fake = fresh()
    fake.use({ getExtConfigSync: () => 'handler' })
    fake.mockWxMethod('getBatteryInfoSync', () => 1).mockWxMethod('getSystemInfoSync', () => 2)
    expect(messageOf(() => fake.restoreWxMethod('getExtConfigSync'))).toBe(
      '[fake-wx] restoreWxMethod: wx.getExtConfigSync is not mocked. Mocked: getBatteryInfoSync, getSystemInfoSync.',
    )
  })

  it('mocks a namespaced function', async () => {
    const fake = fresh()
    fake.mockWxMethod('cloud.callFunction', (options: { success: (r: unknown) => void }) => options.success({ result: 1 }))
    const result = await new Promise((resolve) => cloud(fake).callFunction!({ name: 'f', success: resolve }))
    expect(result).toEqual({ result: 1 })
    expect(() => fake.restoreWxMethod('cloud.callFunction')).not.toThrow()
  })
})

describe('use() misuse', () => {
  it('an unknown API, with a suggestion', () => {
    expect(messageOf(() => fresh().use({ addFileToFavoritess: () => ({}) }))).toBe(
      "[fake-wx] fakeWx.use: wx has no API named 'addFileToFavoritess'. Did you mean 'addFileToFavorites'?",
    )
  })

  it('a handler that is not a function', () => {
    expect(messageOf(() => fresh().use({ 'cloud.callFunction': { result: 1 } } as never))).toBe(
      "[fake-wx] fakeWx.use({ 'cloud.callFunction': ... }): a handler must be a function such as (options) => ({ /* success fields */ }), got an object.",
    )
  })

  it.each([
    ['showModal', 'wx.showModal is modelled by fake-wx and answered by the scripted user; write user.willConfirmModal() or user.willCancelModal() instead of a handler.'],
    ['authorize', "wx.authorize is modelled by fake-wx and answered by the scripted user; write user.willAllow('scope.userLocation') or user.willDeny(...) (user.hasAllowed / hasDenied for earlier decisions) instead of a handler."],
    ['getAppAuthorizeSetting', "wx.getAppAuthorizeSetting is modelled by fake-wx and answered by the system option; write createFakeWx({ system: { locationAuthorized: 'denied' } }) or fakeWx.configure({ system: ... }) instead of a handler."],
  ])('an API the scripted user or an option answers (%s)', (api, message) => {
    expect(messageOf(() => fresh().use({ [api]: () => ({}) }))).toBe(`[fake-wx] fakeWx.use: ${message}`)
  })

  it('an event function', () => {
    expect(messageOf(() => fresh().use({ onNetworkStatusChange: () => ({}) }))).toBe(
      "[fake-wx] fakeWx.use: wx.onNetworkStatusChange registers a listener; fake-wx keeps the listeners. Call them with fakeWx.emit('networkStatusChange', payload) instead of a handler.",
    )
  })

  it.each([['a string', 'x', "'x'"], ['null', null, 'null'], ['a function', () => 1, 'a function']])('a value that is not a handler map (%s)', (_what, value, described) => {
    expect(messageOf(() => fresh().use(value as never))).toBe(
      `[fake-wx] fakeWx.use expects handler maps such as { showShareImageMenu: (options) => ({}) } (or arrays of them), got ${described}.`,
    )
  })

  it('the handlers option is checked when given', () => {
    expect(messageOf(() => createFakeWx({ handlers: { nope: () => 1 } }))).toBe("[fake-wx] options.handlers: wx has no API named 'nope'.")
  })
})
