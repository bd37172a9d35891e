Page({
  data: { refreshed: 0 },
  onPullDownRefresh() {
    this.setData({ refreshed: this.data.refreshed + 1 })
    return wx.getSetting().then(() => 'refreshed')
  },
  onReachBottom() {
    return 'more'
  },
  onPageScroll({ scrollTop }) {
    return scrollTop * 2
  },
  onShareAppMessage(options) {
    return { title: '分享', path: '/pages/pull/pull', from: options.from }
  },
})
