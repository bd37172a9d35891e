/**
 * Per-platform refusal spellings, to the byte, against  * `describe.each(platforms)` is also the recipe the README gives for finding the spelling your code misses.
 */
import { isAuthDenyErrMsg, platforms } from 'fake-wx'
import { fresh, outcome } from '../../support/fixtures'

const EXPECTED = {
  // row 1: authorize:fail auth deny with errno 103 (from ~2023); row 2: iOS and devtools `fail auth deny`.
  ios: { authorize: { errMsg: 'authorize:fail auth deny', errno: 103 }, api: { errMsg: 'getLocation:fail auth deny', errno: 103 } },
  devtools: { authorize: { errMsg: 'authorize:fail auth deny', errno: 103 }, api: { errMsg: 'getLocation:fail auth deny', errno: 103 } },
  windows: { authorize: { errMsg: 'authorize:fail auth deny', errno: 103 }, api: { errMsg: 'getLocation:fail auth deny', errno: 103 } },
  mac: { authorize: { errMsg: 'authorize:fail auth deny', errno: 103 }, api: { errMsg: 'getLocation:fail auth deny', errno: 103 } },
  // Android `getLocation:fail:auth denied`; "安卓端没有返回errno字段" on authorize refusal (L).
  android: { authorize: { errMsg: 'authorize:fail auth deny' }, api: { errMsg: 'getLocation:fail:auth denied', errno: 103 } },
  // HarmonyOS: no source gives its spellings; iOS's by default (ohosErrMsg: 'android' for Android's).
  ohos: { authorize: { errMsg: 'authorize:fail auth deny', errno: 103 }, api: { errMsg: 'getLocation:fail auth deny', errno: 103 } },
  ohos_pc: { authorize: { errMsg: 'authorize:fail auth deny', errno: 103 }, api: { errMsg: 'getLocation:fail auth deny', errno: 103 } },
} as const

describe.each(platforms)('platform %s', (platform) => {
  // rule: ERRMSG-AUTHORIZE-DENY, ERRMSG-DEVTOOLS-AS-IOS, ERRMSG-PC-AS-IOS, ERRNO-103, ERRNO-ANDROID-AUTHORIZE-NONE, PLATFORM-OHOS-SPELLINGS
  it('refusal through wx.authorize, in the dialog and again later', async () => {
    const fake = fresh({ platform })
    fake.user.willDeny('scope.userLocation')
    expect(await outcome(fake.wx.authorize!({ scope: 'scope.userLocation' }))).toEqual(['rejected', EXPECTED[platform].authorize])
    expect(await outcome(fake.wx.authorize!({ scope: 'scope.userLocation' }))).toEqual(['rejected', EXPECTED[platform].authorize])
  })

  // rule: ERRMSG-API-DENY, ERRMSG-DEVTOOLS-AS-IOS, ERRMSG-PC-AS-IOS, ERRNO-103, PLATFORM-OHOS-SPELLINGS
  it('refusal through a gated API, in the dialog and again later', async () => {
    const fake = fresh({ platform })
    fake.user.willDeny('scope.userLocation')
    expect(await outcome(fake.wx.getLocation!({}))).toEqual(['rejected', EXPECTED[platform].api])
    expect(await outcome(fake.wx.getLocation!({}))).toEqual(['rejected', EXPECTED[platform].api])
  })

  // rule: MATCH-AUTH-DENY-VARIANTS
  it('every refusal it produces is recognised as an auth denial', async () => {
    const fake = fresh({ platform })
    fake.user.willDeny('scope.writePhotosAlbum')
    const [, res] = await outcome(fake.wx.saveImageToPhotosAlbum!({ filePath: 'x' }))
    expect(isAuthDenyErrMsg(res.errMsg)).toBe(true)
  })
})

describe('dismissing the dialog (L: decompiled Android code)', () => {
  // rule: SCOPE-DISMISS-ERRMSG
  it.each([
    ['android', 'authorize:fail auth cancel', 'getLocation:fail:auth canceled'],
    ['ios', 'authorize:fail auth cancel', 'getLocation:fail auth cancel'],
  ] as const)('%s spells it %s / %s', async (platform, viaAuthorize, viaApi) => {
    const fake = fresh({ platform })
    fake.user.willDismiss('scope.userLocation')
    expect((await outcome(fake.wx.authorize!({ scope: 'scope.userLocation' })))[1].errMsg).toBe(viaAuthorize)
    expect((await outcome(fake.wx.getLocation!({})))[1].errMsg).toBe(viaApi)
  })

  // rule: SCOPE-DISMISS-RECORD
  it("dismissal: 'denied' records the dismissal as a refusal", async () => {
    const fake = fresh({ dismissal: 'denied' })
    fake.user.willDismiss('scope.camera', { once: true })
    await outcome(fake.wx.authorize!({ scope: 'scope.camera' }))
    expect(fake.scopeState('scope.camera')).toBe('denied')
    await expect(fake.wx.authorize!({ scope: 'scope.camera' })).rejects.toMatchObject({ errMsg: 'authorize:fail auth deny' })
    expect(fake.log.prompts()).toHaveLength(1)
  })

  // rule: MATCH-AUTH-DENY-VARIANTS
  it('a dismissal is not an auth denial', () => {
    expect(isAuthDenyErrMsg('authorize:fail auth cancel')).toBe(false)
    expect(isAuthDenyErrMsg('getLocation:fail:auth canceled')).toBe(false)
  })
})

describe('older clients and the iOS "no response" outcome', () => {
  // rule: AUTHORIZE-LEGACY-12006
  it('legacyErrMsg: a repeat refusal reads authorize:fail 系统错误，错误码：-12006,auth deny', async () => {
    const fake = fresh({ legacyErrMsg: true })
    fake.user.willDeny('scope.userLocation')
    expect((await outcome(fake.wx.authorize!({ scope: 'scope.userLocation' })))[1]).toEqual({ errMsg: 'authorize:fail auth deny', errno: 103 })
    expect((await outcome(fake.wx.authorize!({ scope: 'scope.userLocation' })))[1]).toEqual({
      errMsg: 'authorize:fail 系统错误，错误码：-12006,auth deny',
    })
    expect((await outcome(fake.wx.getUserInfo!()))[0]).toBe('resolved')
  })

  // rule: AUTHORIZE-LEGACY-12006
  it.each(platforms)('legacyErrMsg on %s: a scope refused earlier fails authorize and the gated API with the -12006 spelling', async (platform) => {
    const fake = fresh({ platform, legacyErrMsg: true })
    fake.user.hasDenied('scope.userLocation')
    expect(await outcome(fake.wx.authorize!({ scope: 'scope.userLocation' }))).toEqual([
      'rejected',
      { errMsg: 'authorize:fail 系统错误，错误码：-12006,auth deny' },
    ])
    expect(await outcome(fake.wx.getLocation!({ type: 'gcj02' }))).toEqual([
      'rejected',
      { errMsg: 'getLocation:fail 系统错误，错误码：-12006,auth deny' },
    ])
    expect(fake.log.prompts()).toEqual([])
  })

  // rule: SCOPE-CONCURRENT-NO-RESPONSE
  it("concurrentPrompts: 'no-response' fails a second request while the dialog is up", async () => {
    const fake = fresh({ concurrentPrompts: 'no-response' })
    fake.user.willAllow('scope.userLocation')
    const [first, second] = await Promise.all([
      outcome(fake.wx.authorize!({ scope: 'scope.userLocation' })),
      outcome(fake.wx.getLocation!({})),
    ])
    expect(first).toEqual(['resolved', { errMsg: 'authorize:ok' }])
    expect(second).toEqual(['rejected', { errMsg: 'getLocation:fail authorize no response' }])
  })

  // rule: MATCH-AUTH-DENY-VARIANTS
  it.each([
    'authorize:fail auth deny',
    'getLocation:fail:auth denied',
    'authorize:fail 系统错误，错误码：-12006,auth deny',
    'saveImageToPhotosAlbum:fail authorize no response',
    'chooseAddress:fail auth deny',
  ])('%s is an auth denial', (errMsg) => {
    expect(isAuthDenyErrMsg(errMsg)).toBe(true)
  })

  // rule: MATCH-AUTH-DENY-VARIANTS
  it.each([
    'chooseLocation:fail cancel',
    'getLocation:fail privacy permission is not authorized',
    'getLocation:fail system permission denied',
    'getLocation:fail:ERROR_NOCELL&WIFI_LOCATIONSWITCHOFF',
    'authorize:fail invalid scope',
    'getLocation:fail [fake-wx] no answer scripted for the scope.userLocation popup',
    'getLocation:ok',
  ])('%s is not', (errMsg) => {
    expect(isAuthDenyErrMsg(errMsg)).toBe(false)
  })
})

// rule: MATCH-AUTH-DENY-VARIANTS
it('the ASCII-punctuated legacy spelling is an auth denial too', () => {
  expect(isAuthDenyErrMsg('authorize:fail 系统错误,错误码:-12006,auth deny')).toBe(true)
})

describe('user.willNotRespond ( "authorize no response")', () => {
  // rule: SCOPE-NO-RESPONSE
  it('fails the call with authorize no response and leaves the scope never-asked', async () => {
    const fake = fresh()
    fake.user.willNotRespond('scope.writePhotosAlbum', { once: true }).willAllow('scope.writePhotosAlbum')
    expect(await outcome(fake.wx.saveImageToPhotosAlbum!({ filePath: 'x' }))).toEqual([
      'rejected',
      { errMsg: 'saveImageToPhotosAlbum:fail authorize no response' },
    ])
    expect(fake.scopeState('scope.writePhotosAlbum')).toBe('unasked')
    expect(isAuthDenyErrMsg('saveImageToPhotosAlbum:fail authorize no response')).toBe(true)
    expect((await outcome(fake.wx.authorize!({ scope: 'scope.writePhotosAlbum' })))[1]).toEqual({ errMsg: 'authorize:ok' })
    expect(fake.log.entries.flatMap((e) => (e.type === 'answer' ? [e.answer] : []))).toEqual(['no-response', 'allow'])
  })
})
