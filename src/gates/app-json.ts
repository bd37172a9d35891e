/**
 * app.json declarations (../shared/wechat-rules.md §2.6-§2.8). Checked when the fake is created (what
 * the devtools refuse to compile) and on each call (what fails at runtime). Without `appJson` the app is
 * taken to declare what it uses, so teams that do not care see no surprise failures.
 */
import { FakeWxError, describeValue, didYouMean } from '../errors'
import type { AppJson } from '../options'
import { fail, type Call, type Outcome } from '../pipeline'
import type { Scope } from '../scopes'

/** The eight declarable values (§2.7). */
export const PRIVATE_INFOS = [
  'getFuzzyLocation',
  'getLocation',
  'onLocationChange',
  'startLocationUpdate',
  'startLocationUpdateBackground',
  'chooseLocation',
  'choosePoi',
  'chooseAddress',
] as const

/** Precise-location APIs, exclusive with getFuzzyLocation (§2.8). */
const PRECISE = ['getLocation', 'onLocationChange', 'startLocationUpdate', 'startLocationUpdateBackground']

const DESC_LIMIT = 30 // §2.6: "这个限制长度是30"

/** The scope whose `permission.desc` an API or authorize needs (§2.6). */
const DESC_SCOPE: Readonly<Record<string, Scope>> = {
  getLocation: 'scope.userLocation',
  startLocationUpdate: 'scope.userLocation',
  getFuzzyLocation: 'scope.userFuzzyLocation',
  startLocationUpdateBackground: 'scope.userLocationBackground',
}

export function validateAppJson(value: unknown): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new FakeWxError(`options.appJson must be your app.json object, got ${describeValue(value)}.`)
  }
  const appJson = value as AppJson
  const infos = appJson.requiredPrivateInfos ?? []
  if (!Array.isArray(infos)) throw new FakeWxError(`appJson.requiredPrivateInfos must be an array, got ${describeValue(infos)}.`)
  for (const info of infos) {
    if (!(PRIVATE_INFOS as readonly string[]).includes(info)) {
      throw new FakeWxError(
        `appJson.requiredPrivateInfos: '${String(info)}' cannot be declared.${typeof info === 'string' ? didYouMean(info, PRIVATE_INFOS) : ''} The values are: ${PRIVATE_INFOS.join(', ')} (wechat-rules §2.7).`,
      )
    }
  }
  if (infos.includes('getFuzzyLocation') && infos.some((info) => PRECISE.includes(info))) {
    // The devtools' own compile error (§2.8).
    throw new FakeWxError(
      `app.json: requiredPrivateInfos 'getFuzzyLocation' 与 'getLocation'、'onLocationChange'、'startLocationUpdate'、'startLocationUpdateBackground' 互斥 (fuzzy and precise location are exclusive: declare one group, wechat-rules §2.8).`,
    )
  }
  for (const [scope, entry] of Object.entries(appJson.permission ?? {})) {
    const desc = entry?.desc
    if (typeof desc === 'string' && [...desc].length > DESC_LIMIT) {
      throw new FakeWxError(
        `app.json: permission['${scope}'].desc is ${[...desc].length} characters; WeChat allows at most ${DESC_LIMIT} (the devtools reject the file as "无效的json文件", wechat-rules §2.6).`,
      )
    }
  }
}

function hasDesc(appJson: AppJson, scope: Scope): boolean {
  const desc = appJson.permission?.[scope]?.desc
  // The background scope is commonly described under scope.userLocation: accept either (L).
  if (scope === 'scope.userLocationBackground' && desc === undefined) return hasDesc(appJson, 'scope.userLocation')
  return typeof desc === 'string' && desc.length > 0
}

const NOT_DECLARED = { text: ' the api need to be declared in the requiredPrivateInfos field in app.json/ext.json' }

/** The runtime checks for a gated call, step 2 of the appendix. */
export function checkAppJson(call: Call): Outcome | undefined {
  const appJson = call.engine.options.appJson
  if (appJson === undefined) return undefined
  const api = call.api
  if ((PRIVATE_INFOS as readonly string[]).includes(api) && !(appJson.requiredPrivateInfos ?? []).includes(api)) return fail(NOT_DECLARED)
  const scope = DESC_SCOPE[api]
  if (scope !== undefined && !hasDesc(appJson, scope)) return fail(call.engine.profile.requirePermissionDesc)
  if (api === 'startLocationUpdateBackground' && !(appJson.requiredBackgroundModes ?? []).includes('location')) {
    // §1 says the API needs the declaration; the real errMsg is unverified, so the fake says what is missing.
    return fail({ text: ' [fake-wx] app.json lacks "requiredBackgroundModes": ["location"]' })
  }
  return undefined
}

/** The only authorize report (iOS, §2.6, M) has the colon: `authorize:fail:require permission desc`. */
const AUTHORIZE_NO_DESC = { text: ':require permission desc' }

/** authorize for a location scope needs the same desc. */
export function checkAuthorizeDesc(call: Call, scope: Scope): Outcome | undefined {
  const appJson = call.engine.options.appJson
  if (appJson === undefined) return undefined
  const needs = Object.values(DESC_SCOPE).includes(scope)
  return needs && !hasDesc(appJson, scope) ? fail(AUTHORIZE_NO_DESC) : undefined
}

/** The settings page offers "使用小程序期间和离开小程序后" only with the background mode declared (§2.9). */
export function offersBackgroundLocation(appJson: AppJson | undefined): boolean {
  return appJson === undefined || (appJson.requiredBackgroundModes ?? []).includes('location')
}
