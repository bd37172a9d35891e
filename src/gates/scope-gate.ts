/**
 * The scope layer (../shared/wechat-rules.md §2.1, §2.2, §2.4): granted passes, denied fails at once with
 * no popup, never-asked pops a dialog that the scripted user answers. Calls for a scope whose dialog is
 * already up wait behind it and share its answer (§2.4: one dialog, every waiting call settles).
 */
import type { Engine } from '../engine'
import { fail, type Call, type Outcome, type Pause } from '../pipeline'
import type { Spelling } from '../platforms'
import type { ScopeRow, Scope } from '../scopes'
import type { UnscriptedDecision } from '../options'

type PopupResult = 'allow' | 'deny' | 'dismiss' | 'error'

/** The refusal spelling: `authorize` and gated APIs differ on Android (§3, §4). */
function refusal(engine: Engine, viaAuthorize: boolean): Spelling {
  return viaAuthorize ? engine.profile.authorizeDeny : engine.profile.apiDeny
}

/**
 * Runs the scope check for `row` on behalf of `call`. Returns undefined when the call may go on.
 * `viaAuthorize` selects authorize's spellings.
 */
export function checkScope(call: Call, row: ScopeRow, viaAuthorize: boolean): Outcome | Pause | undefined {
  const { engine } = call
  const scope = row.scope as Scope
  const decision = engine.auth.get(scope)
  if (decision === true) return undefined
  if (decision === false) return fail(refusal(engine, viaAuthorize)) // no popup (§2.1)
  if (row.kind !== 'prompt') {
    // userInfo is granted without a dialog; retired scopes read true once used (§1, §1.2).
    engine.auth.set(scope, true)
    return undefined
  }
  return (next) => {
    const onAnswer = (result: PopupResult): void => next(outcomeOf(call, scope, result, viaAuthorize))
    const open = engine.openPopups.get(scope)
    if (open !== undefined) {
      open.waiters.push(onAnswer)
      return
    }
    const popup = engine.log.add({ type: 'popup', call: call.id, kind: 'scope', scope, text: row.popup })
    const waiters = [onAnswer]
    engine.openPopups.set(scope, { waiters })
    engine.scheduler.defer(() => {
      engine.openPopups.delete(scope)
      const result = answerPopup(engine, call, scope, popup.id)
      for (const waiter of waiters) waiter(result)
    })
  }
}

function outcomeOf(call: Call, scope: Scope, result: PopupResult, viaAuthorize: boolean): Outcome | undefined {
  const { engine } = call
  switch (result) {
    case 'allow':
      return undefined
    case 'deny':
      return fail(refusal(engine, viaAuthorize))
    case 'dismiss':
      return fail(viaAuthorize ? engine.profile.authorizeDismiss : engine.profile.apiDismiss)
    case 'error':
      return fail({ text: ` [fake-wx] no answer scripted for the ${scope} popup` })
  }
}

/** Takes the user's answer (script first, then the policy), records it and applies it to the scope. */
function answerPopup(engine: Engine, call: Call, scope: Scope, popup: number): PopupResult {
  const scripted = engine.user.popups.take(scope)
  let result: PopupResult
  if (scripted !== undefined) {
    result = scripted
    engine.log.add({ type: 'answer', call: call.id, popup, answer: scripted, by: 'script' })
  } else {
    result = applyPolicy(engine, call, scope)
    if (result !== 'error') engine.log.add({ type: 'answer', call: call.id, popup, answer: result, by: 'policy' })
  }
  if (result === 'allow') engine.auth.set(scope, true)
  else if (result === 'deny') engine.auth.set(scope, false)
  // A dismissal leaves the scope never-asked, so the next call asks again (§2.3 is unverified: L).
  return result
}

function applyPolicy(engine: Engine, call: Call, scope: Scope): PopupResult {
  const policy = engine.options.onUnscriptedPrompt
  const decision: UnscriptedDecision = (typeof policy === 'function' ? policy({ scope, api: call.api }) : policy) ?? 'error'
  const line = `user.willAllow('${scope}')`
  const message =
    `wx.${call.api} showed the permission popup for '${scope}', but the test scripted no answer.\n` +
    `Add one before the code runs:\n  ${line}\n  // or: user.willDeny('${scope}')`
  switch (decision) {
    case 'allow':
    case 'deny':
    case 'dismiss':
      return decision
    case 'warn':
      console.warn(`[fake-wx] ${message}\nThe user allows (onUnscriptedPrompt: 'warn').`)
      return 'allow'
    default:
      engine.problem(call.id, 'unscripted-prompt', message)
      return 'error'
  }
}
