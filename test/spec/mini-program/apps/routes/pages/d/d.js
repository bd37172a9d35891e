const { record } = require('../../utils/record')

const hooks = record('D')

Page({
  ...hooks,
  // Talks to the page that opened it through the EventChannel.
  onLoad(query) {
    hooks.onLoad.call(this, query)
    const channel = this.getOpenerEventChannel()
    channel.emit('opened', { route: this.route })
    channel.on('fromOpener', (value) => this.setData({ fromOpener: value }))
  },
  go(api, options) {
    return wx[api](options)
  },
})
