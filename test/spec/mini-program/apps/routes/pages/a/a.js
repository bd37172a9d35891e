const { record } = require('../../utils/record')

Page(
  record('A', {
    goTo(url) {
      return wx.navigateTo({ url })
    },
    go(api, options) {
      return wx[api](options)
    },
  }),
)
