/** expect(wx).toHavePromptedTimes(scope, n): exactly n permission popups for that scope. */
import { checkCount, scopeArgument } from './arguments'
import type { MatcherContext, MatcherResult } from './context'
import { resolveReceiver } from './receiver'
import { RelevantCalls, concernsScope } from './relevance'
import { hint, message, plural } from './report'
import { callName, scan, type CallRef } from './scan'
import { whyNoPopup } from './scope-notes'

const NAME = 'toHavePromptedTimes'

export function toHavePromptedTimes(this: MatcherContext, received: unknown, scope: unknown, times: unknown): MatcherResult {
  const receiver = resolveReceiver(this, NAME, received)
  const wanted = scopeArgument(this, NAME, scope, true, receiver)!
  const count = checkCount(this, NAME, times)
  const popups: CallRef[] = []
  const relevant = new RelevantCalls()
  scan(receiver, (entry, call) => {
    if (receiver.api !== undefined && call?.api !== receiver.api) return
    if (concernsScope(receiver.host, entry, wanted)) relevant.add(call)
    if (entry.type === 'popup' && entry.kind === 'scope' && entry.scope === wanted && call !== undefined) popups.push(call)
  })
  const pass = popups.length === count
  const { EXPECTED_COLOR, RECEIVED_COLOR } = this.utils
  const what = `for ${wanted}${receiver.api === undefined ? '' : ` from wx.${receiver.api}`}`
  const shownBy = popups.length === 0 ? '' : `, shown by ${popups.map(callName).join(', ')}`
  return {
    pass,
    message: () =>
      message(hint(this, NAME, receiver.label, [wanted, count]), {
        expected: EXPECTED_COLOR(`${pass ? 'not ' : ''}${plural(count, 'popup')} ${what}`),
        received: RECEIVED_COLOR(`${plural(popups.length, 'popup')}${shownBy}`),
        note: popups.length < count ? whyNoPopup(receiver.controller, wanted) : undefined,
        timeline: relevant.timeline(receiver),
      }),
  }
}
