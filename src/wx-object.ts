/**
 * Builds the fake global (`wx`): a plain object whose API functions are own enumerable properties, so
 * `{ ...wx }` copies work and it can be injected into a node:vm context. Each function is a stable
 * wrapper (apps capture `wx.getLocation` at import time) that dispatches to a mock, a handler, the model,
 * or the "not modelled" error; each is also a mock function to Jest and Vitest (src/mock-function.ts). What a
 * test assigns on wx by hand lasts until reset() (src/tracked-object.ts).
 */
import type { ApiRecord, SyncFail } from './api-record'
import { API_NAME, CONTROLLER } from './brand'
import { compiledApi, compiledHandledApi, type CompiledApi } from './compile'
import type { Engine } from './engine'
import { FakeWxError } from './errors'
import { eventFunction } from './events'
import { answerSync } from './handlers/answer'
import { PASS, quoteKey, type HandlerEntry } from './handlers/kinds'
import { isModelled, type HostTables } from './hosts/host'
import { ArgumentList, Thrown } from './log'
import { MOCK_FUNCTION } from './mock-function'
import { failureResult, invoke } from './pipeline'
import type { TapToken } from './tap'
import { UNSET, trackedObject, type Fallback } from './tracked-object'

export type WxFunction = (...args: unknown[]) => unknown

type SyncApi = NonNullable<ApiRecord['sync']>

/**
 * What a wx function needs to know of its API, the same for every fake of a host: worked out on the API's first
 * call (an API of a lazily loaded family loads then, not when the fake is made), once per host.
 */
interface ApiSpec {
  readonly record: ApiRecord | undefined
  /** A modelled asynchronous API: straight to the pipeline when no handler answers. */
  readonly direct: boolean
  /** The model of a synchronous API, or an event's on/off. */
  readonly sync: SyncApi | undefined
  /** Handlers answer it by returning the value, not through callbacks or a promise. */
  readonly answersSync: boolean
  readonly carriesTap: boolean
}

/** The layout of the global for a host: its property names, and its namespaces'. */
interface Layout {
  readonly names: readonly string[]
  readonly apis: readonly string[]
  readonly namespaces: readonly { readonly name: string; readonly keys: readonly string[] }[]
  readonly data: readonly { readonly name: string; readonly keys: readonly string[]; readonly fallbacks: readonly Fallback[] }[]
}

const LAYOUTS = new WeakMap<HostTables, Layout>()
const SPECS = new WeakMap<HostTables, Map<string, ApiSpec>>()

function specOf(host: HostTables, name: string): ApiSpec {
  let specs = SPECS.get(host)
  if (specs === undefined) SPECS.set(host, (specs = new Map()))
  let spec = specs.get(name)
  if (spec !== undefined) return spec
  const record = host.record(name)
  const modelled = record !== undefined && isModelled(record)
  const event = modelled ? undefined : host.eventOf(name)
  const sync = modelled ? record.sync : event === undefined ? undefined : eventFunction(event.shape, event.role)
  spec = {
    record,
    direct: modelled && sync === undefined,
    sync,
    answersSync: sync !== undefined || (!modelled && host.callShape(name) === 'sync'),
    carriesTap: record?.carriesTap === true,
  }
  specs.set(name, spec)
  return spec
}

function layoutOf(host: HostTables): Layout {
  let layout = LAYOUTS.get(host)
  if (layout !== undefined) return layout
  const namespaces = Object.entries(host.host.namespaces ?? {}).map(([name, shape]) => ({ name, keys: shape.functions }))
  const data = Object.entries(host.host.dataNamespaces ?? {}).map(([name, fields]) => ({
    name,
    keys: Object.keys(fields),
    // A handler for `env.USER_DATA_PATH` answers first; else the platform's value.
    fallbacks: Object.entries(fields).map(([field, value]): Fallback => {
      const api = `${name}.${field}`
      return (engine) => {
        const entry = engine.handlers.size === 0 ? undefined : engine.handlers.first(api)
        return entry === undefined ? value(engine.profile) : (entry.answer as () => unknown)()
      }
    }),
  }))
  const apis = [...host.names]
  layout = { names: [...apis, ...namespaces.map((ns) => ns.name), ...data.map((ns) => ns.name)], apis, namespaces, data }
  LAYOUTS.set(host, layout)
  return layout
}

export function buildWx(engine: Engine, controller: object): Record<string, unknown> {
  const layout = layoutOf(engine.host)
  const values: unknown[] = layout.apis.map((name) => apiFunction(engine, controller, name))
  for (const ns of layout.namespaces) {
    values.push(trackedObject(engine, controller, ns.keys, ns.keys.map((fn) => apiFunction(engine, controller, `${ns.name}.${fn}`))))
  }
  for (const ns of layout.data) values.push(trackedObject(engine, controller, ns.keys, ns.keys.map(() => UNSET), ns.fallbacks))
  return trackedObject(engine, controller, layout.names, values)
}

/** One API function of the global (or of a namespace: `cloud.callFunction`). */
function apiFunction(engine: Engine, controller: object, name: string): WxFunction {
  const { host, handlers } = engine
  let spec: ApiSpec | undefined
  let compiled: CompiledApi | undefined
  // A method (not a function expression): no `prototype`, not a constructor, like the client's own.
  const fn = {
    // The modelled path reads only the options; the others take every argument.
    [name](this: unknown, options?: unknown): unknown {
      const entry = handlers.size === 0 ? undefined : handlers.first(name)
      const api = (spec ??= specOf(host, name))
      if (entry === undefined && api.direct) return invoke(engine, (compiled ??= compiledApi(host, name)!), options)
      // eslint-disable-next-line prefer-rest-params
      const args: unknown[] = Array.prototype.slice.call(arguments)
      if (entry !== undefined) {
        if (entry.replaces === true) return callMock(engine, name, entry, api.carriesTap, this, args)
        if (!api.answersSync) return invoke(engine, compiledHandledApi(host, name), options)
        return callSync(engine, name, args, true, api)
      }
      if (api.sync !== undefined) return callSync(engine, name, args, false, api)
      return notModelled(engine, name, args)
    },
  }[name] as WxFunction & Record<symbol, unknown>
  Object.setPrototypeOf(fn, MOCK_FUNCTION)
  fn[CONTROLLER] = controller
  fn[API_NAME] = name
  return fn
}

const argumentOf = (args: readonly unknown[]): unknown => (args.length === 1 ? args[0] : new ArgumentList(args))

/** A mockWxMethod stub: called with every argument and `this`; a carrier's callbacks carry the caller's tap state. */
function callMock(engine: Engine, name: string, entry: HandlerEntry, carriesTap: boolean, thisArg: unknown, args: unknown[]): unknown {
  const tap = engine.tap.current()
  const call = engine.log.add({ type: 'call', api: name, args: args.length <= 1 ? args[0] : args, style: 'mock', tap: tap !== null })
  const argument = argumentOf(args)
  if (tap !== null && carriesTap) args[0] = carryTap(engine, tap, args[0])
  try {
    const returned = (entry.answer as WxFunction).apply(thisArg, args)
    engine.log.trace(call.id, argument, returned)
    return returned
  } catch (error) {
    engine.log.trace(call.id, argument, new Thrown(error))
    throw error
  }
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
 * A synchronous API: the model's value, or a handler's (which gets the arguments as passed; what it throws
 * reaches the app as it was thrown). When every handler passes, the model answers, or the call is loud. A
 * model's failure is thrown, as the client's sync APIs do (rule STORAGE-SYNC-THROWS): an Error whose message
 * is the errMsg, carrying `errMsg` (and `errno`) as properties too, since apps read either.
 */
function callSync(engine: Engine, name: string, args: unknown[], handled: boolean, spec: ApiSpec): unknown {
  const tap = engine.tap.current() !== null
  const logged = args.length <= 1 ? args[0] : args
  const entry = engine.log.add(handled ? { type: 'call', api: name, args: logged, style: 'sync', tap, handler: true } : { type: 'call', api: name, args: logged, style: 'sync', tap })
  const argument = argumentOf(args)
  const { record, sync } = spec
  const fail: SyncFail = (failure, detail) => {
    const result = failureResult(engine.profile, `${record?.errMsgName ?? name}:fail`, failure, detail)
    engine.log.add({ type: 'throw', call: entry.id, result })
    throw Object.assign(new Error(result.errMsg as string), result)
  }
  let value: unknown
  try {
    value = handled ? answerSync(engine, name, args) : PASS
    if (value === PASS) value = sync === undefined ? unmodelled(engine, name, entry.id) : sync(engine, args, fail)
  } catch (error) {
    engine.log.trace(entry.id, argument, new Thrown(error))
    throw error
  }
  engine.log.trace(entry.id, argument, value)
  if (typeof value === 'object' && value !== null && !Object.values(value).some((v) => typeof v === 'function')) {
    engine.log.add({ type: 'return', call: entry.id, result: value as Record<string, unknown> })
  }
  return value
}

function notModelled(engine: Engine, name: string, args: unknown[]): never {
  const entry = engine.log.add({ type: 'call', api: name, args: args[0], style: 'sync', tap: false })
  try {
    return unmodelled(engine, name, entry.id)
  } catch (error) {
    engine.log.trace(entry.id, argumentOf(args), new Thrown(error))
    throw error
  }
}

/**
 * An API with neither a model nor a handler throws into the caller and is recorded, so verify() fails the test
 * even when the app swallowed the throw.
 */
function unmodelled(engine: Engine, name: string, call: number): never {
  const message = `${engine.host.label(name)} is not modelled by fake-wx. Answer it for this test:\n  ${handlerLine(engine, name)}`
  engine.problem(call, 'unmodelled-api', message)
  throw new FakeWxError(message)
}

/** The line that answers `name` with a handler, shaped as the API is called. */
export function handlerLine(engine: Engine, name: string): string {
  const shape = engine.host.callShape(name)
  const answer = shape === 'sync' ? `(...args) => { /* the value ${engine.host.label(name)} returns */ }` : '(options) => ({ /* success fields */ })'
  return `fakeWx.use({ ${quoteKey(name)}: ${answer} })`
}
