/**
 * Turns an API row (data) into a pipeline definition. Every row runs the same gates in the same order
 * (../shared/wechat-rules.md, appendix "checks for a gated call, in order"): option checks, tap rule,
 * the row's own checks, app.json, privacy, then per scope (from THE scope table) the scope and the OS
 * permission, the picker the API opens, then the result. Each gate lets through what it does not concern.
 */
import { checkAppJson } from '../gates/app-json'
import { checkPrivacy, PRIVACY_APIS } from '../gates/privacy'
import { checkScope, promptEveryCall } from '../gates/scope-gate'
import { checkSystem } from '../gates/system'
import type { ParamSpec } from '../params'
import { fail, type ApiDefinition, type Call, type Outcome, type Pause, type Step } from '../pipeline'
import { scopeOfApi, scopeRow, type Scope, type ScopeRow } from '../scopes'

export interface ApiRow {
  readonly name: string
  /** Promise support as §8.2 lists it. */
  readonly promise: boolean
  readonly params?: ParamSpec
  readonly tapRequired?: boolean
  readonly carriesTap?: boolean
  /** Checks beyond option types (lengths, counts), failing in WeChat's words. */
  readonly check?: (call: Call) => Outcome | undefined
  /** The scopes to check when the API's name is not in the scope table (components). */
  readonly gatedBy?: readonly Scope[]
  /** A popup on every call for this scope, recording nothing (getUserProfile). */
  readonly promptsEveryCall?: Scope
  /** The API opens a page the user may close without choosing: `<api>:fail cancel`. */
  readonly picker?: boolean
  /** The success data without errMsg: a fresh object on every call, since it becomes the result. */
  readonly result: (call: Call) => object | undefined
}

const CANCEL = { text: ' cancel' }

/** The page a picker API opens; the user picks, or closes it (`user.willCancel(api)`). */
const pickerStep: Step = (call): Pause => (next) => {
  const { engine } = call
  const popup = engine.log.add({ type: 'popup', call: call.id, kind: 'picker', api: call.api })
  engine.scheduler.defer(() => {
    const cancelled = engine.user.pickers.take(call.api) === 'cancel'
    engine.log.add({ type: 'answer', call: call.id, popup: popup.id, answer: cancelled ? 'cancel' : 'choose', by: cancelled ? 'script' : 'policy' })
    next(cancelled ? fail(CANCEL) : undefined)
  })
}

/** The OS permission is checked once the scope passes, at once or after the popup's answer. */
function thenSystem(call: Call, scope: ScopeRow, scoped: Outcome | Pause | undefined): Outcome | Pause | undefined {
  if (scoped === undefined) return checkSystem(call, scope)
  if (typeof scoped !== 'function') return scoped
  return (next) => scoped((outcome) => next(outcome ?? checkSystem(call, scope)))
}

export function defineApi(row: ApiRow): ApiDefinition {
  const steps: Step[] = []
  if (row.check !== undefined) steps.push(row.check)
  // Fused steps, because every granted call runs them all: app.json never pauses, so app.json + privacy
  // resumes correctly after privacy's pause. Privacy is static: the API is on the §7.1 list or not.
  // The gates: their verdict depends on the engine's state only (options, scopes, privacy), so a pass is
  // remembered until that state changes (src/gate-verdict.ts). Nothing here may read the call's options.
  const gatesFrom = steps.length
  steps.push(PRIVACY_APIS.has(row.name) ? (call) => checkAppJson(call) ?? checkPrivacy(call) : checkAppJson)
  const scopes = row.gatedBy?.map((scope) => scopeRow(scope)!) ?? [scopeOfApi(row.name)].filter((s) => s !== undefined)
  for (const scope of scopes) {
    steps.push((call) => thenSystem(call, scope, checkScope(call, scope, false)))
  }
  const gates = { from: gatesFrom, to: steps.length }
  if (row.promptsEveryCall !== undefined) {
    const prompted = scopeRow(row.promptsEveryCall)!
    steps.push((call) => promptEveryCall(call, prompted))
  }
  if (row.picker === true) steps.push(pickerStep)
  return {
    name: row.name,
    promise: row.promise,
    steps,
    gates,
    result: row.result,
    ...(row.params !== undefined && { params: row.params }),
    ...(row.tapRequired !== undefined && { tapRequired: row.tapRequired }),
    ...(row.carriesTap !== undefined && { carriesTap: row.carriesTap }),
  }
}
