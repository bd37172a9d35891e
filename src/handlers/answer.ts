/**
 * A handler answering one asynchronous call: the last step of the call's steps (after the API's own gates,
 * when it has any), so the pipeline delivers what it answers like any modelled result: callbacks or a
 * promise, on a later job, `complete` last, logged, tap state carried where the API carries it. A handler
 * that answers on a promise keeps the call paused; settled() and user.tap() wait for it.
 */
import { fail, type Call, type Outcome, type Pause, type Step } from '../api-record'
import type { Engine } from '../engine'
import { describeValue, errorDetail } from '../errors'
import { PASS, type HandlerEntry } from './kinds'
import { isRawResponse } from '../network/raw-response'
import { holdWhileWaiting } from '../pipeline'

type Answered = Outcome | Pause | undefined

/**
 * The step that asks the call's handlers in order. When every one passes, `fallback` says whether the API's
 * own behaviour (the steps after this one, or its result) answers; without one the call fails loudly.
 */
export function answerStep(fallback: boolean): Step {
  return (call) => ask(call, call.engine.handlers.of(call.api), 0, fallback)
}

function ask(call: Call, entries: readonly HandlerEntry[], from: number, fallback: boolean): Answered {
  const options = withoutCallbacks(call.options)
  for (let i = from; i < entries.length; i++) {
    const entry = entries[i]!
    if (entry.replaces === true) continue
    let value: unknown
    try {
      value = (entry.answer as (options: object, context: object) => unknown)(options, { api: call.api })
    } catch (error) {
      return thrown(call, error)
    }
    if (value === PASS) continue
    if (isThenable(value)) return waitFor(call, value, entries, i, fallback)
    return answered(call, value)
  }
  return fallback ? undefined : noAnswer(call)
}

/** A promise from the handler: the call waits for it, and settled() waits with it. */
function waitFor(call: Call, value: PromiseLike<unknown>, entries: readonly HandlerEntry[], index: number, fallback: boolean): Pause {
  return (next) => {
    const release = holdWhileWaiting(call)
    const go = (answer: Answered): void => {
      release()
      if (typeof answer === 'function') answer(next)
      else next(answer)
    }
    value.then(
      (data) => go(data === PASS ? ask(call, entries, index + 1, fallback) : answered(call, data)),
      (error: unknown) => go(thrown(call, error)),
    )
  }
}

/** The success data: a plain object (copied), or nothing. Its errMsg is the API's own `:ok`, last, as WeChat's bridge delivers it. */
function answered(call: Call, value: unknown): Outcome {
  if (isRawResponse(value) && call.record.respond !== undefined) return call.record.respond(call, value)
  if (value === undefined || value === null) return call.record.answerNothing?.(call) ?? { ok: true, data: {}, fresh: true }
  if (typeof value !== 'object' || Array.isArray(value)) {
    return misuse(call, `the handler for ${call.engine.host.label(call.api)} returned ${describeValue(value)}; return an object of the success fields (or nothing), e.g. () => ({ ... }).`)
  }
  const data: Record<string, unknown> = { ...value }
  delete data.errMsg
  return { ok: true, data, fresh: true }
}

/** `throw { errMsg }` (or a rejection with one) fails the call with that result; anything else is the handler's bug. */
function thrown(call: Call, error: unknown): Outcome {
  if (typeof error === 'object' && error !== null && typeof (error as { errMsg?: unknown }).errMsg === 'string') {
    return { ok: false, given: { ...error, errMsg: (error as { errMsg: string }).errMsg } }
  }
  const label = call.engine.host.label(call.api)
  const detail = errorDetail(error)
  return misuse(
    call,
    `the handler for ${label} threw: ${detail}\nTo fail the call as WeChat does, throw (or reject with) an object with an errMsg: throw { errMsg: '${errMsgName(call)}:fail ...' }.`,
  )
}

function noAnswer(call: Call): Outcome {
  return misuse(call, `no handler answered ${call.engine.host.label(call.api)}: every handler for it passed.`)
}

/** The test's own mistake: the call fails (fake-wx's spelling) and verify() fails the test with the message. */
function misuse(call: Call, message: string): Outcome {
  call.engine.problem(call.id, 'handler-threw', message)
  return fail('fake-wx', message.split('\n')[0])
}

function errMsgName(call: Call): string {
  return call.record.errMsgName ?? call.api
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (typeof value === 'object' || typeof value === 'function') && value !== null && typeof (value as { then?: unknown }).then === 'function'
}

const CALLBACKS = new Set(['success', 'fail', 'complete'])

/** The options as the handler sees them: a copy, without the callbacks fake-wx calls. */
function withoutCallbacks(options: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const key in options) if (!CALLBACKS.has(key) || typeof options[key] !== 'function') out[key] = options[key]
  return out
}

/** A synchronous API answered by a handler: it gets the arguments as passed and returns the value. */
export function answerSync(engine: Engine, api: string, args: readonly unknown[]): unknown {
  for (const entry of engine.handlers.of(api)) {
    if (entry.replaces === true) continue
    const value = (entry.answer as (...a: readonly unknown[]) => unknown)(...args)
    if (value !== PASS) return value
  }
  return PASS
}
