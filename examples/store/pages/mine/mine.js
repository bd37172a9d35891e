Page({
  data: { visits: 0 },
  onShow() {
    this.setData({ visits: this.data.visits + 1 })
  },
})
