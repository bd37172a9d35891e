const { record } = require('../../utils/record')

Page(
  record('D', {
    go(api, options) {
      return wx[api](options)
    },
  }),
)
