/** expect(wx).toHavePrompted(scope?): a permission popup was shown (for that scope). */
import { scopeArgument } from './arguments'
import type { MatcherContext, MatcherResult } from './context'
import { resolveReceiver } from './receiver'
import { RelevantCalls, concernsScope } from './relevance'
import { hint, message, plural } from './report'
import { callName, scan, type CallRef } from './scan'
import { whyNoPopup } from './scope-notes'

const NAME = 'toHavePrompted'

export function toHavePrompted(this: MatcherContext, received: unknown, scope?: unknown): MatcherResult {
  const receiver = resolveReceiver(this, NAME, received)
  const wanted = scopeArgument(this, NAME, scope, false, receiver)
  const popups: CallRef[] = []
  const relevant = new RelevantCalls()
  scan(receiver, (entry, call) => {
    if (receiver.api !== undefined && call?.api !== receiver.api) return
    if (concernsScope(receiver.host, entry, wanted)) relevant.add(call)
    if (entry.type === 'popup' && entry.kind === 'scope' && (wanted === undefined || entry.scope === wanted) && call !== undefined) {
      popups.push(call)
    }
  })
  const pass = popups.length > 0
  const { EXPECTED_COLOR, RECEIVED_COLOR } = this.utils
  const what = `permission popup${wanted === undefined ? '' : ` for ${wanted}`}${receiver.api === undefined ? '' : ` from wx.${receiver.api}`}`
  return {
    pass,
    message: () =>
      message(hint(this, NAME, receiver.label, [wanted]), {
        expected: EXPECTED_COLOR(pass ? `no ${what}` : `a ${what}`),
        received: RECEIVED_COLOR(pass ? `${plural(popups.length, 'popup')}, shown by ${popups.map(callName).join(', ')}` : `no ${what}`),
        note: pass ? undefined : whyNoPopup(receiver.controller, wanted),
        timeline: relevant.timeline(receiver),
      }),
  }
}
