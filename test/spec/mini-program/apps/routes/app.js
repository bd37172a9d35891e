// Records what the app hears, for the tests to compare with WeChat's order.
let loadedAt = 0
loadedAt++
App({
  globalData: { calls: [], loadedAt, errors: [] },
  onLaunch(options) {
    this.globalData.calls.push(['App.onLaunch', options])
  },
  onShow(options) {
    this.globalData.calls.push(['App.onShow', options])
  },
  onHide() {
    this.globalData.calls.push(['App.onHide'])
  },
  onError(message) {
    this.globalData.errors.push(message)
  },
})
