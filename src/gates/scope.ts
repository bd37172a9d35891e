/**
 * The scope layer: granted passes, denied fails at once with no popup, never-asked shows the permission
 * popup that the scripted user answers. Calls for a scope whose popup is already up wait behind it and
 * share its answer, or, with `concurrentPrompts: 'no-response'`, fail at once as iOS was seen to.
 * Rules: SCOPE-UNASKED-PROMPTS, SCOPE-GRANTED-NO-POPUP,
 * SCOPE-DENIED-NO-POPUP, SCOPE-CONCURRENT-SHARE, SCOPE-CONCURRENT-NO-RESPONSE, SCOPE-DISMISS-ERRMSG, AUTHORIZE-LEGACY-12006.
 */
import { asksPrivacyInScopePopup, promptsOnThisClient } from './privacy'
import { unscriptedAnswer } from './unscripted'
import type { Engine } from '../engine'
import { fail, failFor, type Call, type Outcome, type Pause } from '../api-record'
import { kindOf, type ScopeRow } from '../hosts/host'
import type { Scope } from '../hosts/wechat/scopes'
import type { PopupAnswer } from '../user'

type PopupResult = PopupAnswer | 'error'

/**
 * Runs the scope check for `row` on behalf of `call`: undefined when the call may go on.
 * `viaAuthorize` selects authorize's spellings.
 */
export function checkScope(call: Call, row: ScopeRow, viaAuthorize: boolean): Outcome | Pause | undefined {
  const { engine } = call
  const scope = row.scope as Scope
  const decision = engine.auth.get(scope)
  if (decision !== undefined) return decided(call, scope, decision, viaAuthorize)
  const kind = kindOf(row, engine.options)
  if (kind === 'prompt' && !promptsOnThisClient(engine, row)) {
    // "不会弹窗提醒用户": the user must choose it on the settings page; the errMsg is unverified (rule SCOPE-BACKGROUND-OLD-CLIENT).
    return failFor(scope, 'no-prompt-on-client')
  }
  if (kind !== 'prompt') {
    // Granted without a popup; retired scopes read true once used.
    engine.auth.set(scope, true)
    return undefined
  }
  return (next) => {
    const onAnswer = (result: PopupResult): void => next(outcomeOf(scope, result, viaAuthorize))
    const open = engine.openPopups.get(scope)
    if (open !== undefined) {
      if (engine.options.concurrentPrompts === 'no-response') next(failFor(scope, 'no-response'))
      else open.waiters.push(onAnswer)
      return
    }
    const waiters = [onAnswer]
    engine.openPopups.set(scope, { waiters })
    const withPrivacy = asksPrivacyInScopePopup(call)
    showPopup(call, row, (result) => {
      engine.openPopups.delete(scope)
      // Allowing ticks the privacy agreement of a combined popup too (rule PRIVACY-COMBINED-103).
      if (result === 'allow' && withPrivacy) engine.privacy.agree()
      if (result === 'allow') engine.auth.set(scope, true)
      // Allowing background location allows location too, as the settings page's 使用小程序期间和离开小程序后 does (L: an option).
      if (result === 'allow' && row.grantsAlso !== undefined && engine.options.backgroundGrantsLocation) engine.auth.set(row.grantsAlso as Scope, true)
      else if (result === 'deny' || (result === 'dismiss' && engine.options.dismissal === 'denied')) engine.auth.set(scope, false)
      for (const waiter of waiters) waiter(result)
    }, withPrivacy)
  }
}

/** A scope already decided: granted passes; denied fails at once with no popup. */
function decided(call: Call, scope: Scope, granted: boolean, viaAuthorize: boolean): Outcome | undefined {
  if (granted) return undefined
  // Older clients spelled a repeat refusal with the -12006 code (an option: one report).
  return failFor(scope, call.engine.options.legacyErrMsg ? 'legacy-deny' : viaAuthorize ? 'authorize-deny' : 'auth-deny')
}

/**
 * A popup that asks on every call and records nothing (getUserProfile: "每次请求都会弹出授权窗口").
 * Refusal uses the API's spelling. Rule: USERPROFILE-EVERY-CALL.
 */
export function askEveryCall(call: Call, row: ScopeRow): Pause {
  return (next) => showPopup(call, row, (result) => next(outcomeOf(row.scope as Scope, result, false)))
}

function outcomeOf(scope: Scope, result: PopupResult, viaAuthorize: boolean): Outcome | undefined {
  switch (result) {
    case 'allow':
      return undefined
    case 'deny':
      return fail(viaAuthorize ? 'authorize-deny' : 'auth-deny')
    case 'dismiss':
      return fail(viaAuthorize ? 'authorize-cancel' : 'auth-cancel')
    case 'no-response':
      return fail('no-response')
    case 'error':
      return fail('fake-wx', `no answer scripted for the ${scope} popup`)
  }
}

/** Logs the popup now; the user answers on a later job (script first, then the policy). */
function showPopup(call: Call, row: ScopeRow, answered: (result: PopupResult) => void, withPrivacy = false): void {
  const { engine } = call
  const scope = row.scope as Scope
  const popup = engine.log.add({ type: 'popup', call: call.id, kind: 'scope', scope, text: row.popup, ...(withPrivacy && { privacy: true as const }) })
  engine.scheduler.defer(() => {
    const scripted = engine.user.popups.take(scope)
    const result = scripted ?? applyPolicy(engine, call, scope)
    if (result !== 'error') engine.log.add({ type: 'answer', call: call.id, popup: popup.id, answer: result, by: scripted === undefined ? 'policy' : 'script' })
    answered(result)
  })
}

function applyPolicy(engine: Engine, call: Call, scope: Scope): PopupResult {
  const message =
    `${engine.host.label(call.api)} showed the permission popup for '${scope}', but the test scripted no answer.\n` +
    `Add one before the code runs:\n  user.willAllow('${scope}')\n  // or: user.willDeny('${scope}')`
  return unscriptedAnswer(engine, call, message, { scope, api: call.api })
}
