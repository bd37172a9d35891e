/** The privacy agreement. */
import type { PrivacyResolution, WxResult } from 'fake-wx'
import { fresh, outcome } from '../../support/fixtures'
import { modelledGlobalApis, wechatTables } from '../../support/records'

const NOT_AGREED = { privacy: { needAuthorization: true } }
/**
 * Base library 3.4.1, before the combined privacy-in-scope popup (rule PRIVACY-COMBINED-103): every privacy API,
 * scope popup or not, shows WeChat's standalone privacy popup first. The tests of that popup pin it.
 */
const STANDALONE = { ...NOT_AGREED, baseLibrary: '3.4.1' }

describe('wx.getPrivacySetting, wx.openPrivacyContract', () => {
  // rule: PRIVACY-GET-SETTING
  it('reports needAuthorization and the contract name; no promise style', async () => {
    const fake = fresh({ privacy: { needAuthorization: true, privacyContractName: '《门店小程序隐私保护指引》' } })
    let result: WxResult | undefined
    expect(fake.wx.getPrivacySetting!({ success: (r: WxResult) => (result = r) })).toBeUndefined()
    expect(fake.wx.getPrivacySetting!()).toBeUndefined()
    await fake.settled()
    expect(result).toEqual({ errMsg: 'getPrivacySetting:ok', needAuthorization: true, privacyContractName: '《门店小程序隐私保护指引》' })
  })

  it('needAuthorization is false by default', async () => {
    const fake = fresh()
    const result = await new Promise<WxResult>((resolve) => fake.wx.getPrivacySetting!({ success: resolve }))
    expect(result.needAuthorization).toBe(false)
  })
})

describe("WeChat's own popup (no listener registered)", () => {
  // rule: PRIVACY-OFFICIAL-POPUP, PRIVACY-BEFORE-SCOPE, PRIVACY-AGREE-ONCE
  it('agree: the call goes on to the scope popup; the log shows privacy first', async () => {
    const fake = fresh(STANDALONE)
    fake.user.willAgreePrivacy().willAllow('scope.userLocation')
    await expect(fake.wx.getLocation!({})).resolves.toMatchObject({ errMsg: 'getLocation:ok' })
    expect(fake.log.entries.filter((e) => e.type === 'popup').map((e) => e.kind)).toEqual(['privacy', 'scope'])
    // agreed once, agreed for good
    await expect(fake.wx.getWeRunData!()).rejects.toEqual({ errMsg: 'getWeRunData:fail [fake-wx] no answer scripted for the scope.werun popup' })
    expect(fake.log.entries.filter((e) => e.type === 'popup' && e.kind === 'privacy')).toHaveLength(1)
  })

  // rule: PRIVACY-OFFICIAL-POPUP, PRIVACY-REFUSE-104, AUTHORIZE-PRIVACY-FIRST, PRIVACY-BEFORE-SCOPE
  it.each(['ios', 'android'] as const)('disagree on %s: errno 104 privacy permission is not authorized, no scope popup', async (platform) => {
    const fake = fresh({ ...STANDALONE, platform })
    fake.user.willDisagreePrivacy()
    expect(await outcome(fake.wx.getLocation!({}))).toEqual(['rejected', { errMsg: 'getLocation:fail privacy permission is not authorized', errno: 104 }])
    fake.user.waitsOutPrivacyGap()
    expect(await outcome(fake.wx.authorize!({ scope: 'scope.werun' }))).toEqual([
      'rejected',
      { errMsg: 'authorize:fail privacy permission is not authorized', errno: 104 },
    ])
    expect(fake.log.prompts()).toHaveLength(0)
    expect(fake.log.entries.filter((e) => e.type === 'popup' && e.kind === 'privacy')).toHaveLength(2)
  })

  // rule: PRIVACY-GAP-10S
  it('within 10 s of a refusal, calls fail with no popup until the user waits it out', async () => {
    const fake = fresh(NOT_AGREED)
    fake.user.willDisagreePrivacy({ once: true }).willAgreePrivacy()
    await outcome(fake.wx.getClipboardData!())
    expect(await outcome(fake.wx.getClipboardData!())).toEqual([
      'rejected',
      { errMsg: 'getClipboardData:fail privacy permission is not authorized in gap', errno: 104 },
    ])
    expect(fake.log.entries.filter((e) => e.type === 'popup')).toHaveLength(1)
    fake.user.waitsOutPrivacyGap()
    expect((await outcome(fake.wx.getClipboardData!()))[0]).toBe('resolved')
    expect(fake.log.entries.filter((e) => e.type === 'popup')).toHaveLength(2)
  })

  // rule: PRIVACY-EXPOSURE-ONLY-REPORTS
  it("resolve({ event: 'exposureAuthorization' }) only reports the app's popup: the call keeps waiting for agree", async () => {
    const fake = fresh(NOT_AGREED)
    let resolvePrivacy: ((r: PrivacyResolution) => void) | undefined
    fake.wx.onNeedPrivacyAuthorization!((resolve: (r: PrivacyResolution) => void) => {
      resolvePrivacy = resolve
      resolve({ event: 'exposureAuthorization' })
    })
    const result = outcome(fake.wx.getClipboardData!())
    await fake.settled()
    expect(() => fake.verify()).toThrow(/still waiting for the privacy listener/)
    await fake.user.tapAgreePrivacyButton('agree', () => resolvePrivacy!({ event: 'agree', buttonId: 'agree' }))
    expect((await result)[1].errMsg).toBe('getClipboardData:ok')
  })

  it('a resolve kept from before reset() does not touch the next test', async () => {
    const fake = fresh(NOT_AGREED)
    let stale: ((r: PrivacyResolution) => void) | undefined
    fake.wx.onNeedPrivacyAuthorization!((resolve: (r: PrivacyResolution) => void) => (stale = resolve))
    void fake.wx.getClipboardData!({ complete: () => {} })
    await fake.settled()
    fake.reset()
    stale!({ event: 'disagree' })
    await fake.settled()
    expect(fake.log.entries).toEqual([])
  })

  it('unscripted: a problem naming the line to add', async () => {
    const fake = fresh(STANDALONE)
    await outcome(fake.wx.getWeRunData!())
    expect(() => fake.verify()).toThrow(/user\.willAgreePrivacy\(\)/)
  })
})

describe('wx.onNeedPrivacyAuthorization', () => {
  // rule: PRIVACY-LISTENER-PENDING, PRIVACY-AGREE-NEEDS-BUTTON
  it('the triggering call is pending until resolve; eventInfo.referrer names it', async () => {
    const fake = fresh(NOT_AGREED)
    fake.user.willAllow('scope.werun')
    let resolvePrivacy: ((r: PrivacyResolution) => void) | undefined
    const referrers: string[] = []
    fake.wx.onNeedPrivacyAuthorization!((resolve: (r: PrivacyResolution) => void, info: { referrer: string }) => {
      resolvePrivacy = resolve
      referrers.push(info.referrer)
    })
    let settledWith: string | undefined
    fake.wx.getWeRunData!({ complete: (r: WxResult) => (settledWith = r.errMsg) })
    await fake.settled()
    expect(settledWith).toBeUndefined()
    expect(referrers).toEqual(['getWeRunData'])
    expect(() => fake.verify()).toThrow(/wx\.getWeRunData is still waiting for the privacy listener/)
    await fake.user.tapAgreePrivacyButton('agree-btn', () => resolvePrivacy!({ event: 'agree', buttonId: 'agree-btn' }))
    expect(settledWith).toBe('getWeRunData:ok')
    expect(() => fake.verify()).not.toThrow()
  })

  // rule: PRIVACY-DISAGREE-FAILS, PRIVACY-REFUSE-104
  it("resolve({ event: 'disagree' }) fails the call with 104", async () => {
    const fake = fresh(NOT_AGREED)
    fake.wx.onNeedPrivacyAuthorization!((resolve: (r: PrivacyResolution) => void) => resolve({ event: 'disagree' }))
    expect(await outcome(fake.wx.getUserInfo!())).toEqual(['rejected', { errMsg: 'getUserInfo:fail privacy permission is not authorized', errno: 104 }])
  })

  // rule: PRIVACY-AGREE-NEEDS-BUTTON
  it("agree without tapping the agree button is refused (the base library checks the tap) and reported", async () => {
    const fake = fresh(NOT_AGREED)
    fake.wx.onNeedPrivacyAuthorization!((resolve: (r: PrivacyResolution) => void) => resolve({ event: 'agree', buttonId: 'agree-btn' }))
    expect((await outcome(fake.wx.getUserInfo!()))[1].errno).toBe(104)
    expect(() => fake.verify()).toThrow(/await user\.tapAgreePrivacyButton\("agree-btn"\)/)
  })

  // rule: PRIVACY-LISTENER-REPLACES
  it('registering again replaces the listener', async () => {
    const fake = fresh(NOT_AGREED)
    const calls: string[] = []
    fake.wx.onNeedPrivacyAuthorization!(() => calls.push('first'))
    fake.wx.onNeedPrivacyAuthorization!((resolve: (r: PrivacyResolution) => void) => {
      calls.push('second')
      resolve({ event: 'disagree' })
    })
    await outcome(fake.wx.getUserInfo!())
    expect(calls).toEqual(['second'])
  })

  // rule: PRIVACY-CONCURRENT-PENDING
  it('several concurrent privacy calls are each pending with their own resolve', async () => {
    const fake = fresh({ ...NOT_AGREED, authSetting: { 'scope.werun': true } })
    const pending: ((r: PrivacyResolution) => void)[] = []
    fake.wx.onNeedPrivacyAuthorization!((resolve: (r: PrivacyResolution) => void) => pending.push(resolve))
    const a = outcome(fake.wx.getWeRunData!())
    const b = outcome(fake.wx.getUserInfo!())
    await fake.settled()
    expect(pending).toHaveLength(2)
    pending[1]!({ event: 'disagree' })
    await fake.user.tapAgreePrivacyButton('ok')
    pending[0]!({ event: 'agree', buttonId: 'ok' })
    expect((await a)[1].errMsg).toBe('getWeRunData:ok')
    expect((await b)[1].errMsg).toBe('getUserInfo:fail privacy permission is not authorized')
  })

  // rule: PRIVACY-REQUIRE-AUTHORIZE
  it('wx.requirePrivacyAuthorize asks like a privacy API and succeeds once agreed', async () => {
    const fake = fresh(NOT_AGREED)
    fake.user.willAgreePrivacy({ once: true })
    const first = await new Promise<WxResult>((resolve) => fake.wx.requirePrivacyAuthorize!({ success: resolve, fail: resolve }))
    expect(first.errMsg).toBe('requirePrivacyAuthorize:ok')
    const second = await new Promise<WxResult>((resolve) => fake.wx.requirePrivacyAuthorize!({ success: resolve, fail: resolve }))
    expect(second.errMsg).toBe('requirePrivacyAuthorize:ok')
    expect(fake.log.entries.filter((e) => e.type === 'popup')).toHaveLength(1)
  })
})

describe('which APIs the privacy layer stands in front of', () => {
  // rule: PRIVACY-API-LIST
  it('privacy APIs wait for the agreement; APIs that read no personal data do not', async () => {
    const fake = fresh({ ...NOT_AGREED, authSetting: { 'scope.userLocation': true } })
    const referrers: string[] = []
    fake.wx.onNeedPrivacyAuthorization!((resolve: (r: PrivacyResolution) => void, info: { referrer: string }) => {
      referrers.push(info.referrer)
      resolve({ event: 'disagree' })
    })
    // Not privacy APIs: they succeed without asking.
    await expect(fake.wx.showToast!({ title: '加载中' })).resolves.toEqual({ errMsg: 'showToast:ok' })
    await expect(fake.wx.getSetting!()).resolves.toEqual({ errMsg: 'getSetting:ok', authSetting: { 'scope.userLocation': true } })
    // Privacy APIs on the official list, with and without a scope of their own.
    for (const [api, options] of [
      ['getClipboardData', {}],
      ['chooseMedia', { count: 1 }],
      ['chooseLocation', {}],
      ['chooseAddress', {}],
      ['getLocation', { type: 'gcj02' }],
    ] as const) {
      expect(await outcome(fake.wx[api]!(options))).toEqual(['rejected', { errMsg: `${api}:fail privacy permission is not authorized`, errno: 104 }])
    }
    expect(referrers).toEqual(['getClipboardData', 'chooseMedia', 'chooseLocation', 'chooseAddress', 'getLocation'])
  })
})

/**
 * Every modelled `wx` function the privacy layer stands in front of, written from the official privacy-API list
 * (rule PRIVACY-API-LIST) and the scope table. RecorderManager.start, <camera> and <live-pusher> are privacy APIs
 * too, but not functions of `wx`.
 */
const PRIVACY_WX_APIS = [
  'authorize',
  'requirePrivacyAuthorize',
  'getLocation',
  'getFuzzyLocation',
  'startLocationUpdate',
  'startLocationUpdateBackground',
  'chooseLocation',
  'choosePoi',
  'startRecord',
  'joinVoIPChat',
  'openBluetoothAdapter',
  'createBLEPeripheralServer',
  'saveImageToPhotosAlbum',
  'saveVideoToPhotosAlbum',
  'addPhoneContact',
  'addPhoneCalendar',
  'addPhoneRepeatCalendar',
  'getWeRunData',
  'chooseAddress',
  'chooseInvoice',
  'chooseInvoiceTitle',
  'getUserInfo',
  'getUserProfile',
  'getClipboardData',
  'chooseMedia',
  'chooseImage',
  'chooseVideo',
  'chooseMessageFile',
  'setClipboardData',
] as const

describe('every privacy API, refused on the official popup', () => {
  // rule: PRIVACY-API-LIST
  it('the records mark exactly these wx functions as privacy APIs', () => {
    const tables = wechatTables()
    const marked = modelledGlobalApis().filter((api) => tables.record(api)!.privacy === true)
    expect([...marked].sort()).toEqual([...PRIVACY_WX_APIS].sort())
  })

  // rule: PRIVACY-API-LIST, PRIVACY-REFUSE-104, PRIVACY-BEFORE-SCOPE, AUTHORIZE-PRIVACY-FIRST
  it.each(PRIVACY_WX_APIS)('%s fails with privacy permission is not authorized, errno 104, before any scope popup', async (api) => {
    const fake = fresh(STANDALONE)
    fake.user.willDisagreePrivacy()
    const options = { ...(wechatTables().record(api)!.example ?? {}), ...(api === 'getUserProfile' && { desc: '用于完善会员资料' }) }
    // In a tap, so that the tap-only APIs (getUserProfile) reach the privacy layer.
    const result = await fake.user.tap(
      () => new Promise<WxResult>((resolve) => fake.wx[api]!({ ...options, success: resolve, fail: resolve })),
    )
    expect(result).toEqual({ errMsg: `${api}:fail privacy permission is not authorized`, errno: 104 })
    expect(fake.log.entries.filter((e) => e.type === 'popup').map((e) => e.type === 'popup' && e.kind)).toEqual(['privacy'])
    expect(fake.log.prompts()).toEqual([])
  })

  // rule: PRIVACY-API-LIST
  it.each([
    ['showToast', { title: '加载中' }],
    ['getSetting', {}],
  ] as const)('%s is not held: it succeeds with no privacy popup', async (api, options) => {
    const fake = fresh(NOT_AGREED)
    fake.user.willDisagreePrivacy()
    const result = await new Promise<WxResult>((resolve) => fake.wx[api]!({ ...options, success: resolve, fail: resolve }))
    expect(result.errMsg).toBe(`${api}:ok`)
    expect(fake.log.entries.filter((e) => e.type === 'popup')).toEqual([])
  })
})

describe('the agree-privacy button', () => {
  // rule: PRIVACY-BUTTON-AGREES, PRIVACY-BEFORE-SCOPE
  it('with no listener registered, a tap records the agreement: the next privacy API goes straight to its scope popup', async () => {
    const fake = fresh(NOT_AGREED)
    fake.user.willAllow('scope.userLocation')
    await fake.user.tapAgreePrivacyButton('btn')
    const setting = await new Promise<WxResult>((resolve) => fake.wx.getPrivacySetting!({ success: resolve }))
    expect(setting).toEqual({ errMsg: 'getPrivacySetting:ok', needAuthorization: false, privacyContractName: '《小程序隐私保护指引》' })
    const [settled, res] = await outcome(fake.wx.getLocation!({ type: 'gcj02' }))
    expect([settled, res.errMsg]).toEqual(['resolved', 'getLocation:ok'])
    expect(fake.log.entries.filter((e) => e.type === 'popup').map((e) => e.type === 'popup' && e.kind)).toEqual(['scope'])
    expect(fake.log.prompts('scope.userLocation')).toHaveLength(1)
  })
})

describe('undeclared privacy types', () => {
  // rule: PRIVACY-UNDECLARED-112
  it('errno 112, for the API and for authorize of its scope; other APIs keep working', async () => {
    const fake = fresh({ privacy: { undeclared: ['getWeRunData'] }, authSetting: { 'scope.userLocation': true } })
    expect(await outcome(fake.wx.getWeRunData!())).toEqual([
      'rejected',
      { errMsg: 'getWeRunData:fail api scope is not declared in the privacy agreement', errno: 112 },
    ])
    expect((await outcome(fake.wx.authorize!({ scope: 'scope.werun' })))[1]).toEqual({
      errMsg: 'authorize:fail api scope is not declared in the privacy agreement',
      errno: 112,
    })
    await expect(fake.wx.getLocation!({})).resolves.toMatchObject({ errMsg: 'getLocation:ok' })
  })
})
