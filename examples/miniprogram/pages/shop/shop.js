// The shop page: the shop list from the server, the nearest shop (location is optional) and a poster to save
// to the album.
const { ensurePermission } = require('../../utils/permission')
const { locate } = require('../../utils/locate')
const { savePhoto } = require('../../utils/save-photo')

const SHOPS_URL = 'https://api.shop.example/shops'

const EXPLAIN_LOCATION = {
  title: '开启位置信息',
  content: '查看离你最近的门店需要你的位置信息，请在设置中打开',
}

function distanceKm(a, b) {
  const rad = Math.PI / 180
  const h =
    Math.sin(((b.latitude - a.latitude) * rad) / 2) ** 2 +
    Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(((b.longitude - a.longitude) * rad) / 2) ** 2
  return 2 * 6371 * Math.asin(Math.sqrt(h))
}

function nearestShop(position, shops) {
  if (shops.length === 0) return null
  const [nearest] = shops.map((shop) => ({ name: shop.name, distanceKm: Math.round(distanceKm(position, shop) * 10) / 10 })).sort(
    (a, b) => a.distanceKm - b.distanceKm,
  )
  return nearest
}

// Handlers return their promise so that a test can wait for the whole flow; WeChat ignores it.
Page({
  data: {
    shops: [],
    shopsStatus: 'loading', // 'loaded' | 'unavailable' (the server answered with an error) | 'failed' (no answer)
    locationStatus: 'idle', // 'located' | 'denied' | 'unavailable' | 'failed'
    nearest: null,
    posterPath: 'http://tmp/poster.png', // drawn on a canvas and exported with wx.canvasToTempFilePath
    saveStatus: 'idle', // 'saved' | 'denied' | 'failed'
  },

  onLoad() {
    return this.loadShops()
  },

  /** The shop list. WeChat calls success for any answer of the server, a 503 too: the statusCode says which. */
  loadShops() {
    return new Promise((resolve) => {
      wx.request({
        url: SHOPS_URL,
        success: (res) => {
          if (res.statusCode === 200) this.setData({ shops: res.data, shopsStatus: 'loaded' })
          else this.setData({ shops: [], shopsStatus: 'unavailable' })
        },
        fail: () => this.setData({ shops: [], shopsStatus: 'failed' }),
        complete: resolve,
      })
    })
  },

  /** bindtap of "查找最近的门店": wx.getLocation shows WeChat's popup by itself the first time. */
  onTapLocate() {
    return locate().then((result) => {
      if (result.status === 'located') this.setData({ locationStatus: 'located', nearest: nearestShop(result, this.data.shops) })
      else this.setData({ locationStatus: result.status, nearest: null })
    })
  },

  /** bindtap of the "开启定位" banner shown after a refusal: the modal and the settings page. */
  onTapEnableLocation() {
    return ensurePermission('scope.userLocation', EXPLAIN_LOCATION).then((granted) => (granted ? this.onTapLocate() : undefined))
  },

  /** bindtap of "保存海报到相册". */
  onTapSavePoster() {
    return savePhoto(this.data.posterPath).then((saveStatus) => {
      this.setData({ saveStatus })
      if (saveStatus === 'saved') wx.showToast({ title: '已保存到相册', icon: 'success' })
      if (saveStatus === 'failed') wx.showToast({ title: '保存失败，请重试', icon: 'none' })
    })
  },
})
