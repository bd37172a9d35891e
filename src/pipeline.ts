/**
 * The one call pipeline every modelled API runs through (../shared/wechat-rules.md, appendix
 * "checks for a gated call, in order"): parameter check, tap rule, then the API's own steps (for a
 * gated API: app.json, privacy, the scope, the OS), then settle: success|fail then complete, on a
 * later promise job; or resolve|reject when no callback was passed (§8).
 */
import { GateVerdict } from './gate-verdict'
import { callLabel } from './labels'
import type { Engine } from './engine'
import type { CallStyle } from './log'
import { compileParams, type CompiledParams, type ParamSpec } from './params'
import type { Spelling } from './platforms'
import type { QueuedJob } from './scheduler'
import type { TapToken } from './tap'

export type Options = Readonly<Record<string, unknown>>
type Callback = (result: Record<string, unknown>) => void

export interface Call {
  readonly engine: Engine
  readonly api: string
  /** The id of the call's log entry. */
  readonly id: number
  /** The engine's generation when the call was made: after a reset() the call is stale. */
  readonly generation: number
  readonly options: Options
  /** The tap token valid when the call was made. */
  readonly tap: TapToken | null
  /** The options passed the quick check of `readOptions` (a failure is confirmed by the exact one). */
  readonly optionsPass: boolean
}

export type Outcome =
  | {
      readonly ok: true
      readonly data?: object
      /** The delivery turn's tap token, when the result itself grants one (showModal's buttons). */
      readonly grantsTap?: TapToken
    }
  | {
      readonly ok: false
      readonly fail: Spelling
      /** Extra fields of the fail result (requestSubscribeMessage's errCode, ...). */
      readonly extra?: Readonly<Record<string, unknown>>
    }

/** A step that waits (for the user, for the app): it calls `next()` to go on, or `next(outcome)` to stop. */
export type Pause = (next: (outcome?: Outcome) => void) => void

/** A pipeline step: undefined to go on, an Outcome to stop, a Pause to wait. */
export type Step = (call: Call) => Outcome | Pause | undefined

export interface ApiDefinition {
  readonly name: string
  /** The name errMsg carries when it differs from the API's (RecorderManager.start reports `operateRecorder`). */
  readonly errMsgName?: string
  /** Returns a promise when called without success/fail/complete (§8.1), unless excluded (§8.2). */
  readonly promise: boolean
  readonly params?: ParamSpec
  /** Only callable with tap state (§5.2): openSetting, getUserProfile, requestSubscribeMessage. */
  readonly tapRequired?: boolean
  /** Callbacks continue the call's tap state (DOC-TAP): getSetting, request, downloadFile. */
  readonly carriesTap?: boolean
  /** The API's own steps; one of them returns its Outcome, unless `result` builds the success. */
  readonly steps: readonly Step[]
  /**
   * `steps[from..to)` are gates whose verdict depends only on the engine's state, never on the call
   * (app.json, privacy, scope, OS: defineApi's rows). While that state is unchanged, a pass is not
   * worked out again (src/gate-verdict.ts).
   */
  readonly gates?: { readonly from: number; readonly to: number }
  /**
   * The success data, built once every step has let the call through. It must return a fresh object:
   * that object becomes the result, with `errMsg` appended last, which is the order WeChat's bridge
   * delivers (`{"latitude":…,"horizontalAccuracy":65,"errMsg":"getLocation:ok"}` as apps log it).
   */
  readonly result?: (call: Call) => object | undefined
}

export interface CompiledApi {
  readonly name: string
  readonly errMsgName: string
  /** `<api>:ok` and `<api>:fail`, built once rather than per call. */
  readonly okErrMsg: string
  readonly failErrMsg: string
  readonly promise: boolean
  readonly carriesTap: boolean
  readonly params: CompiledParams | undefined
  readonly steps: readonly Step[]
  /** The gates' range in `steps` (-1, -1 when there are none), and their remembered pass. */
  readonly gatesFrom: number
  readonly gatesTo: number
  readonly verdict: GateVerdict
  readonly result: ((call: Call) => object | undefined) | undefined
}

export const ok = (data?: object): Outcome => (data === undefined ? OK : { ok: true, data })
const OK: Outcome = { ok: true }
export const fail = (fail: Spelling, extra?: Readonly<Record<string, unknown>>): Outcome =>
  extra === undefined ? { ok: false, fail } : { ok: false, fail, extra }

const TAP_GESTURE: Spelling = { text: ' can only be invoked by user TAP gesture.' }

const tapStep: Step = (call) => {
  if (!call.engine.options.tapRule) return undefined
  if (call.tap === null) return fail(TAP_GESTURE)
  call.tap.consumed = true // a consumed tap state cannot be continued (DOC-TAP)
  return undefined
}

/**
 * An API compiled on its first use, not at import: both runners load fake-wx again for every test file,
 * and most files never use a given API (the component renders, the open-setting button).
 */
export function compiledOnFirstUse(define: () => ApiDefinition): () => CompiledApi {
  let compiled: CompiledApi | undefined
  return () => (compiled ??= compile(define()))
}

export function compile(def: ApiDefinition): CompiledApi {
  const steps: Step[] = []
  // The parameter check is not a step: `readOptions` does it while copying the options for the log, and
  // run() confirms a failure before the first step.
  const params = def.params === undefined ? undefined : compileParams(def.params)
  if (def.tapRequired === true) steps.push(tapStep)
  const offset = steps.length
  steps.push(...def.steps)
  const errMsgName = def.errMsgName ?? def.name
  return {
    name: def.name,
    errMsgName,
    okErrMsg: `${errMsgName}:ok`,
    failErrMsg: `${errMsgName}:fail`,
    promise: def.promise,
    carriesTap: def.carriesTap === true,
    params,
    steps,
    gatesFrom: def.gates === undefined ? -1 : def.gates.from + offset,
    gatesTo: def.gates === undefined ? -1 : def.gates.to + offset,
    verdict: new GateVerdict(),
    result: def.result,
  }
}

const EMPTY: Options = Object.freeze({})

/**
 * One call in flight: what the steps see (Call), how to answer the app, and, once settled, the job that
 * delivers the result. One object per call, because a test suite makes thousands of calls.
 */
class Settlement implements Call {
  // Every field is `declare`d and assigned in the constructor, in one place. A class field would be
  // defined before the constructor runs and then assigned again; this object is made for every call
  // (20 ns a call, bench part 1).
  declare readonly engine: Engine
  declare readonly compiled: CompiledApi
  declare readonly id: number
  declare readonly options: Options
  declare readonly tap: TapToken | null
  declare readonly style: CallStyle
  declare readonly success: Callback | undefined
  declare readonly fail: Callback | undefined
  declare readonly complete: Callback | undefined
  /** The engine's generation when the call was made. */
  declare readonly generation: number
  declare resolve: ((value: unknown) => void) | undefined
  declare reject: ((reason: unknown) => void) | undefined
  declare succeeded: boolean
  declare result: Record<string, unknown> | undefined
  /** The tap token the delivery runs with; the scheduler gives a delivery with one a macrotask of its own. */
  declare tapToken: TapToken | null
  /** Set by readOptions. */
  declare optionsPass: boolean
  /** The scheduler's link to the next queued job. */
  declare nextJob: QueuedJob | undefined
  /** Delivered by the reaction on its own promise (the scheduler's fast lane). */
  declare awaitsReaction: boolean
  /** While invoke() runs the steps: a result settled now is dispatched by invoke, once the steps return. */
  declare inCall: boolean

  constructor(
    engine: Engine,
    compiled: CompiledApi,
    id: number,
    options: Options,
    tap: TapToken | null,
    style: CallStyle,
    success: Callback | undefined,
    fail: Callback | undefined,
    complete: Callback | undefined,
  ) {
    this.engine = engine
    this.compiled = compiled
    this.id = id
    this.options = options
    this.tap = tap
    this.style = style
    this.success = success
    this.fail = fail
    this.complete = complete
    this.generation = engine.generation
    this.resolve = undefined
    this.reject = undefined
    this.succeeded = false
    this.result = undefined
    this.tapToken = null
    this.optionsPass = true
    this.nextJob = undefined
    this.awaitsReaction = false
    this.inCall = true
  }

  get api(): string {
    return this.compiled.name
  }


  /** The delivery job (Scheduler runs it on a later promise job). */
  run(): void {
    const { engine } = this
    const tap = engine.tap
    const turn = tap.enter(this.tapToken)
    try {
      deliver(this, engine)
    } finally {
      tap.leave(turn)
    }
  }
}

const asCallback = (value: unknown): Callback | undefined => (typeof value === 'function' ? (value as Callback) : undefined)

/**
 * Reads the options once: returns them as the log shows them (callbacks left out, everything else as
 * passed), and on the way tests each key that has a rule, setting `optionsPass` (see CompiledParams).
 * One pass instead of a lookup per rule: most calls pass one or two keys, most rules are absent.
 *
 * Without callbacks (`spread`), the copy is one spread: key-by-key stores change the copy's shape once per
 * key, and cost 20 ns more for a one-key options object (bench part 1). A spread copies own properties
 * only; the key-by-key copy, which leaves the callbacks out, also takes inherited enumerable ones.
 */
function readOptions(options: Options, params: CompiledParams | undefined, settlement: Settlement, spread: boolean): Options | undefined {
  let out: Record<string, unknown> | undefined = spread && options !== EMPTY ? { ...options } : undefined
  let keys = 0
  let pass = true
  let required = 0
  for (const key in options) {
    const value = options[key]
    if (!spread) {
      if (typeof value === 'function' && (key === 'success' || key === 'fail' || key === 'complete')) continue
      ;(out ??= {})[key] = value
    }
    keys++
    if (params === undefined || value === undefined) continue
    const { rules } = params
    for (let r = 0; r < rules.length; r++) {
      const rule = rules[r]!
      if (rule.key !== key) continue
      if (!rule.accepts(value)) pass = false
      else if (rule.required) required++
      break
    }
  }
  settlement.optionsPass = pass && (params === undefined || required === params.requiredCount)
  return keys === 0 ? undefined : out
}

/** Runs one call of a modelled asynchronous API. Never throws into the app. */
export function invoke(engine: Engine, api: CompiledApi, raw: unknown): Promise<unknown> | undefined {
  // The base library reads fields off whatever it was given; a non-object simply has none.
  const options = typeof raw === 'object' && raw !== null ? (raw as Options) : EMPTY
  const success = asCallback(options.success)
  const failCb = asCallback(options.fail)
  const complete = asCallback(options.complete)
  const style: CallStyle = api.promise && !success && !failCb && !complete ? 'promise' : 'callback'
  const tap = engine.tap.current()
  const id = engine.log.nextId
  const settlement = new Settlement(engine, api, id, options, tap, style, success, failCb, complete)
  engine.log.push({ id, type: 'call', api: api.name, args: readOptions(options, api.params, settlement, !success && !failCb && !complete), style, tap: tap !== null })
  run(settlement, 0)
  settlement.inCall = false
  const settledNow = settlement.result !== undefined
  if (style !== 'promise') {
    if (settledNow) engine.scheduler.defer(settlement)
    return undefined
  }
  // Most calls succeed at once (a granted scope). Such a call is delivered by a reaction on its own
  // promise when the scheduler allows it: the same promise work as a hand-written mock's. A failure takes
  // the queue: a reaction would have to throw to reject, and a throw costs more than the queue does.
  if (settledNow && settlement.succeeded && settlement.tapToken === null && engine.scheduler.enqueueForReaction(settlement)) {
    return RESOLVED.then(() => deliverByReaction(settlement))
  }
  const promise = deliveredPromise(settlement)
  if (settledNow) engine.scheduler.defer(settlement)
  return promise
}

/** The promise the queue's delivery (Settlement.run) settles. */
function deliveredPromise(settlement: Settlement): Promise<unknown> {
  return new Promise((resolve, reject) => {
    settlement.resolve = resolve
    settlement.reject = reject
  })
}

const RESOLVED = Promise.resolve()

/** A promise that never settles: what a call dropped by reset() gives the app (its promise stays pending). */
const NEVER: Promise<never> = new Promise(() => {})

/** The fast lane's delivery of a success (Scheduler.enqueueForReaction): its value resolves the app's promise. */
function deliverByReaction(settlement: Settlement): unknown {
  if (isStale(settlement)) return NEVER
  const { scheduler, log } = settlement.engine
  if (!scheduler.isDue(settlement)) {
    // A tap turn began since the call: the queue delivers it in a macrotask of its own, in order.
    const promise = deliveredPromise(settlement)
    scheduler.release(settlement)
    return promise
  }
  scheduler.shift()
  const result = settlement.result!
  log.push({ id: log.nextId, type: 'resolve', call: settlement.id, result })
  return result
}

function run(settlement: Settlement, from: number): void {
  const { steps, params, gatesFrom, gatesTo, verdict } = settlement.compiled
  if (from === 0 && !settlement.optionsPass && params !== undefined) {
    const problem = params.check(settlement.options)
    if (problem !== undefined) {
      settle(settlement, fail({ text: problem }))
      return
    }
  }
  let i = from
  let step: Outcome | Pause | undefined
  // Set when this run reached the gates from their start: only then may their pass be remembered.
  let gatesObserved = false
  // One try around the loop rather than one per step: this loop runs for every call.
  try {
    while (i < steps.length) {
      if (i === gatesFrom) {
        if (verdict.holds(settlement.engine)) {
          i = gatesTo
          continue
        }
        verdict.observe(settlement.engine)
        gatesObserved = true
      }
      if ((step = steps[i]!(settlement)) !== undefined) break
      if (++i === gatesTo && gatesObserved) verdict.commit(settlement.engine)
    }
  } catch (error) {
    step = internalError(settlement, error)
  }
  if (step === undefined) {
    settleResult(settlement)
    return
  }
  if (typeof step === 'function') {
    const resume = i + 1
    step((outcome) => {
      // A continuation from before reset() (an app that kept a privacy `resolve`) must not touch the new test.
      if (isStale(settlement)) return
      if (outcome === undefined) run(settlement, resume)
      else settle(settlement, outcome)
    })
    return
  }
  settle(settlement, step)
}

/** Every step let the call through: the success, with the data the API's row builds. */
function settleResult(settlement: Settlement): void {
  const { result } = settlement.compiled
  if (result === undefined) {
    settle(settlement, OK)
    return
  }
  let data: object | undefined
  try {
    data = result(settlement)
  } catch (error) {
    settle(settlement, internalError(settlement, error))
    return
  }
  settleSuccess(settlement, data as Record<string, unknown> | undefined)
}

export function isStale(call: Call): boolean {
  return call.generation !== call.engine.generation
}

function internalError(call: Call, error: unknown): Outcome {
  const message = `internal error in ${callLabel(call.api)}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`
  call.engine.problem(call.id, 'callback-threw', message)
  return fail({ text: ` [fake-wx] ${message.split('\n')[0]}` })
}

/** Builds the result WeChat would hand back, then delivers it on a later promise job. */
function settle(settlement: Settlement, outcome: Outcome): void {
  const api = settlement.compiled
  let result: Record<string, unknown>
  if (outcome.ok) {
    result = outcome.data === undefined ? { errMsg: api.okErrMsg } : { errMsg: api.okErrMsg, ...outcome.data }
  } else {
    result = { errMsg: api.failErrMsg + outcome.fail.text }
    if (outcome.fail.errno !== undefined) result.errno = outcome.fail.errno
    if (outcome.fail.errCode !== undefined) result.errCode = outcome.fail.errCode
    if (outcome.extra !== undefined) Object.assign(result, outcome.extra)
  }
  settlement.succeeded = outcome.ok
  settlement.result = result
  settlement.tapToken = (outcome.ok ? outcome.grantsTap : undefined) ?? (api.carriesTap ? settlement.tap : null)
  dispatch(settlement)
}

/** Queues the delivery of a call settled after a pause; invoke() dispatches the ones settled at once. */
function dispatch(settlement: Settlement): void {
  if (!settlement.inCall) settlement.engine.scheduler.defer(settlement)
}

/** The success of an API whose row builds its data: the fresh data object is the result (see `result`). */
function settleSuccess(settlement: Settlement, data: Record<string, unknown> | undefined): void {
  const api = settlement.compiled
  if (data === undefined) data = { errMsg: api.okErrMsg }
  else data.errMsg = api.okErrMsg
  settlement.succeeded = true
  settlement.result = data
  settlement.tapToken = api.carriesTap ? settlement.tap : null
  dispatch(settlement)
}

function deliver(settlement: Settlement, engine: Engine): void {
  const result = settlement.result!
  const succeeded = settlement.succeeded
  const call = settlement.id
  const log = engine.log
  if (settlement.style === 'promise') {
    log.push({ id: log.nextId, type: succeeded ? 'resolve' : 'reject', call, result })
    // Rejects with the plain fail object, not an Error (§8.3).
    if (succeeded) settlement.resolve!(result)
    else settlement.reject!(result)
    return
  }
  log.push({ id: log.nextId, type: succeeded ? 'success' : 'fail', call, result })
  runCallback(settlement, succeeded ? settlement.success : settlement.fail, result, succeeded ? 'success' : 'fail')
  if (settlement.complete !== undefined) {
    engine.log.add({ type: 'complete', call })
    runCallback(settlement, settlement.complete, result, 'complete')
  }
}

/**
 * A callback that throws is the app's bug: WeChat reports it (thirdScriptError) and carries on, so the
 * fake records it for the presets to fail the test with, and still runs `complete`.
 */
function runCallback(call: Call, callback: Callback | undefined, result: Record<string, unknown>, which: string): void {
  if (callback === undefined) return
  try {
    callback(result)
  } catch (error) {
    const detail = error instanceof Error ? error.stack ?? error.message : String(error)
    call.engine.problem(call.id, 'callback-threw', `the ${which} callback of ${callLabel(call.api)} threw: ${detail}`)
  }
}
