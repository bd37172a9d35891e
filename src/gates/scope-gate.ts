/**
 * The scope layer (../shared/wechat-rules.md §2.1-§2.4): granted passes, denied fails at once with no
 * popup, never-asked pops a dialog that the scripted user answers. Calls for a scope whose dialog is
 * already up wait behind it and share its answer (§2.4: one dialog, every waiting call settles), or, with
 * `concurrentPrompts: 'no-response'`, fail at once as iOS was seen to (`authorize no response`).
 */
import { callLabel } from '../labels'
import { unscriptedAnswer } from './unscripted'
import type { Engine } from '../engine'
import { fail, type Call, type Outcome, type Pause } from '../pipeline'
import { LEGACY_DENY, NO_RESPONSE, type Spelling } from '../platforms'
import type { Scope, ScopeRow } from '../scopes'
import type { PopupAnswer } from '../user'

type PopupResult = PopupAnswer | 'error'

/** The refusal spelling: authorize and gated APIs differ on Android (§3, §4). */
function refusal(engine: Engine, viaAuthorize: boolean): Spelling {
  return viaAuthorize ? engine.profile.authorizeDeny : engine.profile.apiDeny
}

/**
 * Runs the scope check for `row` on behalf of `call`: undefined when the call may go on.
 * `viaAuthorize` selects authorize's spellings.
 */
export function checkScope(call: Call, row: ScopeRow, viaAuthorize: boolean): Outcome | Pause | undefined {
  const { engine } = call
  const scope = row.scope as Scope
  const decision = engine.auth.get(scope)
  if (decision === true) return undefined
  if (decision === false) {
    // No popup (§2.1). Older clients spelled a repeat refusal with the -12006 code (§11, L).
    return fail(engine.options.legacyErrMsg ? LEGACY_DENY : refusal(engine, viaAuthorize))
  }
  if (row.kind !== 'prompt') {
    // userInfo is granted without a dialog; retired scopes read true once used (§1, §1.2).
    engine.auth.set(scope, true)
    return undefined
  }
  return (next) => {
    const onAnswer = (result: PopupResult): void => next(outcomeOf(call, scope, result, viaAuthorize))
    const open = engine.openPopups.get(scope)
    if (open !== undefined) {
      if (engine.options.concurrentPrompts === 'no-response') next(fail(NO_RESPONSE))
      else open.waiters.push(onAnswer)
      return
    }
    const waiters = [onAnswer]
    engine.openPopups.set(scope, { waiters })
    showPopup(call, row, (result) => {
      engine.openPopups.delete(scope)
      if (result === 'allow') engine.auth.set(scope, true)
      else if (result === 'deny' || (result === 'dismiss' && engine.options.dismissal === 'denied')) engine.auth.set(scope, false)
      for (const waiter of waiters) waiter(result)
    })
  }
}

/**
 * A popup that asks on every call and records nothing (getUserProfile: "每次请求都会弹出授权窗口", §5.4).
 * Refusal uses the API's spelling.
 */
export function promptEveryCall(call: Call, row: ScopeRow): Pause {
  return (next) => showPopup(call, row, (result) => next(outcomeOf(call, row.scope as Scope, result, false)))
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
    case 'no-response':
      return fail(NO_RESPONSE)
    case 'error':
      return fail({ text: ` [fake-wx] no answer scripted for the ${scope} popup` })
  }
}

/** Logs the popup now; the user answers on a later job (script first, then the policy). */
function showPopup(call: Call, row: ScopeRow, answered: (result: PopupResult) => void): void {
  const { engine } = call
  const scope = row.scope as Scope
  const popup = engine.log.add({ type: 'popup', call: call.id, kind: 'scope', scope, text: row.popup })
  engine.scheduler.defer(() => {
    const scripted = engine.user.popups.take(scope)
    const result = scripted ?? applyPolicy(engine, call, scope)
    if (result !== 'error') engine.log.add({ type: 'answer', call: call.id, popup: popup.id, answer: result, by: scripted === undefined ? 'policy' : 'script' })
    answered(result)
  })
}

function applyPolicy(engine: Engine, call: Call, scope: Scope): PopupResult {
  const message =
    `${callLabel(call.api)} showed the permission popup for '${scope}', but the test scripted no answer.\n` +
    `Add one before the code runs:\n  user.willAllow('${scope}')\n  // or: user.willDeny('${scope}')`
  return unscriptedAnswer(engine, call, message, { scope, api: call.api })
}
