// A module that runs before App(): getApp() is undefined, getApp({ allowDefault: true }) an object App() merges into.
const none = getApp()
const early = getApp({ allowDefault: true })
early.setEarly = true
early.shared = 'from the default'

App({
  shared: 'from App',
  sawNone: none === undefined,
  earlyObject: early,
})
