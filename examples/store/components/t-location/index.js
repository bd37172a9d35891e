// <t-location title="..."> : a button that asks for the user's location and reports it to its page.
Component({
  properties: { title: { type: String, value: '当前位置' } },
  data: { status: 'idle' },
  methods: {
    /** bindtap of the button: wx.getLocation shows WeChat's popup the first time; a mask covers the wait. */
    locate() {
      wx.showLoading({ title: '定位中', mask: true })
      // The mask comes down before the page hears the outcome: a refusal path that forgets it leaves the page unusable.
      return wx.getLocation({ type: 'gcj02' }).then(
        ({ latitude, longitude }) => {
          wx.hideLoading()
          this.setData({ status: 'located' })
          this.triggerEvent('located', { latitude, longitude })
        },
        (err) => {
          wx.hideLoading()
          this.setData({ status: 'denied' })
          this.triggerEvent('denied', { errMsg: err.errMsg })
        },
      )
    },
  },
})
