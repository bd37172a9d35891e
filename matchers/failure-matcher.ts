/**
 * The shape shared by matchers that ask "did a call fail for THIS reason?" (toHaveFailedWithAuthDeny,
 * toHaveFailedWithSystemDeny): one pass over the log, the calls that failed for the reason, the other
 * failures counted for a note that explains why they do not count.
 */
import type { HostTables } from '../src/hosts/host'
import type { ResultEntry } from '../src/log'
import { checkApi } from './arguments'
import type { MatcherContext, MatcherResult } from './context'
import { resolveReceiver } from './receiver'
import { RelevantCalls } from './relevance'
import { hint, message } from './report'
import { Endings, callName, isResult, scan, succeeded, type CallRef } from './scan'

export interface FailureKind {
  readonly name: string
  /** The errMsg spellings that count. */
  /** Whether an errMsg is a hit, by the receiver's host (its spellings). */
  readonly matches: (errMsg: unknown, host: HostTables) => boolean
  /** "because the user refused {a|its} scope" */
  readonly because: (scopeWord: 'a' | 'its') => string
  /** Shown when other failures were found: what counts and what does not. */
  readonly note: string
}

export function failureMatcher(kind: FailureKind) {
  return function (this: MatcherContext, received: unknown, api?: unknown): MatcherResult {
    const receiver = resolveReceiver(this, kind.name, received)
    const only = checkApi(this, kind.name, api, receiver)
    const hits: { call: CallRef; errMsg: unknown }[] = []
    let otherFailed = false
    const endings = new Endings(only)
    const relevant = new RelevantCalls()
    const isHit = (result: ResultEntry): boolean => !succeeded(result) && kind.matches(result.result.errMsg, receiver.host)
    scan(receiver, (entry, call) => {
      if (call === undefined || (only !== undefined && call.api !== only)) return
      endings.see(entry, call)
      if (!isResult(entry)) return
      if (only !== undefined || !succeeded(entry)) relevant.add(call)
      if (isHit(entry)) hits.push({ call, errMsg: entry.result.errMsg })
      else if (!succeeded(entry)) otherFailed = true
    })
    const pass = hits.length > 0
    const { EXPECTED_COLOR, RECEIVED_COLOR } = this.utils
    const noun = only === undefined ? 'call' : `call of wx.${only}`
    const receivedLines = (): string[] => {
      if (pass) return hits.map(({ call, errMsg }) => RECEIVED_COLOR(`${callName(call)} failed '${String(errMsg)}'`))
      if (endings.size === 0) return [RECEIVED_COLOR(only === undefined ? 'no wx call' : `wx.${only} was not called`)]
      const lines = only === undefined ? endings.lines((result) => result !== undefined && !succeeded(result)) : endings.lines()
      return lines.length === 0 ? [RECEIVED_COLOR('no call failed')] : lines.map((line) => RECEIVED_COLOR(line))
    }
    return {
      pass,
      message: () =>
        message(hint(this, kind.name, receiver.label, [only === receiver.api ? undefined : only]), {
          expected: EXPECTED_COLOR(`${pass ? 'no' : 'a'} ${noun} failing ${kind.because(only === undefined ? 'a' : 'its')}`),
          received: receivedLines(),
          note: pass || !otherFailed ? undefined : kind.note,
          timeline: relevant.timeline(receiver),
        }),
    }
  }
}
