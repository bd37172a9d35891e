/**
 * The interaction log: typed events in the order they happened, with no timestamps and no addresses,
 * so the same test always gives the same log. The pipeline writes it; matchers and the serializer read it.
 */
import type { Scope } from './hosts/wechat/scopes'
import type { Failure } from './outcomes'

export type CallStyle = 'callback' | 'promise' | 'sync' | 'mock'

/** What the user did with a popup, the settings page or a modal. */
export type Answer = 'allow' | 'deny' | 'dismiss' | 'confirm' | 'cancel' | 'agree' | 'disagree' | 'no-response' | 'choose' | 'subscribe'

/** Who chose the answer: the user script, the `onUnscriptedPrompt` policy, or the app's own privacy listener. */
export type AnsweredBy = 'script' | 'policy' | 'listener'

export interface CallEntry {
  readonly type: 'call'
  readonly id: number
  readonly api: string
  /** The options object without its callbacks (or the arguments of a synchronous API). */
  readonly args: unknown
  readonly style: CallStyle
  /** The call was made with tap state. */
  readonly tap: boolean
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

export type ResultType = 'success' | 'fail' | 'resolve' | 'reject' | 'return'

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

export type ProblemKind = 'unscripted-prompt' | 'unmodelled-api' | 'callback-threw' | 'waiting'

/** Something the test did not see that the runner presets turn into a test failure. */
export interface ProblemEntry {
  readonly type: 'problem'
  readonly id: number
  readonly call: number | undefined
  readonly kind: ProblemKind
  readonly message: string
}

export type LogEntry = CallEntry | PopupEntry | AnswerEntry | SettingsEntry | ResultEntry | CompleteEntry | ProblemEntry

/** Distributes Omit over the union, so each entry keeps its own fields. */
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never
export type NewEntry = WithoutId<LogEntry>

export class InteractionLog {
  readonly #entries: LogEntry[] = []
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

  /** @internal */
  clear(): void {
    this.#entries.length = 0
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

  /** How each call ended: its success/fail/resolve/reject/return entry, optionally for one API. */
  results(api?: string): (ResultEntry & { api: string })[] {
    const apiOf = new Map<number, string>()
    const out: (ResultEntry & { api: string })[] = []
    for (const e of this.#entries) {
      if (e.type === 'call') apiOf.set(e.id, e.api)
      else if (e.type === 'success' || e.type === 'fail' || e.type === 'resolve' || e.type === 'reject' || e.type === 'return') {
        const name = apiOf.get(e.call) ?? ''
        if (api === undefined || name === api) out.push({ ...e, api: name })
      }
    }
    return out
  }

  /** Things that went wrong unseen (unscripted popups, unmodelled APIs, callbacks that threw). */
  problems(): ProblemEntry[] {
    return this.#entries.filter((e): e is ProblemEntry => e.type === 'problem')
  }
}
