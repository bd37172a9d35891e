import { isAuthDenyErrMsg } from 'fake-wx'
import { createFakeWx, fakeWx, user } from 'fake-wx'
import { failureOf } from '../../support/failure-message'
import { locateShop } from '../../support/locate-shop'
import { fakeLogOf } from './synthetic-log'

describe('toHaveFailedWithAuthDeny', () => {
  it('passes when the user refuses in the popup (now)', async () => {
    user.willDeny('scope.userLocation').willCancelModal()
    await user.tap(() => locateShop())
    expect(wx.getLocation).toHaveFailedWithAuthDeny()
    expect(wx).toHaveFailedWithAuthDeny('getLocation')
    expect(wx).toHaveFailedWithAuthDeny()
  })

  it('passes when the user refused earlier, with no popup now', async () => {
    user.hasDenied('scope.writePhotosAlbum')
    await wx.saveImageToPhotosAlbum({ filePath: 'http://tmp/a.png' }).catch(() => undefined)
    expect(wx).not.toHavePrompted()
    expect(wx.saveImageToPhotosAlbum).toHaveFailedWithAuthDeny()
  })

  // rule: MATCH-AUTH-DENY-VARIANTS
  it.each(['ios', 'android', 'devtools', 'windows', 'mac'] as const)('accepts the %s spellings of authorize and of a gated API', async (platform) => {
    const fake = createFakeWx({ platform })
    fake.user.willDeny('scope.userLocation')
    await fake.wx.authorize!({ scope: 'scope.userLocation' }).catch(() => undefined)
    await fake.wx.getLocation!({}).catch(() => undefined)
    expect(fake.wx.authorize).toHaveFailedWithAuthDeny()
    expect(fake.wx.getLocation).toHaveFailedWithAuthDeny()
  })

  it('fails for a call that succeeded, listing how each call of the API ended', async () => {
    user.willAllow('scope.userLocation')
    await user.tap(() => locateShop())
    const message = failureOf(() => expect(wx.getLocation).toHaveFailedWithAuthDeny())
    expect(message).toContain("Received: #2 wx.getLocation succeeded 'getLocation:ok'")
    expect(message).toMatchSnapshot()
  })

  // rule: MATCH-AUTH-DENY-VARIANTS
  it('fails when the popup was only dismissed: a cancel is not a refusal', async () => {
    user.willDismiss('scope.userLocation').willCancelModal()
    await wx.getLocation({}).catch(() => undefined)
    const message = failureOf(() => expect(wx.getLocation).toHaveFailedWithAuthDeny())
    expect(message).toContain("#1 wx.getLocation failed 'getLocation:fail auth cancel'")
    expect(message).toContain('Only a refusal counts')
    expect(message).toMatchSnapshot()
  })

  it('fails for a parameter error', async () => {
    user.hasAllowed('scope.userLocation')
    const wrongType: Record<string, unknown> = { type: 42 }
    await wx.getLocation(wrongType).catch(() => undefined)
    expect(wx.getLocation).not.toHaveSucceeded()
    expect(wx.getLocation).not.toHaveFailedWithAuthDeny()
  })

  it("fails for fake-wx's own failure of an unscripted popup", async () => {
    await wx.getLocation({}).catch(() => undefined)
    expect(wx.getLocation).not.toHaveFailedWithAuthDeny()
    expect(() => fakeWx.verify()).toThrow("user.willAllow('scope.userLocation')")
    fakeWx.reset() // the unscripted popup was seen here, so the preset's afterEach must not fail this test
  })

  it('fails when the API was never called', () => {
    expect(failureOf(() => expect(wx.getLocation).toHaveFailedWithAuthDeny())).toContain('Received: wx.getLocation was not called')
  })

  it('.not fails after a refusal, quoting the errMsg', async () => {
    user.willDeny('scope.userLocation').willCancelModal()
    await user.tap(() => locateShop())
    const message = failureOf(() => expect(wx.getLocation).not.toHaveFailedWithAuthDeny())
    expect(message).toContain("Received: #2 wx.getLocation failed 'getLocation:fail auth deny'")
    expect(message).toMatchSnapshot()
  })

  // rule: MATCH-AUTH-DENY-VARIANTS
  describe('accepts exactly the refusal spellings', () => {
    const refusals = [
      'getLocation:fail auth deny',
      'getLocation:fail:auth denied',
      'authorize:fail auth deny',
      'authorize:fail 系统错误，错误码：-12006,auth deny',
      'getLocation:fail authorize no response',
    ]
    const others = [
      'getLocation:fail auth cancel',
      'getLocation:fail:auth canceled',
      'getLocation:fail privacy permission is not authorized',
      'getLocation:fail system permission denied',
      'getLocation:fail:system permission denied',
      'getLocation:fail:ERROR_NOCELL&WIFI_LOCATIONSWITCHOFF',
      'getLocation:fail parameter error: parameter.type should be String instead of Number;',
      'getLocation:fail [fake-wx] no answer scripted for the scope.userLocation popup',
      'getLocation:fail auth deny, and more',
    ]

    it.each(refusals)('refusal: %s', (errMsg) => {
      expect(fakeLogOf([{ errMsg }])).toHaveFailedWithAuthDeny()
    })

    it.each(others)('not a refusal: %s', (errMsg) => {
      expect(fakeLogOf([{ errMsg }])).not.toHaveFailedWithAuthDeny()
    })

    // rule: ERRMSG-AUTHORIZE-COLON-DENY
    it.each(['authorize:fail:auth deny', 'authorize:fail 系统错误,错误码:-12006,auth deny'])('a spelling apps compare that no profile produces: %s', (errMsg) => {
      expect(fakeLogOf([{ errMsg }])).toHaveFailedWithAuthDeny()
      expect(isAuthDenyErrMsg(errMsg)).toBe(true)
    })

    it('a refusal spelling in a success result is not a failure', () => {
      expect(fakeLogOf([{ errMsg: 'getLocation:fail auth deny', succeeded: true }])).not.toHaveFailedWithAuthDeny()
    })
  })

  it('rejects an unknown API name, and an argument that contradicts the receiver', () => {
    expect(failureOf(() => expect(wx).toHaveFailedWithAuthDeny('getLocaton'))).toMatchSnapshot()
    expect(() => expect(wx.authorize).toHaveFailedWithAuthDeny('getLocation')).toThrow("received wx.authorize but the argument names 'getLocation'")
  })
})
