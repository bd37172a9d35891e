/** wx.authorize, wx.getSetting, wx.openSetting (../shared/wechat-rules.md §1.1, §1.2, §2.2, §5.1, §5.2). */
import { checkAuthorizeDesc, offersBackgroundLocation } from '../gates/app-json'
import { checkPrivacy } from '../gates/privacy'
import { checkScope } from '../gates/scope-gate'
import type { SettingsChange } from '../log'
import { fail, ok, type ApiDefinition, type Call, type Outcome } from '../pipeline'
import { MINIGAME_ONLY_SCOPES, scopeRow, type Scope, type ScopeRow } from '../scopes'

const INVALID_SCOPE = { text: ' invalid scope' } // §1.2 (L/M)

function requestedScope(call: Call): ScopeRow | undefined {
  const name = call.options.scope as string
  return MINIGAME_ONLY_SCOPES.includes(name) ? undefined : scopeRow(name)
}

export const authorize: ApiDefinition = {
  name: 'authorize',
  promise: true,
  params: { scope: { type: 'String', required: true } },
  steps: [
    (call) => (requestedScope(call) === undefined ? fail(INVALID_SCOPE) : undefined),
    (call) => checkAuthorizeDesc(call, requestedScope(call)!.scope as Scope),
    checkPrivacy, // "authorize:fail privacy permission is not authorized" (§7.10)
    // authorize asks in advance and "不会实际调用对应接口" (§2.2): passing the scope check is success.
    (call) => checkScope(call, requestedScope(call)!, true),
  ],
}

function settingsResult(call: Call): Record<string, unknown> {
  const data: Record<string, unknown> = { authSetting: call.engine.auth.snapshot(call.engine.options.implicitScopes) }
  if (call.options.withSubscriptions === true) data.subscriptionsSetting = call.engine.subscriptions.snapshot()
  return data
}

export const getSetting: ApiDefinition = {
  name: 'getSetting',
  promise: true,
  carriesTap: true, // DOC-TAP: getSetting's callbacks continue the tap state it was called with
  params: { withSubscriptions: { type: 'Boolean' } },
  steps: [(call) => ok(settingsResult(call))],
}

/** The user's visit to the settings page: the scripted toggles, for the scopes the page lists (§2.1). */
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

/** The one 位置信息 entry sets both location scopes (§2.9, L model); listed once either was asked. */
function applyLocationChoice(call: Call, changes: SettingsChange[]): void {
  const { engine } = call
  const choice = engine.user.inSettings.location.take()
  if (choice === undefined) return
  if (choice === 'always' && !offersBackgroundLocation(engine.options.appJson)) {
    engine.problem(
      call.id,
      'unscripted-prompt',
      `user.inSettings.willChooseLocation('always') was scripted, but the settings page offers "使用小程序期间和离开小程序后" only when app.json declares "requiredBackgroundModes": ["location"] (wechat-rules §2.9).`,
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

/** `<button open-type="openSetting">`: a tap on the button opens the page, no tap check needed (§5.2). */
export const openSettingButton: ApiDefinition = {
  name: 'button:openSetting',
  errMsgName: 'openSetting',
  promise: false,
  steps: [(call) => (next) => call.engine.scheduler.defer(() => next(visitSettings(call)))],
}

export const openSetting: ApiDefinition = {
  name: 'openSetting',
  promise: true,
  tapRequired: true, // from base library 2.3.0 (§5.2)
  params: { withSubscriptions: { type: 'Boolean' } },
  // The success callback fires when the user leaves the page, so the visit happens on a later job.
  steps: [(call) => (next) => call.engine.scheduler.defer(() => next(visitSettings(call)))],
}
