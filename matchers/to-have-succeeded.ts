/** expect(wx.getLocation).toHaveSucceeded(): a call (of that API) succeeded. */
import { checkApi } from './arguments'
import type { MatcherContext, MatcherResult } from './context'
import { resolveReceiver } from './receiver'
import { RelevantCalls } from './relevance'
import { hint, message } from './report'
import { Endings, callName, isResult, scan, succeeded, type CallRef } from './scan'

const NAME = 'toHaveSucceeded'

export function toHaveSucceeded(this: MatcherContext, received: unknown, api?: unknown): MatcherResult {
  const receiver = resolveReceiver(this, NAME, received)
  const only = checkApi(this, NAME, api, receiver)
  const successes: { call: CallRef; errMsg: unknown }[] = []
  const endings = new Endings(only)
  const relevant = new RelevantCalls()
  scan(receiver, (entry, call) => {
    if (call === undefined || (only !== undefined && call.api !== only)) return
    endings.see(entry, call)
    if (only !== undefined) relevant.add(call)
    if (isResult(entry) && succeeded(entry)) successes.push({ call, errMsg: entry.result.errMsg })
  })
  const pass = successes.length > 0
  const { EXPECTED_COLOR, RECEIVED_COLOR } = this.utils
  const noun = only === undefined ? 'call' : `call of wx.${only}`
  const receivedLines = (): string[] => {
    if (pass) return successes.map(({ call, errMsg }) => RECEIVED_COLOR(`${callName(call)} succeeded${typeof errMsg === 'string' ? ` '${errMsg}'` : ''}`))
    if (endings.size === 0) return [RECEIVED_COLOR(only === undefined ? 'no wx call' : `wx.${only} was not called`)]
    return endings.lines().map((line) => RECEIVED_COLOR(line))
  }
  return {
    pass,
    message: () =>
      message(hint(this, NAME, receiver.label, [only === receiver.api ? undefined : only]), {
        expected: EXPECTED_COLOR(`${pass ? 'no' : 'a'} ${noun} succeeding`),
        received: receivedLines(),
        timeline: relevant.timeline(receiver),
      }),
  }
}
