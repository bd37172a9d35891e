// The user's location, to show the nearest shop. Location is optional here: after a refusal the page
// lists every shop and does not nag; the user can turn location on later (pages/shop onTapEnableLocation).
const { isRefusal } = require('./permission')

/** WeChat itself may not have the phone's location permission, or location may be switched off. */
function isSystemDenied(err) {
  return /system permission denied|LOCATIONSWITCHOFF/.test((err && err.errMsg) || '')
}

/**
 * Calls wx.getLocation, which shows WeChat's popup by itself the first time.
 * Resolves { status: 'located', latitude, longitude }, or { status: 'denied' | 'unavailable' | 'failed' }.
 */
function locate() {
  return new Promise((resolve) => {
    wx.getLocation({
      type: 'gcj02',
      success: (res) => resolve({ status: 'located', latitude: res.latitude, longitude: res.longitude }),
      fail: (err) => {
        if (isRefusal(err)) resolve({ status: 'denied' })
        else if (isSystemDenied(err)) resolve({ status: 'unavailable' })
        else resolve({ status: 'failed' })
      },
    })
  })
}

module.exports = { locate }
