const { PRODUCTS } = require('../../utils/products')

Page({
  data: { products: PRODUCTS },

  /** bindtap of a product card: <view data-sku="{{item.sku}}" bindtap="onTapProduct"> */
  onTapProduct(event) {
    return wx.navigateTo({ url: `/pages/product/product?sku=${event.currentTarget.dataset.sku}` })
  },

  /** The "我的" entry in the header: a tab page, so switchTab (navigateTo would fail on a tabBar page). */
  onTapMine() {
    return wx.switchTab({ url: '/pages/mine/mine' })
  },
})
