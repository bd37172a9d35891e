import { user } from 'fake-wx'
import { failureOf } from '../../support/failure-message'
import { locateShop } from '../../support/locate-shop'

describe('toHaveSucceeded', () => {
  it('passes for a callback-style success and a resolved promise', async () => {
    user.willAllow('scope.userLocation')
    await user.tap(() => locateShop())
    await wx.showToast({ title: '已定位' })
    expect(wx.getLocation).toHaveSucceeded()
    expect(wx.showToast).toHaveSucceeded()
    expect(wx).toHaveSucceeded('getSetting')
    expect(wx).toHaveSucceeded()
  })

  it('passes when one of several calls succeeded', async () => {
    user.willDeny('scope.userLocation', { once: true }).willConfirmModal()
    user.inSettings.willEnable('scope.userLocation')
    await user.tap(() => locateShop())
    expect(wx.getLocation).toHaveFailedWithAuthDeny()
    expect(wx.getLocation).toHaveSucceeded()
  })

  it('fails when every call failed, listing how each ended', async () => {
    user.willDeny('scope.userLocation').willCancelModal()
    await user.tap(() => locateShop())
    const message = failureOf(() => expect(wx.getLocation).toHaveSucceeded())
    expect(message).toContain("Received: #2 wx.getLocation failed 'getLocation:fail auth deny'")
    expect(message).toMatchSnapshot()
  })

  it('fails for a call that has not settled yet, and says what to await', () => {
    user.hasAllowed('scope.userLocation')
    void wx.getLocation({})
    const message = failureOf(() => expect(wx.getLocation).toHaveSucceeded())
    expect(message).toContain('#1 wx.getLocation has not settled yet (await the tap, or fakeWx.settled())')
  })

  it('fails for a Sync API that threw its failure, quoting the errMsg it threw', () => {
    expect(() => wx.getStorageSync(7 as never)).toThrow('getStorageSync:fail parameter error')
    const message = failureOf(() => expect(wx.getStorageSync).toHaveSucceeded())
    expect(message).toContain("Received: #1 wx.getStorageSync failed 'getStorageSync:fail parameter error: parameter.key should be String instead of Number;'\n")
  })

  it('fails when nothing was called', () => {
    expect(failureOf(() => expect(wx).toHaveSucceeded())).toContain('Received: no wx call')
  })

  it('.not passes when the API failed or was not called', async () => {
    user.hasDenied('scope.userLocation')
    await wx.getLocation({}).catch(() => undefined)
    expect(wx.getLocation).not.toHaveSucceeded()
    expect(wx.openSetting).not.toHaveSucceeded()
  })

  it('.not fails after a success', async () => {
    user.hasAllowed('scope.userLocation')
    await wx.getLocation({ type: 'wgs84' })
    const message = failureOf(() => expect(wx.getLocation).not.toHaveSucceeded())
    expect(message).toContain("Received: #1 wx.getLocation succeeded 'getLocation:ok'")
    expect(message).toMatchSnapshot()
  })
})
