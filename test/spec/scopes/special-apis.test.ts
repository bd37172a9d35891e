/** getUserProfile, requestSubscribeMessage, the recorder, pickers, components, the 位置信息 entry. */
import type { WxResult } from 'fake-wx'
import { fresh, outcome } from '../../support/fixtures'

describe('wx.getUserProfile', () => {
  // rule: TAP-USERPROFILE-REQUIRED, ERRMSG-TAP-GESTURE
  it('needs a tap', async () => {
    const fake = fresh()
    await expect(fake.wx.getUserProfile!({ desc: '用于完善会员资料' })).rejects.toEqual({
      errMsg: 'getUserProfile:fail can only be invoked by user TAP gesture.',
    })
  })

  // rule: USERPROFILE-EVERY-CALL, ERRMSG-API-DENY
  it('pops a popup on every call, answered by the script for scope.userInfo, and records nothing', async () => {
    const fake = fresh()
    fake.user.willAllow('scope.userInfo', { once: true }).willDeny('scope.userInfo')
    const first = await fake.user.tap(() => fake.wx.getUserProfile!({ desc: '用于完善会员资料' }))
    const second = await fake.user.tap(() => outcome(fake.wx.getUserProfile!({ desc: '用于完善会员资料' })))
    expect(first.errMsg).toBe('getUserProfile:ok')
    expect(second).toEqual(['rejected', { errMsg: 'getUserProfile:fail auth deny', errno: 103 }])
    expect(fake.log.prompts('scope.userInfo')).toHaveLength(2)
    expect(fake.scopeState('scope.userInfo')).toBe('unasked')
  })

  // rule: USERPROFILE-ANONYMOUS
  it('returns the anonymous "微信用户" data by default, real-looking data with userProfile: "real"', async () => {
    const anonymous = fresh({ onUnscriptedPrompt: 'allow' })
    const a = await anonymous.user.tap(() => anonymous.wx.getUserProfile!({ desc: '资料' }))
    expect((a.userInfo as Record<string, unknown>).nickName).toBe('微信用户')
    const real = fresh({ onUnscriptedPrompt: 'allow', userProfile: 'real' })
    const r = await real.user.tap(() => real.wx.getUserProfile!({ desc: '资料' }))
    expect((r.userInfo as Record<string, unknown>).nickName).not.toBe('微信用户')
  })

  // rule: USERPROFILE-DESC, ERRMSG-PARAM-TYPE
  it.each([
    [{}, 'getUserProfile:fail parameter error: parameter.desc should be String instead of Undefined;'],
    [{ desc: '这是一段超过三十个字符的用途说明文字，用来测试长度限制是否生效了吗' }, 'getUserProfile:fail desc length does not meet the requirements'],
  ])('desc is required and at most 30 characters: %j', async (options, errMsg) => {
    const fake = fresh()
    await expect(fake.user.tap(() => fake.wx.getUserProfile!(options))).rejects.toEqual({ errMsg })
  })
  // rule: USERPROFILE-DESC
  it('desc of exactly 30 characters is accepted, 31 fail (characters, not bytes)', async () => {
    const thirty = '用于完善会员资料'.repeat(4).slice(0, 30)
    expect([...thirty]).toHaveLength(30) // 90 bytes in UTF-8
    const fake = fresh()
    fake.user.willAllow('scope.userInfo')
    const ok = await fake.user.tap(() => outcome(fake.wx.getUserProfile!({ desc: thirty })))
    expect(ok[0]).toBe('resolved')
    expect(ok[1].errMsg).toBe('getUserProfile:ok')
    const tooLong = await fake.user.tap(() => outcome(fake.wx.getUserProfile!({ desc: `${thirty}用` })))
    expect(tooLong).toEqual(['rejected', { errMsg: 'getUserProfile:fail desc length does not meet the requirements' }])
    // The length check comes before the popup: one popup, for the accepted call.
    expect(fake.log.prompts('scope.userInfo')).toHaveLength(1)
  })
})

describe('wx.requestSubscribeMessage', () => {
  // rule: TAP-SUBSCRIBE-REQUIRED, ERRMSG-TAP-GESTURE
  it('needs a tap', async () => {
    await expect(fresh().wx.requestSubscribeMessage!({ tmplIds: ['t1'] })).rejects.toEqual({
      errMsg: 'requestSubscribeMessage:fail can only be invoked by user TAP gesture.',
    })
  })

  // rule: SUBSCRIBE-RESULT
  it('answers per template from the script', async () => {
    const fake = fresh()
    fake.user.willSubscribe({ t1: 'accept', t2: 'reject' })
    const res = await fake.user.tap(() => fake.wx.requestSubscribeMessage!({ tmplIds: ['t1', 't2'] }))
    expect(res).toEqual({ errMsg: 'requestSubscribeMessage:ok', t1: 'accept', t2: 'reject' })
  })

  // rule: SUBSCRIBE-KEPT-CHOICE, SETTINGS-WITH-SUBSCRIPTIONS
  it('"总是保持以上选择": kept choices show in getSetting({ withSubscriptions: true }) and skip the panel next time', async () => {
    const fake = fresh()
    fake.user.willSubscribe({ t1: 'accept' }, { keepChoice: true, once: true })
    await fake.user.tap(() => fake.wx.requestSubscribeMessage!({ tmplIds: ['t1'] }))
    await expect(fake.wx.getSetting!({ withSubscriptions: true })).resolves.toEqual({
      errMsg: 'getSetting:ok',
      authSetting: {},
      subscriptionsSetting: { mainSwitch: true, itemSettings: { t1: 'accept' } },
    })
    const again = await fake.user.tap(() => fake.wx.requestSubscribeMessage!({ tmplIds: ['t1'] }))
    expect(again).toEqual({ errMsg: 'requestSubscribeMessage:ok', t1: 'accept' })
    expect(fake.log.entries.filter((e) => e.type === 'popup' && e.kind === 'subscribe')).toHaveLength(1)
  })

  // rule: SUBSCRIBE-EMPTY-10001, SUBSCRIBE-MAX-5
  it.each([
    [[], 10001, "requestSubscribeMessage:fail TmplIds can't be empty"],
    [['a', 'b', 'c', 'd', 'e', 'f'], 20003, 'requestSubscribeMessage:fail Templates count out of max bounds'],
  ])('tmplIds %j fails with errCode %i', async (tmplIds, errCode, errMsg) => {
    const fake = fresh()
    await expect(fake.user.tap(() => fake.wx.requestSubscribeMessage!({ tmplIds }))).rejects.toEqual({ errMsg, errCode })
  })

  // rule: SUBSCRIBE-MAX-5
  it('accepts exactly 5 template ids; a 6th fails with errCode 20003 before the panel', async () => {
    const five = ['t1', 't2', 't3', 't4', 't5']
    const fake = fresh()
    fake.user.willSubscribe({ t1: 'accept', t2: 'reject', t3: 'accept', t4: 'accept', t5: 'reject', t6: 'accept' })
    const res = await fake.user.tap(() => fake.wx.requestSubscribeMessage!({ tmplIds: five }))
    expect(res).toEqual({ errMsg: 'requestSubscribeMessage:ok', t1: 'accept', t2: 'reject', t3: 'accept', t4: 'accept', t5: 'reject' })
    await expect(fake.user.tap(() => fake.wx.requestSubscribeMessage!({ tmplIds: [...five, 't6'] }))).rejects.toEqual({
      errMsg: 'requestSubscribeMessage:fail Templates count out of max bounds',
      errCode: 20003,
    })
    expect(fake.log.entries.filter((e) => e.type === 'popup' && e.kind === 'subscribe')).toHaveLength(1)
  })

  // rule: SUBSCRIBE-INVALID-ID-10004
  it('an empty template id fails with errCode 10004 Invalid template id', async () => {
    const fake = fresh()
    await expect(fake.user.tap(() => fake.wx.requestSubscribeMessage!({ tmplIds: ['t1', ''] }))).rejects.toEqual({
      errMsg: 'requestSubscribeMessage:fail Invalid template id',
      errCode: 10004,
    })
    // The check comes before the panel: nothing was shown to the user.
    expect(fake.log.entries.filter((e) => e.type === 'popup')).toHaveLength(0)
  })

  // rule: SUBSCRIBE-MAIN-SWITCH-20004
  it('the main switch off fails with 20004', async () => {
    const fake = fresh()
    fake.user.hasSubscriptionSettings({ mainSwitch: false })
    await expect(fake.user.tap(() => fake.wx.requestSubscribeMessage!({ tmplIds: ['t1'] }))).rejects.toEqual({
      errMsg: 'requestSubscribeMessage:fail The main switch is switched off',
      errCode: 20004,
    })
  })

  it('an unscripted panel is a problem that names the line to add', async () => {
    const fake = fresh()
    await outcome(fake.user.tap(() => fake.wx.requestSubscribeMessage!({ tmplIds: ['t9'] })))
    expect(() => fake.verify()).toThrow(/user\.willSubscribe\(\{ 't9': 'accept' \}\)/)
  })
})

describe('wx.getRecorderManager() (scope.record)', () => {
  // rule: RECORDER-GLOBAL, SCOPE-RECORDER-ONERROR
  it('is one global object; start reports a refusal through onError', async () => {
    const fake = fresh({ platform: 'android' })
    fake.user.willDeny('scope.record')
    const recorder = fake.wx.getRecorderManager()
    expect(fake.wx.getRecorderManager()).toBe(recorder)
    const errors: unknown[] = []
    recorder.onError((err: unknown) => errors.push(err))
    recorder.start({ duration: 1000 })
    await fake.settled()
    expect(errors).toEqual([{ errMsg: 'operateRecorder:fail:auth denied', errno: 103 }])
  })

  it('allowed: onStart, then stop gives a temp file through onStop', async () => {
    const fake = fresh()
    fake.user.willAllow('scope.record')
    const recorder = fake.wx.getRecorderManager()
    const events: string[] = []
    recorder.onStart(() => events.push('start'))
    recorder.onStop((res: unknown) => events.push(`stop ${typeof (res as { tempFilePath?: unknown }).tempFilePath}`))
    recorder.start()
    await fake.settled()
    recorder.stop()
    await fake.settled()
    expect(events).toEqual(['start', 'stop string'])
  })
})

describe('pickers: the user may close the page (`<api>:fail cancel`)', () => {
  // rule: ERRMSG-PICKER-CANCEL
  it.each(['chooseLocation', 'choosePoi', 'chooseAddress', 'chooseInvoice', 'chooseInvoiceTitle'])('wx.%s', async (api) => {
    const fake = fresh()
    fake.user.willCancel(api, { once: true })
    await expect(fake.wx[api]!({})).rejects.toEqual({ errMsg: `${api}:fail cancel` })
    await expect(fake.wx[api]!({})).resolves.toMatchObject({ errMsg: `${api}:ok` })
  })

  it('user.willCancel rejects APIs that open no picker', () => {
    expect(() => fresh().user.willCancel('chooseLocaton')).toThrow(/Did you mean 'chooseLocation'\?/)
  })
})

describe('components (binderror)', () => {
  // rule: SCOPE-CAMERA-BINDERROR
  it('<camera>: refusal reaches binderror with insertCamera:fail auth deny', async () => {
    const fake = fresh()
    fake.user.willDeny('scope.camera')
    await expect(fake.components.camera()).resolves.toEqual({ type: 'error', detail: { errMsg: 'insertCamera:fail auth deny', errno: 103 } })
  })

  it('<camera>: allowed, it is ready', async () => {
    const fake = fresh({ authSetting: { 'scope.camera': true } })
    await expect(fake.components.camera()).resolves.toMatchObject({ type: 'initdone' })
  })

  // rule: SCOPE-LIVE-PUSHER-BOTH
  it('<live-pusher> needs both camera and microphone', async () => {
    const fake = fresh({ authSetting: { 'scope.camera': true } })
    fake.user.willDeny('scope.record')
    await expect(fake.components.livePusher()).resolves.toMatchObject({ type: 'error', detail: { errMsg: 'insertLivePusher:fail auth deny' } })
    expect(fake.log.prompts().map((p) => p.scope)).toEqual(['scope.record'])
  })
})

describe('the 位置信息 entry of the settings page (L model)', () => {
  // rule: SETTINGS-LOCATION-ENTRY
  it.each([
    ['never', { 'scope.userLocation': false, 'scope.userLocationBackground': false }],
    ['while-using', { 'scope.userLocation': true, 'scope.userLocationBackground': false }],
    ['always', { 'scope.userLocation': true, 'scope.userLocationBackground': true }],
  ] as const)('%s', async (choice, authSetting) => {
    const fake = fresh({ authSetting: { 'scope.userLocationBackground': false } })
    fake.user.inSettings.willChooseLocation(choice)
    const res = (await fake.user.tap(() => fake.wx.openSetting!())) as WxResult
    expect(res.authSetting).toEqual(authSetting)
  })
})

describe('seeded result data', () => {
  it('same seed, same results; different seed, different results', async () => {
    const results = async (seed: number) => {
      const fake = fresh({ seed, authSetting: { 'scope.userLocation': true, 'scope.werun': true } })
      return [await fake.wx.getLocation!({}), await fake.wx.getWeRunData!(), await fake.wx.chooseAddress!()]
    }
    expect(await results(7)).toEqual(await results(7))
    expect(await results(7)).not.toEqual(await results(8))
  })
})

describe('wx.getLocation options', () => {
  const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8]

  async function locate(seed: number, options: Record<string, unknown>): Promise<WxResult> {
    const fake = fresh({ seed })
    fake.user.hasAllowed('scope.userLocation')
    return fake.wx.getLocation!(options) as Promise<WxResult>
  }

  // rule: LOCATION-TYPE-ALTITUDE
  it('altitude: true reports the altitude and its vertical accuracy; without it both are 0', async () => {
    const withAltitude: number[] = []
    for (const seed of SEEDS) {
      const asked = await locate(seed, { type: 'wgs84', altitude: true })
      const plain = await locate(seed, { type: 'wgs84' })
      expect(typeof asked.altitude).toBe('number')
      expect(asked.verticalAccuracy).toBeGreaterThan(0)
      expect(plain.altitude).toBe(0)
      expect(plain.verticalAccuracy).toBe(0)
      withAltitude.push(asked.altitude as number)
      // altitude: false is the same as leaving it out.
      expect(await locate(seed, { type: 'wgs84', altitude: false })).toEqual(plain)
    }
    expect(withAltitude.some((altitude) => altitude !== 0)).toBe(true)
  })

  // rule: LOCATION-TYPE-ALTITUDE
  it("type 'gcj02' and 'wgs84' give different coordinates for the same seed; wgs84 is the default", async () => {
    for (const seed of SEEDS) {
      const gps = await locate(seed, { type: 'wgs84' })
      const gcj = await locate(seed, { type: 'gcj02' })
      // GCJ-02 offsets the GPS point inside China by some hundred metres: never zero, never kilometres.
      const shift = Math.hypot(gcj.latitude as number - (gps.latitude as number), gcj.longitude as number - (gps.longitude as number))
      expect(shift).toBeGreaterThan(0.0005)
      expect(shift).toBeLessThan(0.02)
      expect(await locate(seed, {})).toEqual(gps)
    }
  })
})
