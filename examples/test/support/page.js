// What WeChat does when it opens a page, reduced to what a test needs. A page module calls the global
// `Page({...})` once, when it is loaded; this shim captures that definition, and openPage() makes an
// instance the way WeChat does: its own copy of `data`, `setData`, the methods with `this` bound to it.
// The code under test runs as it is; the fake `wx` comes from the runner preset (fake-wx/vitest, fake-wx/jest).
const { join } = require('node:path')

const MINIPROGRAM = join(__dirname, '../../miniprogram')
const definitions = new Map()
let loading

globalThis.Page = (definition) => {
  if (loading === undefined) throw new Error('Page() called outside openPage()')
  definitions.set(loading, definition)
}

/** Loads `miniprogram/<route>.js` (once) and returns a fresh page instance: openPage('pages/shop/shop'). */
function openPage(route) {
  const file = require.resolve(join(MINIPROGRAM, route))
  if (!definitions.has(file)) {
    loading = file
    try {
      require(file)
      // Already in the module cache (another test file in this worker): run it again.
      if (!definitions.has(file)) {
        delete require.cache[file]
        require(file)
      }
    } finally {
      loading = undefined
    }
  }
  const definition = definitions.get(file)
  if (definition === undefined) throw new Error(`${route}.js did not call Page({...})`)
  const page = { ...definition, route, data: structuredClone(definition.data ?? {}) }
  page.setData = (patch) => void Object.assign(page.data, patch) // flat keys only: all this page uses
  return page
}

module.exports = { openPage }
