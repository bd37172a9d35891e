/** Rules the audit found missing or off: the console's configuration, privacy types, the one camera, L rules as options. */
import type { WxResult } from 'fake-wx'
import { fresh, messageOf, outcome } from '../../support/fixtures'

const TAP_ERROR = { errMsg: 'openSetting:fail can only be invoked by user TAP gesture.' }

describe('<camera>', () => {
  // rule: CAMERA-ONLY-ONE
  it('a second camera on the page fails with insertCamera:fail can insert only one camera', async () => {
    const fake = fresh({ platform: 'android', authSetting: { 'scope.camera': true } })
    await expect(fake.components.camera()).resolves.toEqual({ type: 'initdone', detail: { maxZoom: 1 } })
    await expect(fake.components.camera()).resolves.toEqual({ type: 'error', detail: { errMsg: 'insertCamera:fail can insert only one camera' } })
    fake.components.removeCamera()
    await expect(fake.components.camera()).resolves.toMatchObject({ type: 'initdone' })
    fake.reset()
    fake.user.hasAllowed('scope.camera')
    await expect(fake.components.camera()).resolves.toMatchObject({ type: 'initdone' })
  })

  // rule: CAMERA-ONLY-ONE
  it('a camera that was refused is not on the page', async () => {
    const fake = fresh()
    fake.user.willDeny('scope.camera', { once: true })
    await expect(fake.components.camera()).resolves.toMatchObject({ type: 'error' })
    fake.configure({ authSetting: { 'scope.camera': true } })
    await expect(fake.components.camera()).resolves.toMatchObject({ type: 'initdone' })
  })
})

describe('the MP console: interfaces not enabled (notEnabled)', () => {
  // rule: CONSOLE-SCOPE-UNAUTHORIZED
  it.each([
    [false, 'authorize:fail scope unauthorized'],
    [true, 'authorize:fail 系统错误,错误码:-12007,scope unauthorized'],
  ])('legacyErrMsg %s: authorize for the scope of an API not enabled fails with %s, no popup', async (legacyErrMsg, errMsg) => {
    const fake = fresh({ notEnabled: ['getFuzzyLocation'], legacyErrMsg })
    expect(await outcome(fake.wx.authorize!({ scope: 'scope.userFuzzyLocation' }))).toEqual(['rejected', { errMsg }])
    expect(fake.log.prompts()).toEqual([])
    fake.user.willAllow('scope.camera')
    await expect(fake.wx.authorize!({ scope: 'scope.camera' })).resolves.toEqual({ errMsg: 'authorize:ok' })
  })

  // rule: CONSOLE-API-NOT-ENABLED
  it("the API itself fails with a [fake-wx] text (its errMsg is unverified; the spellings option sets one)", async () => {
    const fake = fresh({ notEnabled: ['getFuzzyLocation'] })
    const failed = await new Promise<WxResult>((resolve) => fake.wx.getFuzzyLocation!({ fail: resolve }))
    expect(failed).toEqual({ errMsg: 'getFuzzyLocation:fail [fake-wx] the API is not enabled in the MP console (开发管理-接口设置; errMsg unverified)' })
    const spelled = fresh({ notEnabled: ['getFuzzyLocation'], spellings: { 'api-not-enabled': ' no permission' } })
    expect(await new Promise<WxResult>((resolve) => spelled.wx.getFuzzyLocation!({ fail: resolve }))).toEqual({ errMsg: 'getFuzzyLocation:fail no permission' })
  })

  it.each([
    ['getFuzzyLocaton', "options.notEnabled: 'getFuzzyLocaton' is not an API fake-wx models. Did you mean 'getFuzzyLocation'?"],
    ['getBatteryInfoSync', "options.notEnabled: 'getBatteryInfoSync' is not an API fake-wx models."],
  ])('%s in notEnabled is a misuse', (api, message) => {
    expect(messageOf(() => fresh({ notEnabled: [api] }))).toBe(`[fake-wx] ${message}`)
  })

  it('notEnabled must be an array', () => {
    expect(messageOf(() => fresh({ notEnabled: 'getFuzzyLocation' as never }))).toBe(
      "[fake-wx] options.notEnabled must be an array of API names such as ['getFuzzyLocation'], got 'getFuzzyLocation'.",
    )
  })
})

describe('the privacy guide', () => {
  // rule: PRIVACY-API-BANNED
  it('declared nowhere: every privacy API fails with appid privacy api banned; other APIs work', async () => {
    const fake = fresh({ privacy: { banned: true }, authSetting: { 'scope.userLocation': true } })
    expect(await outcome(fake.wx.getLocation!({}))).toEqual(['rejected', { errMsg: 'getLocation:fail appid privacy api banned' }])
    expect(await outcome(fake.wx.getClipboardData!())).toEqual(['rejected', { errMsg: 'getClipboardData:fail appid privacy api banned' }])
    await expect(fake.wx.showToast!({ title: 'x' })).resolves.toEqual({ errMsg: 'showToast:ok' })
    expect(fake.log.entries.filter((e) => e.type === 'popup')).toEqual([])
  })

  // rule: PRIVACY-NEW-TYPES
  it('types added after the user agreed block only their new APIs until the user agrees again', async () => {
    const fake = fresh({ privacy: { newTypes: ['getWeRunData'] }, authSetting: { 'scope.userLocation': true, 'scope.werun': true } })
    const setting = () => new Promise<WxResult>((resolve) => fake.wx.getPrivacySetting!({ success: resolve }))
    expect((await setting()).needAuthorization).toBe(true)
    await expect(fake.wx.getLocation!({})).resolves.toMatchObject({ errMsg: 'getLocation:ok' })
    fake.user.willDisagreePrivacy({ once: true }).willAgreePrivacy()
    expect(await outcome(fake.wx.getWeRunData!())).toEqual(['rejected', { errMsg: 'getWeRunData:fail privacy permission is not authorized', errno: 104 }])
    fake.user.waitsOutPrivacyGap()
    await expect(fake.wx.getWeRunData!()).resolves.toMatchObject({ errMsg: 'getWeRunData:ok' })
    expect((await setting()).needAuthorization).toBe(false)
    expect(fake.log.entries.filter((e) => e.type === 'popup').map((e) => e.type === 'popup' && e.kind)).toEqual(['privacy', 'privacy'])
  })

  // rule: PRIVACY-NEW-TYPES
  it('authorize for a scope whose API is a new type asks too; configure() and reset() set the new types', async () => {
    const fake = fresh()
    // Granted earlier, so no scope popup carries the agreement: WeChat's own privacy popup asks.
    fake.configure({ privacy: { newTypes: ['getWeRunData'] }, authSetting: { 'scope.werun': true } })
    fake.user.willDisagreePrivacy()
    expect((await outcome(fake.wx.authorize!({ scope: 'scope.werun' })))[1].errno).toBe(104)
    fake.reset()
    fake.user.willAllow('scope.werun')
    await expect(fake.wx.authorize!({ scope: 'scope.werun' })).resolves.toEqual({ errMsg: 'authorize:ok' })
  })
})

describe('background location allowed', () => {
  // rule: SCOPE-BACKGROUND-GRANTS-LOCATION
  it.each([
    [true, 'granted'],
    [false, 'unasked'],
  ] as const)('backgroundGrantsLocation %s: scope.userLocation is %s', async (backgroundGrantsLocation, state) => {
    const fake = fresh({ backgroundGrantsLocation })
    fake.user.willAllow('scope.userLocationBackground')
    await fake.wx.authorize!({ scope: 'scope.userLocationBackground' })
    expect(fake.scopeState('scope.userLocation')).toBe(state)
  })

  // rule: SCOPE-BACKGROUND-GRANTS-LOCATION
  it('a refusal grants nothing', async () => {
    const fake = fresh()
    fake.user.willDeny('scope.userLocationBackground')
    await outcome(fake.wx.authorize!({ scope: 'scope.userLocationBackground' }))
    expect(fake.scopeState('scope.userLocation')).toBe('unasked')
  })
})

describe('L rules as options', () => {
  // rule: ERRNO-ANDROID-AUTHORIZE-NONE
  it.each([
    [false, { errMsg: 'authorize:fail auth deny' }],
    [true, { errMsg: 'authorize:fail auth deny', errno: 103 }],
  ])('androidAuthorizeErrno %s on Android: %o', async (androidAuthorizeErrno, result) => {
    const fake = fresh({ platform: 'android', androidAuthorizeErrno, authSetting: { 'scope.camera': false } })
    expect((await outcome(fake.wx.authorize!({ scope: 'scope.camera' })))[1]).toEqual(result)
  })

  // rule: ERRNO-ANDROID-AUTHORIZE-NONE
  it('androidAuthorizeErrno changes nothing where authorize has errno already', async () => {
    const fake = fresh({ platform: 'ios', androidAuthorizeErrno: true, authSetting: { 'scope.camera': false } })
    expect((await outcome(fake.wx.authorize!({ scope: 'scope.camera' })))[1]).toEqual({ errMsg: 'authorize:fail auth deny', errno: 103 })
  })

  // rule: TAP-AUTHORIZE-NOT-CARRIER
  it.each([
    [false, TAP_ERROR.errMsg],
    [true, 'openSetting:ok'],
  ])("authorizeCarriesTap %s: openSetting from authorize's fail callback gives %s", async (authorizeCarriesTap, errMsg) => {
    const fake = fresh({ authorizeCarriesTap })
    fake.user.hasDenied('scope.userLocation')
    let result: WxResult | undefined
    await fake.user.tap(() =>
      fake.wx.authorize!({ scope: 'scope.userLocation', fail: () => fake.wx.openSetting!({ complete: (r: WxResult) => (result = r) }) }),
    )
    expect(result!.errMsg).toBe(errMsg)
  })

  it.each(['backgroundGrantsLocation', 'androidAuthorizeErrno', 'authorizeCarriesTap'])('%s must be true or false', (option) => {
    expect(messageOf(() => fresh({ [option]: 'yes' } as never))).toBe(`[fake-wx] options.${option} must be true or false, got 'yes'.`)
  })
})

describe('unverified spellings, with the option that changes them', () => {
  // rule: ERRMSG-BACKGROUND-MODE-UNVERIFIED
  it('background location without requiredBackgroundModes: a [fake-wx] text, or yours', async () => {
    const appJson = { permission: { 'scope.userLocation': { desc: '用于导航' } }, requiredPrivateInfos: ['startLocationUpdateBackground'] }
    const fake = fresh({ appJson, spellings: { 'background-mode-not-declared': ':fail mode' } })
    expect((await outcome(fake.wx.startLocationUpdateBackground!()))[1].errMsg).toBe('startLocationUpdateBackground:fail:fail mode')
    const plain = fresh({ appJson })
    expect((await outcome(plain.wx.startLocationUpdateBackground!()))[1].errMsg).toBe(
      'startLocationUpdateBackground:fail [fake-wx] app.json lacks "requiredBackgroundModes": ["location"]',
    )
  })

  // rule: ERRMSG-LOCATION-SWITCH-OFF-IOS
  it('iOS with location switched off: system permission denied (one report), changeable', async () => {
    const fake = fresh({ platform: 'ios', system: { locationEnabled: false }, authSetting: { 'scope.userLocationBackground': true } })
    expect((await outcome(fake.wx.startLocationUpdateBackground!()))[1].errMsg).toBe('startLocationUpdateBackground:fail system permission denied')
    fake.configure({ spellings: { 'location-switch-off': ' location off' } })
    expect((await outcome(fake.wx.startLocationUpdateBackground!()))[1].errMsg).toBe('startLocationUpdateBackground:fail location off')
  })
})

describe('requestSubscribeMessage results', () => {
  // rule: SUBSCRIBE-RESULT, SUBSCRIBE-RESULT-VALUES
  it('ban, filter and the acceptWith* results can be scripted; only accept, reject and ban are kept', async () => {
    const fake = fresh()
    const answers = { a: 'ban', b: 'filter', c: 'acceptWithAlert', d: 'acceptWithAudio', e: 'acceptWithForcePush' } as const
    fake.user.willSubscribe(answers, { keepChoice: true })
    await expect(fake.user.tap(() => fake.wx.requestSubscribeMessage!({ tmplIds: ['a', 'b', 'c', 'd', 'e'] }))).resolves.toEqual({
      errMsg: 'requestSubscribeMessage:ok',
      ...answers,
    })
    await expect(fake.wx.getSetting!({ withSubscriptions: true })).resolves.toEqual({
      errMsg: 'getSetting:ok',
      authSetting: {},
      subscriptionsSetting: { mainSwitch: true, itemSettings: { a: 'ban' } },
    })
  })

  it('a result outside the documented ones is a misuse', () => {
    expect(messageOf(() => fresh().user.willSubscribe({ a: 'acceptWithAlrt' as never }))).toBe(
      "[fake-wx] user.willSubscribe: the answer for 'a' must be one of 'accept', 'reject', 'ban', 'filter', 'acceptWithAlert', 'acceptWithAudio', 'acceptWithForcePush', got 'acceptWithAlrt'. Did you mean 'acceptWithAlert'?",
    )
  })
})
