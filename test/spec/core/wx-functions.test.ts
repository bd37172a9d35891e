/**
 * The wx functions' three paths: a mock (which options reach it, and which carry tap state), a synchronous
 * API and an unmodelled one (what each writes to the log); and a spread copy of wx staying recognisable.
 */
import { createFakeWx, type WxResult } from 'fake-wx'

const TAP_ERROR = 'openSetting:fail can only be invoked by user TAP gesture.'

describe('a mocked API', () => {
  // rule: TAP-CARRIERS
  it('that is not a tap carrier passes no tap state to callbacks its mock calls later', async () => {
    const fake = createFakeWx({ platform: 'android' })
    fake.mockWxMethod('getLocation', (options: { success: (r: unknown) => void }) => {
      setTimeout(() => options.success({ latitude: 1 }), 0)
    })
    const result = await fake.user.tap(
      () => new Promise<WxResult>((resolve) => fake.wx.getLocation!({ success: () => fake.wx.openSetting!({ complete: resolve }) })),
    )
    expect(result.errMsg).toBe(TAP_ERROR)
  })

  it('a carrier called with tap state gets its arguments as passed when they are not an options object', async () => {
    const fake = createFakeWx()
    const received: unknown[] = []
    fake.mockWxMethod('request', (options: unknown) => void received.push(options))
    await fake.user.tap(() => {
      fake.wx.request!()
      fake.wx.request!(null as never)
      fake.wx.request!('https://example.com' as never)
    })
    expect(received).toEqual([undefined, null, 'https://example.com'])
  })

  it('a carrier called with tap state wraps only the callbacks that are functions', async () => {
    const fake = createFakeWx()
    let received: Record<string, unknown> = {}
    fake.mockWxMethod('request', (options: Record<string, unknown>) => void (received = options))
    const complete = () => undefined
    await fake.user.tap(() => fake.wx.request!({ url: 'u', success: 'not a function' as never, fail: undefined, complete }))
    expect(received.url).toBe('u')
    expect(received.success).toBe('not a function')
    expect(received.fail).toBeUndefined()
    expect(typeof received.complete).toBe('function')
    expect(received.complete).not.toBe(complete)
  })
})

describe('the log of a synchronous API', () => {
  it('records the call with its options and tap state, and the returned data', async () => {
    const fake = createFakeWx()
    await fake.user.tap(() => (fake.wx.getAppAuthorizeSetting as (options: unknown) => unknown)({ x: 1 }))
    fake.wx.getAppAuthorizeSetting!()
    expect(fake.log.entries).toEqual([
      expect.objectContaining({ type: 'call', api: 'getAppAuthorizeSetting', args: { x: 1 }, style: 'sync', tap: true, id: 1 }),
      expect.objectContaining({ type: 'return', call: 1, result: expect.objectContaining({ locationAuthorized: 'authorized' }), id: 2 }),
      expect.objectContaining({ type: 'call', api: 'getAppAuthorizeSetting', style: 'sync', tap: false, id: 3 }),
      expect.objectContaining({ type: 'return', call: 3, id: 4 }),
    ])
  })

  it('an object of methods (getRecorderManager) is not recorded as data', () => {
    const fake = createFakeWx()
    fake.wx.getRecorderManager!()
    expect(fake.log.entries.map((e) => e.type)).toEqual(['call'])
  })
})

describe('an unmodelled API', () => {
  it('that the app swallowed still fails the test in verify(), naming the handler to add', () => {
    const fake = createFakeWx()
    const app = () => {
      try {
        return fake.wx.getBatteryInfoSync!()
      } catch {
        return { level: 100 }
      }
    }
    expect(app()).toEqual({ level: 100 })
    expect(() => fake.verify()).toThrow(
      '[fake-wx] something went wrong that the test did not check:\n\n1. wx.getBatteryInfoSync is not modelled by fake-wx. Answer it for this test:\n  fakeWx.use({ getBatteryInfoSync: (...args) => { /* the value wx.getBatteryInfoSync returns */ } })',
    )
    fake.use({ getBatteryInfoSync: () => ({ level: 5 }) })
    fake.reset()
    expect(() => fake.verify()).not.toThrow()
  })

  it('each call is reported, in order', () => {
    const fake = createFakeWx()
    for (const call of [() => fake.wx.addCard!({}), () => fake.wx.getExtConfigSync!()]) expect(call).toThrow(/not modelled/)
    expect(() => fake.verify()).toThrow(/2 things went wrong[\s\S]*1\. wx\.addCard is not modelled[\s\S]*2\. wx\.getExtConfigSync is not modelled/)
  })

  it('records the call with its options, without tap state, then the problem', async () => {
    const fake = createFakeWx()
    await fake.user.tap(() => expect(() => fake.wx.getBatteryInfoSync!({ a: 1 } as never)).toThrow('not modelled'))
    expect(fake.log.entries).toEqual([
      { type: 'call', api: 'getBatteryInfoSync', args: { a: 1 }, style: 'sync', tap: false, id: 1 },
      expect.objectContaining({ type: 'problem', call: 1, kind: 'unmodelled-api', id: 2 }),
    ])
  })
})

describe('a copy of wx', () => {
  it('{ ...wx } is still recognised as the fake by the matchers', async () => {
    const fake = createFakeWx({ onUnscriptedPrompt: 'allow' })
    await fake.wx.getLocation!()
    expect({ ...fake.wx }).toHavePrompted('scope.userLocation')
  })
})

describe('a callback run inside a tap handler', () => {
  // rule: TAP-HANDLER, TAP-PROMISE-IOS
  it.each(['ios', 'android'] as const)('hands the tap state back to the handler (%s)', async (platform) => {
    const fake = createFakeWx({ platform })
    fake.mockWxMethod('request', (options: { success: (r: unknown) => void }) => options.success({ statusCode: 200 }))
    const result = await fake.user.tap(() => {
      fake.wx.request!({ url: 'https://example.com', success: () => undefined })
      return fake.wx.openSetting!().catch((e: WxResult) => e)
    })
    expect(result.errMsg).toBe('openSetting:ok')
  })

  // rule: TAP-PROMISE-DEVTOOLS-PC
  it('on Android the tap state also reaches the continuation of an await in the handler', async () => {
    const fake = createFakeWx({ platform: 'android' })
    const result = await fake.user.tap(async () => {
      await Promise.resolve()
      return fake.wx.openSetting!().catch((e: WxResult) => e)
    })
    expect(result.errMsg).toBe('openSetting:ok')
  })
})

describe('a result delivered while a later tap is live', () => {
  // rule: TAP-AUTHORIZE-NOT-CARRIER
  it('is delivered, without that tap state', async () => {
    const fake = createFakeWx({ platform: 'android' })
    let second: Promise<unknown> | undefined
    const result = await new Promise<WxResult>((resolve) => {
      void fake.user.tap(() => {
        // Queued before the delivery's macrotask: the second tap is live when the result arrives.
        setImmediate(() => (second = fake.user.tap(() => undefined)))
        fake.wx.showToast!({ title: 'x', success: () => fake.wx.openSetting!({ complete: resolve }) })
      })
    })
    await second
    expect(result.errMsg).toBe(TAP_ERROR)
  })

  it('runs outside any turn: what its callback calls is delivered on a promise job, before the next macrotask', async () => {
    const fake = createFakeWx({ platform: 'android' })
    const order: string[] = []
    let second: Promise<unknown> | undefined
    await new Promise<void>((resolve) => {
      void fake.user.tap(() => {
        setImmediate(() => (second = fake.user.tap(() => undefined)))
        fake.wx.showToast!({
          title: 'x',
          success: () => {
            setImmediate(() => {
              order.push('macrotask')
              resolve()
            })
            fake.wx.showToast!({ title: 'y', success: () => order.push('second result') })
          },
        })
      })
    })
    await second
    await fake.settled()
    expect(order).toEqual(['second result', 'macrotask'])
  })
})
