/**
 * The one call pipeline every modelled asynchronous API runs through: copy the options, run the
 * compiled steps (src/compile.ts), then settle: success|fail then complete, or resolve|reject when no
 * callback was passed, always on a later job (rules PROMISE-IFF-NO-CALLBACK, PROMISE-REJECT-FAIL-OBJECT,
 * TIMING-ASYNC-CALLBACKS, TIMING-COMPLETE-LAST).
 */
import { fail, type Call, type Options, type Outcome } from './api-record'
import type { CompiledApi } from './compile'
import type { Engine } from './engine'
import { errorDetail } from './errors'
import type { PlatformProfile } from './hosts/host'
import { reportScriptError } from './events'
import type { CallStyle, ResultEntry } from './log'
import type { Scope } from './hosts/wechat/scopes'
import type { Failure } from './outcomes'
import type { TapToken } from './tap'

type Callback = (result: Record<string, unknown>) => void

/** One call in flight: what the steps see (Call), how to answer the app, and the job that delivers it. */
class Settlement implements Call {
  readonly engine: Engine
  readonly compiled: CompiledApi
  readonly id: number
  readonly options: Options
  readonly tap: TapToken | null
  readonly style: CallStyle
  readonly success: Callback | undefined
  readonly fail: Callback | undefined
  readonly complete: Callback | undefined
  readonly generation: number
  resolve: ((value: unknown) => void) | undefined
  reject: ((reason: unknown) => void) | undefined
  /** The promise handed to the app, for promise-style calls. */
  promise: Promise<unknown> | undefined
  succeeded: boolean
  result: Record<string, unknown> | undefined
  /** Why it failed, by name, and the scope whose own state failed it: what the log's fail entry records. */
  failure: Failure | undefined
  failedScope: string | undefined
  /** The tap token the delivery runs with; the scheduler gives such a delivery a macrotask of its own. */
  tapToken: TapToken | null
  delivered: boolean
  /** Releases the scheduler hold of the handler the call waits for (holdWhileWaiting), if any. */
  release: (() => void) | undefined

  constructor(engine: Engine, compiled: CompiledApi, id: number, read: ReadOptions, tap: TapToken | null, style: CallStyle) {
    this.engine = engine
    this.compiled = compiled
    this.id = id
    this.options = read.options
    this.tap = tap
    this.style = style
    this.success = read.success
    this.fail = read.fail
    this.complete = read.complete
    this.generation = engine.generation
    // Assigned here rather than as class fields: one object per call, built the same way every time.
    this.resolve = undefined
    this.reject = undefined
    this.promise = undefined
    this.succeeded = false
    this.result = undefined
    this.failure = undefined
    this.failedScope = undefined
    this.tapToken = null
    this.delivered = false
    this.release = undefined
  }

  get api(): string {
    return this.compiled.name
  }

  get record() {
    return this.compiled.record
  }

  /** The delivery job (the scheduler runs it on a later job). */
  run(): void {
    if (this.delivered) return
    const { tap } = this.engine
    // Most deliveries carry no tap state and start no turn: no closure for them.
    if (this.tapToken === null && tap.idle) deliver(this)
    else tap.run(this.tapToken, () => deliver(this))
  }
}

interface ReadOptions {
  /** A copy of the options, callbacks included: what the steps read. */
  readonly options: Options
  /** The copy without callbacks, or undefined when nothing else was passed: what the log shows. */
  readonly logged: Options | undefined
  readonly success: Callback | undefined
  readonly fail: Callback | undefined
  readonly complete: Callback | undefined
  /** A getter or Proxy trap of the options threw: the parameter it threw for, and what it threw. */
  readonly unreadable: string | undefined
}

const EMPTY: Options = Object.freeze({})
const CALLBACKS = new Set(['success', 'fail', 'complete'])
const asCallback = (value: unknown): Callback | undefined => (typeof value === 'function' ? (value as Callback) : undefined)

/**
 * Copies the options as they are at the call, as the client's bridge serialises them: an app that reuses
 * and changes its options object afterwards changes nothing. The base library reads fields off whatever
 * it was given, so a non-object simply has none.
 */
function readOptions(raw: unknown): ReadOptions {
  if (typeof raw !== 'object' || raw === null) return { options: EMPTY, logged: undefined, success: undefined, fail: undefined, complete: undefined, unreadable: undefined }
  const options: Record<string, unknown> = {}
  let keys = 0
  let callbacks = 0
  let key = ''
  let unreadable: string | undefined
  try {
    for (key in raw) {
      const value = (raw as Options)[key]
      options[key] = value
      keys++
      if (typeof value === 'function' && CALLBACKS.has(key)) callbacks++
    }
  } catch (error) {
    // A throwing getter or Proxy: the app's own bug, reported as a bad parameter rather than thrown into it.
    unreadable = `parameter.${key || '(options)'} could not be read ([fake-wx] ${error instanceof Error ? error.message : String(error)});`
  }
  // Without callbacks the log shares the copy (nothing changes it); with them it gets one of its own.
  const logged = keys === callbacks ? undefined : callbacks === 0 ? options : withoutCallbacks(options)
  return { options, logged, success: asCallback(options.success), fail: asCallback(options.fail), complete: asCallback(options.complete), unreadable }
}

function withoutCallbacks(options: Options): Options {
  const logged: Record<string, unknown> = {}
  for (const key in options) {
    const value = options[key]
    if (typeof value !== 'function' || !CALLBACKS.has(key)) logged[key] = value
  }
  return logged
}

/** Runs one call of a modelled asynchronous API. Never throws into the app. */
export function invoke(engine: Engine, api: CompiledApi, raw: unknown): Promise<unknown> | object | undefined {
  const read = readOptions(raw)
  const style: CallStyle = api.record.promise === true && !read.success && !read.fail && !read.complete ? 'promise' : 'callback'
  const tap = engine.tap.current()
  const id = engine.log.nextId
  const settlement = new Settlement(engine, api, id, read, tap, style)
  engine.log.push(api.handled === true ? { id, type: 'call', api: api.name, args: read.logged, style, tap: tap !== null, handler: true } : { id, type: 'call', api: api.name, args: read.logged, style, tap: tap !== null })
  if (style === 'promise') {
    settlement.promise = new Promise((resolve, reject) => {
      settlement.resolve = resolve
      settlement.reject = reject
    })
  }
  // For the mock-function view (src/mock-function.ts): the argument as passed (an object as the copy taken now).
  // The promise is not kept: kept, it would outlive the call and cost every call a trip to the old generation.
  if (raw !== undefined) engine.log.trace(id, typeof raw === 'object' && raw !== null ? read.options : raw, undefined)
  const task = api.record.task?.(settlement)
  if (read.unreadable !== undefined) settle(settlement, fail('parameter-error', read.unreadable))
  else run(settlement, 0)
  return task ?? settlement.promise
}

function run(settlement: Settlement, from: number): void {
  const { steps } = settlement.compiled
  let i = from
  let step: Outcome | ReturnType<(typeof steps)[number]>
  try {
    for (; i < steps.length; i++) if ((step = steps[i]!(settlement)) !== undefined) break
  } catch (error) {
    step = internalError(settlement, error)
  }
  if (step === undefined) {
    settleResult(settlement)
    return
  }
  if (typeof step === 'function') {
    const resume = i + 1
    const { paused } = settlement.engine
    paused.add(settlement)
    step((outcome) => {
      // A continuation from before reset() (an app that kept a privacy `resolve`) must not touch the new test.
      // So must one that ends after the call already did (a RequestTask's abort()).
      if (isStale(settlement) || settlement.result !== undefined) return
      paused.delete(settlement)
      if (outcome === undefined) run(settlement, resume)
      else settle(settlement, outcome)
    })
    return
  }
  settle(settlement, step)
}

/** Every step let the call through: the success, with the data the API's record builds. */
function settleResult(settlement: Settlement): void {
  const build = settlement.compiled.record.result
  let data: object | undefined
  try {
    data = build?.(settlement)
  } catch (error) {
    settle(settlement, internalError(settlement, error))
    return
  }
  // The data object is fresh (see ApiRecord.result): it becomes the result, errMsg last, as the bridge delivers it.
  const result = (data ?? {}) as Record<string, unknown>
  result.errMsg = settlement.compiled.okErrMsg
  finish(settlement, true, result, null)
}

/**
 * Ends a call still in flight with `outcome` (RequestTask.abort()); nothing when it has already ended. What it
 * was waiting for is ignored when it comes.
 */
export function endEarly(call: Call, outcome: Outcome): void {
  const settlement = call as Settlement
  if (isStale(settlement) || settlement.result !== undefined) return
  settlement.engine.paused.delete(settlement)
  // What it waited for may never come (a handler that never answers): settled() must not wait for it.
  settlement.release?.()
  settle(settlement, outcome)
}

/**
 * Holds the scheduler while the call waits for a handler's answer (settled() and user.tap() wait too), until
 * the returned function runs or the call ends early (abort(), a timeout).
 */
export function holdWhileWaiting(call: Call): () => void {
  const settlement = call as Settlement
  // Releasing twice (the answer comes after an abort) is harmless: a hold is released once.
  settlement.release = settlement.engine.scheduler.hold()
  return settlement.release
}

export function isStale(call: Call): boolean {
  return call.generation !== call.engine.generation
}

function internalError(call: Call, error: unknown): Outcome {
  const message = `internal error in ${call.engine.host.label(call.api)}: ${errorDetail(error)}`
  call.engine.problem(call.id, 'callback-threw', message)
  return fail('fake-wx', message.split('\n')[0])
}

/** Builds the result the client would hand back, then queues its delivery. */
function settle(settlement: Settlement, outcome: Outcome): void {
  const api = settlement.compiled
  if (outcome.ok) {
    if (outcome.fresh === true) {
      const result = outcome.data as Record<string, unknown>
      result.errMsg = api.okErrMsg
      finish(settlement, true, result, outcome.grantsTap ?? null)
      return
    }
    finish(settlement, true, { errMsg: api.okErrMsg, ...outcome.data }, outcome.grantsTap ?? null)
    return
  }
  if ('given' in outcome) {
    finish(settlement, false, { ...outcome.given }, null)
    return
  }
  const name = api.record.failNameFor?.(settlement.engine, outcome.failure)
  settlement.failure = outcome.failure
  settlement.failedScope = outcome.scope
  finish(settlement, false, failureResult(settlement.engine.profile, name === undefined ? api.failErrMsg : `${name}:fail`, outcome.failure, outcome.detail), null)
}

/** A failure as the platform spells it: `<api>:fail` + the spelling's text + the detail, with its errno / errCode. */
export function failureResult(profile: PlatformProfile, failErrMsg: string, failure: Failure, detail?: string): Record<string, unknown> {
  const spelling = profile.spellings[failure]
  const result: Record<string, unknown> = { errMsg: failErrMsg + spelling.text + (detail ?? '') + (spelling.suffix ?? '') }
  if (spelling.errno !== undefined) result.errno = spelling.errno
  if (spelling.errCode !== undefined) result.errCode = spelling.errCode
  return result
}

/** Records how the call ended and queues its delivery. */
function finish(settlement: Settlement, succeeded: boolean, result: Record<string, unknown>, grantsTap: TapToken | null): void {
  settlement.succeeded = succeeded
  settlement.result = result
  const record = settlement.compiled.record
  const carries = record.carriesTap === true || record.carriesTapIf?.(settlement.engine) === true
  settlement.tapToken = grantsTap ?? (carries ? settlement.tap : null)
  settlement.engine.scheduler.defer(settlement)
}

function deliver(settlement: Settlement): void {
  const { engine } = settlement
  const result = settlement.result!
  const succeeded = settlement.succeeded
  const call = settlement.id
  const log = engine.log
  settlement.delivered = true
  if (settlement.style === 'promise') {
    log.push(succeeded ? { id: log.nextId, type: 'resolve', call, result } : failEntry(log.nextId, 'reject', settlement, result))
    // Rejects with the plain fail object, not an Error.
    if (succeeded) settlement.resolve!(result)
    else settlement.reject!(result)
    return
  }
  log.push(succeeded ? { id: log.nextId, type: 'success', call, result } : failEntry(log.nextId, 'fail', settlement, result))
  runCallback(settlement, succeeded ? settlement.success : settlement.fail, result, succeeded ? 'success' : 'fail')
  if (settlement.complete !== undefined) {
    log.add({ type: 'complete', call })
    runCallback(settlement, settlement.complete, result, 'complete')
  }
}

/** A failure's entry names why, the same on every platform, for readers that must not parse errMsg (the coverage reporter). */
function failEntry(id: number, type: 'fail' | 'reject', settlement: Settlement, result: Record<string, unknown>): ResultEntry {
  const entry: ResultEntry = { id, type, call: settlement.id, result, failure: settlement.failure }
  return settlement.failedScope === undefined ? entry : { ...entry, scope: settlement.failedScope as Scope }
}

/**
 * A callback that throws is the app's bug: the client reports it and carries on, so the fake records it
 * for the presets to fail the test with, and still runs `complete`.
 */
function runCallback(call: Settlement, callback: Callback | undefined, result: Record<string, unknown>, which: string): void {
  if (callback === undefined) return
  try {
    callback(result)
  } catch (error) {
    reportScriptError(call.engine, call.id, `the ${which} callback of ${call.engine.host.label(call.api)} threw`, error)
  }
}

/**
 * reset() while calls are in flight: each fails now with an errMsg that names the reset, so nothing the
 * app awaits hangs. Callbacks run at once, before the new test begins; calls they make fail the same way.
 * A rejected promise nobody awaits is not reported as unhandled: the test that made it is over.
 */
export function failInFlight(engine: Engine): void {
  for (let round = 0; round < 100; round++) {
    const inFlight = [...engine.paused, ...engine.scheduler.queued().filter((job) => job instanceof Settlement)] as Settlement[]
    engine.paused.clear()
    engine.scheduler.reset()
    if (inFlight.length === 0) return
    for (const s of inFlight) {
      if (s.delivered) continue
      s.delivered = true
      const spelling = engine.profile.spellings['fake-wx']
      const result = { errMsg: `${s.compiled.failErrMsg}${spelling.text}fake.reset() ran while this call was in flight` }
      if (s.style === 'promise') {
        s.promise!.catch(() => {})
        s.reject!(result)
        continue
      }
      for (const callback of [s.fail, s.complete]) {
        try {
          callback?.(result)
        } catch {
          // The test that made the call is over; there is nobody left to tell.
        }
      }
    }
  }
}

export type { Settlement }
