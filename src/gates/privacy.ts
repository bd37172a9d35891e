/**
 * The privacy layer, before the scope popup. An undeclared privacy type fails with errno 112. Before the
 * user agrees, the app's onNeedPrivacyAuthorization listener is called and the API waits for its
 * `resolve`; with no listener, the client's own popup appears and the scripted user answers it (refusing
 * gives 104), or, from base library 3.4.2, the call's scope popup carries the agreement (refusing gives 103).
 * Rules: PRIVACY-API-LIST, PRIVACY-UNDECLARED-112, PRIVACY-BEFORE-SCOPE, PRIVACY-LISTENER-PENDING,
 * PRIVACY-OFFICIAL-POPUP, PRIVACY-REFUSE-104, PRIVACY-GAP-10S, PRIVACY-COMBINED-103, PRIVACY-COMBINED-STANDALONE,
 * PRIVACY-SINCE-2-32-3, PRIVACY-OPT-IN-FLAG, PRIVACY-NEW-TYPES, PRIVACY-API-BANNED.
 */
import { unscriptedAnswer } from './unscripted'
import type { Engine } from '../engine'
import { errorDetail } from '../errors'
import { fail, type Call, type Outcome, type Pause } from '../api-record'
import { isStale } from '../pipeline'
import type { PrivacyResolution } from '../privacy-state'
import { kindOf, type ScopeRow } from '../hosts/host'

/** The APIs whose privacy type the call uses: its own (by name or referrer), and for authorize its scope's APIs. */
function typesOf(call: Call): readonly string[] {
  const key = call.record.scopeOption
  const scope = key === undefined ? undefined : call.options[key]
  const scopeApis = typeof scope === 'string' ? call.engine.host.apisOf(scope) : []
  return [call.api, referrerOf(call), ...scopeApis]
}

function isUndeclared(call: Call): boolean {
  const undeclared = call.engine.options.privacy.undeclared
  if (undeclared === undefined || undeclared.length === 0) return false
  return typesOf(call).some((api) => undeclared.includes(api))
}

/** The call still needs the agreement: nothing agreed, or its type was declared after the user agreed. */
function needsAgreement(call: Call): boolean {
  const { privacy } = call.engine
  return privacy.needAuthorization || (privacy.newTypes.size > 0 && privacy.needsFor(typesOf(call)))
}

/** How eventInfo.referrer names the call: its API, or `button.getPhoneNumber` for a button. */
function referrerOf(call: Call): string {
  return call.record.privacyReferrer ?? call.api
}

/**
 * Whether the privacy layer exists for this app: "低于 2.32.3 版本的基础库未集成隐私相关功能，也不会拦截隐私接口调用"; and
 * before the check was enforced for everyone, only apps that set `__usePrivacyCheck__` had it (rules
 * PRIVACY-SINCE-2-32-3, PRIVACY-OPT-IN-FLAG).
 */
export function privacyLayerOn(engine: Engine): boolean {
  if (!engine.versions.baseLibraryAtLeast('2.32.3')) return false
  return engine.options.privacyCheck === 'enforced' || engine.options.appJson?.__usePrivacyCheck__ === true
}

/** Calls whose privacy agreement is asked inside their scope popup (the combined style, base library 3.4.2). */
const IN_SCOPE_POPUP = new WeakSet<Call>()

/** The agreement is a checkbox of this call's scope popup, still to be answered (src/gates/scope.ts asks it). */
export function asksPrivacyInScopePopup(call: Call): boolean {
  return IN_SCOPE_POPUP.has(call) && needsAgreement(call)
}

/**
 * From base library 3.4.2 an API whose call shows a scope popup asks for the agreement in that popup
 * (a checkbox), not in a popup of its own (rule PRIVACY-COMBINED-103): true when WeChat's own popup would
 * be shown and the call's first scope not yet granted is one the user was never asked for.
 */
function showsScopePopup(call: Call): boolean {
  const { engine, record } = call
  if (!engine.versions.baseLibraryAtLeast('3.4.2')) return false
  const key = record.scopeOption
  const scopes = record.scopes ?? (key === undefined ? [] : [call.options[key] as string])
  const pending = scopes.find((scope) => engine.auth.get(scope as never) !== true)
  const row = pending === undefined ? undefined : engine.host.scope(pending)
  return row !== undefined && kindOf(row, engine.options) === 'prompt' && engine.auth.get(row.scope as never) === undefined && promptsOnThisClient(engine, row)
}

/** A scope popup some clients do not show (scope.userLocationBackground before WeChat 8.0.0). */
export function promptsOnThisClient(engine: Engine, row: ScopeRow): boolean {
  return row.promptSinceClient === undefined || engine.versions.clientAtLeast(row.promptSinceClient)
}

/** The step of the privacy APIs (records with `privacy: true`; compile adds it only for them). */
export function checkPrivacy(call: Call): Outcome | Pause | undefined {
  const { engine } = call
  if (!privacyLayerOn(engine)) return undefined
  // No privacy guide declared (or 未采集隐私 ticked): every privacy API is banned (rule PRIVACY-API-BANNED).
  if (engine.options.privacy.banned === true) return fail('privacy-api-banned')
  if (isUndeclared(call)) return fail('privacy-undeclared')
  if (!needsAgreement(call)) return undefined
  if (engine.privacy.listener !== undefined) return (next) => askListener(call, next)
  if (!engine.privacy.inRefusalGap && showsScopePopup(call)) {
    IN_SCOPE_POPUP.add(call)
    return undefined
  }
  return (next) => officialPopup(call, next)
}

/** The app's own popup: the call is pending until the listener calls resolve. */
function askListener(call: Call, next: (outcome?: Outcome) => void): void {
  const { engine } = call
  const listener = engine.privacy.listener!
  const referrer = referrerOf(call)
  const popup = engine.log.add({ type: 'popup', call: call.id, kind: 'privacy', referrer })
  engine.waiting.set(
    call.id,
    `${engine.host.label(call.api)} is still waiting for the privacy listener: the onNeedPrivacyAuthorization callback never called resolve({ event: 'agree', buttonId }) or resolve({ event: 'disagree' }).`,
  )
  let settled = false
  const resolve = (result: PrivacyResolution): void => {
    if (settled || isStale(call) || typeof result !== 'object' || result === null) return
    if (result.event === 'exposureAuthorization') return // only reports that the app's popup was shown
    settled = true
    engine.waiting.delete(call.id)
    if (result.event === 'agree') {
      if (result.buttonId !== undefined && engine.privacy.tappedButtons.has(result.buttonId)) {
        engine.privacy.agree()
        engine.log.add({ type: 'answer', call: call.id, popup: popup.id, answer: 'agree', by: 'listener' })
        next()
        return
      }
      engine.problem(
        call.id,
        'unscripted-prompt',
        `the privacy listener resolved { event: 'agree', buttonId: ${JSON.stringify(result.buttonId)} }, but no <button open-type="agreePrivacyAuthorization"> with that id was tapped (the base library checks it).\nTap it first:\n  await user.tapAgreePrivacyButton(${JSON.stringify(result.buttonId ?? 'agree-btn')})`,
      )
    }
    engine.log.add({ type: 'answer', call: call.id, popup: popup.id, answer: 'disagree', by: 'listener' })
    next(fail('privacy-not-authorized'))
  }
  engine.scheduler.defer(() => {
    try {
      listener(resolve, { referrer })
    } catch (error) {
      engine.problem(call.id, 'callback-threw', `the onNeedPrivacyAuthorization listener threw: ${errorDetail(error)}`)
    }
  })
}

/**
 * The client's own privacy popup, answered by the script (standalone style: refusal is 104). After a
 * refusal the popup stays away for 10 s: the fake has no clock, so the gap lasts until the test says the
 * user waited (`user.waitsOutPrivacyGap()`).
 */
function officialPopup(call: Call, next: (outcome?: Outcome) => void): void {
  const { engine } = call
  if (engine.privacy.inRefusalGap) {
    next(fail('privacy-in-gap'))
    return
  }
  const popup = engine.log.add({ type: 'popup', call: call.id, kind: 'privacy', referrer: referrerOf(call) })
  engine.scheduler.defer(() => {
    const scripted = engine.user.privacyAnswers.take()
    const answer = scripted ?? policyAnswer(engine, call)
    if (answer === undefined) {
      next(fail('fake-wx', 'no answer scripted for the privacy popup'))
      return
    }
    engine.log.add({ type: 'answer', call: call.id, popup: popup.id, answer, by: scripted === undefined ? 'policy' : 'script' })
    if (answer === 'agree') {
      engine.privacy.agree()
      next()
    } else {
      engine.privacy.inRefusalGap = true
      next(fail('privacy-not-authorized'))
    }
  })
}

function policyAnswer(engine: Engine, call: Call): 'agree' | 'disagree' | undefined {
  const message =
    `${engine.host.label(call.api)} showed WeChat's privacy popup (the user has not agreed to the privacy agreement), but the test scripted no answer.\n` +
    `Add one before the code runs:\n  user.willAgreePrivacy()\n  // or: user.willDisagreePrivacy()`
  const answer = unscriptedAnswer(engine, call, message)
  return answer === 'error' ? undefined : answer === 'allow' ? 'agree' : 'disagree'
}
