/**
 * createFakeWx: one independent fake (its `wx`, scripted user, log and state). Returned as a plain
 * object of closures, so `const { reset } = fake` works.
 */
import { AuthState, type ScopeState } from './auth-state'
import { CONTROLLER, HOST, STATE, brand } from './brand'
import { createResultData } from './data/result-data'
import type { Engine } from './engine'
import { FakeWxError, describeValue, didYouMean } from './errors'
import { kindOf, tablesOf, type Host, type PlatformProfile } from './hosts/host'
import type { Spelling, Spellings } from './outcomes'
import { wechat } from './hosts/wechat'
import { fillNickname, pressButton } from './hosts/wechat/buttons'
import { createComponents, type FakeComponents } from './hosts/wechat/components'
import type { Scope } from './hosts/wechat/scopes'
import { InteractionLog, type ProblemEntry, type ProblemKind } from './log'
import { defaultOptions, resolveOptions, type FakeWxOptions, type ResolvedOptions } from './options'
import { failInFlight } from './pipeline'
import { PrivacyState } from './privacy-state'
import { Scheduler } from './scheduler'
import { SubscriptionState } from './subscription-state'
import { TapState } from './tap'
import { ScriptedUser, requireScope } from './user'
import { versionsOf, type Versions } from './versions'
import { buildWx, type WxFunction } from './wx-object'
import type { FakeWxApi } from './wx-types'


export interface InstallOptions {
  /** Put the fake in place of a `wx` that is already there (e.g. miniprogram-simulate's); uninstall() restores it. */
  replace?: boolean
}

export interface FakeWx {
  /** The fake `wx` object. */
  readonly wx: FakeWxApi
  /** The scripted user: how they answer popups, modals and the settings page. */
  readonly user: ScriptedUser
  /** Every call, popup, answer and callback, in order. */
  readonly log: InteractionLog
  /** What scope-gated components (`<camera>`, `<live-pusher>`) would report when rendered. */
  readonly components: FakeComponents
  /** The options in force for the current test. */
  readonly options: ResolvedOptions
  /** Forgets decisions, scripts, log, mocks and pending work; keeps `wx` and its functions. */
  reset(): void
  /** Resolves once no call, popup or callback of this fake is pending. */
  settled(): Promise<void>
  /**
   * Sets `target.wx` (default globalThis). Another fake-wx's `wx` there is replaced (uninstall() puts it
   * back); any other `wx` makes it throw, unless `{ replace: true }`.
   */
  install(target?: object, options?: InstallOptions): FakeWx
  /** Puts back whatever `wx` was there before install(). */
  uninstall(): void
  /** Changes options for the current test only; reset() returns to the defaults. */
  configure(options: FakeWxOptions): FakeWx
  /** Changes the defaults that reset() returns to (what installFakeWx(options) does). */
  setDefaults(options: FakeWxOptions): FakeWx
  /** Replaces `wx[name]` (keeping the function's identity) until restoreWxMethod or reset. */
  mockWxMethod(name: string, impl: (...args: never[]) => unknown): FakeWx
  restoreWxMethod(name: string): FakeWx
  /** 'granted', 'denied' or 'unasked'. */
  scopeState(scope: Scope): ScopeState
  /**
   * Accepts the problems the fake reported that the test expects (a callback of the app that threw, ...): those
   * whose message contains `match`, matches it (a RegExp) or passes it (a function). verify() then passes over them,
   * so a test can assert a known bug without reset(). Returns them; throws when none matches.
   */
  acceptProblems(match: string | RegExp | ((problem: ProblemEntry) => boolean)): ProblemEntry[]
  /** Throws a FakeWxError describing what went wrong unseen (unscripted popups, ...), if anything did. */
  verify(): void
}

interface Installation {
  readonly target: Record<string, unknown>
  readonly descriptor: PropertyDescriptor | undefined
}

/** What acceptProblems matches with: a part of the message, a RegExp, or a function; anything else is a misuse. */
function problemTest(match: unknown): (problem: ProblemEntry) => boolean {
  if (typeof match === 'string' && match !== '') return (problem) => problem.message.includes(match)
  if (match instanceof RegExp) return (problem) => match.test(problem.message)
  if (typeof match === 'function') return (problem) => (match as (p: ProblemEntry) => unknown)(problem) === true
  throw new FakeWxError(
    `acceptProblems expects a part of the problem's message, a RegExp or a function (problem) => boolean, e.g. fake.acceptProblems('the success callback of wx.getLocation threw'), got ${describeValue(match)}.`,
  )
}

function firstLine(text: string): string {
  const end = text.indexOf('\n')
  return end === -1 ? text : text.slice(0, end)
}

/**
 * The profile in force: before base library 2.24.0 no failure carries errno (rule ERRNO-SINCE-2-24-0); the test's
 * own spellings (the `spellings` option) replace the platform's.
 */
function withSpellings(profile: PlatformProfile, overrides: ResolvedOptions['spellings'], versions: Versions): PlatformProfile {
  const entries = Object.entries(overrides)
  const errno = versions.baseLibraryAtLeast('2.24.0')
  if (entries.length === 0 && errno) return profile
  const spellings: Record<string, Spelling> = {}
  for (const [failure, spelling] of Object.entries(profile.spellings)) {
    if (errno || spelling.errno === undefined) spellings[failure] = spelling
    else spellings[failure] = spelling.errCode === undefined ? { text: spelling.text } : { text: spelling.text, errCode: spelling.errCode }
  }
  for (const [failure, spelling] of entries) spellings[failure] = typeof spelling === 'string' ? { text: spelling } : { ...spelling! }
  return { ...profile, spellings: spellings as Spellings }
}

/** A fake of WeChat's `wx`: one independent fake with its own user, log and state. */
export function createFakeWx(options?: FakeWxOptions): FakeWx {
  return createFake(wechat, options)
}

/**
 * A fake of any host's global. WeChat's is the one fake-wx ships; the seam lets another platform's host
 * (a folder like src/hosts/wechat) reuse the pipeline, the user, the log and the matchers.
 */
export function createFake(hostDefinition: Host, options?: FakeWxOptions): FakeWx {
  const host = tablesOf(hostDefinition)
  const profileOf = (platform: string) => hostDefinition.profiles[platform]!
  let defaults = resolveOptions(host, defaultOptions(hostDefinition), options)
  const mocks = new Map<string, WxFunction>()
  const installations: Installation[] = []
  const auth = new AuthState(host)
  const subscriptions = new SubscriptionState()
  const privacy = new PrivacyState()
  const waiting = new Map<number, string>()
  const log = new InteractionLog()
  const tap = new TapState(profileOf(defaults.platform).tapSurvivesPromises)
  const scheduler = new Scheduler(() => tap.idle, (error) =>
    log.add({ type: 'problem', call: undefined, kind: 'callback-threw', message: `an app callback threw: ${error instanceof Error ? error.stack ?? error.message : String(error)}` }),
  )

  const engine: Engine = {
    host,
    paused: new Set(),
    log,
    scheduler,
    tap,
    auth,
    subscriptions,
    privacy,
    waiting,
    data: createResultData(defaults.seed),
    openPopups: new Map(),
    options: defaults,
    profile: profileOf(defaults.platform),
    versions: versionsOf(defaults.baseLibrary, defaults.clientVersion),
    generation: 0,
    acceptedProblems: new Set(),
    resetHooks: [],
    user: new ScriptedUser(host, {
      decide: (scope, granted) => auth.set(scope, granted),
      subscriptions: (settings) => subscriptions.apply(settings),
      endPrivacyGap() {
        privacy.inRefusalGap = false
      },
      pressButton: (openType, id) => pressButton(engine, openType, id),
      fillNickname: (value, failsSecurityCheck) => fillNickname(engine, value, failsSecurityCheck),
      scopeKind: (row) => kindOf(row, engine.options),
      async tap<T>(fn: () => T): Promise<Awaited<T>> {
        const returned = tap.run(tap.newToken('user.tap'), fn)
        const value = await returned
        await scheduler.settled()
        return value
      },
    }),
    problem(call: number | undefined, kind: ProblemKind, message: string) {
      log.add({ type: 'problem', call, kind, message })
    },
  }

  function apply(resolved: ResolvedOptions, decisions: FakeWxOptions['authSetting']): void {
    if (resolved.seed !== engine.options.seed) engine.data = createResultData(resolved.seed)
    engine.options = resolved
    engine.versions = versionsOf(resolved.baseLibrary, resolved.clientVersion)
    const platformProfile = hostDefinition.profileFor?.(resolved.platform, resolved) ?? profileOf(resolved.platform)
    engine.profile = withSpellings(platformProfile, resolved.spellings, engine.versions)
    tap.configure(engine.profile.tapSurvivesPromises)
    for (const [scope, granted] of Object.entries(decisions ?? {})) auth.set(scope as Scope, granted as boolean)
  }

  /** configure() and setDefaults() may change the privacy agreement mid-test. */
  function applyPrivacy(next: FakeWxOptions): void {
    if (next.privacy?.needAuthorization !== undefined) privacy.needAuthorization = next.privacy.needAuthorization
    if (next.privacy?.newTypes !== undefined) privacy.setNewTypes(next.privacy.newTypes)
  }

  const fake: FakeWx = {
    wx: undefined as unknown as FakeWxApi,
    user: engine.user,
    log,
    components: createComponents(engine),
    get options() {
      return engine.options
    },
    reset() {
      // Calls still in flight fail now, naming the reset, so nothing the app awaits hangs.
      failInFlight(engine)
      engine.generation++
      for (const hook of engine.resetHooks) hook()
      log.clear()
      engine.user.clear()
      auth.clear()
      subscriptions.clear()
      waiting.clear()
      engine.acceptedProblems.clear()
      privacy.reset(defaults.privacy.needAuthorization === true, defaults.privacy.newTypes)
      engine.openPopups.clear()
      tap.reset()
      mocks.clear()
      apply(defaults, defaults.authSetting)
      engine.data.reseed()
    },
    settled: () => scheduler.settled(),
    install(target = globalThis, installOptions) {
      const global = hostDefinition.globalName
      // The global is set as a property of the target: a string or a number would fail with a bare TypeError
      // from Object.defineProperty, and null with one from reading a property of null, neither saying what to pass.
      if ((typeof target !== 'object' && typeof target !== 'function') || target === null) {
        throw new FakeWxError(
          `install(target) sets target.${global}, so target must be an object such as globalThis or a node:vm context, got ${describeValue(target)}. Call install() with no argument to install on globalThis.`,
        )
      }
      const scope = target as Record<string, unknown>
      if (scope[global] === fake.wx) return fake
      const existing = scope[global]
      // Another fake-wx (the presets' default, say) may be replaced: it is ours, and uninstall() puts it
      // back. A foreign one is never replaced silently.
      const anotherFake = typeof existing === 'object' && existing !== null && CONTROLLER in existing
      if (existing !== undefined && !anotherFake && installOptions?.replace !== true) {
        throw new FakeWxError(
          `${global} is already defined (${describeValue(existing)}; miniprogram-simulate puts one there). Call install(target, { replace: true }) to put the fake in its place; uninstall() puts the old one back.`,
        )
      }
      installations.push({ target: scope, descriptor: Object.getOwnPropertyDescriptor(scope, global) })
      Object.defineProperty(scope, global, { value: fake.wx, writable: true, configurable: true, enumerable: true })
      return fake
    },
    uninstall() {
      const global = hostDefinition.globalName
      for (const { target, descriptor } of installations.splice(0).reverse()) {
        if (descriptor === undefined) delete target[global]
        else Object.defineProperty(target, global, descriptor)
      }
    },
    configure(next) {
      const resolved = resolveOptions(host, engine.options, next)
      apply(resolved, next.authSetting)
      applyPrivacy(next)
      return fake
    },
    setDefaults(next) {
      defaults = resolveOptions(host, defaults, next)
      apply(defaults, next.authSetting)
      applyPrivacy(next)
      return fake
    },
    mockWxMethod(name, impl) {
      if (!host.names.has(name)) {
        throw new FakeWxError(
          `mockWxMethod: ${hostDefinition.globalName} has no API named ${describeValue(name)}.${typeof name === 'string' ? didYouMean(name, host.names) : ''}`,
        )
      }
      if (typeof impl !== 'function') {
        throw new FakeWxError(`mockWxMethod('${name}', impl): impl must be a function, got ${describeValue(impl)}.`)
      }
      mocks.set(name, impl as WxFunction)
      return fake
    },
    restoreWxMethod(name) {
      if (!mocks.has(name)) {
        throw new FakeWxError(
          `restoreWxMethod: ${hostDefinition.globalName}.${String(name)} is not mocked.${typeof name === 'string' ? didYouMean(name, mocks.keys()) : ''}${mocks.size === 0 ? ' Nothing is mocked.' : ` Mocked: ${[...mocks.keys()].join(', ')}.`}`,
        )
      }
      mocks.delete(name)
      return fake
    },
    scopeState: (scope) => auth.state(requireScope(host, scope, 'scopeState')),
    acceptProblems(match) {
      const test = problemTest(match)
      const open = log.problems().filter((p) => !engine.acceptedProblems.has(p.id))
      const accepted = open.filter(test)
      if (accepted.length === 0) {
        const listed = open.length === 0 ? ' The fake reported none.' : ` Reported:\n${open.map((p) => `  - ${firstLine(p.message)}`).join('\n')}`
        throw new FakeWxError(`acceptProblems(${describeValue(match)}): no problem the fake reported matches.${listed}`)
      }
      for (const problem of accepted) engine.acceptedProblems.add(problem.id)
      return accepted
    },
    verify() {
      const policy = engine.options.onUnusedScript
      const unused =
        policy === 'ignore'
          ? []
          : engine.user
              .unusedOnceScripts()
              .map((line) => `${line} was scripted but never used: the moment it answers never came. Remove it, or find out why the code did not get there.`)
      if (policy === 'warn') {
        for (const message of unused) console.warn(`[fake-wx] ${message}`)
        unused.length = 0
      }
      // An unmodelled API already threw into the caller, loudly: the test saw it (and may assert it).
      const unseen = log.problems().filter((p) => p.kind !== 'unmodelled-api' && !engine.acceptedProblems.has(p.id))
      const messages = [...unseen.map((p) => p.message), ...waiting.values(), ...unused]
      if (messages.length === 0) return
      const list = messages.map((message, i) => `${i + 1}. ${message}`).join('\n\n')
      throw new FakeWxError(`${messages.length === 1 ? 'something' : `${messages.length} things`} went wrong that the test did not check:\n\n${list}`)
    },
  }
  ;(fake as { wx: FakeWxApi }).wx = buildWx(engine, fake, mocks) as unknown as FakeWxApi
  brand(fake, CONTROLLER, fake)
  brand(fake, HOST, host)
  brand(fake, STATE, { engine, mocks, installations })
  brand(log, CONTROLLER, fake)
  brand(engine.user, CONTROLLER, fake)
  apply(defaults, defaults.authSetting)
  privacy.reset(defaults.privacy.needAuthorization === true, defaults.privacy.newTypes)
  return fake
}
