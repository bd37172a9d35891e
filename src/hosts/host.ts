/**
 * A host: one mini-program platform's runtime as data (WeChat's `wx` lives in ./wechat). The core (the
 * pipeline, the gates, the controller, the matchers) knows hosts only through this interface, so another
 * platform's fake is a folder of its own, not a fork.
 */
import type { ApiRecord } from '../api-record'
import type { Spelling, Spellings } from '../outcomes'
import type { ResolvedOptions } from '../options'

/** How `authorize` and the gated APIs treat a scope. */
export type ScopeKind =
  /** A real permission: the first request pops a popup, the answer is remembered. */
  | 'prompt'
  /** Granted without a popup (WeChat's scope.userInfo since 2021-04-28). */
  | 'auto-granted'
  /** No longer a real permission: the APIs work without one and getSetting reads true once used. */
  | 'retired'

/** A field of the host's OS-permission reader (wx.getAppAuthorizeSetting): the OS permission behind a scope. */
export type OsPermission =
  | 'locationAuthorized'
  | 'microphoneAuthorized'
  | 'cameraAuthorized'
  | 'bluetoothAuthorized'
  | 'albumAuthorized'
  | 'phoneCalendarAuthorized'

/** A boolean OS switch of the system options (location, bluetooth, wifi). */
export type OsSwitch = 'locationEnabled' | 'bluetoothEnabled'

export interface ScopeRow<S extends string = string> {
  readonly scope: S
  readonly kind: ScopeKind
  /** What the permission popup asks (the timeline shows it; no rule depends on the wording). */
  readonly popup: string
  /** app.json must describe the scope under `permission[scope].desc`. */
  readonly needsPermissionDesc?: boolean
  /** Another scope whose `permission` description also counts for this one (background location). */
  readonly describedBy?: S
  /** The OS permission the client itself needs once the scope passes. */
  readonly os?: OsPermission
  /** The OS switch that must be on once the scope passes ('location-switch-off' otherwise). */
  readonly osSwitch?: OsSwitch
  /** Another scope that allowing this one grants too (background location grants location). */
  readonly grantsAlso?: S
  /** The client version from which the scope has a popup; before it, asking fails with 'no-prompt-on-client'. */
  readonly promptSinceClient?: string
}

/** Where a platform keeps local files: the prefixes of their paths. */
export interface LocalFilePaths {
  /** A temporary file's path is this plus its name (`http://tmp/` + `<name>.jpg`). */
  readonly temp: string
  /** The user data directory (`wx.env.USER_DATA_PATH`), with no trailing slash. */
  readonly userData: string
  /** A saved file's path is this plus its name. */
  readonly store: string
}

/** One platform of a host: how it spells each failure, and the facts that differ by platform. */
export interface PlatformProfile {
  readonly platform: string
  readonly spellings: Spellings
  /** Tap state survives promise continuations (lost where the client polyfills Promise). */
  readonly tapSurvivesPromises: boolean
  /** The OS-permission reader reports the iOS-only fields. */
  readonly iosOnlySettings: boolean
  /** Where local files live. */
  readonly localFiles: LocalFilePaths
  /** The oldest base library the platform runs (HarmonyOS: 3.7.0); an older `baseLibrary` is a misuse. */
  readonly minBaseLibrary?: string
  /** RequestTask.onHeadersReceived gives no statusCode (the developer tools). */
  readonly headersWithoutStatusCode?: true
}

/**
 * APIs whose records load on their first call (storage, the feedback UI, system info): importing fake-wx
 * must not pay for every family it models. The names are known up front, so the global defines them and
 * a toolkit can tell they are modelled; the records are not. A family's records add nothing to the side
 * tables (no scopes, privacy, private infos, pickers, labels): those are derived before any family loads.
 */
export interface ApiFamily {
  /** Names the family in messages and in the build ('storage' is built as wx-family-storage.cjs). */
  readonly name: string
  /** Every API the family models: exactly the names of the records `load` returns. */
  readonly apis: readonly string[]
  /** The family's records, loaded synchronously (a `wx` call cannot wait for an import). */
  load(): readonly ApiRecord[]
}

/** One `on<Event>` of the global, from the platform's typings. */
export interface EventShape {
  /** The name after `on`, lower camel: what `fakeWx.emit(event, payload)` takes ('networkStatusChange'). */
  readonly event: string
  readonly on: string
  readonly off?: string
  /** What `off` removes: the listener passed, or every one without it ('one-or-all'); every one ('all'); the one passed ('one'). */
  readonly offRemoves?: 'one-or-all' | 'all' | 'one'
  /** Only one listener at a time: registering another replaces it. */
  readonly single?: true
}

/** An object of functions on the global (`wx.cloud`): its function members, and which are promise-capable. */
export interface NamespaceShape {
  readonly functions: readonly string[]
  readonly promise: readonly string[]
}

export interface Host {
  /** The global the app calls: 'wx'. */
  readonly globalName: string
  readonly scopes: readonly ScopeRow[]
  /** Scopes the platform's mini games have and its mini programs do not: authorize fails 'invalid-scope'. */
  readonly otherScopes: readonly string[]
  /** Everything the fake knows about each API, one record each. */
  readonly apis: readonly ApiRecord[]
  /** Modelled APIs whose records load on first use. */
  readonly families?: readonly ApiFamily[]
  /** Every API name the real global declares (from the platform's typings); each is defined, modelled or not. */
  readonly apiNames: readonly string[]
  readonly profiles: Readonly<Record<string, PlatformProfile>>
  /** The profile in force for a platform under the options, when options change it (default: `profiles[platform]`). */
  readonly profileFor?: (platform: string, options: ResolvedOptions) => PlatformProfile
  readonly defaultPlatform: string
  /** Refusal spellings apps compare against that no profile produces (still recognised by the matchers). */
  readonly recognisedDenySpellings: readonly string[]
  /** Two scopes that examples in toolkit messages name: the commonest ones. */
  readonly exampleScopes: readonly [string, string]
  /** How the unmodelled methods are called, from the typings: promise-capable ones, and callback-only ones; the rest are synchronous. */
  readonly promiseApis?: readonly string[]
  readonly callbackApis?: readonly string[]
  /** The global's events (`on<Event>` and `off<Event>`), from the typings. */
  readonly events?: readonly EventShape[]
  /** Objects of functions on the global (`wx.cloud`): their methods are named `cloud.callFunction`. */
  readonly namespaces?: Readonly<Record<string, NamespaceShape>>
  /** Objects of data on the global (`wx.env`): field → its value on a platform. */
  readonly dataNamespaces?: Readonly<Record<string, Readonly<Record<string, (profile: PlatformProfile) => unknown>>>>
}

/** How a call is answered when no record models it: a promise or callbacks (fake-wx delivers), or a value returned at once. */
export type CallShape = 'promise' | 'callback' | 'sync'

/** What the core reads of a host: its records, and the side tables derived from them (none written by hand). */
export interface HostTables {
  readonly host: Host
  /** Every name the fake global defines. */
  readonly names: ReadonlySet<string>
  readonly scopeNames: readonly string[]
  /** The API's record; a family's record loads its family on the first ask. */
  record(api: string): ApiRecord | undefined
  /** Whether the fake models the API (a result, steps or a synchronous reader), without loading a family. */
  isModelled(api: string): boolean
  scope(scope: string): ScopeRow | undefined
  /** The APIs a scope gates, in record order. */
  apisOf(scope: string): readonly string[]
  /** The values app.json's `requiredPrivateInfos` may list. */
  readonly privateInfos: readonly string[]
  /** Of those, the precise-location ones, exclusive with the fuzzy ones. */
  readonly preciseInfos: readonly string[]
  readonly fuzzyInfos: readonly string[]
  /** APIs that open a page the user may close without choosing. */
  readonly pickers: readonly string[]
  /** What `user.willCancel` can close: the pickers, and the APIs with a system sheet. */
  readonly cancellable: readonly string[]
  /** The API that asks for a scope in advance (its record names the scope option): WeChat's authorize. */
  readonly authorizeApi: string | undefined
  /** How messages and the timeline name a logged API: `wx.getLocation`, `<camera>`. */
  label(api: string): string
  /** Every spelling of a refusal, and of a missing OS permission, as the text after `:fail`. */
  readonly denySpellings: readonly string[]
  readonly systemDenySpellings: readonly string[]
  /** How a call to an API with no model is answered (namespaced names too: `cloud.callFunction`). */
  callShape(api: string): CallShape
  /** The event an `on*` or `off*` function belongs to. */
  eventOf(api: string): { readonly shape: EventShape; readonly role: 'on' | 'off' } | undefined
  /** The event `fakeWx.emit(name)` means: its lower-camel name, matched without regard to case. */
  eventNamed(name: string): EventShape | undefined
  readonly eventNames: readonly string[]
  /** Every name a handler may answer: the global's functions, `namespace.function` and `dataNamespace.field`. */
  readonly handlerNames: ReadonlySet<string>
}

const TABLES = new WeakMap<Host, HostTables>()

/** The host's tables, derived once per host. */
export function tablesOf(host: Host): HostTables {
  let tables = TABLES.get(host)
  if (tables === undefined) TABLES.set(host, (tables = deriveTables(host)))
  return tables
}

function deriveTables(host: Host): HostTables {
  const records = new Map(host.apis.map((record) => [record.name, record]))
  const families = new Map<string, ApiFamily>()
  for (const family of host.families ?? []) for (const api of family.apis) families.set(api, family)
  const record = (api: string): ApiRecord | undefined => {
    const known = records.get(api)
    if (known !== undefined) return known
    const family = families.get(api)
    if (family === undefined) return undefined
    for (const loaded of loadFamily(family)) records.set(loaded.name, loaded)
    for (const name of family.apis) families.delete(name)
    return records.get(api)
  }
  const scopes = new Map(host.scopes.map((row) => [row.scope, row]))
  const apisOf = new Map<string, string[]>()
  for (const record of host.apis) {
    for (const scope of record.scopes ?? []) {
      const list = apisOf.get(scope) ?? []
      list.push(record.name)
      apisOf.set(scope, list)
    }
  }
  const infos = (kind?: string): string[] =>
    host.apis.filter((r) => r.privateInfo !== undefined && (kind === undefined || r.privateInfo === kind)).map((r) => r.name)
  const profiles = Object.values(host.profiles)
  const spelled = (...failures: (keyof Spellings)[]): string[] => [
    ...new Set(profiles.flatMap((p) => failures.map((failure) => (p.spellings[failure] as Spelling).text))),
  ]
  // A namespaced record (`cloud.callFunction`) is a function of its namespace, not of the global.
  const onGlobal = host.apis.filter((r) => r.surface === undefined && isModelled(r) && !r.name.includes('.')).map((r) => r.name)
  const names = new Set([...host.apiNames, ...onGlobal, ...families.keys()])
  const promiseApis = new Set(host.promiseApis ?? [])
  const callbackApis = new Set(host.callbackApis ?? [])
  for (const [namespace, shape] of Object.entries(host.namespaces ?? {})) for (const fn of shape.promise) promiseApis.add(`${namespace}.${fn}`)
  const events = new Map<string, { shape: EventShape; role: 'on' | 'off' }>()
  const eventsByName = new Map<string, EventShape>()
  for (const shape of host.events ?? []) {
    events.set(shape.on, { shape, role: 'on' })
    if (shape.off !== undefined) events.set(shape.off, { shape, role: 'off' })
    eventsByName.set(shape.event.toLowerCase(), shape)
  }
  const handlerNames = new Set(names)
  for (const [namespace, shape] of Object.entries(host.namespaces ?? {})) for (const fn of shape.functions) handlerNames.add(`${namespace}.${fn}`)
  for (const [namespace, fields] of Object.entries(host.dataNamespaces ?? {})) for (const field of Object.keys(fields)) handlerNames.add(`${namespace}.${field}`)
  return {
    host,
    names,
    scopeNames: host.scopes.map((row) => row.scope),
    record,
    isModelled: (api) => families.has(api) || (records.has(api) && isModelled(records.get(api)!)),
    scope: (scope) => scopes.get(scope),
    apisOf: (scope) => apisOf.get(scope) ?? [],
    privateInfos: infos(),
    preciseInfos: infos('precise'),
    fuzzyInfos: infos('fuzzy'),
    pickers: host.apis.filter((r) => r.picker === true).map((r) => r.name),
    cancellable: host.apis.filter((r) => r.picker === true || r.sheet === true).map((r) => r.name),
    authorizeApi: host.apis.find((r) => r.scopeOption !== undefined)?.name,
    label: (api) => records.get(api)?.label ?? `${host.globalName}.${api}`,
    denySpellings: [...spelled('authorize-deny', 'auth-deny', 'legacy-deny', 'no-response'), ...host.recognisedDenySpellings],
    systemDenySpellings: spelled('system-deny', 'legacy-system-deny', 'location-switch-off'),
    callShape: (api) => (promiseApis.has(api) ? 'promise' : callbackApis.has(api) ? 'callback' : 'sync'),
    eventOf: (api) => events.get(api),
    eventNamed: (name) => eventsByName.get(name.toLowerCase()),
    eventNames: [...eventsByName.values()].map((shape) => shape.event),
    handlerNames,
  }
}

/** Facts the side tables are derived from, which a family's records may not hold (they load too late). */
const TABLE_FACTS = ['surface', 'label', 'scopes', 'scopeOption', 'privacy', 'privateInfo', 'picker'] as const

/** A family's records, checked against what it declared: a slip here is the contributor's, so it throws. */
function loadFamily(family: ApiFamily): readonly ApiRecord[] {
  const loaded = family.load()
  const names = loaded.map((r) => r.name)
  if (names.length !== family.apis.length || names.some((name) => !family.apis.includes(name))) {
    throw new Error(`fake-wx: the ${family.name} family declares ${family.apis.join(', ')} but loads ${names.join(', ')}`)
  }
  for (const record of loaded) {
    const fact = TABLE_FACTS.find((key) => record[key] !== undefined)
    if (fact !== undefined || !isModelled(record)) {
      throw new Error(`fake-wx: ${record.name} of the ${family.name} family ${fact === undefined ? 'models nothing' : `sets '${fact}', a fact the side tables need before the family loads`}`)
    }
  }
  return loaded

}

/**
 * How a scope behaves under the options: a retired scope is a real permission again with `retiredScopes: 'asked'`
 * (older clients, from before WeChat retired it; rule SCOPE-RETIRED-ASKED).
 */
export function kindOf(row: ScopeRow, options: { readonly retiredScopes: 'retired' | 'asked' }): ScopeKind {
  return row.kind === 'retired' && options.retiredScopes === 'asked' ? 'prompt' : row.kind
}

/** The record models behaviour (a result, steps or a synchronous reader), not only facts. */
export function isModelled(record: ApiRecord): boolean {
  return record.result !== undefined || record.steps !== undefined || record.sync !== undefined
}
