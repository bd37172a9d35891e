/**
 * Builds the fake `wx`: a plain object whose API functions are own enumerable properties, so
 * `{ ...wx }` copies work and it can be injected into a node:vm context. Each function is a stable
 * wrapper (apps capture `wx.getLocation` at import time) that dispatches to a mock, the model, or the
 * "not modelled" error.
 */
import { MODELLED_APIS, MODELLED_SYNC_APIS } from './apis/index'
import { API_NAME, CONTROLLER, brand } from './brand'
import type { Engine } from './engine'
import { FakeWxError } from './errors'
import { WX_API_NAMES } from './generated/wx-api-names'
import { invoke } from './pipeline'
import type { TapToken } from './tap'
import type { SyncApi } from './apis/index'
import type { CompiledApi } from './pipeline'

export type WxFunction = (...args: unknown[]) => unknown

/** Every API name the fake defines: all that miniprogram-api-typings declares, plus the modelled ones. */
export const ALL_API_NAMES: ReadonlySet<string> = new Set([...WX_API_NAMES, ...MODELLED_APIS.keys(), ...MODELLED_SYNC_APIS.keys()])

export function buildWx(engine: Engine, controller: object, mocks: ReadonlyMap<string, WxFunction>): Record<string, WxFunction> {
  const wx: Record<string, WxFunction> = {}
  // One descriptor for every name: naming is most of what building ~500 functions costs, and both
  // runners build them again for every test file, in cold code.
  const named: PropertyDescriptor = { value: '' }
  for (const name of ALL_API_NAMES) {
    // A modelled API is compiled on its first call (src/apis/index.ts), not for every name here.
    const isModelled = MODELLED_APIS.has(name)
    let modelled: CompiledApi | undefined
    const sync = MODELLED_SYNC_APIS.get(name)
    // No rest parameter: the modelled path reads only the first argument and allocates no array.
    // A method (not a function expression): no `prototype`, not a constructor. Renamed below: a
    // computed key would name it too, but through a fresh object literal and a slower runtime path
    // (cold, 496 names: 0.70 ms with computed keys, 0.56 ms this way).
    const fn = {
      api(this: unknown, options?: unknown): unknown {
        const mock = mocks.size === 0 ? undefined : mocks.get(name)
        if (isModelled && mock === undefined) return invoke(engine, (modelled ??= MODELLED_APIS.get(name)!), options)
        // eslint-disable-next-line prefer-rest-params
        const args: unknown[] = Array.prototype.slice.call(arguments)
        if (mock !== undefined) {
          const tap = engine.tap.current()
          engine.log.add({ type: 'call', api: name, args: args.length <= 1 ? args[0] : args, style: 'mock', tap: tap !== null })
          if (tap !== null && TAP_CARRIERS.has(name)) args[0] = carryTap(engine, tap, args[0])
          return mock.apply(this, args)
        }
        if (sync !== undefined) return callSync(engine, name, sync, args)
        return notModelled(engine, name, args)
      },
    }.api as WxFunction & Record<symbol, unknown>
    named.value = name
    Object.defineProperty(fn, 'name', named)
    fn[CONTROLLER] = controller
    fn[API_NAME] = name
    wx[name] = fn
  }
  // Enumerable (a symbol, so not in Object.keys): `{ ...wx }` and miniprogram-simulate's
  // Object.assign(api, wx) merge keep pointing at this fake, so matchers accept them too.
  brand(wx, CONTROLLER, controller, true)
  return wx
}

/** DOC-TAP: the callbacks of wx.request and wx.downloadFile continue the tap state they were called with. */
const TAP_CARRIERS: ReadonlySet<string> = new Set(['request', 'downloadFile'])

/** Wraps a mocked carrier's callbacks so they run with the call's tap token, whenever the mock calls them. */
function carryTap(engine: Engine, tap: TapToken, options: unknown): unknown {
  if (typeof options !== 'object' || options === null) return options
  const wrapped: Record<string, unknown> = { ...options }
  for (const key of ['success', 'fail', 'complete'] as const) {
    const callback = wrapped[key]
    if (typeof callback === 'function') wrapped[key] = (result: unknown) => engine.tap.run(tap, () => callback(result))
  }
  return wrapped
}

function callSync(engine: Engine, name: string, api: SyncApi, args: unknown[]): unknown {
  const entry = engine.log.add({ type: 'call', api: name, args: args[0], style: 'sync', tap: engine.tap.current() !== null })
  const value = api(engine, args)
  if (typeof value === 'object' && value !== null && !Object.values(value).some((v) => typeof v === 'function')) {
    engine.log.add({ type: 'return', call: entry.id, result: value as Record<string, unknown> })
  }
  return value
}

function notModelled(engine: Engine, name: string, args: unknown[]): never {
  const entry = engine.log.add({ type: 'call', api: name, args: args[0], style: 'sync', tap: false })
  const message =
    `wx.${name} is not modelled by fake-wx. Stub it for this test:\n` +
    `  fake.mockWxMethod('${name}', (options) => { /* ... */ })\n` +
    `and undo it with fake.restoreWxMethod('${name}') (reset() restores every mock).`
  engine.problem(entry.id, 'unmodelled-api', message)
  throw new FakeWxError(message)
}
