// What App.onError hears, for the tests to read.
App({
  globalData: { errors: [] },
  onError(message) {
    this.globalData.errors.push(message)
  },
})
