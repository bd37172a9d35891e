// Runs what the test put in globalThis.edgeScripts.app (an App() call gone wrong, say), else a plain App.
const scripts = globalThis.edgeScripts ?? {}
if (typeof scripts.app === 'function') scripts.app()
else App({ globalData: { errors: [] }, onError(message) { this.globalData.errors.push(message) } })
