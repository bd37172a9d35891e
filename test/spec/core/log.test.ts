/** The interaction log: typed events in order, no timestamps, no randomness. */
import { fresh, outcome } from '../../support/fixtures'

async function refusalFlow(seed = 1) {
  const fake = fresh({ seed })
  fake.user.willDeny('scope.userLocation').willConfirmModal().inSettings.willEnable('scope.userLocation')
  await fake.user.tap(async () => {
    const [how] = await outcome(fake.wx.getLocation!({ type: 'gcj02' }))
    if (how === 'rejected') {
      fake.wx.showModal!({
        title: '需要位置权限',
        success: (res: { confirm?: unknown }) => {
          if (res.confirm) fake.wx.openSetting!({ success: () => fake.wx.getLocation!({ type: 'gcj02', complete: () => {} }) })
        },
      })
    }
  })
  return fake
}

describe('the log', () => {
  it('records call, popup, answer, modal, settings visit and callbacks in order', async () => {
    const fake = await refusalFlow()
    expect(fake.log.entries.map((e) => (e.type === 'popup' ? `popup:${e.kind}` : e.type))).toEqual([
      'call', // getLocation
      'popup:scope',
      'answer',
      'reject',
      'call', // showModal
      'popup:modal',
      'answer',
      'success',
      'call', // openSetting
      'settings',
      'success',
      'call', // getLocation again: granted now, no popup
      'success',
      'complete',
    ])
    expect(fake.log.calls().map((c) => `${c.api}${c.tap ? ' (tap)' : ''}`)).toEqual([
      'getLocation (tap)',
      'showModal',
      'openSetting (tap)',
      'getLocation',
    ])
  })

  it('the same test gives the same log (no timestamps, seeded data)', async () => {
    const a = await refusalFlow()
    const b = await refusalFlow()
    expect(JSON.stringify(b.log.entries)).toBe(JSON.stringify(a.log.entries))
  })

  it('a different seed changes only the result data', async () => {
    const a = await refusalFlow(1)
    const b = await refusalFlow(2)
    expect(b.log.entries.map((e) => e.type)).toEqual(a.log.entries.map((e) => e.type))
    expect(JSON.stringify(b.log.entries)).not.toBe(JSON.stringify(a.log.entries))
  })

  it('queries: calls(api), prompts(scope), results(api), settingsVisits()', async () => {
    const fake = await refusalFlow()
    expect(fake.log.calls('getLocation')).toHaveLength(2)
    expect(fake.log.prompts('scope.userLocation')).toHaveLength(1)
    expect(fake.log.prompts('scope.camera')).toHaveLength(0)
    expect(fake.log.results('getLocation').map((r) => r.result.errMsg)).toEqual(['getLocation:fail auth deny', 'getLocation:ok'])
    expect(fake.log.settingsVisits()).toHaveLength(1)
  })

  describe('a call entry keeps the options as they were when the call was made', () => {
    it('an options object the app reuses and changes afterwards (promise style and callback style)', async () => {
      const fake = fresh()
      fake.user.hasAllowed('scope.userLocation')
      const options: { type: string; altitude?: boolean } = { type: 'wgs84' }
      await fake.wx.getLocation!(options)
      options.type = 'gcj02'
      options.altitude = true
      await new Promise((resolve) => fake.wx.getLocation!({ ...options, complete: resolve }))
      const reused: { type: string; success: () => void } = { type: 'wgs84', success: () => {} }
      fake.wx.getLocation!(reused)
      reused.type = 'gcj02'
      await fake.settled()
      expect(fake.log.calls().map((c) => c.args)).toEqual([{ type: 'wgs84' }, { type: 'gcj02', altitude: true }, { type: 'wgs84' }])
    })

    it('leaves out the callbacks and keeps every other field, even a non-function `success`', async () => {
      const fake = fresh()
      fake.wx.showModal!({ title: 't', content: 'c', success: () => {}, fail: () => {}, complete: () => {} })
      fake.wx.getSetting!({ withSubscriptions: true, success: 'not a function' } as never)
      fake.user.willConfirmModal()
      await fake.settled()
      expect(fake.log.calls().map((c) => c.args)).toEqual([{ title: 't', content: 'c' }, { withSubscriptions: true, success: 'not a function' }])
    })

    it('has no args when the call had no options, or an empty object', async () => {
      const fake = fresh()
      await fake.wx.getSetting!()
      await fake.wx.getSetting!({})
      await new Promise((resolve) => fake.wx.getSetting!({ success: resolve }))
      expect(fake.log.calls().map((c) => c.args)).toEqual([undefined, undefined, undefined])
    })
  })
})

describe("a failure's entry names why it failed, the same on every platform", () => {
  // What fake-wx/reporter reads instead of parsing each platform's errMsg.
  it.each(['ios', 'android'] as const)('on %s: a refusal in the popup names the failure; an earlier refusal names its scope too', async (platform) => {
    const fake = fresh({ platform })
    fake.user.willDeny('scope.userLocation')
    await outcome(fake.wx.getLocation!({}))
    await new Promise((resolve) => fake.wx.getLocation!({ complete: resolve }))
    const [inPopup, earlier] = fake.log.entries.filter((e) => e.type === 'reject' || e.type === 'fail')
    expect(inPopup).toEqual({ id: 4, type: 'reject', call: 1, result: expect.anything(), failure: 'auth-deny' })
    expect(inPopup).not.toHaveProperty('scope')
    expect(earlier).toEqual({ id: 6, type: 'fail', call: 5, result: expect.anything(), failure: 'auth-deny', scope: 'scope.userLocation' })
  })

  it("authorize's refusal, the OS, the tap rule and a closed picker each have their name", async () => {
    const fake = fresh({ system: { cameraAuthorized: 'denied' } })
    fake.user.hasDenied('scope.record').hasAllowed('scope.camera').willCancel('chooseLocation')
    await outcome(fake.wx.authorize!({ scope: 'scope.record' }))
    await outcome(fake.wx.authorize!({ scope: 'scope.camera' }))
    await fake.components.camera()
    await outcome(fake.wx.openSetting!())
    await outcome(fake.wx.chooseLocation!({}))
    const failures = fake.log.results().filter((e) => e.type === 'reject' || e.type === 'fail')
    expect(failures.map((e) => [e.api, e.failure, e.scope])).toEqual([
      ['authorize', 'authorize-deny', 'scope.record'],
      ['insertCamera', 'system-deny', 'scope.camera'],
      ['openSetting', 'tap-gesture', undefined],
      ['chooseLocation', 'cancel', undefined],
    ])
  })

  it('a success names no failure', async () => {
    const fake = fresh()
    await fake.wx.getSetting!()
    const [result] = fake.log.results()
    expect(result).not.toHaveProperty('failure')
    expect(result).not.toHaveProperty('scope')
  })
})
