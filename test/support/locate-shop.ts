/// <reference types="miniprogram-api-typings" />
/**
 * Mini-program code under test (the example): find the user's location; after a refusal, ask
 * them to turn the permission on in the settings page, then try again. Uses the global `wx`, callback
 * style, as most mini programs do, typed as mini programs type it (miniprogram-api-typings).
 */
export interface ShopLocation {
  readonly latitude: number
  readonly longitude: number
}

type Done = (location: ShopLocation | null) => void

const isRefusal = (err: { errMsg: string }): boolean => /auth deny|auth denied/.test(err.errMsg)

function askForSettings(done: Done): void {
  wx.showModal({
    title: '需要位置权限',
    content: '请在设置中允许使用位置信息',
    success: (res) => {
      if (res.confirm !== true) return done(null)
      // From the modal's success: tap state is still there, which openSetting needs.
      wx.openSetting({
        success: (settings) => {
          const granted = (settings.authSetting as Record<string, boolean>)['scope.userLocation']
          if (granted) locate(done, false)
          else done(null)
        },
      })
    },
  })
}

function locate(done: Done, askOnRefusal: boolean): void {
  wx.getLocation({
    type: 'gcj02',
    success: (res) => done({ latitude: res.latitude as number, longitude: res.longitude as number }),
    fail: (err) => (askOnRefusal && isRefusal(err) ? askForSettings(done) : done(null)),
  })
}

export function locateShop(): Promise<ShopLocation | null> {
  return new Promise((resolve) => {
    wx.getSetting({
      success: (res) => {
        const decided = (res.authSetting as Record<string, boolean>)['scope.userLocation']
        if (decided === false) askForSettings(resolve)
        else locate(resolve, true)
      },
    })
  })
}
