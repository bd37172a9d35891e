/**
 * The feedback UI: toast and loading (one slot), the navigation bar, the tab bar, pull-down refresh, page
 * scrolling and vibration. Each writes what it shows to the fake's screen (src/ui-state.ts; `fake.ui`
 * reads it). Loaded on the first call of one of them. Rules: UI-TOAST, UI-TOAST-DURATION, UI-LOADING,
 * UI-ONE-SLOT, UI-HIDE-EITHER, UI-HIDE-NO-CONFLICT, UI-HIDE-NOTHING, UI-HIDE-TOAST-NOTHING, UI-NAVIGATION-BAR,
 * UI-NAVIGATION-BAR-DEFAULTS, UI-TAB-BAR, UI-TAB-BAR-BADGE-LONG, UI-NOT-TAB-BAR-PAGE, UI-PULL-DOWN-REFRESH,
 * UI-PAGE-SCROLL, UI-VIBRATE, UI-PROMISE.
 */
import { fail, ok, type Call, type Outcome } from '../../../api-record'
import type { Engine } from '../../../engine'
import type { ParamSpec } from '../../../params'
import type { ToastState } from '../../../ui-state'
import type { WechatApi } from '../apis/record'

/** showToast's defaults: a success icon for 1.5 s, no mask. */
const TOAST_ICON = 'success'
const TOAST_DURATION = 1500

/** "超过 4 个字符则显示成 ..." */
const BADGE_MAX = 4

function showToast(call: Call): Outcome {
  const { engine, options } = call
  const toast: ToastState = {
    title: options.title as string,
    icon: (options.icon as string | undefined) ?? TOAST_ICON,
    ...(options.image !== undefined && { image: options.image as string }),
    duration: (options.duration as number | undefined) ?? TOAST_DURATION,
    mask: (options.mask as boolean | undefined) ?? false,
  }
  // The one slot: a toast replaces the loading, or the toast, on screen.
  engine.ui.slot = { kind: 'toast', toast }
  // It hides itself once its duration has passed on the test's timers, unless something replaced it first.
  engine.scheduler.after(toast.duration, () => {
    if (engine.ui.slot?.kind === 'toast' && engine.ui.slot.toast === toast) engine.ui.slot = null
  })
  return ok()
}

/**
 * hideToast / hideLoading: each hides its own kind, and the other one too unless `noConflict` (2.22.1);
 * with nothing of that on screen, `<api>:fail toast can't be found`.
 */
function hide(own: 'toast' | 'loading') {
  return ({ engine, options }: Call): Outcome => {
    const shown = engine.ui.slot?.kind
    if (shown === undefined || (shown !== own && options.noConflict === true)) return fail('toast-not-found')
    engine.ui.slot = null
    return ok()
  }
}

/** The app has no tab bar (app.json without `tabBar`), so no page is a tab page. */
function notTabBarPage(engine: Engine): boolean {
  const { appJson } = engine.options
  return appJson !== undefined && appJson.tabBar === undefined
}

/** A tab bar API: fails on a page that is not a tab page, otherwise changes the tab bar. */
function tabBar(name: string, params: ParamSpec, change: (call: Call) => void): WechatApi {
  return {
    name,
    promise: true,
    params,
    steps: [
      (call) => {
        if (notTabBarPage(call.engine)) return fail('not-tab-bar-page')
        change(call)
        return ok()
      },
    ],
  }
}

/** An API that changes the screen and succeeds. */
function screen(name: string, params: ParamSpec | undefined, change: (call: Call) => void): WechatApi {
  return {
    name,
    promise: true,
    ...(params !== undefined && { params }),
    steps: [
      (call) => {
        change(call)
        return ok()
      },
    ],
  }
}

const INDEX: ParamSpec = { index: { type: 'Number', required: true } }
const ANIMATION: ParamSpec = { animation: { type: 'Boolean' } }
const NO_CONFLICT: ParamSpec = { noConflict: { type: 'Boolean' } }

const records: readonly WechatApi[] = [
  {
    name: 'showToast',
    promise: true,
    params: {
      title: { type: 'String', required: true },
      icon: { type: 'String' },
      image: { type: 'String' },
      duration: { type: 'Number' },
      mask: { type: 'Boolean' },
    },
    steps: [showToast],
  },
  { name: 'hideToast', promise: true, params: NO_CONFLICT, steps: [hide('toast')] },
  screen('showLoading', { title: { type: 'String', required: true }, mask: { type: 'Boolean' } }, ({ engine, options }) => {
    // A loading stays until hidden; it replaces a toast on screen.
    engine.ui.slot = { kind: 'loading', loading: { title: options.title as string, mask: (options.mask as boolean | undefined) ?? false } }
  }),
  { name: 'hideLoading', promise: true, params: NO_CONFLICT, steps: [hide('loading')] },
  screen('setNavigationBarTitle', { title: { type: 'String', required: true } }, ({ engine, options }) => {
    engine.ui.navigationBar = { ...engine.ui.navigationBar, title: options.title as string }
  }),
  screen(
    'setNavigationBarColor',
    { frontColor: { type: 'String', required: true }, backgroundColor: { type: 'String', required: true }, animation: { type: 'Object' } },
    ({ engine, options }) => {
      engine.ui.navigationBar = { ...engine.ui.navigationBar, frontColor: options.frontColor as string, backgroundColor: options.backgroundColor as string }
    },
  ),
  screen('showNavigationBarLoading', undefined, ({ engine }) => {
    engine.ui.navigationBar = { ...engine.ui.navigationBar, loading: true }
  }),
  screen('hideNavigationBarLoading', undefined, ({ engine }) => {
    engine.ui.navigationBar = { ...engine.ui.navigationBar, loading: false }
  }),
  tabBar('setTabBarBadge', { ...INDEX, text: { type: 'String', required: true } }, ({ engine, options }) => {
    const text = options.text as string
    engine.ui.badges.set(options.index as number, [...text].length > BADGE_MAX ? '...' : text)
  }),
  tabBar('removeTabBarBadge', INDEX, ({ engine, options }) => engine.ui.badges.delete(options.index as number)),
  tabBar('showTabBarRedDot', INDEX, ({ engine, options }) => engine.ui.redDots.add(options.index as number)),
  tabBar('hideTabBarRedDot', INDEX, ({ engine, options }) => engine.ui.redDots.delete(options.index as number)),
  tabBar('showTabBar', ANIMATION, ({ engine }) => {
    engine.ui.tabBarVisible = true
  }),
  tabBar('hideTabBar', ANIMATION, ({ engine }) => {
    engine.ui.tabBarVisible = false
  }),
  // The page's onPullDownRefresh is the page's business (the page harness); the screen shows the animation.
  screen('startPullDownRefresh', undefined, ({ engine }) => {
    engine.ui.pullDownRefresh = true
  }),
  screen('stopPullDownRefresh', undefined, ({ engine }) => {
    engine.ui.pullDownRefresh = false
  }),
  screen(
    'pageScrollTo',
    { scrollTop: { type: 'Number' }, duration: { type: 'Number' }, selector: { type: 'String' }, offsetTop: { type: 'Number' } },
    () => undefined,
  ),
  screen('vibrateShort', { type: { type: 'String' } }, () => undefined),
  screen('vibrateLong', undefined, () => undefined),
]

export default records
