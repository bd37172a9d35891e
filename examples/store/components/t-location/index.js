// <t-location title="..."> : a button that asks for the user's location and reports it to its page.
Component({
  properties: { title: { type: String, value: '当前位置' } },
  data: { status: 'idle' },
  methods: {
    /** bindtap of the button: wx.getLocation shows WeChat's popup the first time. */
    locate() {
      return wx
        .getLocation({ type: 'gcj02' })
        .then(({ latitude, longitude }) => {
          this.setData({ status: 'located' })
          this.triggerEvent('located', { latitude, longitude })
        })
        .catch((err) => {
          this.setData({ status: 'denied' })
          this.triggerEvent('denied', { errMsg: err.errMsg })
        })
    },
  },
})
