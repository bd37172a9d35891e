// Mini-program code: find the user's location for the shop list. After a refusal, ask the user to turn
// the permission on in the settings page, then try again. It uses the global `wx`, as on a phone.

const isRefusal = (err) => /auth deny|auth denied/.test(err.errMsg)

function askForSettings(done) {
  wx.showModal({
    title: '需要位置权限',
    content: '请在设置中允许使用位置信息',
    success(res) {
      if (!res.confirm) return done(null)
      wx.openSetting({
        success(settings) {
          if (settings.authSetting['scope.userLocation']) locate(done, false)
          else done(null)
        },
      })
    },
  })
}

function locate(done, askOnRefusal) {
  wx.getLocation({
    type: 'gcj02',
    success: (res) => done({ latitude: res.latitude, longitude: res.longitude }),
    fail: (err) => (askOnRefusal && isRefusal(err) ? askForSettings(done) : done(null)),
  })
}

function locateShop() {
  return new Promise((resolve) => {
    wx.getSetting({
      success(res) {
        if (res.authSetting['scope.userLocation'] === false) askForSettings(resolve)
        else locate(resolve, true)
      },
    })
  })
}

module.exports = { locateShop }
