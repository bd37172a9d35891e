/**
 * Handler kinds: what `fakeWx.use(...)` and the `handlers` option accept. A kind recognises its values and
 * turns each into entries, one per API it answers. The built-in kind is the map (`{ showShareImageMenu:
 * (options) => ({}) }`); another kind (msw's request handlers, say) registers itself with
 * registerHandlerKind and is asked first. An entry's answer may return PASS to let the next entry for the
 * same API (or the API's own model) answer instead, as an msw handler does for a URL it does not match.
 */
import { FakeWxError, describeValue, didYouMean } from '../errors'
import type { HostTables } from '../hosts/host'

/** An answer's way of saying "not mine": the next handler for the API, or its model, answers instead. */
export const PASS: unique symbol = Symbol.for('fake-wx.pass') as never

export interface AnswerContext {
  /** The API answered: `showShareImageMenu`, `cloud.callFunction`. */
  readonly api: string
}

/** The options a handler of an asynchronous API receives: a copy of what the app passed, without its callbacks. */
export type WxHandlerOptions = Readonly<Record<string, unknown>>

/**
 * A handler: for an asynchronous API, `(options, { api }) => successData` (or a promise of it; throw or reject
 * `{ errMsg }` to fail the call); for a synchronous API, `(...args) => value`. Declared as a method so a handler
 * may type its parameters more narrowly (`getStorageSync: (key: string) => ...`).
 */
export type WxHandler = { handle(options: WxHandlerOptions, ...rest: unknown[]): unknown }['handle']

/** Handlers by API name: `{ showShareImageMenu: () => ({}), 'cloud.callFunction': ({ name }) => ({ result }) }`. */
export interface WxHandlerMap {
  readonly [api: string]: WxHandler
}

/** What `fakeWx.use()` and the `handlers` option take: handler maps, arrays of them, or a registered kind's handlers. */
export type WxHandlers = WxHandlerMap | readonly WxHandlers[] | object

/**
 * What a handler does with one call. For an asynchronous API it returns the success data (or a promise of it),
 * and throws or rejects with `{ errMsg }` to fail the call; fake-wx delivers the result. For a synchronous API
 * it gets the arguments as passed and returns the value.
 */
export type HandlerAnswer = (...args: never[]) => unknown

export interface HandlerEntry {
  readonly api: string
  /** The kind that made it ('map', 'mock', ...): for messages. */
  readonly kind: string
  readonly answer: HandlerAnswer
  /**
   * It replaces the API's function outright (mockWxMethod): it gets every argument and `this`, its return value
   * is returned, and it calls the callbacks itself.
   */
  readonly replaces?: boolean
}

export interface KindContext {
  readonly host: HostTables
  /** How the toolkit call is named in messages: 'fakeWx.use', 'options.handlers'. */
  readonly where: string
}

export interface HandlerKind {
  readonly name: string
  /** Whether the value is one of this kind's handlers: a cheap check, no validation. */
  matches(value: unknown): boolean
  /** The entries the value adds, in order. Misuse (an unknown API, a value that is not a function) throws a FakeWxError. */
  entries(value: unknown, context: KindContext): readonly HandlerEntry[]
}

/** A map of handlers: API name → function. Names are the global's (`request`), `cloud.callFunction`, `env.USER_DATA_PATH`. */
export const mapKind: HandlerKind = {
  name: 'map',
  matches: (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
  entries(value, { host, where }) {
    const out: HandlerEntry[] = []
    for (const [api, answer] of Object.entries(value as Record<string, unknown>)) {
      checkAnswerable(host, api, where)
      if (typeof answer !== 'function') {
        throw new FakeWxError(`${where}({ ${quoteKey(api)}: ... }): a handler must be a function such as (options) => ({ /* success fields */ }), got ${describeValue(answer)}.`)
      }
      out.push({ api, kind: 'map', answer: answer as HandlerAnswer })
    }
    return out
  },
}

const KINDS: HandlerKind[] = []

/** Adds a kind; kinds registered later are asked first, the map last. */
export function registerHandlerKind(kind: HandlerKind): void {
  KINDS.unshift(kind)
}

/**
 * The entries of every value given (arrays are flattened), each value read by the first kind that matches it.
 * Throws a FakeWxError naming `where` for a value no kind accepts.
 */
export function handlerEntries(values: readonly unknown[], context: KindContext): HandlerEntry[] {
  const out: HandlerEntry[] = []
  for (const value of values) {
    if (Array.isArray(value)) {
      out.push(...handlerEntries(value, context))
      continue
    }
    const kind = KINDS.find((k) => k.matches(value)) ?? (mapKind.matches(value) ? mapKind : undefined)
    if (kind === undefined) {
      throw new FakeWxError(
        `${context.where} expects handler maps such as { showShareImageMenu: (options) => ({}) } (or arrays of them), got ${describeValue(value)}.`,
      )
    }
    out.push(...kind.entries(value, context))
  }
  return out
}

/**
 * A name a handler may answer. The APIs the scripted user answers (popups, modals, the settings page) and the
 * events are refused, with the line to write instead.
 */
export function checkAnswerable(host: HostTables, api: string, where: string): void {
  if (!host.handlerNames.has(api)) {
    const global = host.host.globalName
    throw new FakeWxError(`${where}: ${global} has no API named ${describeValue(api)}.${didYouMean(api, host.handlerNames)}`)
  }
  const answeredBy = host.record(api)?.answeredBy
  if (answeredBy !== undefined) {
    throw new FakeWxError(`${where}: ${host.label(api)} is modelled by fake-wx and answered by ${answeredBy.by}; write ${answeredBy.write} instead of a handler.`)
  }
  const event = host.eventOf(api)
  if (event !== undefined) {
    throw new FakeWxError(
      `${where}: ${host.label(api)} registers a listener; fake-wx keeps the listeners. Call them with fakeWx.emit('${event.shape.event}', payload) instead of a handler.`,
    )
  }
}

/** `name`, or `'cloud.callFunction'` quoted when it is not an identifier. */
export function quoteKey(api: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(api) ? api : `'${api}'`
}
