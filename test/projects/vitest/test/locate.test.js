import { user, fakeWx } from 'fake-wx'
import { locateShop } from '../pages/shop/locate'

test('refusal leads to the settings page', async () => {
  user.willDeny('scope.userLocation').willConfirmModal()
  user.inSettings.willEnable('scope.userLocation')
  await user.tap(() => locateShop())
  expect(wx).toHavePrompted('scope.userLocation')
  expect(wx.getLocation).toHaveFailedWithAuthDeny()
  expect(wx).toHaveOpenedSetting()
  expect(fakeWx.log).toMatchSnapshot() // a readable timeline, stable across runs and runners
})

test('an earlier refusal goes straight to the settings page, without a popup', async () => {
  user.hasDenied('scope.userLocation').willConfirmModal()
  user.inSettings.willEnable('scope.userLocation')
  const location = await user.tap(() => locateShop())
  expect(location).toEqual({ latitude: expect.any(Number), longitude: expect.any(Number) })
  expect(wx).not.toHavePrompted()
  expect(wx).toHaveShownModal({ title: '需要位置权限' })
  expect(wx).toHaveScope('scope.userLocation', 'granted')
})

test('each test starts with a fresh fake: nothing asked, nothing logged', () => {
  expect(wx).toHaveScope('scope.userLocation', 'unasked')
  expect(fakeWx.log.entries).toEqual([])
})
