/**
 * One pass over the log. Each matcher walks the log once per assertion, through this, and collects what
 * it needs; the failure message (built only when the assertion fails) renders the timeline.
 */
import type { CallEntry, LogEntry, ResultEntry } from '../src/log'
import type { Receiver } from './receiver'

/** A call as the timeline numbers and names it: `#2 wx.getLocation`. */
export interface CallRef {
  readonly entry: CallEntry
  readonly api: string
  /** The call's number among all calls, as printed in the timeline. */
  readonly ordinal: number
  /** `wx.getLocation`, `<button open-type="openSetting">`, ... */
  readonly label: string
}

export function callName(call: CallRef): string {
  return `#${call.ordinal} ${call.label}`
}

/** Visits every entry of the receiver's log with the call it belongs to (a call entry belongs to itself). */
export function scan(receiver: Receiver, visit: (entry: LogEntry, call: CallRef | undefined) => void): void {
  const calls = new Map<number, CallRef>()
  for (const entry of receiver.entries) {
    if (entry.type === 'call') {
      const call: CallRef = { entry, api: entry.api, ordinal: calls.size + 1, label: receiver.host.label(entry.api) }
      calls.set(entry.id, call)
      visit(entry, call)
    } else {
      visit(entry, entry.call === undefined ? undefined : calls.get(entry.call))
    }
  }
}

export function isResult(entry: LogEntry): entry is ResultEntry {
  return entry.type === 'success' || entry.type === 'fail' || entry.type === 'resolve' || entry.type === 'reject' || entry.type === 'return' || entry.type === 'throw'
}

function errMsgOf(result: ResultEntry): unknown {
  return result.result.errMsg
}

/** A sync API's return value counts as a success unless it carries a `:fail` errMsg. */
export function succeeded(result: ResultEntry): boolean {
  if (result.type === 'success' || result.type === 'resolve') return true
  if (result.type !== 'return') return false
  const errMsg = errMsgOf(result)
  return typeof errMsg !== 'string' || !errMsg.includes(':fail')
}

/** How a call ended, for failure messages: `succeeded ('getLocation:ok')`, `failed (...)`, or still pending. */
export function describeEnding(result: ResultEntry | undefined): string {
  if (result === undefined) return 'has not settled yet (await the tap, or fakeWx.settled())'
  const errMsg = errMsgOf(result)
  const text = typeof errMsg === 'string' ? ` '${errMsg}'` : ''
  return `${succeeded(result) ? 'succeeded' : 'failed'}${text}`
}

/** Every call of the API (all calls when `api` is undefined), each with how it ended. */
export class Endings {
  readonly #byCall = new Map<number, { call: CallRef; result: ResultEntry | undefined }>()
  readonly #api: string | undefined

  constructor(api: string | undefined) {
    this.#api = api
  }

  /** Feed it every entry of the scan that belongs to a call. */
  see(entry: LogEntry, call: CallRef): void {
    if (this.#api !== undefined && call.api !== this.#api) return
    if (entry.type === 'call') this.#byCall.set(entry.id, { call, result: undefined })
    else if (isResult(entry)) {
      const known = this.#byCall.get(call.entry.id)
      if (known !== undefined && known.result === undefined) known.result = entry
    }
  }

  get size(): number {
    return this.#byCall.size
  }

  /** One line per call: `#2 wx.getLocation failed 'getLocation:fail auth deny'`. */
  lines(keep: (result: ResultEntry | undefined) => boolean = () => true): string[] {
    const out: string[] = []
    for (const { call, result } of this.#byCall.values()) if (keep(result)) out.push(`${callName(call)} ${describeEnding(result)}`)
    return out
  }
}
