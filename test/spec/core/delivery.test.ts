/**
 * src/scheduler.ts: when and in which order results arrive. Every result goes through the scheduler's
 * queue, whether the call settled at once (granted, refused, bad options) or after a popup: the order of
 * calls holds, no tap state is borrowed from a later tap, and reset() fails what is still in flight.
 */
import type { WxResult } from 'fake-wx'
import { fresh, outcome } from '../../support/fixtures'

const TAP_ERROR = 'openSetting:fail can only be invoked by user TAP gesture.'

/** How each call ended, as the log tells it: `#<log id of the call> <api> <type>`. */
function endings(fake: ReturnType<typeof fresh>): string[] {
  return fake.log.results().map((e) => `#${e.call} ${e.api} ${e.type}`)
}

describe('delivery order', () => {
  it('results arrive in call order, whichever way each is delivered', async () => {
    const fake = fresh()
    fake.user.hasAllowed('scope.userLocation').hasDenied('scope.camera')
    const located = fake.wx.getLocation!({ type: 'gcj02' })
    fake.wx.getSetting!({ success: () => {} })
    const authorized = fake.wx.authorize!({ scope: 'scope.camera' })
    const again = fake.wx.getLocation!()
    await Promise.allSettled([located, authorized, again])
    await fake.settled()
    expect(endings(fake)).toEqual(['#1 getLocation resolve', '#2 getSetting success', '#3 authorize reject', '#4 getLocation resolve'])
  })

  it('a call made from a callback is answered after the calls queued before it', async () => {
    const fake = fresh()
    fake.user.hasAllowed('scope.userLocation')
    let inner: Promise<unknown> | undefined
    fake.wx.getSetting!({ success: () => (inner = fake.wx.getLocation!()) })
    fake.wx.getSetting!({ success: () => {} })
    await fake.settled()
    await inner
    // Log ids: #1 and #2 are the getSetting calls, #3 the first success, #4 the getLocation call.
    expect(endings(fake)).toEqual(['#1 getSetting success', '#2 getSetting success', '#4 getLocation resolve'])
  })

  // rule: PROMISE-REJECT-FAIL-OBJECT, TIMING-ASYNC-CALLBACKS
  it('a refusal settled at once still rejects with the plain fail object, asynchronously', async () => {
    const fake = fresh()
    fake.user.hasDenied('scope.userLocation')
    let settled = false
    const call = fake.wx.getLocation!().finally(() => (settled = true))
    expect(settled).toBe(false)
    expect(fake.log.results()).toHaveLength(0)
    const [how, result] = await outcome(call)
    expect(how).toBe('rejected')
    expect(result).not.toBeInstanceOf(Error)
    expect(result).toEqual({ errMsg: 'getLocation:fail auth deny', errno: 103 })
  })
})

describe('tap state and delivery (the tap-state rules)', () => {
  it('a call made just before a tap is not answered inside the tap: its continuation has no tap state (Android keeps tap state across promises)', async () => {
    const fake = fresh({ platform: 'android' })
    fake.user.hasAllowed('scope.userLocation')
    const located = fake.wx.getLocation!()
    const afterLocation = located.then(() => fake.wx.openSetting!().then(
      (r: WxResult) => r.errMsg,
      (e: WxResult) => e.errMsg,
    ))
    await fake.user.tap(() => {})
    expect(await afterLocation).toBe(TAP_ERROR)
  })

  it('the tap handler itself still has its tap state', async () => {
    const fake = fresh({ platform: 'android' })
    fake.user.hasAllowed('scope.userLocation')
    void fake.wx.getLocation!()
    const errMsg = await fake.user.tap(() => fake.wx.openSetting!().then((r: WxResult) => r.errMsg))
    expect(errMsg).toBe('openSetting:ok')
  })
})

describe('reset() and calls in flight', () => {
  it('a promise call settled at once but not yet delivered rejects, naming the reset, and writes nothing to the new log', async () => {
    const fake = fresh()
    fake.user.hasAllowed('scope.userLocation')
    const pending = fake.wx.getLocation!()
    fake.reset()
    await expect(pending).rejects.toEqual({ errMsg: 'getLocation:fail [fake-wx] fake.reset() ran while this call was in flight' })
    await fake.settled()
    expect(fake.log.entries).toEqual([])
  })

  it('a call waiting for the user (a permission dialog) rejects too: nothing the app awaits hangs', async () => {
    const fake = fresh()
    const pending = fake.wx.authorize!({ scope: 'scope.camera' })
    expect(fake.log.prompts('scope.camera')).toHaveLength(1)
    fake.reset()
    await expect(pending).rejects.toEqual({ errMsg: 'authorize:fail [fake-wx] fake.reset() ran while this call was in flight' })
    expect(fake.log.entries).toEqual([])
    expect(fake.scopeState('scope.camera')).toBe('unasked')
  })

  it('a pending user.tap() settles once reset() fails the call its handler awaits', async () => {
    const fake = fresh({ onUnscriptedPrompt: 'deny' })
    const tapped = fake.user.tap(async () => {
      await fake.wx.getSetting!()
      fake.reset()
      return 'done'
    })
    await expect(tapped).resolves.toBe('done')
  })

  it('a rejection nobody awaits is not reported as unhandled', async () => {
    const fake = fresh()
    const unhandled: unknown[] = []
    const listener = (reason: unknown): void => void unhandled.push(reason)
    process.on('unhandledRejection', listener)
    try {
      void fake.wx.getSetting!()
      fake.reset()
      await new Promise((resolve) => setImmediate(resolve))
      await new Promise((resolve) => setTimeout(resolve, 5))
    } finally {
      process.off('unhandledRejection', listener)
    }
    expect(unhandled).toEqual([])
  })

  it('calls after reset() are answered as usual', async () => {
    const fake = fresh()
    void fake.wx.getSetting!()
    fake.reset()
    fake.user.hasAllowed('scope.userLocation')
    await expect(fake.wx.getLocation!()).resolves.toMatchObject({ errMsg: 'getLocation:ok' })
    expect(endings(fake)).toEqual(['#1 getLocation resolve'])
  })
})
