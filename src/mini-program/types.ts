/**
 * The harness as the test sees it: `launch()` and what it returns. Types only; the harness itself
 * (src/mini-program/harness/) loads on the first launch.
 */
import type { FakeWx } from '../controller'
import type { AppJson } from '../options'
import type { EnterOptions } from './state'

export interface LaunchOptions {
  /** The mini program's folder: the one that holds app.json (project.config.json's `miniprogramRoot`). */
  readonly root: string
  /**
   * What `App.onLaunch` / `onShow` and `wx.getLaunchOptionsSync()` receive. Default: the entry page (app.json
   * `entryPagePath`, else the first page), no query, scene 1001.
   */
  readonly launchOptions?: Partial<EnterOptions>
  /** Your app.json object, in place of reading `<root>/app.json`. */
  readonly appJson?: AppJson
  /** The fake to launch in (default: the default fake, `fakeWx`). */
  readonly fake?: FakeWx
}

/** What a page or a component can hold beyond the harness' members: its methods and fields. */
export type Members = Readonly<Record<string, unknown>>

/** The pipe between a page and the page it opened (`wx.navigateTo({ events })`, `this.getOpenerEventChannel()`). */
export interface EventChannel {
  emit(eventName: string, ...args: unknown[]): void
  on(eventName: string, fn: (...args: unknown[]) => unknown): void
  once(eventName: string, fn: (...args: unknown[]) => unknown): void
  off(eventName: string, fn?: (...args: unknown[]) => unknown): void
}

/** A page: the real instance, `this` inside the page's code, as `getCurrentPages()` returns it. */
export type PageInstance<M extends object = Members> = M & {
  /** The page's path, without a leading `/`: 'pages/shop/shop'. */
  readonly route: string
  /** Its query: what onLoad received. */
  readonly options: Readonly<Record<string, string>>
  readonly data: Record<string, unknown>
  setData(data: Readonly<Record<string, unknown>>, callback?: () => void): void
  getOpenerEventChannel(): EventChannel
}

/** A component: the real instance, `this` inside the component's code. */
export type ComponentInstance<M extends object = Members> = M & {
  /** The component's path from the app's root: 'components/t-location/index'. */
  readonly is: string
  /** The data and the properties: one object, as in WeChat. */
  readonly data: Record<string, unknown>
  readonly properties: Record<string, unknown>
  setData(data: Readonly<Record<string, unknown>>, callback?: () => void): void
  triggerEvent(name: string, detail?: unknown, options?: Readonly<Record<string, unknown>>): void
  hasBehavior(behavior: object): boolean
}

/** What a component's `triggerEvent` hands the handlers given to `mountComponent(path, { on })`. */
export interface ComponentEventObject {
  readonly type: string
  readonly detail: unknown
  readonly timeStamp: number
  readonly target: { readonly id: string; readonly dataset: Readonly<Record<string, unknown>> }
  readonly currentTarget: { readonly id: string; readonly dataset: Readonly<Record<string, unknown>> }
}

export interface MountOptions {
  /** The values the parent would pass, converted to each property's type as WeChat does. */
  readonly properties?: Readonly<Record<string, unknown>>
  /** Handlers for the events it triggers, as `bind:<name>` in the parent's wxml. */
  readonly on?: Readonly<Record<string, (event: ComponentEventObject) => unknown>>
}

/** What `onShareAppMessage` receives. */
export interface ShareOptions {
  readonly from?: 'menu' | 'button'
  readonly target?: unknown
  readonly webViewUrl?: string
}

/**
 * The launched mini program. Every method that opens or closes pages resolves once the lifecycles ran, what
 * they returned has settled and the fake has nothing pending.
 */
export interface MiniProgram {
  /** The App instance, as `getApp()` returns it. */
  readonly app: Readonly<Record<string, unknown>>
  /** The folder launched, absolute. */
  readonly root: string
  /** What App.onLaunch received (and `wx.getLaunchOptionsSync()` returns). */
  readonly launchOptions: EnterOptions
  /** Closes every page and opens `url` (any page, tab or not, with a query): the way to open the first page. */
  reLaunch<M extends object = Members>(url: string): Promise<PageInstance<M>>
  /** Keeps the current page (hidden) and opens `url`, a page not in the tabBar. */
  navigateTo<M extends object = Members>(url: string, options?: { readonly events?: Readonly<Record<string, (...args: unknown[]) => unknown>> }): Promise<PageInstance<M>>
  /** Closes the current page and opens `url`, a page not in the tabBar. */
  redirectTo<M extends object = Members>(url: string): Promise<PageInstance<M>>
  /** Shows the tab page `url`, closing every page that is not a tab page. */
  switchTab<M extends object = Members>(url: string): Promise<PageInstance<M>>
  /** Closes `delta` pages (default 1; at most back to the first page) and resolves with the page revealed. */
  navigateBack<M extends object = Members>(delta?: number): Promise<PageInstance<M>>
  /** The page on top of the stack (undefined before the first page opens). */
  currentPage<M extends object = Members>(): PageInstance<M> | undefined
  /** The page stack, first page first: what `getCurrentPages()` returns. */
  pageStack(): PageInstance[]
  /** Creates the component at `path` (from the app's root) on the current page: created → attached → ready. */
  mountComponent<M extends object = Members>(path: string, options?: MountOptions): Promise<ComponentInstance<M>>
  /** The user pulls the current page down (needs `enablePullDownRefresh`): resolves with what onPullDownRefresh returned. */
  pullDownRefresh(): Promise<unknown>
  /** The user scrolls to the bottom of the current page: onReachBottom's result. */
  reachBottom(): Promise<unknown>
  /** The user scrolls the current page: onPageScroll({ scrollTop })'s result. */
  pageScroll(options: { readonly scrollTop: number }): Promise<unknown>
  /** The user shares the current page from the menu (or a share button): what onShareAppMessage returned. */
  shareAppMessage(options?: ShareOptions): Promise<unknown>
  /** The user leaves WeChat (or the app): the current page's onHide, then App.onHide. */
  hide(): Promise<void>
  /** The user comes back: App.onShow(options), then the current page's onShow. */
  show(options?: Partial<EnterOptions>): Promise<void>
}
