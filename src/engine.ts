/**
 * What the API records, the gates and the pipeline see of a controller. One engine per controller: no module
 * singletons, so several fakes (and the ESM and CJS copies of this module) never share state.
 */
import type { AuthState } from './auth-state'
import type { ResultData } from './data/result-data'
import type { InteractionLog, ProblemKind } from './log'
import type { ResolvedOptions } from './options'
import type { HostTables, PlatformProfile } from './hosts/host'
import type { Scheduler } from './scheduler'
import type { PrivacyState } from './privacy-state'
import type { SubscriptionState } from './subscription-state'
import type { TapState } from './tap'
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
  /** Problems the test accepted (fake.acceptProblems): verify() passes over them. */
  readonly acceptedProblems: Set<number>
  /** Extra state to clear on reset(), registered by modules that keep some (the recorder). */
  readonly resetHooks: (() => void)[]
  /** Records something the test did not see; the presets fail the test with `message`. */
  problem(call: number | undefined, kind: ProblemKind, message: string): void
}
