/**
 * A log built by hand, for spellings the fake does not produce yet (privacy refusals, system permission).
 * Matchers rely only on the brand contract (src/brand.ts): a controller-like object with `wx`, `log` and
 * `scopeState`, and the brand on the log pointing at it.
 */
import type { LogEntry } from 'fake-wx'

const CONTROLLER = Symbol.for('fake-wx.controller')

export interface SyntheticResult {
  readonly errMsg: string
  readonly succeeded?: boolean
}

export function fakeLogOf(results: readonly SyntheticResult[]): { readonly entries: readonly LogEntry[] } {
  const entries: LogEntry[] = []
  for (const { errMsg, succeeded } of results) {
    const call = { type: 'call', id: entries.length + 1, api: errMsg.slice(0, errMsg.indexOf(':')), args: undefined, style: 'promise', tap: false } as const
    entries.push(call, { type: succeeded === true ? 'resolve' : 'reject', id: entries.length + 2, call: call.id, result: { errMsg } })
  }
  const log = { entries }
  const controller = { wx: {}, log, scopeState: () => 'unasked' }
  Object.defineProperty(controller, CONTROLLER, { value: controller })
  Object.defineProperty(log, CONTROLLER, { value: controller })
  return log
}
