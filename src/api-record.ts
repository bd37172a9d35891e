/**
 * One record per API: everything fake-wx knows about an API, in one row of its host's tables. The
 * pipeline compiles a record into its steps (src/compile.ts); every side table (the privacy list, the
 * declarable private infos, the pickers, the labels, a scope's APIs) is derived from the records
 * (src/hosts/host.ts), so none is written by hand.
 */
import type { Engine } from './engine'
import type { OsSwitch } from './hosts/host'
import type { Failure } from './outcomes'
import type { ParamSpec } from './params'
import type { TapToken } from './tap'
import type { RawResponse } from './network/raw-response'

export type Options = Readonly<Record<string, unknown>>

/** What a step sees of one call in flight. */
export interface Call {
  readonly engine: Engine
  /** The API's name (its record's). */
  readonly api: string
  readonly record: ApiRecord
  /** The id of the call's log entry. */
  readonly id: number
  /** The engine's generation when the call was made: after a reset() the call is stale. */
  readonly generation: number
  /** A copy of the options as they were at the call, callbacks included. */
  readonly options: Options
  /** The tap token valid when the call was made. */
  readonly tap: TapToken | null
}

export type Outcome =
  | {
      readonly ok: true
      readonly data?: object
      /** The delivery turn's tap token, when the result itself grants one (showModal's buttons). */
      readonly grantsTap?: TapToken
      /** `data` is a fresh object that becomes the result, errMsg appended last (as `result` builds it). */
      readonly fresh?: true
    }
  | {
      readonly ok: false
      readonly failure: Failure
      /** Appended to the spelling: the parameters of a 'parameter-error', the path of a file error, what happened for 'fake-wx'. */
      readonly detail?: string
      /** The scope whose recorded refusal or OS permission stopped the call, when no popup of the call's own did. */
      readonly scope?: string
    }
  | {
      readonly ok: false
      /** A failure as the test wrote it (a handler threw `{ errMsg }`): delivered as it is, spelled by no profile. */
      readonly given: Readonly<Record<string, unknown>>
    }

/** A step that waits (for the user, for the app): it calls `next()` to go on, or `next(outcome)` to stop. */
export type Pause = (next: (outcome?: Outcome) => void) => void

/** A pipeline step: undefined to go on, an Outcome to stop, a Pause to wait. */
export type Step = (call: Call) => Outcome | Pause | undefined

const OK: Outcome = { ok: true }
export const ok = (data?: object): Outcome => (data === undefined ? OK : { ok: true, data })
export const fail = (failure: Failure, detail?: string): Outcome => (detail === undefined ? { ok: false, failure } : { ok: false, failure, detail })
/** A failure the scope's own state caused (a refusal made earlier, the OS permission): the log names the scope. */
export const failFor = (scope: string, failure: Failure): Outcome => ({ ok: false, failure, scope })

/** Where the API lives: on the global (default), or a component, a button, or a method of a returned object. */
export type Surface = 'global' | 'component' | 'button' | 'method'

/** Which `requiredPrivateInfos` group an API belongs to: precise and fuzzy location are exclusive. */
export type PrivateInfo = 'precise' | 'fuzzy' | 'other'

export interface ApiRecord<S extends string = string> {
  readonly name: string
  /** Where it lives; undefined means on the global (`wx.<name>`). */
  readonly surface?: Exclude<Surface, 'global'>
  /** The base library it appeared in ("需要基础库"): wx.canIUse answers false below it (rule CANIUSE-BASE-LIBRARY). */
  readonly since?: string
  /** How messages and the timeline name it when it is not a function of the global. */
  readonly label?: string
  /** The name errMsg carries when it differs from the API's (RecorderManager.start reports `operateRecorder`). */
  readonly errMsgName?: string
  /** The name a failure's errMsg carries when it depends on the client (`<camera>` on Android: `insertXWebCamera`). */
  readonly failNameFor?: (engine: Engine, failure: Failure) => string | undefined
  /** Returns a promise when called without success/fail/complete, unless the client excludes it. */
  readonly promise?: boolean
  /** Option types and required options, checked first, in the base library's words. */
  readonly params?: ParamSpec
  /** Minimal valid options: what the table-driven tests call it with. */
  readonly example?: Options
  /** The scopes that gate it, checked in this order. */
  readonly scopes?: readonly S[]
  /** The option that names the scope the call asks for (authorize): its privacy type is that scope's APIs'. */
  readonly scopeOption?: string
  /** It handles personal information, so it passes the privacy layer. */
  readonly privacy?: boolean
  /** What onNeedPrivacyAuthorization's `eventInfo.referrer` names it, when not its name (`button.getPhoneNumber`). */
  readonly privacyReferrer?: string
  /** app.json must list it in `requiredPrivateInfos`. */
  readonly privateInfo?: PrivateInfo
  /** app.json must list this background mode in `requiredBackgroundModes`. */
  readonly backgroundMode?: string
  /** An OS switch of its own, off: 'bluetooth-off' style failure after the scope passes. */
  readonly osSwitch?: { readonly option: OsSwitch; readonly failure: Failure }
  /** Only callable with tap state. */
  readonly tapRequired?: boolean
  /** The base library from which the tap rule holds (openSetting: 2.3.0); before it, no tap state is needed. */
  readonly tapRequiredSince?: string
  /** Its callbacks continue the tap state it was called with. */
  readonly carriesTap?: boolean
  /** The same, where an option decides it (authorize: `authorizeCarriesTap`). */
  readonly carriesTapIf?: (engine: Engine) => boolean
  /** A popup on every call for this scope, recording nothing (getUserProfile). */
  readonly promptsEveryCall?: S
  /** It opens a page the user may close without choosing: `<api>:fail cancel`. */
  readonly picker?: boolean
  /**
   * The client shows a system sheet of its own the user may back out of (iOS's save sheet): `<api>:fail cancel` when
   * the script says so (`user.willCancel(api)`); otherwise the user goes through with it.
   */
  readonly sheet?: boolean
  /** Checks beyond option types (lengths, counts), after the tap rule and before the gates. */
  readonly check?: Step
  /**
   * Steps of its own in place of the standard gates (authorize, getSetting, showModal, ...); one of them
   * returns the Outcome unless `result` builds the success.
   */
  readonly steps?: readonly Step[]
  /**
   * The success data without errMsg, once every step let the call through. It must return a fresh object:
   * that object becomes the result, with `errMsg` appended last, the order WeChat's bridge delivers.
   */
  readonly result?: (call: Call) => object | undefined
  /** A synchronous API: what it returns, given its arguments; `fail` throws the named failure, spelled by the profile. */
  readonly sync?: (engine: Engine, args: readonly unknown[], fail: SyncFail) => unknown
  /**
   * Who answers it in a test, when not a handler: the scripted user or an option. `fakeWx.use()` refuses a
   * handler for it and says what to write instead.
   */
  readonly answeredBy?: { readonly by: string; readonly write: string }
  /** Shapes a response a network handler kind gave (route maps, msw) into the call's outcome (src/network/). */
  readonly respond?: (call: Call, response: RawResponse) => Outcome
  /** What a handler that returns nothing means, when not an empty success (cloud.callFunction: no such function). */
  readonly answerNothing?: (call: Call) => Outcome
  /** What the call returns to the app at once (wx.request's RequestTask), in place of nothing or a promise. */
  readonly task?: (call: Call) => object
}

/** Fails a synchronous call: throws `<api>:fail<spelling><detail>` into the app, as the client's sync APIs throw. */
export type SyncFail = (failure: Failure, detail?: string) => never
