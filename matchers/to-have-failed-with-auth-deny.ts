/**
 * expect(wx.getLocation).toHaveFailedWithAuthDeny(): a call failed because the user refused the scope,
 * now (in the popup) or earlier, whatever the platform's spelling. Exactly the refusal spellings of
 * src/platforms.ts count: a cancel, a privacy refusal, a system-permission failure, a parameter error or
 * fake-wx's own "no answer scripted" failure is not a refusal.
 */
import { isAuthDenyErrMsg } from '../src/platforms'
import type { ResultEntry } from '../src/log'
import { checkApi } from './arguments'
import type { MatcherContext, MatcherResult } from './context'
import { resolveReceiver } from './receiver'
import { RelevantCalls } from './relevance'
import { hint, message } from './report'
import { Endings, callName, isResult, scan, succeeded, type CallRef } from './scan'

const NAME = 'toHaveFailedWithAuthDeny'

function isRefusal(result: ResultEntry): boolean {
  return !succeeded(result) && isAuthDenyErrMsg(result.result.errMsg)
}

export function toHaveFailedWithAuthDeny(this: MatcherContext, received: unknown, api?: unknown): MatcherResult {
  const receiver = resolveReceiver(this, NAME, received)
  const only = checkApi(this, NAME, api, receiver)
  const refusals: { call: CallRef; errMsg: unknown }[] = []
  let otherFailures = 0
  const endings = new Endings(only)
  const relevant = new RelevantCalls()
  scan(receiver, (entry, call) => {
    if (call === undefined || (only !== undefined && call.api !== only)) return
    endings.see(entry, call)
    if (!isResult(entry)) return
    if (only !== undefined || !succeeded(entry)) relevant.add(call)
    if (isRefusal(entry)) refusals.push({ call, errMsg: entry.result.errMsg })
    else if (!succeeded(entry)) otherFailures++
  })
  const pass = refusals.length > 0
  const { EXPECTED_COLOR, RECEIVED_COLOR } = this.utils
  const noun = only === undefined ? 'call' : `call of wx.${only}`
  const because = `because the user refused ${only === undefined ? 'a' : 'its'} scope`
  const receivedLines = (): string[] => {
    if (pass) return refusals.map(({ call, errMsg }) => RECEIVED_COLOR(`${callName(call)} failed '${String(errMsg)}'`))
    if (endings.size === 0) return [RECEIVED_COLOR(only === undefined ? 'no wx call' : `wx.${only} was not called`)]
    const lines = only === undefined ? endings.lines((result) => result !== undefined && !succeeded(result)) : endings.lines()
    return lines.length === 0 ? [RECEIVED_COLOR('no call failed')] : lines.map((line) => RECEIVED_COLOR(line))
  }
  return {
    pass,
    message: () =>
      message(hint(this, NAME, receiver.label, [only === receiver.api ? undefined : only]), {
        expected: EXPECTED_COLOR(`${pass ? 'no' : 'a'} ${noun} failing ${because}`),
        received: receivedLines(),
        note: pass || otherFailures === 0 ? undefined : 'Only a refusal counts (e.g. "auth deny", "auth denied"): not a cancel, a privacy refusal, a system permission, a parameter error or an unscripted popup.',
        timeline: relevant.timeline(receiver),
      }),
  }
}
