/**
 * wx.authorize, wx.getSetting, wx.openSetting and the open-setting button. Rules: AUTHORIZE-OK, AUTHORIZE-NO-API-CALL,
 * AUTHORIZE-INVALID-SCOPE, AUTHORIZE-PRIVACY-FIRST, SETTINGS-PAGE-ONLY-ASKED, SETTINGS-OPEN-RESULT, SETTINGS-BUTTON.
 */
import { fail, ok, type Call, type Outcome } from '../../../api-record'
import { checkAuthorizeDesc, offersBackgroundLocation } from '../../../gates/app-json'
import { checkPrivacy } from '../../../gates/privacy'
import { checkScope } from '../../../gates/scope'
import type { ScopeRow } from '../../host'
import type { SettingsChange } from '../../../log'
import type { Scope } from '../scopes'
import type { WechatApi } from './record'

/** The scope row authorize asks for; undefined for an unknown scope. */
function requestedScope(call: Call): ScopeRow | undefined {
  return call.engine.host.scope(call.options.scope as string)
}

/** A scope whose API the MP console has not enabled: authorize fails `scope unauthorized` (-12007 on older clients). */
function checkEnabled(call: Call): Outcome | undefined {
  const { notEnabled, legacyErrMsg } = call.engine.options
  const apis = call.engine.host.apisOf(requestedScope(call)!.scope)
  if (!apis.some((api) => notEnabled.includes(api))) return undefined
  return fail(legacyErrMsg ? 'legacy-scope-unauthorized' : 'scope-unauthorized')
}

export const authorize: WechatApi = {
  name: 'authorize',
  answeredBy: { by: 'the scripted user', write: "user.willAllow('scope.userLocation') or user.willDeny(...) (user.hasAllowed / hasDenied for earlier decisions)" },
  promise: true,
  privacy: true,
  scopeOption: 'scope',
  // The tap docs do not list authorize among the carriers (an inference, L): the option says otherwise.
  carriesTapIf: (engine) => engine.options.authorizeCarriesTap,
  params: { scope: { type: 'String', required: true } },
  example: { scope: 'scope.userLocation' },
  steps: [
    (call) => (requestedScope(call) === undefined ? fail('invalid-scope') : undefined),
    (call) => checkAuthorizeDesc(call, requestedScope(call)!.scope),
    checkPrivacy, // "authorize:fail privacy permission is not authorized"
    checkEnabled,
    // authorize asks in advance and "不会实际调用对应接口": passing the scope check is success.
    (call) => checkScope(call, requestedScope(call)!, true),
  ],
}

function settingsResult(call: Call): Record<string, unknown> {
  const data: Record<string, unknown> = { authSetting: call.engine.auth.snapshot(call.engine.options.implicitScopes, call.engine.options.retiredScopes) }
  if (call.options.withSubscriptions === true) data.subscriptionsSetting = call.engine.subscriptions.snapshot()
  return data
}

export const getSetting: WechatApi = {
  name: 'getSetting',
  answeredBy: { by: "the user's earlier decisions", write: "user.hasAllowed('scope.userLocation') or user.hasDenied(...) (or the authSetting option)" },
  promise: true,
  carriesTap: true, // its callbacks continue the tap state it was called with
  params: { withSubscriptions: { type: 'Boolean' } },
  steps: [(call) => ok(settingsResult(call))],
}

/** The user's visit to the settings page: the scripted toggles, for the scopes the page lists. */
function visitSettings(call: Call): Outcome {
  const { engine } = call
  const changes: SettingsChange[] = []
  const unlisted: Scope[] = []
  const toggles = engine.user.inSettings.toggles
  for (const scope of toggles.keys()) {
    const to = toggles.take(scope)
    if (to === undefined) continue
    const from = engine.auth.get(scope)
    if (from === undefined) unlisted.push(scope) // "设置界面只会出现小程序已经向用户请求过的权限"
    else if (from !== to) {
      engine.auth.set(scope, to)
      changes.push({ scope, from, to })
    }
  }
  applyLocationChoice(call, changes)
  engine.log.add({ type: 'settings', call: call.id, changes, unlisted })
  return ok(settingsResult(call))
}

const LOCATION_CHOICES = {
  never: [false, false],
  'while-using': [true, false],
  always: [true, true],
} as const

/** The one 位置信息 entry sets both location scopes (an inferred model, L); listed once either was asked. */
function applyLocationChoice(call: Call, changes: SettingsChange[]): void {
  const { engine } = call
  const choice = engine.user.inSettings.location.take()
  if (choice === undefined) return
  if (choice === 'always' && !offersBackgroundLocation(engine.options.appJson)) {
    engine.problem(
      call.id,
      'unscripted-prompt',
      `user.inSettings.willChooseLocation('always') was scripted, but the settings page offers "使用小程序期间和离开小程序后" only when app.json declares "requiredBackgroundModes": ["location"] (rule SETTINGS-LOCATION-ALWAYS-NEEDS-MODE).`,
    )
    return
  }
  const scopes = ['scope.userLocation', 'scope.userLocationBackground'] as const
  if (scopes.every((scope) => engine.auth.get(scope) === undefined)) return
  LOCATION_CHOICES[choice].forEach((to, i) => {
    const scope = scopes[i]!
    const from = engine.auth.get(scope)
    if (from === to) return
    engine.auth.set(scope, to)
    changes.push({ scope, from: from ?? false, to })
  })
}

/** `<button open-type="openSetting">`: a tap on the button opens the page, no tap check needed. */
export const openSettingButton: WechatApi = {
  name: 'button:openSetting',
  answeredBy: { by: 'the scripted user on the settings page', write: "user.inSettings.willEnable('scope.userLocation') or user.inSettings.willDisable(...)" },
  surface: 'button',
  label: '<button open-type="openSetting">',
  errMsgName: 'openSetting',
  promise: false,
  steps: [(call) => (next) => call.engine.scheduler.defer(() => next(visitSettings(call)))],
}

export const openSetting: WechatApi = {
  name: 'openSetting',
  answeredBy: { by: 'the scripted user on the settings page', write: "user.inSettings.willEnable('scope.userLocation') or user.inSettings.willDisable(...)" },
  promise: true,
  tapRequired: true,
  tapRequiredSince: '2.3.0',
  params: { withSubscriptions: { type: 'Boolean' } },
  // The success callback fires when the user leaves the page, so the visit happens on a later job.
  steps: [(call) => (next) => call.engine.scheduler.defer(() => next(visitSettings(call)))],
}
