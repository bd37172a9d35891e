// The shop page: the nearest shop (location is optional) and a poster to save to the album.
const { ensurePermission } = require('../../utils/permission')
const { locate } = require('../../utils/locate')
const { savePhoto } = require('../../utils/save-photo')

const SHOPS = [
  { name: '上海南京东路店', latitude: 31.2353, longitude: 121.4754 },
  { name: '北京三里屯店', latitude: 39.9336, longitude: 116.4546 },
  { name: '深圳南山店', latitude: 22.5333, longitude: 113.9304 },
  { name: '成都春熙路店', latitude: 30.6571, longitude: 104.0817 },
  { name: '杭州西湖店', latitude: 30.259, longitude: 120.165 },
]

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

function nearestShop(position) {
  const [nearest] = SHOPS.map((shop) => ({ name: shop.name, distanceKm: Math.round(distanceKm(position, shop) * 10) / 10 })).sort(
    (a, b) => a.distanceKm - b.distanceKm,
  )
  return nearest
}

// Handlers return their promise so that a test can wait for the whole flow; WeChat ignores it.
Page({
  data: {
    shops: SHOPS,
    locationStatus: 'idle', // 'located' | 'denied' | 'unavailable' | 'failed'
    nearest: null,
    posterPath: 'http://tmp/poster.png', // drawn on a canvas and exported with wx.canvasToTempFilePath
    saveStatus: 'idle', // 'saved' | 'denied' | 'failed'
  },

  /** bindtap of "查找最近的门店": wx.getLocation shows WeChat's popup by itself the first time. */
  onTapLocate() {
    return locate().then((result) => {
      if (result.status === 'located') this.setData({ locationStatus: 'located', nearest: nearestShop(result) })
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
