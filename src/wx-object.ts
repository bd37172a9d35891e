/**
 * Builds the fake global (`wx`): a plain object whose API functions are own enumerable properties, so
 * `{ ...wx }` copies work and it can be injected into a node:vm context. Each function is a stable
 * wrapper (apps capture `wx.getLocation` at import time) that dispatches to a mock, a handler, the model,
 * or the "not modelled" error; each is also a mock function to Jest and Vitest (src/mock-function.ts).
 *
 * What a test sets on `wx` by hand (`wx.showToast = jest.fn()`, `wx.cloud = { ... }`, a new name) lasts until
 * reset(), without reset() looking at ~500 properties: the API properties are accessors whose setter records
 * the write, and a write of a new name reaches a proxy in the prototype chain that records it. Reading
 * `wx.getLocation` stays an own-property read: the proxy is never on that path.
 */
import type { ApiRecord, SyncFail } from './api-record'
import { API_NAME, CONTROLLER, brand } from './brand'
import { compiledApi, compiledHandledApi, type CompiledApi } from './compile'
import type { Engine } from './engine'
import { FakeWxError } from './errors'
import { eventFunction } from './events'
import { answerSync } from './handlers/answer'
import { PASS, quoteKey, type HandlerEntry } from './handlers/kinds'
import { isModelled, type PlatformProfile } from './hosts/host'
import { ArgumentList, Thrown } from './log'
import { MOCK_FUNCTION } from './mock-function'
import { failureResult, invoke } from './pipeline'
import type { TapToken } from './tap'

export type WxFunction = (...args: unknown[]) => unknown

type SyncApi = NonNullable<ApiRecord['sync']>

export function buildWx(engine: Engine, controller: object): Record<string, unknown> {
  const wx: Record<string, unknown> = {}
  const { host } = engine
  for (const name of host.names) defineTracked(engine, wx, name, apiFunction(engine, controller, name))
  for (const [namespace, shape] of Object.entries(host.host.namespaces ?? {})) {
    const object: Record<string, unknown> = {}
    for (const fn of shape.functions) defineTracked(engine, object, fn, apiFunction(engine, controller, `${namespace}.${fn}`))
    finish(engine, object, controller)
    defineTracked(engine, wx, namespace, object)
  }
  for (const [namespace, fields] of Object.entries(host.host.dataNamespaces ?? {})) {
    const object: Record<string, unknown> = {}
    for (const [field, value] of Object.entries(fields)) defineData(engine, object, field, `${namespace}.${field}`, value)
    finish(engine, object, controller)
    defineTracked(engine, wx, namespace, object)
  }
  finish(engine, wx, controller)
  return wx
}

/**
 * Brands the object and records the new names a test assigns to it. Enumerable (a symbol, so not in
 * Object.keys): `{ ...wx }` and miniprogram-simulate's Object.assign(api, wx) merge keep pointing at this
 * fake, so matchers accept them too.
 */
function finish(engine: Engine, object: Record<string, unknown>, controller: object): void {
  brand(object, CONTROLLER, controller, true)
  // An assignment of a name the object does not have walks up to the prototype: this proxy records it and
  // defines it on the object, so reset() can delete it.
  const recorder = new Proxy(Object.create(Object.prototype) as object, {
    set(target, key, value, receiver) {
      if (receiver !== object) return Reflect.set(target, key, value, receiver)
      engine.handWrites.push(() => delete object[key as string])
      return Reflect.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true })
    },
  })
  Object.setPrototypeOf(object, recorder)
}

/**
 * An own, enumerable accessor: reading it is as cheap as a data property once optimised; assigning it works
 * for the rest of the test and is undone by reset(). Not configurable: `delete wx.getLocation` cannot take an
 * API away for the tests that follow.
 */
function defineTracked(engine: Engine, holder: object, key: string, original: unknown): void {
  let current = original
  Object.defineProperty(holder, key, {
    enumerable: true,
    configurable: false,
    get: () => current,
    set(value: unknown) {
      if (current === original) engine.handWrites.push(() => void (current = original))
      current = value
    },
  })
}

/** A field of a data namespace (`wx.env.USER_DATA_PATH`): a handler's value when one is given, else the platform's. */
function defineData(engine: Engine, holder: object, key: string, api: string, value: (profile: PlatformProfile) => unknown): void {
  let assigned: { value: unknown } | undefined
  Object.defineProperty(holder, key, {
    enumerable: true,
    configurable: false,
    get: () => {
      if (assigned !== undefined) return assigned.value
      const entry = engine.handlers.size === 0 ? undefined : engine.handlers.first(api)
      return entry === undefined ? value(engine.profile) : (entry.answer as () => unknown)()
    },
    set(next: unknown) {
      if (assigned === undefined) engine.handWrites.push(() => void (assigned = undefined))
      assigned = { value: next }
    },
  })
}

/** What an API name is, found on its first call: an API of a lazily loaded family loads then, not when the fake is made. */
interface ApiShape {
  readonly record: ApiRecord | undefined
  readonly sync: SyncApi | undefined
  /** Handlers answer it by returning the value, not through callbacks or a promise. */
  readonly answersSync: boolean
  /** An asynchronous model: the pipeline answers it. */
  readonly direct: boolean
  readonly carriesTap: boolean
  compiled: CompiledApi | undefined
}

function shapeOf(engine: Engine, name: string): ApiShape {
  const { host } = engine
  const record = host.record(name)
  const modelled = record !== undefined && isModelled(record)
  const event = modelled ? undefined : host.eventOf(name)
  const sync: SyncApi | undefined = modelled ? record.sync : event === undefined ? undefined : eventFunction(event.shape, event.role)
  return {
    record,
    sync,
    answersSync: sync !== undefined || (!modelled && host.callShape(name) === 'sync'),
    direct: modelled && sync === undefined,
    carriesTap: record?.carriesTap === true,
    compiled: undefined,
  }
}

/** One API function of the global (or of a namespace: `cloud.callFunction`). */
function apiFunction(engine: Engine, controller: object, name: string): WxFunction {
  const { host, handlers } = engine
  let shape: ApiShape | undefined
  // A method (not a function expression): no `prototype`, not a constructor, like the client's own.
  const fn = {
    // The modelled path reads only the options; the others take every argument.
    [name](this: unknown, options?: unknown): unknown {
      const entry = handlers.size === 0 ? undefined : handlers.first(name)
      const api = (shape ??= shapeOf(engine, name))
      if (entry === undefined && api.direct) return invoke(engine, (api.compiled ??= compiledApi(host, name)!), options)
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
function callSync(engine: Engine, name: string, args: unknown[], handled: boolean, shape: ApiShape): unknown {
  const tap = engine.tap.current() !== null
  const logged = args.length <= 1 ? args[0] : args
  const entry = engine.log.add(handled ? { type: 'call', api: name, args: logged, style: 'sync', tap, handler: true } : { type: 'call', api: name, args: logged, style: 'sync', tap })
  const argument = argumentOf(args)
  const { record, sync } = shape
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
