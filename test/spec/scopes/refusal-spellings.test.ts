/** The refusal spellings real code compares against: produced where the sources place them, recognised everywhere. */
import { isAuthDenyErrMsg, isSystemDenyErrMsg } from 'fake-wx'
import { fresh, outcome } from '../../support/fixtures'

describe('authorize:fail:auth deny', () => {
  // rule: ERRMSG-AUTHORIZE-COLON-DENY, MATCH-AUTH-DENY-VARIANTS
  it('which client produces it is unverified: the spellings option produces it, and the refusal matchers accept it', async () => {
    const fake = fresh({ spellings: { 'authorize-deny': ':auth deny' } })
    fake.user.willDeny('scope.userLocation')
    expect(await outcome(fake.wx.authorize!({ scope: 'scope.userLocation' }))).toEqual(['rejected', { errMsg: 'authorize:fail:auth deny' }])
    expect(isAuthDenyErrMsg('authorize:fail:auth deny')).toBe(true)
    expect(fake.wx.authorize).toHaveFailedWithAuthDeny()
  })
})

describe("<camera>'s refusal", () => {
  // rule: SCOPE-CAMERA-BINDERROR, SCOPE-CAMERA-XWEB-ANDROID
  it.each([
    ['android', 'xweb', 'insertXWebCamera:fail:auth denied'],
    ['android', 'native', 'insertCamera:fail:auth denied'],
    ['ios', 'xweb', 'insertCamera:fail auth deny'],
    ['devtools', 'xweb', 'insertCamera:fail auth deny'],
  ] as const)('on %s with androidCamera: %s is %s, errno 103, a refusal', async (platform, androidCamera, errMsg) => {
    const fake = fresh({ platform, androidCamera })
    fake.user.willDeny('scope.camera')
    await expect(fake.components.camera()).resolves.toEqual({ type: 'error', detail: { errMsg, errno: 103 } })
    expect(isAuthDenyErrMsg(errMsg)).toBe(true)
  })

  // rule: MATCH-AUTH-DENY-VARIANTS
  it.each(['insertXWebCamera:fail auth deny', 'insertXWebCamera:fail:auth denied', 'operateRecorder:fail auth deny', 'operateRecorder:fail:auth denied'])(
    '%s is recognised as a refusal',
    (errMsg) => {
      expect(isAuthDenyErrMsg(errMsg)).toBe(true)
      expect(isSystemDenyErrMsg(errMsg)).toBe(false)
    },
  )

  it('androidCamera must be xweb or native', () => {
    expect(() => fresh({ androidCamera: 'x5' as never })).toThrow("options.androidCamera must be one of 'xweb', 'native', got 'x5'.")
  })
})

describe('getLocation:fail 1 (old iOS clients)', () => {
  // rule: ERRMSG-SYSTEM-DENY-LEGACY-IOS, MATCH-SYSTEM-DENY-VARIANTS
  it.each([
    ['ios', 'getLocation:fail 1'],
    ['android', 'getLocation:fail:system permission denied'],
    ['devtools', 'getLocation:fail system permission denied'],
  ] as const)('legacyErrMsg on %s: WeChat without the OS location permission gives %s, a system denial', async (platform, errMsg) => {
    const fake = fresh({ platform, legacyErrMsg: true, system: { locationAuthorized: 'denied' }, authSetting: { 'scope.userLocation': true } })
    expect(await outcome(fake.wx.getLocation!({}))).toEqual(['rejected', { errMsg }])
    expect(isSystemDenyErrMsg(errMsg)).toBe(true)
    expect(isAuthDenyErrMsg(errMsg)).toBe(false)
    expect(fake.wx.getLocation).toHaveFailedWithSystemDeny()
  })

  // rule: ERRMSG-SYSTEM-DENY-LEGACY-IOS
  it('only the location permission had that form; current clients spell it system permission denied', async () => {
    const old = fresh({ platform: 'ios', legacyErrMsg: true, system: { cameraAuthorized: 'denied' }, authSetting: { 'scope.camera': true } })
    await expect(old.components.camera()).resolves.toEqual({ type: 'error', detail: { errMsg: 'insertCamera:fail system permission denied' } })
    const current = fresh({ platform: 'ios', system: { locationAuthorized: 'denied' }, authSetting: { 'scope.userLocation': true } })
    expect((await outcome(current.wx.getLocation!({})))[1].errMsg).toBe('getLocation:fail system permission denied')
    expect(isSystemDenyErrMsg('getLocation:fail 12')).toBe(false)
  })
})
