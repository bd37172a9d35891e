/**
 * The running mini program as the rest of the fake sees it: one per controller, held by its engine. The
 * harness (src/mini-program/harness/, loaded by `launch()` on first use) fills it; the `wx` navigation records
 * route through it; other API families read the launch options and hear the app going to the background
 * and back through it, without loading the harness.
 */
import type { Call, Outcome } from '../api-record'

/**
 * What `App.onLaunch` / `App.onShow` receive, and what `wx.getLaunchOptionsSync()` /
 * `wx.getEnterOptionsSync()` report (miniprogram-api-typings `App.LaunchShowOption`).
 */
export interface EnterOptions {
  /** The page the app was opened on, without a leading `/`. */
  readonly path: string
  readonly query: Readonly<Record<string, string>>
  /** The scene value: 1001 (the main entry of the Discover tab) unless the test says otherwise. */
  readonly scene: number
  readonly referrerInfo?: Readonly<{ appId?: string; extraData?: Readonly<Record<string, unknown>> }>
  readonly shareTicket?: string
  readonly [field: string]: unknown
}

/** The app going to the foreground (after `App.onShow`) or to the background (after `App.onHide`). */
export type AppEvent = { readonly type: 'show'; readonly options: EnterOptions } | { readonly type: 'hide' }

/** What the harness offers the `wx` navigation records. */
export interface NavigationRuntime {
  /** wx.navigateTo & co., called by the app: routes as WeChat does and ends the call with its outcome. */
  route(call: Call, next: (outcome: Outcome) => void): void
}

export interface MiniProgramState {
  /** The app launched in the current test, until reset(). */
  runtime: NavigationRuntime | undefined
  /** What `wx.getLaunchOptionsSync()` returns: the options of the launch, until reset(). */
  launchOptions: EnterOptions | undefined
  /** What `wx.getEnterOptionsSync()` returns: the launch's options, then those of the latest `mp.show()`. */
  enterOptions: EnterOptions | undefined
  /**
   * Called, in order, each time the app shows or hides (`mp.show()`, `mp.hide()`, and the launch's show),
   * after App's own `onShow` / `onHide`: where `wx.onAppShow` / `wx.onAppHide` listeners are wired. Kept
   * across reset(), like resetHooks: a family registers its hook once.
   */
  readonly appEventHooks: ((event: AppEvent) => void)[]
  /** Ends the running app (reset() calls it); set by the harness. */
  dispose: (() => void) | undefined
}

export function createMiniProgramState(): MiniProgramState {
  return { runtime: undefined, launchOptions: undefined, enterOptions: undefined, appEventHooks: [], dispose: undefined }
}

/** reset(): the app of the last test is gone. */
export function clearMiniProgram(state: MiniProgramState): void {
  const { dispose } = state
  state.dispose = undefined
  state.runtime = undefined
  state.launchOptions = undefined
  state.enterOptions = undefined
  dispose?.()
}
