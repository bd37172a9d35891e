/**
 * app.json declarations. Checked when options are given (what the devtools refuse to compile) and on each
 * call (what fails at runtime). Without `appJson` the app is taken to declare what it uses, so teams that
 * do not care see no surprise failures. Rules: APPJSON-PERMISSION-DESC, APPJSON-DESC-MAX-30, APPJSON-PRIVATE-INFOS-VALUES, APPJSON-PRIVATE-INFOS-REQUIRED,
 * APPJSON-FUZZY-PRECISE-EXCLUSIVE, APPJSON-BACKGROUND-DESC-FALLBACK, SCOPE-BACKGROUND-NEEDS-MODE.
 */
import type { ApiRecord, Call, Outcome } from '../api-record'
import { fail } from '../api-record'
import { FakeWxError, describeValue, didYouMean } from '../errors'
import type { HostTables } from '../hosts/host'
import type { AppJson } from '../options'

/** "这个限制长度是30": longer descriptions make the devtools reject app.json. */
const DESC_LIMIT = 30

const TIMEOUT_KEYS = ['request', 'downloadFile', 'uploadFile', 'connectSocket']

/** networkTimeout: `{ request, downloadFile, uploadFile, connectSocket }`, each a number of ms (rule REQUEST-TIMEOUT-NETWORKTIMEOUT). */
function validateNetworkTimeout(value: unknown): void {
  if (value === undefined) return
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new FakeWxError(`appJson.networkTimeout must be an object such as { "request": 10000 }, got ${describeValue(value)}.`)
  }
  for (const [key, ms] of Object.entries(value)) {
    if (!TIMEOUT_KEYS.includes(key)) throw new FakeWxError(`appJson.networkTimeout: unknown field '${key}'.${didYouMean(key, TIMEOUT_KEYS)} Fields: ${TIMEOUT_KEYS.join(', ')}.`)
    if (typeof ms !== 'number' || !(ms > 0)) throw new FakeWxError(`appJson.networkTimeout.${key} must be a number of milliseconds above 0, got ${describeValue(ms)}.`)
  }
}

export function validateAppJson(host: HostTables, value: unknown): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new FakeWxError(`options.appJson must be your app.json object, got ${describeValue(value)}.`)
  }
  const appJson = value as AppJson
  validateNetworkTimeout(appJson.networkTimeout)
  const infos = appJson.requiredPrivateInfos ?? []
  if (!Array.isArray(infos)) throw new FakeWxError(`appJson.requiredPrivateInfos must be an array, got ${describeValue(infos)}.`)
  for (const info of infos) {
    if (!host.privateInfos.includes(info)) {
      throw new FakeWxError(
        `appJson.requiredPrivateInfos: '${String(info)}' cannot be declared.${typeof info === 'string' ? didYouMean(info, host.privateInfos) : ''} The values are: ${host.privateInfos.join(', ')}.`,
      )
    }
  }
  if (infos.some((info) => host.fuzzyInfos.includes(info)) && infos.some((info) => host.preciseInfos.includes(info))) {
    // The devtools' own compile error.
    const quote = (names: readonly string[]): string => names.map((name) => `'${name}'`).join('、')
    throw new FakeWxError(
      `app.json: requiredPrivateInfos ${quote(host.fuzzyInfos)} 与 ${quote(host.preciseInfos)} 互斥 (fuzzy and precise location are exclusive: declare one group).`,
    )
  }
  for (const [scope, entry] of Object.entries(appJson.permission ?? {})) {
    const desc = entry?.desc
    if (typeof desc === 'string' && [...desc].length > DESC_LIMIT) {
      throw new FakeWxError(
        `app.json: permission['${scope}'].desc is ${[...desc].length} characters; WeChat allows at most ${DESC_LIMIT} (the devtools reject the file as "无效的json文件").`,
      )
    }
  }
}

/** The scope whose `permission.desc` a call needs: the first of its scopes that needs one. */
function descScope(host: HostTables, scopes: readonly string[]): string | undefined {
  return scopes.find((scope) => host.scope(scope)?.needsPermissionDesc === true)
}

function hasDesc(host: HostTables, appJson: AppJson, scope: string): boolean {
  const desc = appJson.permission?.[scope]?.desc
  if (typeof desc === 'string' && desc.length > 0) return true
  // A background-location scope is commonly described under its foreground scope: accept either (L).
  const foreground = host.scope(scope)?.describedBy
  return foreground !== undefined && hasDesc(host, appJson, foreground)
}

/** Whether a record has anything for the app.json step to check. */
export function needsAppJsonCheck(host: HostTables, record: ApiRecord): boolean {
  return record.privateInfo !== undefined || record.backgroundMode !== undefined || descScope(host, record.scopes ?? []) !== undefined
}

/** The runtime checks for a gated call: requiredPrivateInfos, the permission desc, background modes. */
export function checkAppJson(call: Call): Outcome | undefined {
  const { appJson } = call.engine.options
  if (appJson === undefined) return undefined
  const { record } = call
  const host = call.engine.host
  if (record.privateInfo !== undefined && !(appJson.requiredPrivateInfos ?? []).includes(record.name)) return fail('private-info-not-declared')
  const scope = descScope(host, record.scopes ?? [])
  if (scope !== undefined && !hasDesc(host, appJson, scope)) return fail('require-permission-desc')
  if (record.backgroundMode !== undefined && !(appJson.requiredBackgroundModes ?? []).includes(record.backgroundMode)) {
    // The API needs the declaration; the real errMsg is unverified, so the fake says what is missing.
    return fail('background-mode-not-declared')
  }
  return undefined
}

/** authorize for a scope that needs a permission desc needs the same desc. */
export function checkAuthorizeDesc(call: Call, scope: string): Outcome | undefined {
  const { appJson } = call.engine.options
  if (appJson === undefined) return undefined
  const host = call.engine.host
  return host.scope(scope)?.needsPermissionDesc === true && !hasDesc(host, appJson, scope) ? fail('authorize-require-permission-desc') : undefined
}

/** The settings page offers "使用小程序期间和离开小程序后" only with the background mode declared. */
export function offersBackgroundLocation(appJson: AppJson | undefined): boolean {
  return appJson === undefined || (appJson.requiredBackgroundModes ?? []).includes('location')
}
