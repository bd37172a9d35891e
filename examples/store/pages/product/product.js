const { productBySku } = require('../../utils/products')

Page({
  data: { product: null, deliverTo: null },

  onLoad(query) {
    this.setData({ product: productBySku(query.sku) })
  },

  /** bindtap of "配送到…": the address page sends the address back through the EventChannel. */
  onTapDeliverTo() {
    return wx.navigateTo({
      url: '/pages/address/address',
      events: { picked: (address) => this.setData({ deliverTo: address }) },
    })
  },

  onTapAddToCart() {
    getApp().globalData.cart.push(this.data.product.sku)
    return wx.showToast({ title: '已加入购物车', icon: 'success' })
  },
})
