/**
 * Builds the fake global (`wx`): a plain object whose API functions are own enumerable properties, so
 * `{ ...wx }` copies work and it can be injected into a node:vm context. Each function is a stable
 * wrapper (apps capture `wx.getLocation` at import time) that dispatches to a mock, a handler, the model,
 * or the "not modelled" error; each is also a mock function to Jest and Vitest (src/mock-function.ts). What a
 * test assigns on wx by hand lasts until reset() (src/tracked-object.ts).
 */
import type { ApiRecord } from './api-record'
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
import { invoke } from './pipeline'
import type { TapToken } from './tap'
import { UNSET, trackedObject, type Fallback } from './tracked-object'

export type WxFunction = (...args: unknown[]) => unknown

type SyncApi = NonNullable<ApiRecord['sync']>

/** What a wx function needs to know of its API, the same for every fake of a host: worked out once. */
interface ApiSpec {
  readonly name: string
  /** A modelled asynchronous API: straight to the pipeline when no handler answers. */
  readonly direct: boolean
  /** The model of a synchronous API, or an event's on/off. */
  readonly sync: SyncApi | undefined
  /** Handlers answer it by returning the value, not through callbacks or a promise. */
  readonly answersSync: boolean
  readonly carriesTap: boolean
}

/** The layout of the global for a host: its property names, its namespaces' and their specs. */
interface Layout {
  readonly names: readonly string[]
  readonly specs: readonly ApiSpec[]
  readonly namespaces: readonly { readonly name: string; readonly keys: readonly string[]; readonly specs: readonly ApiSpec[] }[]
  readonly data: readonly { readonly name: string; readonly keys: readonly string[]; readonly fallbacks: readonly Fallback[] }[]
}

const LAYOUTS = new WeakMap<HostTables, Layout>()

function specOf(host: HostTables, name: string): ApiSpec {
  const record = host.record(name)
  const modelled = record !== undefined && isModelled(record)
  const event = modelled ? undefined : host.eventOf(name)
  const sync = modelled ? record.sync : event === undefined ? undefined : eventFunction(event.shape, event.role)
  return {
    name,
    direct: modelled && sync === undefined,
    sync,
    answersSync: sync !== undefined || (!modelled && host.callShape(name) === 'sync'),
    carriesTap: record?.carriesTap === true,
  }
}

function layoutOf(host: HostTables): Layout {
  let layout = LAYOUTS.get(host)
  if (layout !== undefined) return layout
  const namespaces = Object.entries(host.host.namespaces ?? {}).map(([name, shape]) => ({
    name,
    keys: shape.functions,
    specs: shape.functions.map((fn) => specOf(host, `${name}.${fn}`)),
  }))
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
  layout = {
    names: [...apis, ...namespaces.map((ns) => ns.name), ...data.map((ns) => ns.name)],
    specs: apis.map((name) => specOf(host, name)),
    namespaces,
    data,
  }
  LAYOUTS.set(host, layout)
  return layout
}

export function buildWx(engine: Engine, controller: object): Record<string, unknown> {
  const layout = layoutOf(engine.host)
  const values: unknown[] = layout.specs.map((spec) => apiFunction(engine, controller, spec))
  for (const ns of layout.namespaces) {
    values.push(trackedObject(engine, controller, ns.keys, ns.specs.map((spec) => apiFunction(engine, controller, spec))))
  }
  for (const ns of layout.data) values.push(trackedObject(engine, controller, ns.keys, ns.keys.map(() => UNSET), ns.fallbacks))
  return trackedObject(engine, controller, layout.names, values)
}

/** One API function of the global (or of a namespace: `cloud.callFunction`). */
function apiFunction(engine: Engine, controller: object, spec: ApiSpec): WxFunction {
  const { host, handlers } = engine
  const { name, direct, sync, answersSync, carriesTap } = spec
  let compiled: CompiledApi | undefined
  // A method (not a function expression): no `prototype`, not a constructor, like the client's own.
  const fn = {
    // The modelled path reads only the options; the others take every argument.
    [name](this: unknown, options?: unknown): unknown {
      const entry = handlers.size === 0 ? undefined : handlers.first(name)
      if (entry === undefined && direct) return invoke(engine, (compiled ??= compiledApi(host, name)!), options)
      // eslint-disable-next-line prefer-rest-params
      const args: unknown[] = Array.prototype.slice.call(arguments)
      if (entry !== undefined) {
        if (entry.replaces === true) return callMock(engine, name, entry, carriesTap, this, args)
        if (!answersSync) return invoke(engine, compiledHandledApi(host, name), options)
        return callSync(engine, name, args, true, sync)
      }
      if (sync !== undefined) return callSync(engine, name, args, false, sync)
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
 * reaches the app as it was thrown). When every handler passes, the model answers, or the call is loud.
 */
function callSync(engine: Engine, name: string, args: unknown[], handled: boolean, api: SyncApi | undefined): unknown {
  const tap = engine.tap.current() !== null
  const entry = engine.log.add(handled ? { type: 'call', api: name, args: args[0], style: 'sync', tap, handler: true } : { type: 'call', api: name, args: args[0], style: 'sync', tap })
  const argument = argumentOf(args)
  let value: unknown
  try {
    value = handled ? answerSync(engine, name, args) : PASS
    if (value === PASS) value = api === undefined ? unmodelled(engine, name, entry.id) : api(engine, args)
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
