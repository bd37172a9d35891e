/**
 * The matchers' types, for the runner augmentations in fake-wx/vitest and fake-wx/jest and for people
 * who call expect.extend by hand. Runner-neutral: `R` is whatever the runner's matchers return.
 */
import type { ScopeState } from '../src/auth-state'
import type { Scope } from '../src/hosts/wechat/scopes'

/** An asymmetric matcher of either runner (expect.stringContaining(...), expect.any(String), ...). */
export interface AsymmetricMatcherLike {
  asymmetricMatch(other: unknown): boolean
}

type Matchable<T> = T | AsymmetricMatcherLike

/** A subset of wx.showModal's options; the ones the log records. */
export interface ModalExpectation {
  title?: Matchable<string>
  content?: Matchable<string>
  showCancel?: Matchable<boolean>
  cancelText?: Matchable<string>
  confirmText?: Matchable<string>
  editable?: Matchable<boolean>
  placeholderText?: Matchable<string>
}

export type { Scope, ScopeState }

/**
 * fake-wx's matchers. The received value is the fake `wx`, one of its API functions (which narrows the
 * assertion to that API: `expect(wx.getLocation)`), the controller or its log.
 */
export interface FakeWxMatchers<R = unknown> {
  /** A permission popup was shown (for that scope). */
  toHavePrompted(scope?: Scope): R
  /** Exactly `times` permission popups were shown for the scope. */
  toHavePromptedTimes(scope: Scope, times: number): R
  /**
   * A call (of `api`, or of the received API function) failed because the user refused its scope, now or
   * earlier, whatever the platform's spelling. A cancel or a system-permission failure does not count.
   */
  toHaveFailedWithAuthDeny(api?: string): R
  /**
   * A call failed because WeChat lacks the OS permission or the OS location switch is off
   * (`system permission denied`, `ERROR_NOCELL&WIFI_LOCATIONSWITCHOFF`), not because the user refused the scope.
   */
  toHaveFailedWithSystemDeny(api?: string): R
  /** A call (of `api`, or of the received API function) succeeded. */
  toHaveSucceeded(api?: string): R
  /** The settings page was opened (by wx.openSetting or its button). */
  toHaveOpenedSetting(): R
  /** A modal was shown; `expected` matches a subset of its options. */
  toHaveShownModal(expected?: ModalExpectation): R
  /** The scope is 'granted', 'denied' or 'unasked' (never asked) now. */
  toHaveScope(scope: Scope, state: ScopeState): R
  /**
   * A route of the launched mini program went to `route` ('pages/detail/detail', with or without '/'), with at
   * least these query values; `expect(wx.navigateTo)` counts only that API's routes.
   */
  toHaveNavigatedTo(route: string, query?: Readonly<Record<string, Matchable<string | number | boolean>>>): R
  /** A component sent the event with `triggerEvent` (with exactly `detail`, when given). */
  toHaveTriggered(name: string, detail?: unknown): R
}
