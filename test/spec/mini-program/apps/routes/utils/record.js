// A page's hooks that write down each call in getApp().globalData.calls: `${name}.${hook}`.
const counter = require('./counter')

function record(name, extra = {}) {
  const note = (hook) =>
    function (arg) {
      getApp().globalData.calls.push(arg === undefined ? `${name}.${hook}` : [`${name}.${hook}`, arg])
    }
  return {
    data: { name, count: counter.next() },
    onLoad: note('onLoad'),
    onShow: note('onShow'),
    onReady: note('onReady'),
    onHide: note('onHide'),
    onUnload: note('onUnload'),
    ...extra,
  }
}

module.exports = { record }
