/**
 * The permission paths the coverage reporter (fake-wx/reporter) counts, and what one test exercised,
 * read from the fake's log. Runs in the test worker after each test; the reporter, in the main process,
 * only adds the records up (./aggregate.ts).
 */
import type { HostTables } from '../hosts/host'
import type { LogEntry, ResultEntry } from '../log'
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
  'location-switch-off': 'systemDenied',
  'bluetooth-off': 'systemDenied',
}

/** Failures before the scope is looked at: they count for the scopes the call asks for. */
const CALL_FAILURES: Partial<Readonly<Record<Failure, PathOutcome>>> = {
  'privacy-not-authorized': 'privacyDenied',
  'privacy-in-gap': 'privacyDenied',
  'privacy-undeclared': 'privacyUndeclared',
  'require-permission-desc': 'appJsonUndeclared',
  'authorize-require-permission-desc': 'appJsonUndeclared',
  'private-info-not-declared': 'appJsonUndeclared',
  'background-mode-not-declared': 'appJsonUndeclared',
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

function isFailure(entry: LogEntry): entry is ResultEntry {
  return entry.type === 'fail' || entry.type === 'reject'
}

/**
 * The permission paths one test's log shows. A scope counts once its API (or authorize for it) was called,
 * or the settings page changed it. A failure with no scope of its own that needs a tap (openSetting) counts
 * for the scopes the test used and for those refused when it ended (`deniedScopes`, read only then): the
 * settings page it failed to open was the way back for them.
 */
export function pathsOf(entries: readonly LogEntry[], host: HostTables, deniedScopes: () => readonly string[] = () => []): TestPaths {
  const paths: TestPaths = {}
  const scopesOf = new Map<number, readonly string[]>()
  const popupScope = new Map<number, string>()
  const unscoped = new Set<PathOutcome>()
  const use = (scope: string): ScopePaths => (paths[scope] ??= { apis: [], outcomes: [] })
  const reach = (scope: string, outcome: PathOutcome): void => {
    const outcomes = use(scope).outcomes
    if (!outcomes.includes(outcome)) outcomes.push(outcome)
  }
  for (const entry of entries) {
    if (entry.type === 'call') {
      const scopes = scopesOfCall(host, entry.api, entry.args)
      scopesOf.set(entry.id, scopes)
      const name = apiName(host, entry.api)
      for (const scope of scopes) {
        const apis = use(scope).apis
        if (!apis.includes(name)) apis.push(name)
      }
    } else if (entry.type === 'popup') {
      if (entry.kind === 'scope') popupScope.set(entry.id, entry.scope)
    } else if (entry.type === 'answer') {
      const scope = popupScope.get(entry.popup)
      const outcome = POPUP_ANSWERS[entry.answer]
      if (scope !== undefined && outcome !== undefined) reach(scope, outcome)
    } else if (entry.type === 'settings') {
      for (const change of entry.changes) reach(change.scope, change.to ? 'enabledInSettings' : 'disabledInSettings')
    } else if (isFailure(entry) && entry.failure !== undefined) {
      const own = SCOPE_FAILURES[entry.failure]
      if (entry.scope !== undefined) {
        if (own !== undefined) reach(entry.scope, own)
        continue
      }
      const outcome = CALL_FAILURES[entry.failure]
      if (outcome === undefined) continue
      const scopes = scopesOf.get(entry.call) ?? []
      if (scopes.length === 0 && outcome === 'tapMissing') unscoped.add(outcome)
      for (const scope of scopes) reach(scope, outcome)
    }
  }
  if (unscoped.size > 0) {
    const scopes = new Set([...Object.keys(paths), ...deniedScopes()])
    for (const outcome of unscoped) for (const scope of scopes) reach(scope, outcome)
  }
  return paths
}
