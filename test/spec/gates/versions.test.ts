/** The version axis: the rules that changed with the base library (baseLibrary) and the client (clientVersion). */
import { fakeWx, type ButtonEvent, type PrivacyResolution, type WxResult } from 'fake-wx'
import { fresh, messageOf, outcome } from '../../support/fixtures'

const NOT_AGREED = { privacy: { needAuthorization: true } }
const popups = (fake: ReturnType<typeof fresh>) =>
  fake.log.entries.flatMap((e) => (e.type === 'popup' ? [e.kind === 'scope' ? `scope ${e.scope}${e.privacy === true ? ' + privacy' : ''}` : e.kind] : []))

describe('the defaults', () => {
  // rule: VERSION-DEFAULTS
  it('are the newest base library and client the official typings name', () => {
    const fake = fresh()
    expect([fake.options.baseLibrary, fake.options.clientVersion]).toEqual(['3.15.1', '8.0.54'])
  })

  it.each([
    [{ baseLibrary: '3' }, "options.baseLibrary must be a version string such as '3.15.1', got '3'."],
    [{ baseLibrary: 3.4 }, "options.baseLibrary must be a version string such as '3.15.1', got 3.4."],
    [{ clientVersion: 'v8.0.0' }, "options.clientVersion must be a version string such as '8.0.54', got 'v8.0.0'."],
    [{ baseLibrary: '1.2.3.4.5' }, "options.baseLibrary must be a version string such as '3.15.1', got '1.2.3.4.5'."],
    [{ privacyCheck: 'optin' }, "options.privacyCheck must be one of 'enforced', 'opt-in', got 'optin'. Did you mean 'opt-in'?"],
  ])('misuse %# says what to write', (options, message) => {
    expect(messageOf(() => fresh(options as never))).toBe(`[fake-wx] ${message}`)
  })

  it('versions compare part by part, missing parts as 0', async () => {
    // 2.24 is 2.24.0: errno is there; 2.9.9 < 2.24.0 (not a string comparison): it is not.
    for (const [baseLibrary, errno] of [['2.24', 103], ['2.24.0.1', 103], ['2.9.9', undefined], ['10.0.0', 103]] as const) {
      const fake = fresh({ baseLibrary, authSetting: { 'scope.camera': false } })
      expect((await outcome(fake.wx.authorize!({ scope: 'scope.camera' })))[1].errno).toBe(errno)
    }
  })
})

describe('the README sample', () => {
  // rule: TAP-OPENSETTING-SINCE-2-3-0
  it('no tap rule before 2.3.0', async () => {
    fakeWx.configure({ baseLibrary: '2.2.9' })

    await expect(wx.openSetting()).resolves.toMatchObject({ errMsg: 'openSetting:ok' }) // no tap rule before 2.3.0
  })
})

describe('errno', () => {
  // rule: ERRNO-SINCE-2-24-0
  it.each([
    ['2.23.9', { errMsg: 'getLocation:fail auth deny' }],
    ['2.24.0', { errMsg: 'getLocation:fail auth deny', errno: 103 }],
  ])('base library %s: %o', async (baseLibrary, result) => {
    const fake = fresh({ baseLibrary, authSetting: { 'scope.userLocation': false } })
    expect(await outcome(fake.wx.getLocation!({}))).toEqual(['rejected', result])
  })

  // rule: ERRNO-SINCE-2-24-0
  it('errCode is not an errno: it stays before 2.24.0', async () => {
    const fake = fresh({ baseLibrary: '2.10.0', platform: 'android', system: { locationEnabled: false }, authSetting: { 'scope.userLocation': true } })
    expect(await outcome(fake.wx.getLocation!({}))).toEqual(['rejected', { errMsg: 'getLocation:fail:ERROR_NOCELL&WIFI_LOCATIONSWITCHOFF', errCode: 2 }])
  })
})

describe('the privacy layer', () => {
  // rule: PRIVACY-SINCE-2-32-3
  it.each([
    ['2.32.2', 'resolved', []],
    ['2.32.3', 'rejected', ['privacy']],
  ] as const)('base library %s: %s', async (baseLibrary, how, shown) => {
    const fake = fresh({ ...NOT_AGREED, baseLibrary, privacy: { needAuthorization: true, undeclared: ['getLocation'] }, authSetting: { 'scope.userLocation': true } })
    fake.user.willDisagreePrivacy()
    expect((await outcome(fake.wx.getClipboardData!()))[0]).toBe(how)
    expect(popups(fake)).toEqual(shown)
    // No layer, no 112 either.
    expect((await outcome(fake.wx.getLocation!({})))[1].errno).toBe(how === 'resolved' ? undefined : 112)
  })

  // rule: PRIVACY-OPT-IN-FLAG
  it("privacyCheck: 'opt-in': only an app.json with __usePrivacyCheck__: true has the check", async () => {
    const without = fresh({ ...NOT_AGREED, privacyCheck: 'opt-in', appJson: {} })
    await expect(without.wx.getClipboardData!()).resolves.toMatchObject({ errMsg: 'getClipboardData:ok' })
    const flagged = fresh({ ...NOT_AGREED, privacyCheck: 'opt-in', appJson: { __usePrivacyCheck__: true } })
    flagged.user.willDisagreePrivacy()
    expect(await outcome(flagged.wx.getClipboardData!())).toEqual(['rejected', { errMsg: 'getClipboardData:fail privacy permission is not authorized', errno: 104 }])
    const noAppJson = fresh({ ...NOT_AGREED, privacyCheck: 'opt-in' })
    await expect(noAppJson.wx.getClipboardData!()).resolves.toMatchObject({ errMsg: 'getClipboardData:ok' })
    const enforced = fresh({ ...NOT_AGREED, appJson: {} })
    enforced.user.willDisagreePrivacy()
    expect((await outcome(enforced.wx.getClipboardData!()))[0]).toBe('rejected')
  })

  // rule: PRIVACY-SINCE-2-32-3, NICKNAME-INPUT-DEGRADES
  it('before 2.32.3 the nickname input is a nickname input even with no agreement', async () => {
    const fake = fresh({ ...NOT_AGREED, baseLibrary: '2.32.2' })
    await fake.user.fillNicknameInput('小明', undefined, { failsSecurityCheck: true })
    expect(fake.log.results('input:nickname').map((r) => r.result)).toEqual([{ type: 'nickname', value: '' }])
  })
})

describe('the combined privacy-in-scope popup (base library 3.4.2)', () => {
  // rule: PRIVACY-COMBINED-103
  it('an API with a scope popup asks for the agreement in it: allowing ticks the agreement and allows', async () => {
    const fake = fresh(NOT_AGREED)
    fake.user.willAllow('scope.userLocation')
    await expect(fake.wx.getLocation!({})).resolves.toMatchObject({ errMsg: 'getLocation:ok' })
    expect(popups(fake)).toEqual(['scope scope.userLocation + privacy'])
    expect(fake.scopeState('scope.userLocation')).toBe('granted')
    const setting = await new Promise<WxResult>((resolve) => fake.wx.getPrivacySetting!({ success: resolve }))
    expect(setting.needAuthorization).toBe(false)
    // Agreed: the next privacy API asks nothing more.
    await expect(fake.wx.getClipboardData!()).resolves.toMatchObject({ errMsg: 'getClipboardData:ok' })
    expect(popups(fake)).toHaveLength(1)
  })

  // rule: PRIVACY-COMBINED-103, ERRNO-103
  it.each([
    ['ios', 'getLocation:fail auth deny'],
    ['android', 'getLocation:fail:auth denied'],
  ] as const)('denying on %s refuses the scope with errno 103 (not 104); the agreement stays unanswered', async (platform, errMsg) => {
    const fake = fresh({ ...NOT_AGREED, platform })
    fake.user.willDeny('scope.userLocation')
    expect(await outcome(fake.wx.getLocation!({}))).toEqual(['rejected', { errMsg, errno: 103 }])
    expect(fake.scopeState('scope.userLocation')).toBe('denied')
    const setting = await new Promise<WxResult>((resolve) => fake.wx.getPrivacySetting!({ success: resolve }))
    expect(setting.needAuthorization).toBe(true)
  })

  // rule: PRIVACY-COMBINED-103
  it('authorize asks for the agreement in its scope popup too; dismissing leaves both unanswered', async () => {
    const fake = fresh(NOT_AGREED)
    fake.user.willDismiss('scope.camera', { once: true }).willAllow('scope.camera')
    expect(await outcome(fake.wx.authorize!({ scope: 'scope.camera' }))).toEqual(['rejected', { errMsg: 'authorize:fail auth cancel' }])
    expect(await outcome(fake.wx.authorize!({ scope: 'scope.camera' }))).toEqual(['resolved', { errMsg: 'authorize:ok' }])
    expect(popups(fake)).toEqual(['scope scope.camera + privacy', 'scope scope.camera + privacy'])
  })

  // rule: PRIVACY-COMBINED-STANDALONE
  it('APIs without a scope popup keep the popup of their own: refusing it is 104', async () => {
    const fake = fresh(NOT_AGREED)
    fake.user.willDisagreePrivacy()
    expect(await outcome(fake.wx.getClipboardData!())).toEqual(['rejected', { errMsg: 'getClipboardData:fail privacy permission is not authorized', errno: 104 }])
    expect(popups(fake)).toEqual(['privacy'])
  })

  // rule: PRIVACY-COMBINED-STANDALONE, SCOPE-RETIRED-NO-AUTH
  it('a retired scope shows no popup: its API asks in the popup of its own', async () => {
    const fake = fresh(NOT_AGREED)
    fake.user.willDisagreePrivacy()
    expect(await outcome(fake.wx.chooseAddress!())).toEqual(['rejected', { errMsg: 'chooseAddress:fail privacy permission is not authorized', errno: 104 }])
    expect(popups(fake)).toEqual(['privacy'])
  })

  // rule: PRIVACY-COMBINED-STANDALONE
  it('a call whose scope is already decided shows no scope popup: the popup of its own asks', async () => {
    const fake = fresh({ ...NOT_AGREED, authSetting: { 'scope.userLocation': true, 'scope.camera': false } })
    fake.user.willAgreePrivacy({ once: true }).willDisagreePrivacy()
    await expect(fake.wx.getLocation!({})).resolves.toMatchObject({ errMsg: 'getLocation:ok' })
    fake.configure(NOT_AGREED)
    fake.user.waitsOutPrivacyGap()
    expect(await outcome(fake.wx.authorize!({ scope: 'scope.camera' }))).toEqual(['rejected', { errMsg: 'authorize:fail privacy permission is not authorized', errno: 104 }])
    expect(popups(fake)).toEqual(['privacy', 'privacy'])
  })

  // rule: PRIVACY-COMBINED-103, SCOPE-CONCURRENT-SHARE
  it('a second call while the combined popup is up waits for it and shares its answer, agreement included', async () => {
    const fake = fresh({ ...NOT_AGREED, baseLibrary: '3.4.2' })
    fake.user.willAllow('scope.userLocation').willDisagreePrivacy()
    const first = outcome(fake.wx.getLocation!({}))
    // Same scope, while the first popup is up: it waits and shares the answer, which agreed.
    const second = outcome(fake.wx.getLocation!({}))
    expect((await first)[0]).toBe('resolved')
    expect((await second)[0]).toBe('resolved')
    expect(popups(fake)).toEqual(['scope scope.userLocation + privacy'])
  })

  // rule: PRIVACY-COMBINED-103
  it('before 3.4.2 the same call shows the privacy popup, then the scope popup', async () => {
    const fake = fresh({ ...NOT_AGREED, baseLibrary: '3.4.1' })
    fake.user.willAgreePrivacy().willAllow('scope.userLocation')
    await expect(fake.wx.getLocation!({})).resolves.toMatchObject({ errMsg: 'getLocation:ok' })
    expect(popups(fake)).toEqual(['privacy', 'scope scope.userLocation'])
  })

  // rule: PRIVACY-LISTENER-PENDING
  it("an app listener still comes first: the app's own popup, then the plain scope popup", async () => {
    const fake = fresh(NOT_AGREED)
    fake.user.willAllow('scope.userLocation')
    let agree: ((r: PrivacyResolution) => void) | undefined
    fake.wx.onNeedPrivacyAuthorization!((resolve: (r: PrivacyResolution) => void) => (agree = resolve))
    const call = outcome(fake.wx.getLocation!({}))
    await fake.settled()
    await fake.user.tapAgreePrivacyButton('ok')
    agree!({ event: 'agree', buttonId: 'ok' })
    expect((await call)[0]).toBe('resolved')
    expect(popups(fake)).toEqual(['privacy', 'scope scope.userLocation'])
  })

  // rule: PRIVACY-GAP-10S
  it('within 10 s of refusing the popup of its own, a scope API fails in the gap with no popup', async () => {
    const fake = fresh(NOT_AGREED)
    fake.user.willDisagreePrivacy()
    await outcome(fake.wx.getClipboardData!())
    expect(await outcome(fake.wx.getLocation!({}))).toEqual(['rejected', { errMsg: 'getLocation:fail privacy permission is not authorized in gap', errno: 104 }])
    expect(popups(fake)).toEqual(['privacy'])
  })
})

describe('the tap rule', () => {
  // rule: TAP-OPENSETTING-SINCE-2-3-0
  it.each([
    ['2.2.9', 'openSetting:ok'],
    ['2.3.0', 'openSetting:fail can only be invoked by user TAP gesture.'],
  ])('openSetting outside a tap on base library %s: %s', async (baseLibrary, errMsg) => {
    const fake = fresh({ baseLibrary })
    expect((await outcome(fake.wx.openSetting!()))[1].errMsg).toBe(errMsg)
  })

  // rule: TAP-SUBSCRIBE-REQUIRED
  it.each([
    ['2.8.1', 'requestSubscribeMessage:ok'],
    ['2.8.2', 'requestSubscribeMessage:fail can only be invoked by user TAP gesture.'],
  ])('requestSubscribeMessage outside a tap on base library %s: %s', async (baseLibrary, errMsg) => {
    const fake = fresh({ baseLibrary })
    fake.user.willSubscribe({ t: 'accept' })
    expect((await outcome(fake.wx.requestSubscribeMessage!({ tmplIds: ['t'] })))[1].errMsg).toBe(errMsg)
  })

  // rule: TAP-USERPROFILE-REQUIRED
  it('getUserProfile needs a tap on every base library that has it', async () => {
    const fake = fresh({ baseLibrary: '2.10.4' })
    expect((await outcome(fake.wx.getUserProfile!({ desc: '完善资料' })))[1].errMsg).toBe('getUserProfile:fail can only be invoked by user TAP gesture.')
  })
})

describe('scope.userLocationBackground on WeChat before 8.0.0', () => {
  // rule: SCOPE-BACKGROUND-OLD-CLIENT
  it.each(['authorize', 'startLocationUpdateBackground'] as const)('%s shows no popup; the scope stays unasked', async (api) => {
    const fake = fresh({ clientVersion: '7.0.22' })
    const options = api === 'authorize' ? { scope: 'scope.userLocationBackground' } : {}
    expect(await outcome(fake.wx[api]!(options))).toEqual([
      'rejected',
      { errMsg: `${api}:fail [fake-wx] this WeChat shows no popup for the scope; the user sets it in the settings page (errMsg unverified)` },
    ])
    expect(fake.log.prompts()).toEqual([])
    expect(fake.scopeState('scope.userLocationBackground')).toBe('unasked')
  })

  // rule: SCOPE-BACKGROUND-OLD-CLIENT
  it('from 8.0.0 the popup asks; a scope chosen in the settings page passes on any client', async () => {
    const current = fresh({ clientVersion: '8.0.0' })
    current.user.willAllow('scope.userLocationBackground')
    await expect(current.wx.authorize!({ scope: 'scope.userLocationBackground' })).resolves.toEqual({ errMsg: 'authorize:ok' })
    const old = fresh({ clientVersion: '7.0.22', authSetting: { 'scope.userLocationBackground': true } })
    await expect(old.wx.startLocationUpdateBackground!()).resolves.toEqual({ errMsg: 'startLocationUpdateBackground:ok' })
  })

  // rule: SCOPE-BACKGROUND-OLD-CLIENT
  it('the combined popup has no scope popup to ride on there: the privacy popup of its own asks first', async () => {
    const fake = fresh({ ...NOT_AGREED, clientVersion: '7.0.22' })
    fake.user.willAgreePrivacy()
    await outcome(fake.wx.authorize!({ scope: 'scope.userLocationBackground' }))
    expect(popups(fake)).toEqual(['privacy'])
  })
})

describe('the buttons', () => {
  // rule: PHONE-NUMBER-RESULT
  it('before base library 2.21.2 getPhoneNumber hands back no code, only the encrypted number', async () => {
    const fake = fresh({ baseLibrary: '2.21.1' })
    fake.user.willSharePhoneNumber()
    const detail = await fake.user.tapButton('getPhoneNumber', (e: ButtonEvent) => e.detail)
    expect(Object.keys(detail!).sort()).toEqual(['encryptedData', 'errMsg', 'iv'])
  })

  // rule: CHOOSE-AVATAR-SECURITY
  it('before base library 2.24.4 a picture that fails the content check still fires bindchooseavatar', async () => {
    const fake = fresh({ baseLibrary: '2.24.3' })
    fake.user.willChooseAvatar('http://tmp/bad.jpg', { failsSecurityCheck: true })
    await expect(fake.user.tapButton('chooseAvatar', (e) => e.detail)).resolves.toEqual({ avatarUrl: 'http://tmp/bad.jpg', errMsg: 'chooseAvatar:ok' })
  })
})
