/**
 * EventChannel: the pipe between a page and the page it opened with `wx.navigateTo({ events })` (rules
 * NAV-EVENTCHANNEL). Two ends: what one end emits, the other end's listeners hear. Emits reach only the
 * listeners registered at the time (whether WeChat buffers earlier emits is unverified).
 */

type Listener = (...args: unknown[]) => unknown

interface Registration {
  readonly fn: Listener
  readonly once: boolean
}

export class EventChannel {
  #peer: EventChannel | undefined
  readonly #listeners = new Map<string, Registration[]>()
  readonly #onError: (error: unknown, event: string) => void

  constructor(onError: (error: unknown, event: string) => void) {
    this.#onError = onError
  }

  /** Two connected ends: the opener's (with the `events` listeners) and the opened page's. */
  static pair(events: Readonly<Record<string, unknown>> | undefined, onError: (error: unknown, event: string) => void): [EventChannel, EventChannel] {
    const opener = new EventChannel(onError)
    const opened = new EventChannel(onError)
    opener.#peer = opened
    opened.#peer = opener
    for (const [name, fn] of Object.entries(events ?? {})) if (typeof fn === 'function') opener.on(name, fn as Listener)
    return [opener, opened]
  }

  /** Sends `args` to the other end's listeners of `eventName`. */
  emit(eventName: string, ...args: unknown[]): void {
    const peer = this.#peer
    if (peer !== undefined) peer.#dispatch(eventName, args)
  }

  on(eventName: string, fn: Listener): void {
    this.#add(eventName, fn, false)
  }

  once(eventName: string, fn: Listener): void {
    this.#add(eventName, fn, true)
  }

  /** Removes `fn` from `eventName`'s listeners, or all of them when no `fn` is given. */
  off(eventName: string, fn?: Listener): void {
    const list = this.#listeners.get(eventName)
    if (list === undefined) return
    if (fn === undefined) this.#listeners.delete(eventName)
    else this.#listeners.set(eventName, list.filter((registration) => registration.fn !== fn))
  }

  #add(eventName: string, fn: Listener, once: boolean): void {
    if (typeof fn !== 'function') return
    const list = this.#listeners.get(eventName) ?? []
    list.push({ fn, once })
    this.#listeners.set(eventName, list)
  }

  #dispatch(eventName: string, args: unknown[]): void {
    const list = this.#listeners.get(eventName)
    if (list === undefined) return
    const remaining = list.filter((registration) => !registration.once)
    if (remaining.length !== list.length) this.#listeners.set(eventName, remaining)
    for (const { fn } of list) {
      try {
        fn(...args)
      } catch (error) {
        this.#onError(error, eventName)
      }
    }
  }
}

// The timeline prints an instance by its class's name; a bundler may rename the class (`_EventChannel`).
Object.defineProperty(EventChannel, 'name', { value: 'EventChannel' })
