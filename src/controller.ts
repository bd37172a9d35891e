/**
 * createFakeWx: one independent fake (its `wx`, scripted user, log and state). Returned as a plain
 * object of closures, so `const { reset } = fake` works.
 */
import { AuthState, type ScopeState } from './auth-state'
import { CONTROLLER, HOST, STATE, brand } from './brand'
import { createResultData } from './data/result-data'
import type { Engine } from './engine'
import { FakeWxError, describeValue, didYouMean } from './errors'
import { EventListeners, emitEvent, errorPayload, reportScriptError, unhandledRejectionPayload } from './events'
import { handlerEntries, type HandlerEntry, type WxHandlers } from './handlers/kinds'
import { HandlerStore } from './handlers/store'
import { kindOf, tablesOf, type Host, type PlatformProfile } from './hosts/host'
import type { Spelling, Spellings } from './outcomes'
import { wechat } from './hosts/wechat'
import { fillNickname, pressButton } from './hosts/wechat/buttons'
import { createComponents, type FakeComponents } from './hosts/wechat/components'
import type { Scope } from './hosts/wechat/scopes'
import { InteractionLog, type ProblemEntry, type ProblemKind } from './log'
import { clearMiniProgram, createMiniProgramState } from './mini-program/state'
import { defaultOptions, resolveOptions, type FakeWxOptions, type ResolvedOptions } from './options'
import { failInFlight } from './pipeline'
import { PrivacyState } from './privacy-state'
import { Scheduler } from './scheduler'
import { StorageState } from './storage-state'
import { SubscriptionState } from './subscription-state'
import { TapState } from './tap'
import { UiState, type FakeUi } from './ui-state'
import { ScriptedUser, requireScope } from './user'
import { versionsOf, type Versions } from './versions'
import { buildWx } from './wx-object'
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
  /** What is on screen now: the toast, the loading, the navigation bar, the tab bar (read-only). */
  readonly ui: FakeUi
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
  /**
   * Handlers for this test (reset() drops them; the `handlers` option keeps its own across tests): each answers an
   * API, `{ showShareImageMenu: (options) => ({}), 'cloud.callFunction': ({ name }) => ({ result: ... }) }`. A
   * handler returns the success data (or a promise of it) and throws or rejects `{ errMsg }` to fail the call;
   * fake-wx delivers it as WeChat would (callbacks or promise, later, `complete` last, logged). The latest
   * handler for an API answers first.
   */
  use(...handlers: WxHandlers[]): FakeWx
  /**
   * Calls the listeners the app registered for an event of the global (`wx.onNetworkStatusChange(listener)` →
   * `emit('networkStatusChange', { isConnected: false, networkType: 'none' })`), now, in order. `'error'` takes an
   * Error or a message and `'unhandledRejection'` a `{ reason }`, and their listeners get what WeChat gives them.
   * Returns how many listeners were called.
   */
  emit(event: string, payload?: unknown): number
  /**
   * Replaces `wx[name]` (keeping the function's identity) until restoreWxMethod or reset: a handler that takes every
   * argument and delivers its own results. The same as `wx[name].mockImplementation(impl)`.
   */
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
  const handlers = new HandlerStore()
  const installations: Installation[] = []
  const auth = new AuthState(host)
  const subscriptions = new SubscriptionState()
  const privacy = new PrivacyState()
  const waiting = new Map<number, string>()
  const log = new InteractionLog()
  const tap = new TapState(profileOf(defaults.platform).tapSurvivesPromises)
  // A job that throws is app code the client would have caught (a callback): reported like a script error.
  const scheduler = new Scheduler(() => tap.idle, (error) => reportScriptError(engine, undefined, 'an app callback threw', error))

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
    ui: new UiState(),
    storage: new StorageState(),
    session: defaults.session,
    logins: 0,
    options: defaults,
    profile: profileOf(defaults.platform),
    versions: versionsOf(defaults.baseLibrary, defaults.clientVersion),
    generation: 0,
    miniProgram: createMiniProgramState(),
    acceptedProblems: new Set(),
    resetHooks: [],
    handlers,
    events: new EventListeners(),
    handWrites: [],
    mockCleared: new Map(),
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

  /** Options in force from now on; `given` is what the caller passed: its earlier-visit facts apply now. */
  function apply(resolved: ResolvedOptions, given: FakeWxOptions): void {
    if (resolved.seed !== engine.options.seed) engine.data = createResultData(resolved.seed)
    if (resolved.handlers !== engine.options.handlers) handlers.setDefaults(handlerEntries(resolved.handlers, { host, where: 'options.handlers' }))
    engine.options = resolved
    engine.versions = versionsOf(resolved.baseLibrary, resolved.clientVersion)
    const platformProfile = hostDefinition.profileFor?.(resolved.platform, resolved) ?? profileOf(resolved.platform)
    engine.profile = withSpellings(platformProfile, resolved.spellings, engine.versions)
    tap.configure(engine.profile.tapSurvivesPromises)
    for (const [scope, granted] of Object.entries(given.authSetting ?? {})) auth.set(scope as Scope, granted as boolean)
    engine.storage.preload(given.storage === undefined ? undefined : resolved.storage)
    if (given.session !== undefined) engine.session = given.session
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
    ui: engine.ui.view(() => engine.options.appJson),
    get options() {
      return engine.options
    },
    reset() {
      // Calls still in flight fail now, naming the reset, so nothing the app awaits hangs.
      failInFlight(engine)
      engine.generation++
      clearMiniProgram(engine.miniProgram)
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
      handlers.clear()
      engine.events.clear()
      engine.mockCleared.clear()
      // What the test assigned on wx by hand: undone one by one, never by scanning wx.
      if (engine.handWrites.length > 0) for (const undo of engine.handWrites.splice(0)) undo()
      engine.ui.reset()
      engine.storage.clear()
      engine.logins = 0
      apply(defaults, defaults)
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
      apply(resolved, next)
      applyPrivacy(next)
      return fake
    },
    setDefaults(next) {
      defaults = resolveOptions(host, defaults, next)
      apply(defaults, next)
      applyPrivacy(next)
      return fake
    },
    use(...given) {
      handlers.use(handlerEntries(given, { host, where: 'fakeWx.use' }))
      return fake
    },
    emit(event, payload) {
      if (typeof event !== 'string' || host.eventNamed(event) === undefined) {
        throw new FakeWxError(
          `emit: ${hostDefinition.globalName} has no event named ${describeValue(event)}.${typeof event === 'string' ? didYouMean(event, host.eventNames) : ''} An event is named after its on function: ${hostDefinition.globalName}.onNetworkStatusChange → emit('networkStatusChange', payload).`,
        )
      }
      const shape = host.eventNamed(event)!
      const record = host.record(shape.on)
      if (record?.answeredBy !== undefined) {
        throw new FakeWxError(
          `emit: fake-wx calls the listener of ${host.label(shape.on)} itself, answered by ${record.answeredBy.by}; write ${record.answeredBy.write} instead.`,
        )
      }
      const name = shape.event
      // rule: EVENT-ERROR-PAYLOAD, EVENT-UNHANDLED-REJECTION-PAYLOAD
      if (name === 'error' && (payload instanceof Error || typeof payload === 'string')) payload = errorPayload(payload)
      if (name === 'unhandledRejection' && typeof payload === 'object' && payload !== null && 'reason' in payload) {
        payload = unhandledRejectionPayload((payload as { reason: unknown }).reason, (payload as { promise?: unknown }).promise)
      }
      return emitEvent(engine, name, payload)
    },
    mockWxMethod(name, impl) {
      if (typeof name !== 'string' || !host.handlerNames.has(name)) {
        throw new FakeWxError(
          `mockWxMethod: ${hostDefinition.globalName} has no API named ${describeValue(name)}.${typeof name === 'string' ? didYouMean(name, host.handlerNames) : ''}`,
        )
      }
      if (typeof impl !== 'function') {
        throw new FakeWxError(`mockWxMethod('${name}', impl): impl must be a function, got ${describeValue(impl)}.`)
      }
      // A thin form of use(): one entry for this test that replaces the function outright.
      handlers.remove(name, (entry) => entry.replaces === true)
      const entry: HandlerEntry = { api: name, kind: 'mock', answer: impl, replaces: true }
      handlers.use([entry])
      return fake
    },
    restoreWxMethod(name) {
      const mocked = [...new Set([...handlers.perTest()].reverse().filter((entry) => entry.replaces === true).map((entry) => entry.api))]
      if (typeof name !== 'string' || handlers.remove(name, (entry) => entry.replaces === true) === 0) {
        throw new FakeWxError(
          `restoreWxMethod: ${hostDefinition.globalName}.${String(name)} is not mocked.${typeof name === 'string' ? didYouMean(name, mocked) : ''}${mocked.length === 0 ? ' Nothing is mocked.' : ` Mocked: ${mocked.join(', ')}.`}`,
        )
      }
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
      // An unmodelled API threw into the caller, but the app may have caught it: reported here too. Problems the
      // test accepted (fake.acceptProblems) are passed over.
      const unseen = log.problems().filter((p) => !engine.acceptedProblems.has(p.id))
      const messages = [...unseen.map((p) => p.message), ...waiting.values(), ...unused]
      if (messages.length === 0) return
      const list = messages.map((message, i) => `${i + 1}. ${message}`).join('\n\n')
      throw new FakeWxError(`${messages.length === 1 ? 'something' : `${messages.length} things`} went wrong that the test did not check:\n\n${list}`)
    },
  }
  ;(fake as { wx: FakeWxApi }).wx = buildWx(engine, fake) as unknown as FakeWxApi
  // rule: EVENT-APP-SHOW-HIDE. The launched app's show and hide reach wx.onAppShow / wx.onAppHide; logged only
  // when someone listens, so a test without listeners keeps the timeline it had.
  engine.miniProgram.appEventHooks.push((event) => {
    const name = event.type === 'show' ? 'appShow' : 'appHide'
    if (engine.events.size > 0 && engine.events.of(name).length > 0) emitEvent(engine, name, event.type === 'show' ? { ...event.options } : {})
  })
  brand(fake, CONTROLLER, fake)
  brand(fake, HOST, host)
  brand(fake, STATE, { engine, installations })
  brand(log, CONTROLLER, fake)
  brand(engine.user, CONTROLLER, fake)
  handlers.setDefaults(handlerEntries(defaults.handlers, { host, where: 'options.handlers' }))
  apply(defaults, defaults)
  privacy.reset(defaults.privacy.needAuthorization === true, defaults.privacy.newTypes)
  return fake
}
