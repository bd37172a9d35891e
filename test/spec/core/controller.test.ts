/** createFakeWx: identity, reset, install, settled, unmodelled APIs, mocks, options. */
import { createFakeWx, fakeWx, installFakeWx, platforms, scopes, user, type WxApiFunction, type WxResult } from 'fake-wx'
import { createContext, runInContext } from 'node:vm'
import { fresh, outcome } from '../../support/fixtures'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * The method names of `interface Wx` in miniprogram-api-typings, read here from the typings (as
 * scripts/gen-wx-api-names.mjs reads them), not from the generated list the fake is built from.
 */
function typingsWxMethods(): string[] {
  const source = readFileSync(join(process.cwd(), 'node_modules/miniprogram-api-typings/types/wx/lib.wx.api.d.ts'), 'utf8')
  const start = source.indexOf('interface Wx {')
  // The interface ends at the next declaration at its own indentation (its doc comments hold code with braces).
  const rest = source.slice(start + 1)
  const next = rest.search(/^ {4}(interface|type|class|namespace) /m)
  const body = source.slice(start, next === -1 ? source.length : start + 1 + next)
  return [...new Set([...body.matchAll(/^ {8}([A-Za-z0-9_]+)(<[^(]*>)?\(/gm)].map((match) => match[1]!))].sort()
}

describe('the wx object', () => {
  it('has its API functions as own enumerable properties, so { ...wx } works', async () => {
    const fake = fresh({ authSetting: { 'scope.userLocation': true } })
    const copy = { ...fake.wx }
    expect(Object.keys(copy)).toEqual(expect.arrayContaining(['authorize', 'getSetting', 'getLocation', 'request']))
    await expect(copy.getLocation!({})).resolves.toMatchObject({ errMsg: 'getLocation:ok' })
  })

  it('defines every API that miniprogram-api-typings declares', () => {
    const declared = typingsWxMethods()
    expect(declared.length).toBeGreaterThan(450) // the parse found the interface
    expect(declared).toEqual(expect.arrayContaining(['authorize', 'getSetting', 'getLocation', 'request', 'navigateTo', 'getStorageSync']))
    const fake = fresh()
    // wx.saveFile is still in WeChat (its page says so) but no longer in the typings; the namespaces are objects.
    expect(Object.keys(fake.wx).sort()).toEqual([...declared, 'saveFile', 'cloud', 'env', 'router', 'worklet'].sort())
    // Own enumerable properties (accessors, so a hand-set value can be undone by reset()), each a function.
    expect(declared.filter((name) => typeof fake.wx[name] !== 'function' || !Object.prototype.propertyIsEnumerable.call(fake.wx, name))).toEqual([])
  })

  it('works injected into a node:vm context', async () => {
    const fake = fresh()
    fake.user.willDeny('scope.userLocation')
    const context = createContext({ wx: fake.wx })
    const errMsg = await runInContext(
      `new Promise((resolve) => wx.getLocation({ type: 'gcj02', fail: (err) => resolve(err.errMsg) }))`,
      context,
    )
    expect(errMsg).toBe('getLocation:fail auth deny')
  })
})

describe('reset()', () => {
  it('forgets decisions, scripts and the log, and keeps the identity of wx and its functions', async () => {
    const fake = fresh()
    const { wx } = fake
    const getLocation = wx.getLocation
    fake.user.willDeny('scope.userLocation')
    await outcome(wx.getLocation!({}))
    fake.reset()
    expect(fake.wx).toBe(wx)
    expect(fake.wx.getLocation).toBe(getLocation)
    expect(fake.log.entries).toEqual([])
    expect(fake.scopeState('scope.userLocation')).toBe('unasked')
    // the script is gone too: the next popup is unscripted
    await outcome(wx.getLocation!({}))
    expect(fake.log.problems()).toHaveLength(1)
  })

  it('fails calls still in flight at once, naming the reset, and keeps them out of the new log', async () => {
    const fake = fresh()
    const seen: [string, unknown][] = []
    fake.wx.showToast!({ title: 'x', success: () => seen.push(['success', undefined]), fail: (res: WxResult) => seen.push(['fail', res.errMsg]), complete: (res: WxResult) => seen.push(['complete', res.errMsg]) })
    fake.reset()
    const errMsg = 'showToast:fail [fake-wx] fake.reset() ran while this call was in flight'
    expect(seen).toEqual([
      ['fail', errMsg],
      ['complete', errMsg],
    ])
    await fake.settled()
    expect(seen).toHaveLength(2)
    expect(fake.log.entries).toEqual([])
  })

  it('returns to the options given at creation, and re-seeds the data', async () => {
    const fake = fresh({ platform: 'android', authSetting: { 'scope.userLocation': true } })
    const first = await fake.wx.getLocation!({})
    fake.configure({ platform: 'ios' })
    expect(fake.options.platform).toBe('ios')
    fake.reset()
    expect(fake.options.platform).toBe('android')
    expect(fake.scopeState('scope.userLocation')).toBe('granted')
    await expect(fake.wx.getLocation!({})).resolves.toEqual(first)
  })
})

describe('settled()', () => {
  it('waits for chains the app builds on the fake (await getSetting, then authorize, then the API)', async () => {
    const fake = fresh()
    fake.user.willAllow('scope.werun')
    let done = false
    void (async () => {
      const { authSetting } = (await fake.wx.getSetting!()) as unknown as { authSetting: Record<string, boolean> }
      if (authSetting['scope.werun'] === undefined) await fake.wx.authorize!({ scope: 'scope.werun' })
      await fake.wx.getWeRunData!()
      done = true
    })()
    await fake.settled()
    expect(done).toBe(true)
  })
})

describe('install() / uninstall()', () => {
  it('sets target.wx and puts back what was there', () => {
    const fake = fresh()
    const target: { wx?: unknown } = {}
    fake.install(target)
    expect(target.wx).toBe(fake.wx)
    fake.uninstall()
    expect('wx' in target).toBe(false)
  })

  it('refuses to clobber an existing wx silently, and replaces it when asked', () => {
    const fake = fresh()
    const simulateWx = { getBatteryInfoSync: () => ({}) }
    const target = { wx: simulateWx }
    expect(() => fake.install(target)).toThrow(/wx is already defined .*install\(target, \{ replace: true \}\)/)
    fake.install(target, { replace: true })
    expect(target.wx).toBe(fake.wx)
    fake.uninstall()
    expect(target.wx).toBe(simulateWx)
  })

  it('replaces another fake (the presets install one), and uninstall() puts it back', () => {
    const first = fresh()
    const second = fresh()
    const target: { wx?: unknown } = {}
    first.install(target)
    second.install(target)
    expect(target.wx).toBe(second.wx)
    second.uninstall()
    expect(target.wx).toBe(first.wx)
  })

  it("the README's example works where a preset already installed the default fake", async () => {
    expect((globalThis as { wx?: unknown }).wx).toBe(fakeWx.wx)
    const fake = createFakeWx({ platform: 'ios', seed: 1 })
    fake.install()
    try {
      fake.user.willDeny('scope.userLocation')
      const wx = (globalThis as unknown as { wx: typeof fake.wx }).wx
      let errMsg: unknown
      wx.getLocation!({ type: 'gcj02', fail: (err: { errMsg: string }) => (errMsg = err.errMsg) })
      await fake.settled()
      expect(errMsg).toBe('getLocation:fail auth deny')
      expect(fake.log.prompts('scope.userLocation').length).toBe(1)
    } finally {
      fake.uninstall()
    }
    expect((globalThis as { wx?: unknown }).wx).toBe(fakeWx.wx)
  })

  it('installing the same fake twice is a no-op', () => {
    const fake = fresh()
    const target = {}
    fake.install(target).install(target)
    fake.uninstall()
    expect('wx' in target).toBe(false)
  })
})

describe('the default controller', () => {
  it('fakeWx is a controller, user is its user, installFakeWx installs it with defaults', () => {
    expect(user).toBe(fakeWx.user)
    const previous = fakeWx.options
    try {
      const installed = installFakeWx({ platform: 'android' })
      expect(installed).toBe(fakeWx)
      expect((globalThis as { wx?: unknown }).wx).toBe(fakeWx.wx)
      fakeWx.reset()
      expect(fakeWx.options.platform).toBe('android')
    } finally {
      fakeWx.setDefaults({ platform: previous.platform })
      fakeWx.reset()
    }
  })

  // rule: SCOPE-TABLE
  it('exports the platform and scope lists', () => {
    expect(platforms).toEqual(['ios', 'android', 'devtools', 'windows', 'mac', 'ohos', 'ohos_pc'])
    expect(scopes).toContain('scope.userLocation')
    expect(scopes).toHaveLength(14)
  })
})

describe('APIs the fake does not model', () => {
  it('fail loudly, saying how to answer them, and verify() reports it even when the app caught the throw', () => {
    const fake = fresh()
    expect(() => fake.wx.getBatteryInfoSync!()).toThrow(
      '[fake-wx] wx.getBatteryInfoSync is not modelled by fake-wx. Answer it for this test:\n  fakeWx.use({ getBatteryInfoSync: (...args) => { /* the value wx.getBatteryInfoSync returns */ } })',
    )
    expect(fake.log.problems()).toEqual([expect.objectContaining({ kind: 'unmodelled-api' })])
    expect(() => fake.verify()).toThrow(/something went wrong that the test did not check:\n\n1\. wx\.getBatteryInfoSync is not modelled by fake-wx[\s\S]*fakeWx\.use\(\{ getBatteryInfoSync:/)
  })

  it('an asynchronous one names a handler that returns the success fields', () => {
    const fake = fresh()
    expect(() => fake.wx.addCard!({ cardList: [] })).toThrow('  fakeWx.use({ addCard: (options) => ({ /* success fields */ }) })')
    expect(() => (fake.wx.cloud as unknown as Record<string, WxApiFunction>).callFunction!({ name: 'f' })).toThrow(
      "wx.cloud.callFunction is not modelled by fake-wx. Answer it for this test:\n  fakeWx.use({ 'cloud.callFunction': (options) => ({ /* success fields */ }) })",
    )
  })

  it('mockWxMethod stubs one (keeping the function identity); restoreWxMethod and reset undo it', () => {
    const fake = fresh()
    const fn = fake.wx.getBatteryInfoSync
    fake.mockWxMethod('getBatteryInfoSync', () => ({ level: 50 }))
    expect(fn!()).toEqual({ level: 50 })
    expect(fake.log.calls('getBatteryInfoSync')).toEqual([expect.objectContaining({ style: 'mock' })])
    fake.restoreWxMethod('getBatteryInfoSync')
    expect(() => fn!()).toThrow(/not modelled/)
    fake.mockWxMethod('getBatteryInfoSync', () => 1)
    fake.reset()
    expect(() => fn!()).toThrow(/not modelled/)
  })

  it('mockWxMethod can replace a modelled API too', async () => {
    const fake = fresh()
    fake.mockWxMethod('getLocation', () => Promise.resolve({ errMsg: 'getLocation:ok', latitude: 1 }))
    await expect(fake.wx.getLocation!()).resolves.toEqual({ errMsg: 'getLocation:ok', latitude: 1 })
  })

  it('mockWxMethod rejects unknown names with a suggestion', () => {
    expect(() => fresh().mockWxMethod('getBatteryInfoSnyc', () => 1)).toThrow(/Did you mean 'getBatteryInfoSync'\?/)
  })
})

describe('options', () => {
  it.each([
    [{ platform: 'andriod' }, /options\.platform must be one of .* Did you mean 'android'\?/],
    [{ plaform: 'ios' }, /unknown option 'plaform'\. Did you mean 'platform'\?/],
    [{ seed: 1.5 }, /options\.seed must be an integer/],
    [{ authSetting: { 'scope.userLocaton': false } }, /Did you mean 'scope\.userLocation'\?/],
    [{ authSetting: { 'scope.camera': 'yes' } }, /must be true \(allowed earlier\) or false \(denied earlier\)/],
    [{ onUnscriptedPrompt: 'eror' }, /Did you mean 'error'\?/],
  ])('%j is rejected with a clear message', (options, message) => {
    expect(() => createFakeWx(options as never)).toThrow(message)
  })
})

describe('onUnscriptedPrompt', () => {
  it("'error' (default): the call fails and verify() names the scope, the API and the line to add", async () => {
    const fake = fresh()
    const [how, res] = await outcome(fake.wx.getLocation!({}))
    expect(how).toBe('rejected')
    expect(res.errMsg).toBe('getLocation:fail [fake-wx] no answer scripted for the scope.userLocation popup')
    expect(fake.scopeState('scope.userLocation')).toBe('unasked')
    expect(() => fake.verify()).toThrow(/wx\.getLocation showed the permission popup for 'scope\.userLocation'[\s\S]*user\.willAllow\('scope\.userLocation'\)/)
  })

  it.each([
    ['allow', 'getLocation:ok'],
    ['deny', 'getLocation:fail auth deny'],
  ] as const)("'%s' answers silently", async (policy, errMsg) => {
    const fake = fresh({ onUnscriptedPrompt: policy })
    const [, res] = await outcome(fake.wx.getLocation!({}))
    expect(res.errMsg).toBe(errMsg)
    expect(fake.log.problems()).toEqual([])
  })

  it("'warn' warns, then the user allows", async () => {
    const fake = fresh({ onUnscriptedPrompt: 'warn' })
    const warnings: unknown[] = []
    const original = console.warn
    console.warn = (...args: unknown[]) => void warnings.push(args[0])
    try {
      await expect(fake.wx.authorize!({ scope: 'scope.camera' })).resolves.toEqual({ errMsg: 'authorize:ok' })
    } finally {
      console.warn = original
    }
    expect(String(warnings[0])).toMatch(/\[fake-wx\] wx\.authorize showed the permission popup for 'scope\.camera'/)
  })

  it.each([
    ['allow', { modal: true, tapIndex: 0, subscribe: 'accept', clipboard: 'getClipboardData:ok' }],
    ['deny', { modal: false, tapIndex: undefined, subscribe: 'reject', clipboard: 'getClipboardData:fail privacy permission is not authorized' }],
    ['dismiss', { modal: false, tapIndex: undefined, subscribe: 'reject', clipboard: 'getClipboardData:fail privacy permission is not authorized' }],
  ] as const)("'%s' answers every kind of prompt the same way, silently", async (policy, expected) => {
    const fake = fresh({ onUnscriptedPrompt: policy, privacy: { needAuthorization: true } })
    const modal = (await fake.wx.showModal!({ title: '?' })) as WxResult
    const sheet = await outcome(fake.wx.showActionSheet!({ itemList: ['a', 'b'] }))
    const panel = (await fake.user.tap(() => fake.wx.requestSubscribeMessage!({ tmplIds: ['t1'] }))) as WxResult
    const [, clipboard] = await outcome(fake.wx.getClipboardData!())
    expect([modal.confirm, sheet[1].tapIndex, panel.t1, clipboard.errMsg]).toEqual([expected.modal, expected.tapIndex, expected.subscribe, expected.clipboard])
    expect(fake.log.problems()).toEqual([])
  })

  it("'warn' warns for every kind of prompt, then says yes", async () => {
    const fake = fresh({ onUnscriptedPrompt: 'warn' })
    const warnings: unknown[] = []
    const original = console.warn
    console.warn = (message: unknown) => void warnings.push(message)
    try {
      await fake.wx.showActionSheet!({ itemList: ['a'] })
      await fake.user.tap(() => fake.wx.requestSubscribeMessage!({ tmplIds: ['t1'] }))
    } finally {
      console.warn = original
    }
    expect(warnings).toEqual([expect.stringMatching(/wx\.showActionSheet showed/), expect.stringMatching(/wx\.requestSubscribeMessage showed/)])
    expect(fake.log.problems()).toEqual([])
  })

  it('a function decides per popup and sees the scope and the API', async () => {
    const seen: string[] = []
    const fake = fresh({
      onUnscriptedPrompt: ({ scope, api }) => {
        seen.push(`${api} ${scope}`)
        return scope === 'scope.camera' ? 'allow' : 'deny'
      },
    })
    await expect(fake.wx.authorize!({ scope: 'scope.camera' })).resolves.toEqual({ errMsg: 'authorize:ok' })
    await expect(fake.wx.getWeRunData!()).rejects.toMatchObject({ errMsg: 'getWeRunData:fail auth deny' })
    expect(seen).toEqual(['authorize scope.camera', 'getWeRunData scope.werun'])
  })
})

describe('review findings', () => {
  it('an app listener that throws is recorded, and other calls still settle', async () => {
    const fake = fresh({ authSetting: { 'scope.record': true } })
    const recorder = fake.wx.getRecorderManager()
    recorder.onStop(() => {
      throw new Error('listener bug')
    })
    recorder.start()
    await fake.settled()
    recorder.stop()
    let completed = false
    fake.wx.getSetting!({ complete: () => (completed = true) })
    await fake.settled()
    expect(completed).toBe(true)
    expect(() => fake.verify()).toThrow(/listener bug/)
  })

  it('an onUnscriptedPrompt function that throws does not stall other calls', async () => {
    const fake = fresh({
      onUnscriptedPrompt: () => {
        throw new Error('policy bug')
      },
    })
    void fake.wx.authorize!({ scope: 'scope.camera', complete: () => {} })
    let completed = false
    fake.wx.getSetting!({ complete: () => (completed = true) })
    await fake.settled()
    expect(completed).toBe(true)
    expect(() => fake.verify()).toThrow(/policy bug/)
  })

  it('the recorder keeps its identity across reset() but forgets listeners and recording', async () => {
    const fake = fresh({ authSetting: { 'scope.record': true } })
    const recorder = fake.wx.getRecorderManager()
    const stops: unknown[] = []
    recorder.onStop((res) => stops.push(res))
    recorder.start()
    await fake.settled()
    fake.reset()
    expect(fake.wx.getRecorderManager()).toBe(recorder)
    recorder.stop()
    await fake.settled()
    expect(stops).toEqual([])
  })

  // rule: SCOPE-RETIRED-READS-TRUE, SCOPE-USERINFO-SETTING
  it.each([
    ['when-used', {}, { 'scope.address': true }],
    ['always', { 'scope.userInfo': true, 'scope.address': true, 'scope.invoiceTitle': true, 'scope.invoice': true }, { 'scope.userInfo': true, 'scope.address': true, 'scope.invoiceTitle': true, 'scope.invoice': true }],
    ['never', {}, {}],
  ] as const)('implicitScopes: %s', async (implicitScopes, before, after) => {
    const fake = fresh({ implicitScopes })
    expect((await fake.wx.getSetting!()).authSetting).toEqual(before)
    await fake.wx.chooseAddress!()
    expect((await fake.wx.getSetting!()).authSetting).toEqual(after)
  })

  it("onUnusedScript: 'error' makes verify() report { once: true } scripts that were never used", () => {
    const fake = fresh({ onUnusedScript: 'error' })
    fake.user.hasAllowed('scope.camera').willDeny('scope.camera', { once: true }).willConfirmModal({ once: true })
    expect(() => fake.verify()).toThrow(
      /user\.willDeny\('scope\.camera', \{ once: true \}\) was scripted but never used[\s\S]*user\.willConfirmModal\(\{ once: true \}\) was scripted but never used/,
    )
  })

  it("onUnusedScript: 'warn' warns instead, and 'ignore' (the default) says nothing", () => {
    const warnings: unknown[] = []
    const original = console.warn
    console.warn = (message: unknown) => void warnings.push(message)
    try {
      const warned = fresh({ onUnusedScript: 'warn' })
      warned.user.willAllow('scope.camera', { once: true })
      expect(() => warned.verify()).not.toThrow()
      const quiet = fresh()
      quiet.user.willAllow('scope.camera', { once: true })
      expect(() => quiet.verify()).not.toThrow()
    } finally {
      console.warn = original
    }
    expect(warnings).toEqual([expect.stringMatching(/\[fake-wx\] user\.willAllow\('scope\.camera', \{ once: true \}\) was scripted but never used/)])
  })

  it('a retired scope cannot be denied through options.authSetting', () => {
    expect(() => createFakeWx({ authSetting: { 'scope.address': false } })).toThrow(/cannot be false: WeChat retired this scope/)
  })

  it('restoreWxMethod of a method that is not mocked says so', () => {
    const fake = fresh()
    fake.mockWxMethod('getBatteryInfoSync', () => ({}))
    expect(() => fake.restoreWxMethod('getBatteryInfoSnyc')).toThrow(/wx\.getBatteryInfoSnyc is not mocked\. Did you mean 'getBatteryInfoSync'\?/)
  })
})
