/**
 * The controller: exact misuse messages of install/mock/restore/scopeState, install and uninstall on any
 * target, what configure/setDefaults change at once, what reset() returns to, and listener errors.
 */
import { createFakeWx, type WxResult } from 'fake-wx'
import { messageOf, KNOWN_SCOPES } from '../../support/fixtures'


describe('misuse messages', () => {
  it.each([
    [1, 'got 1.'],
    [null, 'got null.'],
    ['globalThis', "got 'globalThis'."],
  ])('install(%j)', (target, got) => {
    expect(messageOf(() => createFakeWx().install(target as never))).toBe(
      `[fake-wx] install(target) sets target.wx, so target must be an object such as globalThis or a node:vm context, ${got} Call install() with no argument to install on globalThis.`,
    )
  })

  it('mockWxMethod with a name that is not a string, or no API', () => {
    const fake = createFakeWx()
    expect(messageOf(() => fake.mockWxMethod(1 as never, () => 1))).toBe('[fake-wx] mockWxMethod: wx has no API named 1.')
    expect(messageOf(() => fake.mockWxMethod('zzzzzzzzzzzzzzz', () => 1))).toBe("[fake-wx] mockWxMethod: wx has no API named 'zzzzzzzzzzzzzzz'.")
    expect(messageOf(() => fake.mockWxMethod('getLocaton', () => 1))).toBe("[fake-wx] mockWxMethod: wx has no API named 'getLocaton'. Did you mean 'getLocation'?")
  })

  it('mockWxMethod with an impl that is not a function', () => {
    expect(messageOf(() => createFakeWx().mockWxMethod('getLocation', 1 as never))).toBe("[fake-wx] mockWxMethod('getLocation', impl): impl must be a function, got 1.")
  })

  it('restoreWxMethod of a method that is not mocked says what is', () => {
    const fake = createFakeWx()
    expect(messageOf(() => fake.restoreWxMethod('getLocation'))).toBe('[fake-wx] restoreWxMethod: wx.getLocation is not mocked. Nothing is mocked.')
    fake.mockWxMethod('getLocation', () => 1).mockWxMethod('chooseImage', () => 1)
    expect(messageOf(() => fake.restoreWxMethod('showModal'))).toBe('[fake-wx] restoreWxMethod: wx.showModal is not mocked. Mocked: getLocation, chooseImage.')
    expect(messageOf(() => fake.restoreWxMethod('getLocaton'))).toBe(
      "[fake-wx] restoreWxMethod: wx.getLocaton is not mocked. Did you mean 'getLocation'? Mocked: getLocation, chooseImage.",
    )
    expect(messageOf(() => fake.restoreWxMethod(1 as never))).toBe('[fake-wx] restoreWxMethod: wx.1 is not mocked. Mocked: getLocation, chooseImage.')
  })

  it('scopeState with an unknown scope', () => {
    const fake = createFakeWx()
    expect(messageOf(() => fake.scopeState('scope.camra' as never))).toBe("[fake-wx] scopeState: unknown scope 'scope.camra'. Did you mean 'scope.camera'?")
    expect(messageOf(() => fake.scopeState('zzzzzzz' as never))).toBe(`[fake-wx] scopeState: unknown scope 'zzzzzzz'. Known scopes: ${KNOWN_SCOPES}.`)
  })

  it('verify() numbers several problems, one paragraph each', () => {
    const fake = createFakeWx()
    fake.log.add({ type: 'problem', call: 1, kind: 'unscripted-prompt', message: 'first' })
    fake.log.add({ type: 'problem', call: 2, kind: 'unscripted-prompt', message: 'second' })
    expect(messageOf(() => fake.verify())).toBe('[fake-wx] 2 things went wrong that the test did not check:\n\n1. first\n\n2. second')
  })
})

describe('install and uninstall', () => {
  it('a function may be the target; wx is set writable, enumerable and configurable', () => {
    const fake = createFakeWx()
    const target = function sandbox() {} as unknown as Record<string, unknown>
    fake.install(target)
    expect(Object.getOwnPropertyDescriptor(target, 'wx')).toEqual({ value: fake.wx, writable: true, enumerable: true, configurable: true })
    fake.uninstall()
    expect('wx' in target).toBe(false)
  })

  it('uninstall() undoes each install once: a wx set after it stays', () => {
    const fake = createFakeWx()
    const target: Record<string, unknown> = {}
    fake.install(target)
    fake.uninstall()
    target.wx = 'the app set its own'
    fake.uninstall()
    expect(target.wx).toBe('the app set its own')
  })

  it('a wx that is not a fake is never replaced without { replace: true }', () => {
    const fake = createFakeWx()
    const target: Record<string, unknown> = { wx: { getLocation() {} } }
    expect(() => fake.install(target)).toThrow('[fake-wx] wx is already defined (an object; miniprogram-simulate puts one there).')
    fake.install(target, { replace: true })
    expect(target.wx).toBe(fake.wx)
  })
})

describe('install and uninstall, continued', () => {
  it('a wx set to null is not replaced either', () => {
    const target: Record<string, unknown> = { wx: null }
    expect(messageOf(() => createFakeWx().install(target))).toBe(
      '[fake-wx] wx is already defined (null; miniprogram-simulate puts one there). Call install(target, { replace: true }) to put the fake in its place; uninstall() puts the old one back.',
    )
  })

  it('uninstall() puts back what was there before the first install, even when another fake was installed in between', () => {
    const a = createFakeWx()
    const b = createFakeWx()
    const target: Record<string, unknown> = {}
    a.install(target)
    b.install(target)
    a.install(target)
    a.uninstall()
    expect('wx' in target).toBe(false)
  })
})

describe("the controller's log", () => {
  it('is a receiver of the matchers, named fakeWx.log in their messages', async () => {
    const fake = createFakeWx({ onUnscriptedPrompt: 'allow' })
    await fake.wx.getLocation!()
    expect(fake.log).toHavePrompted('scope.userLocation')
    expect(() => expect(fake.log).toHavePrompted('scope.camera')).toThrow('fakeWx.log')
  })
})

describe('delivery outside a tap', () => {
  it('a result is delivered on a promise job: an await needs no macrotask', async () => {
    const fake = createFakeWx()
    const order: string[] = []
    setImmediate(() => order.push('macrotask'))
    await fake.wx.showToast!({ title: 'x' })
    order.push('resolved')
    expect(order).toEqual(['resolved'])
  })
})

describe('configure() and setDefaults() take effect at once', () => {
  it('configure() without a new seed goes on with the same data sequence; a new seed starts its own', async () => {
    const plain = createFakeWx({ onUnscriptedPrompt: 'allow' })
    const first = await plain.wx.getLocation!()
    const second = await plain.wx.getLocation!()
    expect(second).not.toEqual(first)

    const configured = createFakeWx({ onUnscriptedPrompt: 'allow' })
    await expect(configured.wx.getLocation!()).resolves.toEqual(first)
    configured.configure({ tapRule: true })
    await expect(configured.wx.getLocation!()).resolves.toEqual(second)

    const seeded = createFakeWx({ onUnscriptedPrompt: 'allow', seed: 2 })
    const reseeded = createFakeWx({ onUnscriptedPrompt: 'allow' }).configure({ seed: 2 })
    await expect(reseeded.wx.getLocation!()).resolves.toEqual(await seeded.wx.getLocation!())
  })

  // rule: TAP-PROMISE-IOS
  it("configure({ platform: 'ios' }): promises lose tap state from then on", async () => {
    const fake = createFakeWx()
    fake.configure({ platform: 'ios' })
    fake.user.willConfirmModal()
    const result = await fake.user.tap(async () => {
      await fake.wx.showModal!({ title: '去设置' })
      return fake.wx.openSetting!().catch((e: WxResult) => e)
    })
    expect(result.errMsg).toBe('openSetting:fail can only be invoked by user TAP gesture.')
  })

  it('setDefaults() changes the options in force now, not only after reset()', () => {
    const fake = createFakeWx()
    fake.setDefaults({ platform: 'android' })
    expect(fake.options.platform).toBe('android')
    fake.reset()
    expect(fake.options.platform).toBe('android')
  })
})

/** wx.getPrivacySetting's needAuthorization, read through its success callback. */
function needsAuthorization(fake: ReturnType<typeof createFakeWx>): Promise<unknown> {
  return new Promise((resolve) => fake.wx.getPrivacySetting!({ success: (res: WxResult) => resolve(res.needAuthorization) }))
}

describe('the privacy agreement', () => {
  // rule: PRIVACY-BUTTON-AGREES
  it('tapping the agree button ends needAuthorization; reset() brings back the default', async () => {
    const fake = createFakeWx({ privacy: { needAuthorization: true } })
    expect(await needsAuthorization(fake)).toBe(true)
    await fake.user.tapAgreePrivacyButton('agree')
    expect(await needsAuthorization(fake)).toBe(false)
    fake.reset()
    expect(await needsAuthorization(fake)).toBe(true)
  })

  it('setDefaults({ privacy }) applies now and after each reset()', async () => {
    const fake = createFakeWx()
    fake.setDefaults({ privacy: { needAuthorization: true } })
    expect(await needsAuthorization(fake)).toBe(true)
    fake.reset()
    expect(await needsAuthorization(fake)).toBe(true)
  })
})

describe('an app listener that throws', () => {
  it.each([
    [new Error('boom in onStop'), /^an app callback threw: Error: boom in onStop\n {4}at /],
    ['a string', /^an app callback threw: a string$/],
  ])('is recorded as a problem with what it threw (%s)', async (thrown, message) => {
    const fake = createFakeWx()
    fake.user.hasAllowed('scope.record')
    const recorder = fake.wx.getRecorderManager!() as { start(o?: object): void; stop(): void; onStop(l: () => void): void }
    recorder.onStop(() => {
      throw thrown
    })
    recorder.start()
    await fake.settled()
    recorder.stop()
    await fake.settled()
    const problems = fake.log.problems()
    expect(problems).toEqual([expect.objectContaining({ kind: 'callback-threw', call: undefined })])
    expect(problems[0]!.message).toMatch(message)
  })
})
