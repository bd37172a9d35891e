const { record } = require('../../utils/record')

Page(
  record('C', {
    go(api, options) {
      return wx[api](options)
    },
  }),
)
