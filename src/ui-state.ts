/**
 * What the app has put on screen through the feedback APIs: the one toast-or-loading slot, the
 * navigation bar, the tab bar, the pull-down refresh. The lazily loaded UI family writes it; the
 * controller shows it read-only as `fake.ui`, so a test can assert that a refusal path leaves no mask up.
 * Plain data, no behaviour: the rules (a toast replaces the loading, what hiding what is not shown does)
 * live with the APIs in src/hosts/wechat/families/feedback.ts.
 */
import type { AppJson } from './options'

/** The toast on screen (wx.showToast's options, with their defaults). */
export interface ToastState {
  readonly title: string
  readonly icon: string
  /** Only when the app passed one: it wins over the icon. */
  readonly image?: string
  readonly duration: number
  readonly mask: boolean
}

/** The loading indicator on screen (wx.showLoading). */
export interface LoadingState {
  readonly title: string
  readonly mask: boolean
}

/** The current page's navigation bar. */
export interface NavigationBarState {
  readonly title: string
  /** The loading animation of wx.showNavigationBarLoading. */
  readonly loading: boolean
  readonly frontColor: string
  readonly backgroundColor: string
}

/** The tab bar: shown or hidden, each item's badge text and red dot. */
export interface TabBarState {
  readonly visible: boolean
  /** Badge text by item index (counted from the left, from 0). */
  readonly badges: Readonly<Record<number, string>>
  /** The indexes of the items showing a red dot, in ascending order. */
  readonly redDots: readonly number[]
}

/** `fake.ui`: what is on screen now. */
export interface FakeUi {
  /** The toast shown, or null. A toast hides itself after its duration (on the test's timers) or through hideToast. */
  readonly toast: ToastState | null
  /** The loading shown, or null: it stays until hideLoading (or hideToast) hides it. */
  readonly loading: LoadingState | null
  readonly navigationBar: NavigationBarState
  readonly tabBar: TabBarState
  /** The pull-down refresh animation is running (startPullDownRefresh until stopPullDownRefresh). */
  readonly pullDownRefresh: boolean
}

/** The toast and the loading share one slot: one of them, or nothing. */
export type FeedbackSlot = { readonly kind: 'toast'; readonly toast: ToastState } | { readonly kind: 'loading'; readonly loading: LoadingState } | null

export class UiState {
  slot: FeedbackSlot = null
  /** What the app changed on the navigation bar; the rest comes from app.json's `window`. */
  navigationBar: Partial<NavigationBarState> = {}
  tabBarVisible = true
  readonly badges = new Map<number, string>()
  readonly redDots = new Set<number>()
  pullDownRefresh = false

  reset(): void {
    this.slot = null
    this.navigationBar = {}
    this.tabBarVisible = true
    this.badges.clear()
    this.redDots.clear()
    this.pullDownRefresh = false
  }

  /** A read-only view for the controller: fresh objects on every read, so a test cannot change the state. */
  view(appJson: () => AppJson | undefined): FakeUi {
    const state = this
    return {
      get toast() {
        return state.slot?.kind === 'toast' ? { ...state.slot.toast } : null
      },
      get loading() {
        return state.slot?.kind === 'loading' ? { ...state.slot.loading } : null
      },
      get navigationBar() {
        return { ...navigationBarDefaults(appJson()), ...state.navigationBar }
      },
      get tabBar() {
        // Index keys list in ascending order by themselves; the red dots are sorted to match.
        return { visible: state.tabBarVisible, badges: Object.fromEntries(state.badges), redDots: [...state.redDots].sort((a, b) => a - b) }
      },
      get pullDownRefresh() {
        return state.pullDownRefresh
      },
    }
  }
}

/**
 * The bar a page starts with: app.json's `window` settings, else the client's defaults (an empty title,
 * white text on black; rule UI-NAVIGATION-BAR-DEFAULTS).
 */
export function navigationBarDefaults(appJson: AppJson | undefined): NavigationBarState {
  const window = (appJson?.window ?? {}) as Record<string, unknown>
  const title = window.navigationBarTitleText
  const background = window.navigationBarBackgroundColor
  return {
    title: typeof title === 'string' ? title : '',
    loading: false,
    frontColor: window.navigationBarTextStyle === 'black' ? '#000000' : '#ffffff',
    backgroundColor: typeof background === 'string' ? background : '#000000',
  }
}
