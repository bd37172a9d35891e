// A page built with Component(): its page hooks are methods, its properties take the query.
const note = (hook) =>
  function (arg) {
    getApp().globalData.calls.push(arg === undefined ? `P.${hook}` : [`P.${hook}`, arg])
  }

Component({
  properties: { id: Number, name: String },
  lifetimes: { created: note('created'), attached: note('attached'), ready: note('ready'), detached: note('detached') },
  methods: {
    onLoad: note('onLoad'),
    onShow: note('onShow'),
    onReady: note('onReady'),
    onHide: note('onHide'),
    onUnload: note('onUnload'),
  },
})
