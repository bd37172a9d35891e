/**
 * The permission paths the coverage reporter (fake-wx/reporter) counts, and what one test exercised,
 * read from the fake's log. Runs in the test worker after each test; the reporter, in the main process,
 * only adds the records up (./aggregate.ts).
 */
import type { HostTables } from '../hosts/host'
import type { LogEntry } from '../log'
import type { Failure } from '../outcomes'

/** The outcomes of a scope's permission path, in the report's column order. Their names are the report's format. */
export const PATH_OUTCOMES = [
  /** The popup, answered 允许. */
  'allowed',
  /** The popup, answered 拒绝. */
  'denied',
  /** Refused on an earlier visit: the call failed at once, no popup. */
  'deniedEarlier',
  /** The popup closed without a choice. */
  'dismissed',
  /** The popup never answered (`authorize no response`). */
  'noResponse',
  /** Switched on in the settings page. */
  'enabledInSettings',
  /** Switched off in the settings page. */
  'disabledInSettings',
  /** The scope passed, the OS permission or switch did not. */
  'systemDenied',
  /** The privacy agreement refused (errno 104). */
  'privacyDenied',
  /** The API's privacy type undeclared (errno 112). */
  'privacyUndeclared',
  /** app.json lacks the scope's `permission` desc, the API in `requiredPrivateInfos`, or the background mode. */
  'appJsonUndeclared',
  /** The MP console has not enabled the API (开发管理-接口设置): `scope unauthorized` for authorize. */
  'apiNotEnabled',
  /** A call that needs a tap (openSetting and friends) made without one. */
  'tapMissing',
] as const

export type PathOutcome = (typeof PATH_OUTCOMES)[number]

/** What one test did with one scope: the APIs it called for it and the outcomes it reached. */
export interface ScopePaths {
  readonly apis: string[]
  readonly outcomes: PathOutcome[]
}

/** One test's permission paths, by scope: what a test worker sends the reporter. */
export type TestPaths = Record<string, ScopePaths>

const POPUP_ANSWERS: Readonly<Record<string, PathOutcome>> = { allow: 'allowed', deny: 'denied', dismiss: 'dismissed', 'no-response': 'noResponse' }

/** Failures of a scope's own state (the log names the scope): a refusal made earlier, the OS. */
const SCOPE_FAILURES: Partial<Readonly<Record<Failure, PathOutcome>>> = {
  'auth-deny': 'deniedEarlier',
  'authorize-deny': 'deniedEarlier',
  'legacy-deny': 'deniedEarlier',
  'no-response': 'noResponse',
  'system-deny': 'systemDenied',
  'legacy-system-deny': 'systemDenied',
  'location-switch-off': 'systemDenied',
  'bluetooth-off': 'systemDenied',
}

/** Failures before the scope is looked at: they count for the scopes the call asks for. */
const CALL_FAILURES: Partial<Readonly<Record<Failure, PathOutcome>>> = {
  'privacy-not-authorized': 'privacyDenied',
  'privacy-in-gap': 'privacyDenied',
  'privacy-undeclared': 'privacyUndeclared',
  // No privacy guide at all: every privacy type is undeclared.
  'privacy-api-banned': 'privacyUndeclared',
  'require-permission-desc': 'appJsonUndeclared',
  'authorize-require-permission-desc': 'appJsonUndeclared',
  'private-info-not-declared': 'appJsonUndeclared',
  'background-mode-not-declared': 'appJsonUndeclared',
  'api-not-enabled': 'apiNotEnabled',
  'scope-unauthorized': 'apiNotEnabled',
  'legacy-scope-unauthorized': 'apiNotEnabled',
  'tap-gesture': 'tapMissing',
}

/** The scopes a call asks for: authorize's `scope` option, or the scopes of the API's record. */
function scopesOfCall(host: HostTables, api: string, args: unknown): readonly string[] {
  const record = host.record(api)
  if (record === undefined) return []
  if (record.scopeOption !== undefined) {
    const scope = (args as Record<string, unknown> | undefined)?.[record.scopeOption]
    return typeof scope === 'string' && host.scope(scope) !== undefined ? [scope] : []
  }
  const scopes = record.scopes ?? []
  return record.promptsEveryCall === undefined ? scopes : [...scopes, record.promptsEveryCall]
}

/** How the report names an API: `getLocation`, `<camera>`, `RecorderManager.start`. */
export function apiName(host: HostTables, api: string): string {
  const label = host.label(api)
  const prefix = `${host.host.globalName}.`
  return label.startsWith(prefix) ? label.slice(prefix.length) : label
}

function use(paths: TestPaths, scope: string): ScopePaths {
  return (paths[scope] ??= { apis: [], outcomes: [] })
}

function reach(paths: TestPaths, scope: string, outcome: PathOutcome): void {
  const outcomes = use(paths, scope).outcomes
  if (!outcomes.includes(outcome)) outcomes.push(outcome)
}

const NO_SCOPES: readonly string[] = []

/**
 * Whether `pathsOf` may ask for the scopes refused when the test ended: only after a call failed for want
 * of a tap (openSetting without one). A worker that reads a test's log later keeps those scopes only then.
 */
export function mayNeedDeniedScopes(entries: readonly LogEntry[]): boolean {
  return entries.some((entry) => (entry.type === 'fail' || entry.type === 'reject') && entry.scope === undefined && entry.failure !== undefined && CALL_FAILURES[entry.failure] === 'tapMissing')
}

/**
 * The permission paths one test's log shows. A scope counts once its API (or authorize for it) was called,
 * or the settings page changed it. A failure with no scope of its own that needs a tap (openSetting) counts
 * for the scopes the test used and for those refused when it ended (`deniedScopes`, read only then): the
 * settings page it failed to open was the way back for them.
 *
 * It runs after every test, in code each test file loads afresh (cold), so it walks the log once, keyed by
 * entry ids in plain arrays, and names the APIs only at the end.
 */
export function pathsOf(entries: readonly LogEntry[], host: HostTables, deniedScopes: () => readonly string[] = () => []): TestPaths {
  const paths: TestPaths = {}
  // Log ids are small integers: call id → the scopes it asks for; popup id → its scope.
  const scopesOf: (readonly string[] | undefined)[] = []
  const popupScope: (string | undefined)[] = []
  let tapMissingUnscoped = false
  for (const entry of entries) {
    switch (entry.type) {
      case 'call': {
        const scopes = scopesOfCall(host, entry.api, entry.args)
        scopesOf[entry.id] = scopes
        for (const scope of scopes) {
          const apis = use(paths, scope).apis
          if (!apis.includes(entry.api)) apis.push(entry.api)
        }
        break
      }
      case 'popup':
        if (entry.kind === 'scope') popupScope[entry.id] = entry.scope
        break
      case 'answer': {
        const scope = popupScope[entry.popup]
        const outcome = POPUP_ANSWERS[entry.answer]
        if (scope !== undefined && outcome !== undefined) reach(paths, scope, outcome)
        break
      }
      case 'settings':
        for (const change of entry.changes) reach(paths, change.scope, change.to ? 'enabledInSettings' : 'disabledInSettings')
        break
      case 'fail':
      case 'reject': {
        if (entry.failure === undefined) break
        if (entry.scope !== undefined) {
          const own = SCOPE_FAILURES[entry.failure]
          if (own !== undefined) reach(paths, entry.scope, own)
          break
        }
        const outcome = CALL_FAILURES[entry.failure]
        if (outcome === undefined) break
        const scopes = scopesOf[entry.call] ?? NO_SCOPES
        if (scopes.length === 0 && outcome === 'tapMissing') tapMissingUnscoped = true
        for (const scope of scopes) reach(paths, scope, outcome)
        break
      }
    }
  }
  if (tapMissingUnscoped) {
    for (const scope of new Set([...Object.keys(paths), ...deniedScopes()])) reach(paths, scope, 'tapMissing')
  }
  for (const scope in paths) {
    const apis = paths[scope]!.apis
    for (let i = 0; i < apis.length; i++) apis[i] = apiName(host, apis[i]!)
  }
  return paths
}
