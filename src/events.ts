/**
 * The global's events (`wx.onNetworkStatusChange(listener)` / `wx.offNetworkStatusChange(listener)`), for every
 * pair the typings declare: listeners are kept per controller, and `fakeWx.emit(event, payload)` (or
 * `emitEvent(engine, ...)` from inside fake-wx: the harness' app show/hide, location updates) calls them.
 * What `off` removes and which events keep one listener only come from the typings (rules EVENT-*).
 */
import type { Engine } from './engine'
import { errorDetail } from './errors'
import type { EventShape } from './hosts/host'

export type Listener = (...args: unknown[]) => unknown

/** The listeners registered through the global's `on*` functions. reset() forgets them. */
export class EventListeners {
  readonly #byEvent = new Map<string, Listener[]>()

  add(shape: EventShape, listener: Listener): void {
    const list = this.#byEvent.get(shape.event)
    // rule: EVENT-SINGLE-LISTENER
    if (list === undefined || shape.single === true) this.#byEvent.set(shape.event, [listener])
    else list.push(listener)
  }

  /** Removes `listener` (every registration of it), or every listener when `listener` is undefined. */
  remove(event: string, listener: unknown): void {
    if (listener === undefined) {
      this.#byEvent.delete(event)
      return
    }
    const list = this.#byEvent.get(event)
    if (list === undefined) return
    const kept = list.filter((registered) => registered !== listener)
    if (kept.length === 0) this.#byEvent.delete(event)
    else this.#byEvent.set(event, kept)
  }

  /** The listeners of `event`, in registration order (a copy: a listener may remove itself). */
  of(event: string): readonly Listener[] {
    return this.#byEvent.get(event)?.slice() ?? []
  }

  get size(): number {
    return this.#byEvent.size
  }

  clear(): void {
    this.#byEvent.clear()
  }
}

/**
 * The synchronous implementation of `on<Event>` or `off<Event>`: what it does with its arguments. A listener
 * that is not a function is not registered (the call is still logged, so the timeline shows it).
 */
export function eventFunction(shape: EventShape, role: 'on' | 'off'): (engine: Engine, args: readonly unknown[]) => undefined {
  if (role === 'on') {
    return (engine, [listener]) => {
      if (typeof listener === 'function') engine.events.add(shape, listener as Listener)
      return undefined
    }
  }
  // rule: EVENT-OFF-ALL-WITHOUT-LISTENER, EVENT-OFF-NO-PARAMETER
  return (engine, [listener]) => {
    engine.events.remove(shape.event, shape.offRemoves === 'all' ? undefined : listener)
    return undefined
  }
}

/**
 * Calls the listeners of `event` with `payload`, now, in registration order, and logs the event. A listener
 * that throws is the app's bug: recorded for verify(), and reported to the `error` listeners as WeChat reports
 * a script error (rule EVENT-ERROR-ON-SCRIPT-ERROR). Returns how many listeners were called.
 */
export function emitEvent(engine: Engine, event: string, payload: unknown): number {
  const listeners = engine.events.of(event)
  engine.log.add({ type: 'event', call: undefined, event, payload, listeners: listeners.length })
  for (const listener of listeners) {
    try {
      listener(payload)
    } catch (error) {
      // An `error` listener that throws is not reported to the `error` listeners again.
      reportScriptError(engine, undefined, `a listener of the '${event}' event threw`, error, event !== 'error')
    }
  }
  return listeners.length
}

/**
 * App code threw where WeChat catches it (a callback, a listener): a problem for verify(), and the `error`
 * event with WeChat's payload, `{ message }` holding the message and the stack (rule EVENT-ERROR-PAYLOAD).
 */
export function reportScriptError(engine: Engine, call: number | undefined, what: string, error: unknown, toErrorListeners = true): void {
  const detail = errorDetail(error)
  engine.problem(call, 'callback-threw', `${what}: ${detail}`)
  if (toErrorListeners && engine.events.size > 0 && engine.events.of('error').length > 0) emitEvent(engine, 'error', errorPayload(error))
}

/** What `wx.onError` listeners receive: `{ message }`, the message with its stack (rule EVENT-ERROR-PAYLOAD). */
export function errorPayload(error: unknown): { message: string } {
  return { message: errorDetail(error) }
}

/**
 * What `wx.onUnhandledRejection` listeners receive: `{ reason, promise }` (rule EVENT-UNHANDLED-REJECTION-PAYLOAD).
 * Without a promise, a rejected one is made for the reason (and handled here, so Node does not report it).
 */
export function unhandledRejectionPayload(reason: unknown, promise?: unknown): { reason: unknown; promise: unknown } {
  if (promise !== undefined) return { reason, promise }
  const rejected = Promise.reject(reason)
  rejected.catch(() => {})
  return { reason, promise: rejected }
}
