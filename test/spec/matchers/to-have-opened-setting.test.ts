import { user } from 'fake-wx'
import { failureOf } from '../../support/failure-message'
import { locateShop } from '../../support/locate-shop'

describe('toHaveOpenedSetting', () => {
  it('passes when the settings page was visited, even with no change', async () => {
    user.willDeny('scope.userLocation').willConfirmModal()
    await user.tap(() => locateShop())
    expect(wx).toHaveOpenedSetting()
    expect(wx.openSetting).toHaveOpenedSetting()
  })

  it('passes when the user tapped the openSetting button, naming the button', async () => {
    user.hasDenied('scope.userLocation')
    user.inSettings.willEnable('scope.userLocation')
    await user.tapOpenSettingButton()
    expect(wx).toHaveOpenedSetting()
    expect(wx).toHaveScope('scope.userLocation', 'granted')
    const message = failureOf(() => expect(wx).not.toHaveOpenedSetting())
    expect(message).toContain('Received: opened by #1 <button open-type="openSetting">: scope.userLocation denied → granted')
  })

  it('fails when openSetting had no tap state, and says where to call it', async () => {
    user.willDeny('scope.userLocation')
    await user.tap(() =>
      wx.getLocation({
        fail: () => {
          wx.openSetting({}).catch(() => undefined) // from a fail callback: no tap state
        },
      }),
    )
    const message = failureOf(() => expect(wx).toHaveOpenedSetting())
    expect(message).toContain("#2 wx.openSetting failed 'openSetting:fail can only be invoked by user TAP gesture.'")
    expect(message).toContain('wx.openSetting needs tap state')
    expect(message).toMatchSnapshot()
  })

  it('fails when openSetting was never called', async () => {
    user.willDeny('scope.userLocation').willCancelModal()
    await user.tap(() => locateShop())
    const message = failureOf(() => expect(wx).toHaveOpenedSetting())
    expect(message).toContain('Received: no settings visit; wx.openSetting was not called')
    expect(message).toMatchSnapshot()
  })

  it('.not passes when the user cancelled the modal', async () => {
    user.willDeny('scope.userLocation').willCancelModal()
    await user.tap(() => locateShop())
    expect(wx).not.toHaveOpenedSetting()
  })

  it('.not fails after a visit, showing what changed', async () => {
    user.willDeny('scope.userLocation').willConfirmModal()
    user.inSettings.willEnable('scope.userLocation')
    await user.tap(() => locateShop())
    const message = failureOf(() => expect(wx).not.toHaveOpenedSetting())
    expect(message).toContain('Received: opened by #4 wx.openSetting: scope.userLocation denied → granted')
    expect(message).toMatchSnapshot()
  })
})
