/** The OS layer. */
import type { WxResult } from 'fake-wx'
import { fresh, outcome } from '../../support/fixtures'

describe('wx.getAppAuthorizeSetting, wx.getSystemSetting', () => {
  // rule: SYSTEM-SETTING-FIELDS, SYNC-APIS
  it('default: everything authorized and on', () => {
    const fake = fresh({ platform: 'ios' })
    expect(fake.wx.getAppAuthorizeSetting()).toMatchObject({ locationAuthorized: 'authorized', albumAuthorized: 'authorized', locationReducedAccuracy: false })
    expect(fake.wx.getSystemSetting()).toEqual({ bluetoothEnabled: true, locationEnabled: true, wifiEnabled: true, deviceOrientation: 'portrait' })
  })

  // rule: SYSTEM-APP-AUTHORIZE-FIELDS, SYNC-APIS
  it('reflects options.system; iOS-only fields are left out on Android', () => {
    const fake = fresh({ platform: 'android', system: { locationAuthorized: 'denied', locationEnabled: false } })
    const setting = fake.wx.getAppAuthorizeSetting()
    expect(setting.locationAuthorized).toBe('denied')
    expect('albumAuthorized' in setting).toBe(false)
    expect(fake.wx.getSystemSetting().locationEnabled).toBe(false)
  })

  // rule: SYSTEM-OPEN-APP-AUTHORIZE
  it('wx.openAppAuthorizeSetting succeeds (promise style)', async () => {
    await expect(fresh().wx.openAppAuthorizeSetting!()).resolves.toEqual({ errMsg: 'openAppAuthorizeSetting:ok' })
  })
})

describe.each([
  ['ios', 'getLocation:fail system permission denied', 'getLocation:fail system permission denied', undefined, 'getLocation:fail auth deny'],
  ['android', 'getLocation:fail:system permission denied', 'getLocation:fail:ERROR_NOCELL&WIFI_LOCATIONSWITCHOFF', 2, 'getLocation:fail:auth denied'],
] as const)('on %s', (platform, denied, switchedOff, errCode, refused) => {
  // rule: ERRMSG-SYSTEM-DENY
  it('scope granted, OS permission denied: system permission denied', async () => {
    const fake = fresh({ platform, authSetting: { 'scope.userLocation': true }, system: { locationAuthorized: 'denied' } })
    expect(await outcome(fake.wx.getLocation!({}))).toEqual(['rejected', { errMsg: denied }])
  })

  // rule: ERRMSG-LOCATION-SWITCH-OFF, ERRMSG-SYSTEM-INFERRED
  it('location switched off', async () => {
    const fake = fresh({ platform, authSetting: { 'scope.userLocation': true }, system: { locationEnabled: false } })
    expect(await outcome(fake.wx.getLocation!({}))).toEqual(['rejected', errCode === undefined ? { errMsg: switchedOff } : { errMsg: switchedOff, errCode }])
  })

  // rule: SYSTEM-SCOPE-BEFORE-OS, ERRMSG-API-DENY
  it('the scope layer comes first: a refusal is an auth denial even when the OS denies too', async () => {
    const fake = fresh({ platform, authSetting: { 'scope.userLocation': false }, system: { locationAuthorized: 'denied' } })
    expect(await outcome(fake.wx.getLocation!({}))).toEqual(['rejected', { errMsg: refused, errno: 103 }])
  })
})

describe('other OS permissions', () => {
  // rule: ERRMSG-SYSTEM-INFERRED
  it.each([
    ['saveImageToPhotosAlbum', 'scope.writePhotosAlbum', { albumAuthorized: 'denied' }, { filePath: 'x' }],
    ['startRecord', 'scope.record', { microphoneAuthorized: 'denied' }, {}],
    ['addPhoneCalendar', 'scope.addPhoneCalendar', { phoneCalendarAuthorized: 'denied' }, { title: 't', startTime: 1 }],
  ] as const)('wx.%s with its OS permission denied', async (api, scope, system, options) => {
    const fake = fresh({ authSetting: { [scope]: true }, system })
    const res = await new Promise<WxResult>((resolve) => fake.wx[api]!({ ...options, success: resolve, fail: resolve }))
    expect(res.errMsg).toBe(`${api}:fail system permission denied`)
  })

  // rule: SYSTEM-BLUETOOTH-OFF
  it('openBluetoothAdapter with bluetooth off: not available, errCode 10001', async () => {
    const fake = fresh({ authSetting: { 'scope.bluetooth': true }, system: { bluetoothEnabled: false } })
    expect(await outcome(fake.wx.openBluetoothAdapter!())).toEqual(['rejected', { errMsg: 'openBluetoothAdapter:fail not available', errCode: 10001 }])
  })
})

describe('the gates in combination: privacy, then scope, then OS', () => {
  // rule: PRIVACY-BEFORE-SCOPE, SYSTEM-SCOPE-BEFORE-OS, ERRMSG-SYSTEM-DENY
  it.each(['ios', 'android'] as const)('on %s each layer shows in order in the log', async (platform) => {
    // Base library 3.4.1: the privacy popup of its own, before the combined popup of 3.4.2 (rule PRIVACY-COMBINED-103).
    const fake = fresh({ platform, baseLibrary: '3.4.1', privacy: { needAuthorization: true }, system: { locationAuthorized: 'denied' } })
    fake.user.willAgreePrivacy().willAllow('scope.userLocation')
    const [how, res] = await outcome(fake.wx.getLocation!({}))
    expect(how).toBe('rejected')
    expect(res.errMsg).toBe(platform === 'ios' ? 'getLocation:fail system permission denied' : 'getLocation:fail:system permission denied')
    expect(fake.log.entries.map((e) => (e.type === 'popup' ? `popup ${e.kind}` : e.type === 'answer' ? `answer ${e.answer}` : e.type))).toEqual([
      'call',
      'popup privacy',
      'answer agree',
      'popup scope',
      'answer allow',
      'reject',
    ])
    expect(fake.scopeState('scope.userLocation')).toBe('granted')
  })
})
