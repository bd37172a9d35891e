/**
 * Builds the fake global (`wx`): a plain object whose API functions are own enumerable properties, so
 * `{ ...wx }` copies work and it can be injected into a node:vm context. Each function is a stable
 * wrapper (apps capture `wx.getLocation` at import time) that dispatches to a mock, the model, or the
 * "not modelled" error.
 */
import type { ApiRecord, SyncFail } from './api-record'
import { API_NAME, CONTROLLER, brand } from './brand'
import { compiledApi, type CompiledApi } from './compile'
import type { Engine } from './engine'
import { FakeWxError } from './errors'
import { isModelled } from './hosts/host'
import { failureResult, invoke } from './pipeline'
import type { TapToken } from './tap'

export type WxFunction = (...args: unknown[]) => unknown

export function buildWx(engine: Engine, controller: object, mocks: ReadonlyMap<string, WxFunction>): Record<string, WxFunction> {
  const wx: Record<string, WxFunction> = {}
  const { host } = engine
  for (const name of host.names) {
    // What the name is (an asynchronous model, a synchronous reader, or neither), found on the first call:
    // an API of a lazily loaded family loads then, not when the fake is made.
    let resolved = false
    let record: ApiRecord | undefined
    let sync: ApiRecord['sync']
    let compiled: CompiledApi | undefined
    // A method (not a function expression): no `prototype`, not a constructor, like the client's own.
    const fn = {
      // The modelled path reads only the options; the others take every argument.
      [name](this: unknown, options?: unknown): unknown {
        const mock = mocks.size === 0 ? undefined : mocks.get(name)
        if (mock === undefined && compiled !== undefined) return invoke(engine, compiled, options)
        if (!resolved) {
          resolved = true
          record = host.record(name)
          if (record !== undefined && isModelled(record)) {
            sync = record.sync
            if (sync === undefined) compiled = compiledApi(host, name)
          }
          if (mock === undefined && compiled !== undefined) return invoke(engine, compiled, options)
        }
        // eslint-disable-next-line prefer-rest-params
        const args: unknown[] = Array.prototype.slice.call(arguments)
        if (mock !== undefined) {
          const tap = engine.tap.current()
          engine.log.add({ type: 'call', api: name, args: args.length <= 1 ? args[0] : args, style: 'mock', tap: tap !== null })
          if (tap !== null && record?.carriesTap === true) args[0] = carryTap(engine, tap, args[0])
          return mock.apply(this, args)
        }
        if (sync !== undefined) return callSync(engine, record!, sync, args)
        return notModelled(engine, name, args)
      },
    }[name] as WxFunction & Record<symbol, unknown>
    fn[CONTROLLER] = controller
    fn[API_NAME] = name
    wx[name] = fn
  }
  // Enumerable (a symbol, so not in Object.keys): `{ ...wx }` and miniprogram-simulate's
  // Object.assign(api, wx) merge keep pointing at this fake, so matchers accept them too.
  brand(wx, CONTROLLER, controller, true)
  return wx
}

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

/**
 * A synchronous API: its return value is logged (when it is plain data), and a failure is thrown, as the
 * client's sync APIs do (rule STORAGE-SYNC-THROWS): an Error whose message is the errMsg, carrying `errMsg`
 * (and `errno`) as properties too, since apps read either.
 */
function callSync(engine: Engine, record: ApiRecord, api: NonNullable<ApiRecord['sync']>, args: unknown[]): unknown {
  const entry = engine.log.add({ type: 'call', api: record.name, args: args.length <= 1 ? args[0] : args, style: 'sync', tap: engine.tap.current() !== null })
  const fail: SyncFail = (failure, detail) => {
    const result = failureResult(engine.profile, `${record.errMsgName ?? record.name}:fail`, failure, detail)
    engine.log.add({ type: 'throw', call: entry.id, result })
    throw Object.assign(new Error(result.errMsg as string), result)
  }
  const value = api(engine, args, fail)
  if (typeof value === 'object' && value !== null && !Object.values(value).some((v) => typeof v === 'function')) {
    engine.log.add({ type: 'return', call: entry.id, result: value as Record<string, unknown> })
  }
  return value
}

function notModelled(engine: Engine, name: string, args: unknown[]): never {
  const entry = engine.log.add({ type: 'call', api: name, args: args[0], style: 'sync', tap: false })
  const message =
    `${engine.host.label(name)} is not modelled by fake-wx. Stub it for this test:\n` +
    `  fake.mockWxMethod('${name}', (options) => { /* ... */ })\n` +
    `and undo it with fake.restoreWxMethod('${name}') (reset() restores every mock).`
  engine.problem(entry.id, 'unmodelled-api', message)
  throw new FakeWxError(message)
}
