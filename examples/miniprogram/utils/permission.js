// Asking for a permission the way WeChat's docs recommend (framework/open-ability/authorize):
//
//   getSetting → never asked:    wx.authorize (WeChat shows its popup)
//              → refused before: no popup any more; explain in a modal, then wx.openSetting
//              → granted:        nothing to do
//
// wx.openSetting only works with tap state ("点击态"). The success callback of wx.showModal has it (the
// user tapped the modal's button); the fail callback of wx.authorize does not, and neither does the code
// after an `await` on iOS. So openSetting is called straight from showModal's success callback.

/** Every spelling of a refusal: iOS `fail auth deny`, Android `fail:auth denied`, iOS `authorize no response`. */
function isRefusal(err) {
  return /auth deny|auth denied|authorize no response/.test((err && err.errMsg) || '')
}

/**
 * The user turned the permission off earlier: explain why it is needed and offer the settings page.
 * Calls done(true) if the user came back from the settings page with the permission on.
 */
function askToOpenSetting(scope, explain, done) {
  wx.showModal({
    title: explain.title,
    content: explain.content,
    confirmText: '去设置',
    success(res) {
      if (!res.confirm) return done(false)
      wx.openSetting({
        success(settings) {
          done(settings.authSetting[scope] === true)
        },
        fail() {
          done(false)
        },
      })
    },
    fail() {
      done(false)
    },
  })
}

/**
 * Resolves true once `scope` is granted, asking for it if needed:
 * - never asked: WeChat's popup (wx.authorize); after a refusal there, the same modal as below;
 * - refused earlier: no popup any more, so a modal that leads to the settings page.
 */
function ensurePermission(scope, explain) {
  return new Promise((resolve) => {
    wx.getSetting({
      success(res) {
        const decided = res.authSetting[scope]
        if (decided === true) return resolve(true)
        if (decided === false) return askToOpenSetting(scope, explain, resolve)
        wx.authorize({
          scope,
          success: () => resolve(true),
          // Not openSetting here: authorize's callbacks carry no tap state. The modal's success does.
          fail: (err) => (isRefusal(err) ? askToOpenSetting(scope, explain, resolve) : resolve(false)),
        })
      },
      fail: () => resolve(false),
    })
  })
}

module.exports = { ensurePermission, isRefusal }
