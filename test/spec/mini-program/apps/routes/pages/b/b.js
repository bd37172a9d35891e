const { record } = require('../../utils/record')

Page(
  record('B', {
    go(api, options) {
      return wx[api](options)
    },
  }),
)
