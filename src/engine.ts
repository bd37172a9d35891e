/**
 * What the API records, the gates and the pipeline see of a controller. One engine per controller: no module
 * singletons, so several fakes (and the ESM and CJS copies of this module) never share state.
 */
import type { AuthState } from './auth-state'
import type { EventListeners } from './events'
import type { HandlerStore } from './handlers/store'
import type { ResultData } from './data/result-data'
import type { InteractionLog, ProblemKind } from './log'
import type { ResolvedOptions } from './options'
import type { HostTables, PlatformProfile } from './hosts/host'
import type { MiniProgramState } from './mini-program/state'
import type { Scheduler } from './scheduler'
import type { PrivacyState } from './privacy-state'
import type { SubscriptionState } from './subscription-state'
import type { TapState } from './tap'
import type { StorageState } from './storage-state'
import type { UiState } from './ui-state'
import type { Versions } from './versions'
import type { PopupAnswer, ScriptedUser } from './user'

/** A permission popup on screen; later calls for the same scope wait behind it (rule SCOPE-CONCURRENT-SHARE). */
export interface OpenPopup {
  readonly waiters: ((answer: PopupAnswer | 'error') => void)[]
}

export interface Engine {
  /** The host's records and the tables derived from them. */
  readonly host: HostTables
  /** Calls waiting for the user or the app (a popup, a listener): with the queued deliveries, what reset() fails. */
  readonly paused: Set<object>
  readonly log: InteractionLog
  readonly user: ScriptedUser
  readonly scheduler: Scheduler
  readonly tap: TapState
  readonly auth: AuthState
  readonly subscriptions: SubscriptionState
  readonly privacy: PrivacyState
  /** Calls waiting for the app (a privacy listener's resolve): call id → what they wait for. */
  readonly waiting: Map<number, string>
  /** Replaced when the seed changes. */
  data: ResultData
  readonly openPopups: Map<string, OpenPopup>
  options: ResolvedOptions
  /** The platform's profile, with the test's spellings and the version axis applied (no errno before 2.24.0). */
  profile: PlatformProfile
  /** The base library and client versions in force, and the comparisons rules make (src/versions.ts). */
  versions: Versions
  /** Bumped by reset(): a continuation from an older generation (a privacy `resolve` kept by the app) is ignored. */
  generation: number
  /** The mini program launched in this test (`launch()`), its launch options and the app-show hooks. */
  readonly miniProgram: MiniProgramState
  /** What the feedback APIs put on screen (the toast-or-loading slot, the bars): `fake.ui` shows it. */
  readonly ui: UiState
  /** Local storage. */
  readonly storage: StorageState
  /** Whether the session of the last wx.login is still valid (wx.checkSession). */
  session: 'valid' | 'expired'
  /** wx.login calls since reset(): each gets a fresh code. */
  logins: number
  /** Problems the test accepted (fake.acceptProblems): verify() passes over them. */
  readonly acceptedProblems: Set<number>
  /** Extra state to clear on reset(), registered by modules that keep some (the recorder). */
  readonly resetHooks: (() => void)[]
  /** The test's and the default handlers (src/handlers/). */
  readonly handlers: HandlerStore
  /** The listeners of the global's events (src/events.ts). */
  readonly events: EventListeners
  /** How to undo what the test assigned on the global by hand; reset() runs them (src/wx-object.ts). */
  readonly handWrites: (() => void)[]
  /** API → the last log id before its mock function's mockClear(): `mock.calls` starts after it. */
  readonly mockCleared: Map<string, number>
  /** Records something the test did not see; the presets fail the test with `message`. */
  problem(call: number | undefined, kind: ProblemKind, message: string): void
}
