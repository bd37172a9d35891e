/** expect(wx).toHaveScope(scope, state): the scope is 'granted', 'denied' or 'unasked' now. */
import { checkState, scopeArgument } from './arguments'
import type { MatcherContext, MatcherResult } from './context'
import { resolveReceiver } from './receiver'
import { RelevantCalls, concernsScope } from './relevance'
import { hint, message } from './report'
import { scan } from './scan'

const NAME = 'toHaveScope'

export function toHaveScope(this: MatcherContext, received: unknown, scope: unknown, state: unknown): MatcherResult {
  const receiver = resolveReceiver(this, NAME, received)
  const wanted = scopeArgument(this, NAME, scope, true, receiver)!
  const expected = checkState(this, NAME, state)
  const actual = receiver.controller.scopeState(wanted)
  const pass = actual === expected
  const { EXPECTED_COLOR, RECEIVED_COLOR } = this.utils
  return {
    pass,
    message: () => {
      // Walked only to explain a failure: the state itself comes from the controller.
      const relevant = new RelevantCalls()
      scan(receiver, (entry, call) => {
        if (concernsScope(receiver.host, entry, wanted)) relevant.add(call)
      })
      return message(hint(this, NAME, receiver.label, [wanted, expected]), {
        expected: EXPECTED_COLOR(`${wanted} ${pass ? 'not ' : ''}'${expected}'`),
        received: RECEIVED_COLOR(`${wanted} '${actual}'`),
        timeline: relevant.timeline(receiver),
      })
    },
  }
}
