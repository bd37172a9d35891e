// Lifecycles that return promises: WeChat does not wait for them; the harness resolves once they settled.
Page({
  data: { status: 'loading' },
  async onLoad() {
    const settings = await wx.getSetting()
    this.setData({ status: settings.errMsg })
  },
})
