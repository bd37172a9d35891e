/**
 * Brands that identify fake-wx objects across module copies: the ESM and CJS builds can both load in one
 * process, so `instanceof` would lie. The controller, its `wx`, its log and its user carry
 * CONTROLLER; each API function carries API_NAME too.
 */
export const CONTROLLER: unique symbol = Symbol.for('fake-wx.controller') as never
export const API_NAME: unique symbol = Symbol.for('fake-wx.api') as never

export function brand(target: object, key: symbol, value: unknown, enumerable = false): void {
  Object.defineProperty(target, key, { value, enumerable, configurable: true })
}
/** The controller's host tables, for the matchers and the serializer (which scopes, how calls are named). */
export const HOST: unique symbol = Symbol.for('fake-wx.host') as never
/** Where the default controller lives, so every module copy in one realm shares it (src/index.ts). */
export const DEFAULT_CONTROLLER: unique symbol = Symbol.for('fake-wx.default-controller') as never
/**
 * The controller's state (its engine and the maps it keeps beside it), for the isolation test only: it lists
 * the fields so that state added later cannot be left out of the test of reset().
 */
export const STATE: unique symbol = Symbol.for('fake-wx.state') as never
/** What `launch()` returns carries this brand (and CONTROLLER), so matchers name it `mp`. */
export const MINI_PROGRAM: unique symbol = Symbol.for('fake-wx.mini-program') as never
/** A component instance of the harness carries its path under this brand (and CONTROLLER). */
export const COMPONENT_PATH: unique symbol = Symbol.for('fake-wx.component-path') as never
