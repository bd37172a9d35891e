// uni-app code (a utils file in a uni-app project built for mp-weixin): `uni.*` calls go to `wx.*`.
// Callback style, which behaves the same on uni and wx. See test/jest/recipes.test.js.
function locate() {
  return new Promise((resolve) => {
    uni.getLocation({
      type: 'gcj02',
      success: (res) => resolve({ latitude: res.latitude, longitude: res.longitude }),
      fail: () => resolve(null),
    })
  })
}

module.exports = { locate }
