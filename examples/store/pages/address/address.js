// The delivery address: from the user's location (the page hosts <t-location bind:located bind:denied>).
Page({
  data: { status: 'idle' },

  /** bind:located of <t-location>: send the position back to the product page and close. */
  onLocated(event) {
    this.getOpenerEventChannel().emit('picked', event.detail)
    return wx.navigateBack()
  },

  /** bind:denied of <t-location>: explain; if the user does not want to go on, go back where they were. */
  onDenied() {
    this.setData({ status: 'denied' })
    return wx.showModal({ title: '无法获取位置', content: '没有位置信息时请手动填写地址', confirmText: '手动填写', cancelText: '返回' }).then((res) => {
      if (res.cancel) return wx.navigateBack()
      this.setData({ status: 'manual' })
      // Remembered, so the next visit opens on the form.
      wx.setStorageSync('addressMode', 'manual')
      return wx.showToast({ title: '请手动填写地址', icon: 'none' })
    })
  },
})
