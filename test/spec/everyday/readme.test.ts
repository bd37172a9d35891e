/**
 * The README's "Everyday APIs" samples, line for line (npm run test:examples checks that every README sample
 * line is a line of a passing test). They use the global `wx` and the default controller, as an app's test does.
 */
import { fakeWx, user } from 'fake-wx'

/** The app code of the UI sample: a loading while it locates, a toast when it cannot. */
async function findNearestShop(): Promise<string | null> {
  wx.showLoading({ title: '定位中', mask: true })
  try {
    const { latitude, longitude } = await wx.getLocation({ type: 'gcj02' })
    wx.hideLoading()
    return `${latitude},${longitude}`
  } catch {
    wx.hideLoading()
    wx.showToast({ title: '无法获取位置', icon: 'none' })
    return null
  }
}

/** The same, with the hideLoading in a finally: it runs after the toast, and hides the toast (they share a slot). */
async function findNearestShopHidingLate(): Promise<string | null> {
  wx.showLoading({ title: '定位中', mask: true })
  try {
    const { latitude, longitude } = await wx.getLocation({ type: 'gcj02' })
    return `${latitude},${longitude}`
  } catch {
    wx.showToast({ title: '无法获取位置', icon: 'none' })
    return null
  } finally {
    wx.hideLoading()
  }
}

describe("the README's everyday samples", () => {
  it('storage', async () => {
    fakeWx.configure({ storage: { token: 'abc' } })

    expect(wx.getStorageSync('token')).toBe('abc')
    expect(wx.getStorageSync('cart')).toBe('')
    await expect(wx.getStorage({ key: 'cart' })).rejects.toEqual({ errMsg: 'getStorage:fail data not found' })
    expect(() => wx.setStorageSync('poster', 'x'.repeat(2 * 1024 * 1024))).toThrow('setStorageSync:fail exceed storage item max length')
  })

  it('what is on screen', async () => {
    user.willDeny('scope.userLocation')

    await user.tap(() => findNearestShop())

    expect(fakeWx.ui.loading).toBeNull()
    expect(fakeWx.ui.toast).toEqual({ title: '无法获取位置', icon: 'none', duration: 1500, mask: false })
  })

  it('what is on screen: a hideLoading in finally hides the toast shown before it', async () => {
    user.willDeny('scope.userLocation')

    await user.tap(() => findNearestShopHidingLate())

    expect(fakeWx.ui.toast).toBeNull() // the user never sees it
    expect(wx.showToast).toHaveSucceeded()
  })

  it('system information', () => {
    fakeWx.configure({ platform: 'ios', system: { screenWidth: 414, statusBarHeight: 44 } })

    expect(wx.getWindowInfo()).toMatchObject({ screenWidth: 414, windowWidth: 414, statusBarHeight: 44 })
    expect(wx.getMenuButtonBoundingClientRect()).toEqual({ left: 320, top: 48, right: 407, bottom: 80, width: 87, height: 32 })
    expect(wx.getDeviceInfo().platform).toBe('ios')
  })

  it('login', async () => {
    fakeWx.configure({ session: 'expired' })

    await expect(wx.checkSession()).rejects.toEqual({ errMsg: 'checkSession:fail session time out, need relogin' })
    const { code } = await wx.login()
    expect(code).toMatch(/^[0-9A-Za-z]{32}$/)
    await expect(wx.checkSession()).resolves.toEqual({ errMsg: 'checkSession:ok' })
  })
})
