// Recipes from the README, under Vitest.
import { fakeWx, user } from 'fake-wx'
import { askForSettings } from '../../recipes/async-wx.js'
import { savePoster } from '../../recipes/taro-poster.mjs'

// Taro: its API object is `wx` with Taro's promise support; the fake's functions already return promises.
vi.mock('@tarojs/taro', async () => ({ default: (await import('fake-wx')).fakeWx.wx }))

test('Taro code that calls Taro.saveImageToPhotosAlbum', async () => {
  user.willDeny('scope.writePhotosAlbum')

  await expect(user.tap(() => savePoster('http://tmp/poster.png'))).resolves.toBe('denied')

  expect(wx.saveImageToPhotosAlbum).toHaveFailedWithAuthDeny()
})

// Promise wrappers around wx: code after an `await` loses tap state on iOS (promises there are a
// polyfill), so the wrapped openSetting fails; Android keeps it.
test.each([
  ['ios', 'openSetting:fail can only be invoked by user TAP gesture.'],
  ['android', 'openSetting:ok'],
])('asyncWx-style showModal → openSetting on %s: %s', async (platform, errMsg) => {
  fakeWx.configure({ platform })
  user.hasDenied('scope.userLocation').willConfirmModal()

  const result = await user.tap(() => askForSettings().catch((err) => err))

  expect(result.errMsg).toBe(errMsg)
})
