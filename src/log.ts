/**
 * The interaction log: typed events in the order they happened, with no timestamps and no addresses,
 * so the same test always gives the same log. The pipeline writes it; matchers and the serializer read it.
 */
import type { Scope } from './hosts/wechat/scopes'
import type { Failure } from './outcomes'

export type CallStyle = 'callback' | 'promise' | 'sync' | 'mock'

/** What the user did with a popup, the settings page or a modal. */
export type Answer = 'allow' | 'deny' | 'dismiss' | 'confirm' | 'cancel' | 'agree' | 'disagree' | 'no-response' | 'choose' | 'subscribe'

/**
 * Who chose the answer: the user script, the `onUnscriptedPrompt` policy, the app's own privacy listener, or
 * nobody: the prompt had one choice (a modal without a cancel button).
 */
export type AnsweredBy = 'script' | 'policy' | 'listener' | 'only-choice'

export interface CallEntry {
  readonly type: 'call'
  readonly id: number
  readonly api: string
  /** The options object without its callbacks (or the arguments of a synchronous API). */
  readonly args: unknown
  readonly style: CallStyle
  /** The call was made with tap state. */
  readonly tap: boolean
  /** The test's handlers answered it (`fakeWx.use`, the `handlers` option). */
  readonly handler?: true
}

export type PopupEntry =
  /** A scope popup; `privacy`: it carries the privacy agreement's checkbox (the combined style of base library 3.4.2). */
  | { readonly type: 'popup'; readonly id: number; readonly call: number; readonly kind: 'scope'; readonly scope: Scope; readonly text: string; readonly privacy?: true }
  | { readonly type: 'popup'; readonly id: number; readonly call: number; readonly kind: 'modal'; readonly options: Readonly<Record<string, unknown>> }
  | { readonly type: 'popup'; readonly id: number; readonly call: number; readonly kind: 'privacy'; readonly referrer: string }
  /** A page the API opens for the user to pick from (map, address book, invoice titles); they may close it. */
  | { readonly type: 'popup'; readonly id: number; readonly call: number; readonly kind: 'picker'; readonly api: string }
  /** The subscribe-message panel of wx.requestSubscribeMessage, with its template ids. */
  | { readonly type: 'popup'; readonly id: number; readonly call: number; readonly kind: 'subscribe'; readonly tmplIds: readonly string[] }

export interface AnswerEntry {
  readonly type: 'answer'
  readonly id: number
  readonly call: number
  readonly popup: number
  readonly answer: Answer
  readonly by: AnsweredBy
  /** Per-template answers of the subscribe panel, or the settings choice made. */
  readonly detail?: Readonly<Record<string, string>>
}

export interface SettingsChange {
  readonly scope: Scope
  readonly from: boolean
  readonly to: boolean
}

/** A visit to the settings page ("设置界面"), opened by `wx.openSetting` or its button. */
export interface SettingsEntry {
  readonly type: 'settings'
  readonly id: number
  readonly call: number
  readonly changes: readonly SettingsChange[]
  /** Scripted toggles for scopes the page does not list, because the app never asked for them (rule SETTINGS-PAGE-ONLY-ASKED). */
  readonly unlisted: readonly Scope[]
}

/** How a call ended: its callback, its promise, or a synchronous API's return value or thrown failure. */
export type ResultType = 'success' | 'fail' | 'resolve' | 'reject' | 'return' | 'throw'

export interface ResultEntry {
  readonly type: ResultType
  readonly id: number
  readonly call: number
  readonly result: Readonly<Record<string, unknown>>
  /** Why a call failed, by name, the same on every platform ('auth-deny', 'system-deny', 'tap-gesture', ...). */
  readonly failure?: Failure
  /** The scope whose earlier refusal or OS permission failed the call without a popup of its own. */
  readonly scope?: Scope
}

export interface CompleteEntry {
  readonly type: 'complete'
  readonly id: number
  readonly call: number
}

export type ProblemKind =
  | 'unscripted-prompt'
  | 'unmodelled-api'
  | 'callback-threw'
  | 'handler-threw'
  | 'waiting'
  /** A route API called with no mini program launched: nothing to navigate. */
  | 'no-app'

/** Something the test did not see that the runner presets turn into a test failure. */
export interface ProblemEntry {
  readonly type: 'problem'
  readonly id: number
  readonly call: number | undefined
  readonly kind: ProblemKind
  readonly message: string
}

/** An event of the global (`fakeWx.emit('networkStatusChange', payload)`), and how many listeners it reached. */
export interface EventEntry {
  readonly type: 'event'
  readonly id: number
  readonly call: undefined
  /** The name after `on`, lower camel: 'networkStatusChange'. */
  readonly event: string
  readonly payload: unknown
  readonly listeners: number
}

/** What ran a lifecycle hook: the app, a page (by route) or a component (by path). */
export type LifecycleOwner = 'app' | 'page' | 'component'

/**
 * A lifecycle hook the mini-program harness fired, in WeChat's order: App `onLaunch`, a page's `onLoad`, a
 * component's `created`, `pageLifetimes.show`, ... Logged whether or not the app defines the hook.
 */
export interface LifecycleEntry {
  readonly type: 'lifecycle'
  readonly id: number
  /** The app's `wx.navigateTo` (or other route call) that caused it; undefined when the test drove it. */
  readonly call: number | undefined
  readonly owner: LifecycleOwner
  /** `app`, the page's route or the component's path. */
  readonly target: string
  readonly hook: string
  /** What the hook received, when it receives something (onLoad's query, onLaunch's options). */
  readonly args?: unknown
}

/** The route APIs, as the log names them. */
export type RouteKind = 'reLaunch' | 'navigateTo' | 'redirectTo' | 'switchTab' | 'navigateBack'

/** A route that happened: the app's `wx.navigateTo` & co. (under its call) or the test's `mp.navigateTo` & co. */
export interface RouteEntry {
  readonly type: 'route'
  readonly id: number
  /** The app's route call; undefined when the test drove it (`mp.navigateTo`). */
  readonly call: number | undefined
  readonly kind: RouteKind
  /** The page shown after the route, without a leading `/`. */
  readonly route: string
  /** Its query (empty for a page revealed by navigateBack or a tab shown again). */
  readonly query: Readonly<Record<string, string>>
}

/** `this.setData(...)` of a page or component: the keys set (data paths), not the values. */
export interface SetDataEntry {
  readonly type: 'setData'
  readonly id: number
  readonly call: undefined
  /** The page's route or the component's path. */
  readonly target: string
  readonly keys: readonly string[]
  /** What WeChat prints about the call (a key set to undefined, a payload over the size limit). */
  readonly warnings?: readonly string[]
}

/** `this.triggerEvent(name, detail)` of a component. */
export interface TriggeredEntry {
  readonly type: 'triggered'
  readonly id: number
  readonly call: undefined
  /** The component's path (`components/t-location/index`). */
  readonly component: string
  readonly name: string
  readonly detail: unknown
}

/** What `log.triggered()` lists for each event a component sent. */
export interface TriggeredEvent {
  readonly component: string
  readonly name: string
  readonly detail: unknown
}

export type LogEntry =
  | CallEntry
  | PopupEntry
  | AnswerEntry
  | SettingsEntry
  | ResultEntry
  | CompleteEntry
  | ProblemEntry
  | LifecycleEntry
  | RouteEntry
  | SetDataEntry
  | TriggeredEntry
  | EventEntry

/** Distributes Omit over the union, so each entry keeps its own fields. */
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never
export type NewEntry = WithoutId<LogEntry>

/** The arguments of a call made with more than one (or through a path that keeps them all): see InteractionLog.trace. */
export class ArgumentList {
  constructor(readonly values: readonly unknown[]) {}
}

/** A call that threw into the app: what it threw. */
export class Thrown {
  constructor(readonly error: unknown) {}
}

export class InteractionLog {
  readonly #entries: LogEntry[] = []
  /** Per call id: its argument (the options copy) or an ArgumentList; read by the mock-function view (src/mock-function.ts). */
  readonly #arguments: unknown[] = []
  /** Per call id: what it returned to the app (a promise, a value), or a Thrown. */
  readonly #returned: unknown[] = []
  /** Every event so far, oldest first. */
  get entries(): readonly LogEntry[] {
    return this.#entries
  }

  get size(): number {
    return this.#entries.length
  }

  /** @internal the id the next entry gets. */
  get nextId(): number {
    return this.#entries.length + 1
  }

  /** @internal for the per-call path: the entry is built with its id (`nextId`), so its shape never changes. */
  push(entry: LogEntry): void {
    this.#entries.push(entry)
  }

  /** @internal the cold paths' way in. */
  add<E extends NewEntry>(entry: E): E & { id: number } {
    const stored = entry as E & { id: number }
    stored.id = this.#entries.length + 1
    this.#entries.push(stored as unknown as LogEntry)
    return stored
  }

  /**
   * @internal what a call got and returned, beyond its entry (which logs the options without callbacks): the
   * argument as passed (one options object; an ArgumentList for several; undefined for none) and the value
   * returned (a promise for a promise-style call, a Thrown when it threw).
   */
  trace(call: number, argument: unknown, returned: unknown): void {
    if (argument !== undefined) this.#arguments[call] = argument
    if (returned !== undefined) this.#returned[call] = returned
  }

  /** @internal the arguments of a call, as a mock function's `mock.calls` lists them. */
  argumentsOf(call: number): readonly unknown[] {
    const argument = this.#arguments[call]
    if (argument === undefined) return []
    return argument instanceof ArgumentList ? argument.values : [argument]
  }

  /** @internal what a call returned (a Thrown when it threw). */
  returnedBy(call: number): unknown {
    return this.#returned[call]
  }

  /** @internal */
  clear(): void {
    this.#entries.length = 0
    this.#arguments.length = 0
    this.#returned.length = 0
  }

  /** The calls made, optionally only those to one API. */
  calls(api?: string): CallEntry[] {
    return this.#entries.filter((e): e is CallEntry => e.type === 'call' && (api === undefined || e.api === api))
  }

  /** The permission popups shown, optionally only those for one scope. */
  prompts(scope?: Scope): Extract<PopupEntry, { kind: 'scope' }>[] {
    return this.#entries.filter(
      (e): e is Extract<PopupEntry, { kind: 'scope' }> =>
        e.type === 'popup' && e.kind === 'scope' && (scope === undefined || e.scope === scope),
    )
  }

  /** The modals shown by `wx.showModal`. */
  modals(): Extract<PopupEntry, { kind: 'modal' }>[] {
    return this.#entries.filter((e): e is Extract<PopupEntry, { kind: 'modal' }> => e.type === 'popup' && e.kind === 'modal')
  }

  /** Visits to the settings page. */
  settingsVisits(): SettingsEntry[] {
    return this.#entries.filter((e): e is SettingsEntry => e.type === 'settings')
  }

  /** How each call ended: its success/fail/resolve/reject/return/throw entry, optionally for one API. */
  results(api?: string): (ResultEntry & { api: string })[] {
    const apiOf = new Map<number, string>()
    const out: (ResultEntry & { api: string })[] = []
    for (const e of this.#entries) {
      if (e.type === 'call') apiOf.set(e.id, e.api)
      else if (e.type === 'success' || e.type === 'fail' || e.type === 'resolve' || e.type === 'reject' || e.type === 'return' || e.type === 'throw') {
        const name = apiOf.get(e.call) ?? ''
        if (api === undefined || name === api) out.push({ ...e, api: name })
      }
    }
    return out
  }

  /** What components sent with `triggerEvent`, in order, optionally only events named `name`. */
  triggered(name?: string): TriggeredEvent[] {
    const out: TriggeredEvent[] = []
    for (const e of this.#entries) {
      if (e.type === 'triggered' && (name === undefined || e.name === name)) out.push({ component: e.component, name: e.name, detail: e.detail })
    }
    return out
  }

  /** The events emitted (`fakeWx.emit`), optionally only one. */
  events(event?: string): EventEntry[] {
    return this.#entries.filter((e): e is EventEntry => e.type === 'event' && (event === undefined || e.event === event))
  }

  /** Things that went wrong unseen (unscripted popups, unmodelled APIs, callbacks that threw). */
  problems(): ProblemEntry[] {
    return this.#entries.filter((e): e is ProblemEntry => e.type === 'problem')
  }
}
