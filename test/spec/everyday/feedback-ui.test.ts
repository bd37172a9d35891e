/** The feedback UI on the fake's screen: toast and loading, the bars, pull-down refresh (rules UI-*, MODAL-*). */
import { printTimeline } from 'fake-wx/serializer'
import { callWithCallbacks, fresh, outcome } from '../../support/fixtures'
import { timers } from '../../support/runner'

/** Runs `body` under fake timers, always restoring the real ones. */
async function withFakeTimers(body: () => Promise<void> | void): Promise<void> {
  timers.useFakeTimers()
  try {
    await body()
  } finally {
    timers.useRealTimers()
  }
}

describe('the toast', () => {
  // rule: UI-TOAST
  it('shows with its defaults: a success icon for 1500 ms, no mask', async () => {
    const fake = fresh()
    expect(fake.ui.toast).toBeNull()
    await expect(fake.wx.showToast!({ title: '已保存' })).resolves.toEqual({ errMsg: 'showToast:ok' })
    expect(fake.ui.toast).toEqual({ title: '已保存', icon: 'success', duration: 1500, mask: false })
  })

  // rule: UI-TOAST
  it('shows the options given, the image among them', async () => {
    const fake = fresh()
    await fake.wx.showToast!({ title: '网络不给力', icon: 'none', duration: 3000, mask: true })
    expect(fake.ui.toast).toEqual({ title: '网络不给力', icon: 'none', duration: 3000, mask: true })
    await fake.wx.showToast!({ title: '收藏', icon: 'error', image: '/images/star.png' })
    expect(fake.ui.toast).toEqual({ title: '收藏', icon: 'error', image: '/images/star.png', duration: 1500, mask: false })
  })

  // rule: UI-TOAST-DURATION
  it('hides itself once its duration has passed on fake timers, and not before', async () => {
    await withFakeTimers(async () => {
      const fake = fresh()
      await fake.wx.showToast!({ title: '已保存' })
      timers.advanceTimersByTime(1499)
      expect(fake.ui.toast).toEqual(expect.objectContaining({ title: '已保存' }))
      timers.advanceTimersByTime(1)
      expect(fake.ui.toast).toBeNull()
      await fake.wx.showToast!({ title: '长', duration: 5000 })
      timers.advanceTimersByTime(4999)
      expect(fake.ui.toast?.title).toBe('长')
      timers.advanceTimersByTime(1)
      expect(fake.ui.toast).toBeNull()
    })
  })

  // rule: UI-TOAST-DURATION, UI-REPLACE
  it('a toast shown over another keeps its own duration: the first one’s end does not hide it', async () => {
    await withFakeTimers(async () => {
      const fake = fresh()
      await fake.wx.showToast!({ title: 'A', duration: 1000 })
      timers.advanceTimersByTime(500)
      await fake.wx.showToast!({ title: 'B', duration: 1000 })
      timers.advanceTimersByTime(500)
      expect(fake.ui.toast?.title).toBe('B')
      timers.advanceTimersByTime(500)
      expect(fake.ui.toast).toBeNull()
    })
  })

  it('settled() and user.tap() do not wait for it to fade', async () => {
    await withFakeTimers(async () => {
      const fake = fresh()
      await fake.user.tap(() => fake.wx.showToast!({ title: '已保存', duration: 20 }))
      await fake.settled()
      expect(fake.ui.toast?.title).toBe('已保存')
    })
  })

  it('on real timers it fades after its duration', async () => {
    const fake = fresh()
    // A duration with room to spare: a loaded machine (or an instrumented run) must not fade it before the check.
    await fake.wx.showToast!({ title: '已保存', duration: 200 })
    expect(fake.ui.toast?.title).toBe('已保存')
    await new Promise((resolve) => setTimeout(resolve, 260))
    expect(fake.ui.toast).toBeNull()
  })

  it('reset() takes it off the screen, and a timer from before the reset hides nothing after it', async () => {
    await withFakeTimers(async () => {
      const fake = fresh()
      await fake.wx.showToast!({ title: 'old', duration: 1000 })
      fake.reset()
      expect(fake.ui.toast).toBeNull()
      await fake.wx.showToast!({ title: 'new', duration: 3000 })
      timers.advanceTimersByTime(1000)
      expect(fake.ui.toast?.title).toBe('new')
    })
  })
})

describe('the loading', () => {
  // rule: UI-LOADING
  it('shows its title and mask, and stays until hidden', async () => {
    await withFakeTimers(async () => {
      const fake = fresh()
      expect(fake.ui.loading).toBeNull()
      await expect(fake.wx.showLoading!({ title: '加载中', mask: true })).resolves.toEqual({ errMsg: 'showLoading:ok' })
      timers.advanceTimersByTime(60_000)
      expect(fake.ui.loading).toEqual({ title: '加载中', mask: true })
      await expect(fake.wx.hideLoading!()).resolves.toEqual({ errMsg: 'hideLoading:ok' })
      expect(fake.ui.loading).toBeNull()
      await fake.wx.showLoading!({ title: '提交中' })
      expect(fake.ui.loading).toEqual({ title: '提交中', mask: false })
    })
  })
})

describe('one slot for both', () => {
  // rule: UI-ONE-SLOT, UI-REPLACE
  it('a toast replaces the loading, and a loading the toast', async () => {
    const fake = fresh()
    await fake.wx.showLoading!({ title: '加载中' })
    await fake.wx.showToast!({ title: '失败', icon: 'error' })
    expect([fake.ui.loading, fake.ui.toast?.title]).toEqual([null, '失败'])
    await fake.wx.showLoading!({ title: '重试中' })
    expect([fake.ui.loading?.title, fake.ui.toast]).toEqual(['重试中', null])
  })

  // rule: UI-HIDE-EITHER
  it('hideToast hides a loading and hideLoading a toast', async () => {
    const fake = fresh()
    await fake.wx.showLoading!({ title: '加载中' })
    await expect(fake.wx.hideToast!()).resolves.toEqual({ errMsg: 'hideToast:ok' })
    expect(fake.ui.loading).toBeNull()
    await fake.wx.showToast!({ title: '好' })
    await expect(fake.wx.hideLoading!()).resolves.toEqual({ errMsg: 'hideLoading:ok' })
    expect(fake.ui.toast).toBeNull()
  })

  // rule: UI-HIDE-NO-CONFLICT
  it('with noConflict each hides only its own kind, and fails on the other', async () => {
    const fake = fresh()
    await fake.wx.showLoading!({ title: '加载中' })
    await expect(fake.wx.hideToast!({ noConflict: true })).rejects.toEqual({ errMsg: "hideToast:fail toast can't be found" })
    expect(fake.ui.loading?.title).toBe('加载中')
    await expect(fake.wx.hideLoading!({ noConflict: true })).resolves.toEqual({ errMsg: 'hideLoading:ok' })
    await fake.wx.showToast!({ title: '好' })
    await expect(fake.wx.hideLoading!({ noConflict: true })).rejects.toEqual({ errMsg: "hideLoading:fail toast can't be found" })
    expect(fake.ui.toast?.title).toBe('好')
    await expect(fake.wx.hideToast!({ noConflict: true })).resolves.toEqual({ errMsg: 'hideToast:ok' })
    expect(fake.ui.toast).toBeNull()
  })

  // rule: UI-HIDE-NOTHING
  it.each([
    ['devtools', "hideLoading:fail toast can't be found"],
    ['ios', "hideLoading:fail toast can't be found"],
    ['android', "hideLoading:fail:toast can't be found"],
  ] as const)('hideLoading with nothing shown fails on %s: %s', async (platform, errMsg) => {
    const fake = fresh({ platform })
    await expect(fake.wx.hideLoading!()).rejects.toEqual({ errMsg })
    await fake.wx.showLoading!({ title: '加载中' })
    await fake.wx.hideLoading!()
    await expect(fake.wx.hideLoading!()).rejects.toEqual({ errMsg })
  })

  // rule: UI-HIDE-TOAST-NOTHING
  it.each([
    ['ios', "hideToast:fail toast can't be found"],
    ['android', "hideToast:fail:toast can't be found"],
  ] as const)('hideToast with nothing shown fails on %s too: %s, also once the toast has faded', async (platform, errMsg) => {
    await withFakeTimers(async () => {
      const fake = fresh({ platform })
      await expect(fake.wx.hideToast!()).rejects.toEqual({ errMsg })
      await fake.wx.showToast!({ title: '好' })
      timers.advanceTimersByTime(1500)
      await expect(fake.wx.hideToast!()).rejects.toEqual({ errMsg })
    })
  })

  it('callers that swallow the failure with fail callbacks see fail then complete', async () => {
    const fake = fresh()
    const { events } = callWithCallbacks(fake, 'hideLoading')
    await fake.settled()
    expect(events.map(([name, res]) => `${name} ${res.errMsg}`)).toEqual(["fail hideLoading:fail toast can't be found", "complete hideLoading:fail toast can't be found"])
  })
})

describe('a refusal path does not leave the mask up', () => {
  it('loading, a refused location, the loading hidden, a toast: what the screen shows at each step', async () => {
    const fake = fresh()
    fake.user.willDeny('scope.userLocation')
    const screens: unknown[] = []
    await fake.user.tap(async () => {
      await fake.wx.showLoading!({ title: '定位中', mask: true })
      screens.push([fake.ui.loading, fake.ui.toast])
      await outcome(fake.wx.getLocation!({ type: 'gcj02' }))
      await fake.wx.hideLoading!()
      await fake.wx.showToast!({ title: '无法定位', icon: 'none' })
    })
    screens.push([fake.ui.loading, fake.ui.toast])
    expect(screens).toEqual([
      [{ title: '定位中', mask: true }, null],
      [null, { title: '无法定位', icon: 'none', duration: 1500, mask: false }],
    ])
  })
})

describe('the navigation bar', () => {
  // rule: UI-NAVIGATION-BAR-DEFAULTS
  it("starts as the client's default: no title, white text on black", () => {
    expect(fresh().ui.navigationBar).toEqual({ title: '', loading: false, frontColor: '#ffffff', backgroundColor: '#000000' })
  })

  // rule: UI-NAVIGATION-BAR-DEFAULTS
  it("starts as app.json's window sets it", () => {
    const fake = fresh({ appJson: { window: { navigationBarTitleText: '门店', navigationBarBackgroundColor: '#f8f8f8', navigationBarTextStyle: 'black' } } })
    expect(fake.ui.navigationBar).toEqual({ title: '门店', loading: false, frontColor: '#000000', backgroundColor: '#f8f8f8' })
    fake.configure({ appJson: { window: { navigationBarTextStyle: 'white' } } })
    expect(fake.ui.navigationBar).toEqual({ title: '', loading: false, frontColor: '#ffffff', backgroundColor: '#000000' })
    // Values of the wrong type are not taken (the devtools refuse to compile them).
    fake.configure({ appJson: { window: { navigationBarTitleText: 5, navigationBarBackgroundColor: null } } })
    expect(fake.ui.navigationBar).toEqual({ title: '', loading: false, frontColor: '#ffffff', backgroundColor: '#000000' })
  })

  // rule: UI-NAVIGATION-BAR
  it('shows the title, colours and loading animation the app sets; reset() returns to the defaults', async () => {
    const fake = fresh()
    await expect(fake.wx.setNavigationBarTitle!({ title: '订单详情' })).resolves.toEqual({ errMsg: 'setNavigationBarTitle:ok' })
    await expect(fake.wx.setNavigationBarColor!({ frontColor: '#000000', backgroundColor: '#ffffff', animation: { duration: 400 } })).resolves.toEqual({
      errMsg: 'setNavigationBarColor:ok',
    })
    await expect(fake.wx.showNavigationBarLoading!()).resolves.toEqual({ errMsg: 'showNavigationBarLoading:ok' })
    expect(fake.ui.navigationBar).toEqual({ title: '订单详情', loading: true, frontColor: '#000000', backgroundColor: '#ffffff' })
    await expect(fake.wx.hideNavigationBarLoading!()).resolves.toEqual({ errMsg: 'hideNavigationBarLoading:ok' })
    expect(fake.ui.navigationBar.loading).toBe(false)
    fake.reset()
    expect(fake.ui.navigationBar).toEqual({ title: '', loading: false, frontColor: '#ffffff', backgroundColor: '#000000' })
  })
})

describe('the tab bar', () => {
  // rule: UI-TAB-BAR
  it('shows badges, red dots and itself as the app sets them', async () => {
    const fake = fresh()
    expect(fake.ui.tabBar).toEqual({ visible: true, badges: {}, redDots: [] })
    await expect(fake.wx.setTabBarBadge!({ index: 2, text: '3' })).resolves.toEqual({ errMsg: 'setTabBarBadge:ok' })
    await fake.wx.setTabBarBadge!({ index: 0, text: '新' })
    await fake.wx.showTabBarRedDot!({ index: 3 })
    await fake.wx.showTabBarRedDot!({ index: 1 })
    await expect(fake.wx.hideTabBar!({ animation: true })).resolves.toEqual({ errMsg: 'hideTabBar:ok' })
    expect(fake.ui.tabBar).toEqual({ visible: false, badges: { 0: '新', 2: '3' }, redDots: [1, 3] })
    await expect(fake.wx.removeTabBarBadge!({ index: 2 })).resolves.toEqual({ errMsg: 'removeTabBarBadge:ok' })
    await expect(fake.wx.hideTabBarRedDot!({ index: 3 })).resolves.toEqual({ errMsg: 'hideTabBarRedDot:ok' })
    await expect(fake.wx.showTabBar!({})).resolves.toEqual({ errMsg: 'showTabBar:ok' })
    expect(fake.ui.tabBar).toEqual({ visible: true, badges: { 0: '新' }, redDots: [1] })
    fake.reset()
    expect(fake.ui.tabBar).toEqual({ visible: true, badges: {}, redDots: [] })
  })

  // rule: UI-TAB-BAR-BADGE-LONG
  it('a badge text longer than 4 characters shows as ...', async () => {
    const fake = fresh()
    await fake.wx.setTabBarBadge!({ index: 0, text: '9999' })
    await fake.wx.setTabBarBadge!({ index: 1, text: '10000' })
    await fake.wx.setTabBarBadge!({ index: 2, text: '新消息提醒' })
    expect(fake.ui.tabBar.badges).toEqual({ 0: '9999', 1: '...', 2: '...' })
  })

  // rule: UI-NOT-TAB-BAR-PAGE
  it.each([
    ['ios', 'setTabBarBadge:fail not TabBar page'],
    ['android', 'setTabBarBadge:fail:not TabBar page'],
  ] as const)('in an app whose app.json has no tabBar, every tab bar API fails on %s: %s', async (platform, errMsg) => {
    const fake = fresh({ platform, appJson: { pages: ['pages/index/index'] } })
    await expect(fake.wx.setTabBarBadge!({ index: 0, text: '1' })).rejects.toEqual({ errMsg })
    for (const [api, options] of [
      ['removeTabBarBadge', { index: 0 }],
      ['showTabBarRedDot', { index: 0 }],
      ['hideTabBarRedDot', { index: 0 }],
      ['showTabBar', {}],
      ['hideTabBar', {}],
    ] as const) {
      const [how, res] = await outcome(fake.wx[api]!(options))
      expect([how, res.errMsg]).toEqual(['rejected', errMsg.replace('setTabBarBadge', api)])
    }
    expect(fake.ui.tabBar).toEqual({ visible: true, badges: {}, redDots: [] })
  })

  // rule: UI-TAB-BAR-PAGE-ASSUMED
  it("with a tabBar in app.json, the page is taken for a tab page", async () => {
    const fake = fresh({ appJson: { tabBar: { list: [{ pagePath: 'pages/index/index', text: '首页' }] } } })
    await expect(fake.wx.showTabBarRedDot!({ index: 0 })).resolves.toEqual({ errMsg: 'showTabBarRedDot:ok' })
  })
})

describe('pull-down refresh, scrolling, vibration', () => {
  // rule: UI-PULL-DOWN-REFRESH
  it('startPullDownRefresh shows the refresh animation until stopPullDownRefresh', async () => {
    const fake = fresh()
    expect(fake.ui.pullDownRefresh).toBe(false)
    await expect(fake.wx.startPullDownRefresh!()).resolves.toEqual({ errMsg: 'startPullDownRefresh:ok' })
    expect(fake.ui.pullDownRefresh).toBe(true)
    await expect(fake.wx.stopPullDownRefresh!()).resolves.toEqual({ errMsg: 'stopPullDownRefresh:ok' })
    expect(fake.ui.pullDownRefresh).toBe(false)
  })

  // rule: UI-PAGE-SCROLL, UI-VIBRATE, UI-PROMISE
  it.each([
    ['pageScrollTo', { scrollTop: 0, duration: 300 }],
    ['pageScrollTo', { selector: '#comments', offsetTop: -20 }],
    ['vibrateShort', { type: 'heavy' }],
    ['vibrateShort', {}],
    ['vibrateLong', {}],
  ])('%s(%j) succeeds, in either style', async (api, options) => {
    const fake = fresh()
    await expect(fake.wx[api]!(options)).resolves.toEqual({ errMsg: `${api}:ok` })
    const { events } = callWithCallbacks(fake, api, options)
    await fake.settled()
    expect(events.map(([name]) => name)).toEqual(['success', 'complete'])
  })
})

describe('bad input', () => {
  // rule: ERRMSG-PARAM-TYPE
  it.each([
    ['showLoading', {}, 'showLoading:fail parameter error: parameter.title should be String instead of Undefined;'],
    ['showToast', { title: '好', mask: 'yes' }, 'showToast:fail parameter error: parameter.mask should be Boolean instead of String;'],
    ['hideToast', { noConflict: 1 }, 'hideToast:fail parameter error: parameter.noConflict should be Boolean instead of Number;'],
    ['setNavigationBarTitle', { title: 3 }, 'setNavigationBarTitle:fail parameter error: parameter.title should be String instead of Number;'],
    ['setNavigationBarColor', { frontColor: '#000000' }, 'setNavigationBarColor:fail parameter error: parameter.backgroundColor should be String instead of Undefined;'],
    ['setTabBarBadge', { index: '1', text: '1' }, 'setTabBarBadge:fail parameter error: parameter.index should be Number instead of String;'],
    ['showTabBarRedDot', {}, 'showTabBarRedDot:fail parameter error: parameter.index should be Number instead of Undefined;'],
    ['pageScrollTo', { scrollTop: '100' }, 'pageScrollTo:fail parameter error: parameter.scrollTop should be Number instead of String;'],
  ])('%s(%j) fails with the parameter error and changes nothing on screen', async (api, options, errMsg) => {
    const fake = fresh()
    await expect(fake.wx[api]!(options)).rejects.toEqual({ errMsg })
    expect([fake.ui.toast, fake.ui.loading, fake.ui.navigationBar.title, fake.ui.tabBar.redDots]).toEqual([null, null, '', []])
  })

  it('what fake.ui returns is a copy: changing it changes nothing', async () => {
    const fake = fresh()
    await fake.wx.showLoading!({ title: '加载中' })
    ;(fake.ui.loading as { title: string }).title = '改'
    ;(fake.ui.navigationBar as { title: string }).title = '改'
    ;(fake.ui.tabBar.redDots as number[]).push(1)
    expect([fake.ui.loading?.title, fake.ui.navigationBar.title, fake.ui.tabBar.redDots]).toEqual(['加载中', '', []])
  })
})

describe('wx.showModal without a cancel button', () => {
  // rule: MODAL-ONLY-CONFIRM
  it('needs no script: the user can only confirm, and nothing is reported', async () => {
    const fake = fresh()
    await expect(fake.wx.showModal!({ title: '提示', content: '已提交', showCancel: false })).resolves.toEqual({
      errMsg: 'showModal:ok',
      confirm: true,
      cancel: false,
    })
    expect(fake.log.problems()).toEqual([])
    expect(printTimeline(fake.log).split('\n')).toEqual([
      "#1 wx.showModal({ title: '提示', content: '已提交', showCancel: false })",
      "  modal '提示'",
      '  user confirms (the only button)',
      "  resolve { errMsg: 'showModal:ok', confirm: true, cancel: false }",
    ])
    expect(() => fake.verify()).not.toThrow()
  })

  it('with a cancel button it still needs a script', async () => {
    const fake = fresh()
    await fake.wx.showModal!({ title: '提示', showCancel: true })
    expect(fake.log.problems().map((p) => p.kind)).toEqual(['unscripted-prompt'])
  })
})

describe("wx.showModal's button texts", () => {
  // rule: MODAL-BUTTON-TEXT, MODAL-BUTTON-TEXT-COUNT
  it.each([
    [{ confirmText: '去设置' }, 'showModal:ok'],
    [{ confirmText: '立即设置' }, 'showModal:ok'],
    [{ confirmText: 'Settings' }, 'showModal:ok'],
    [{ confirmText: '立即去设置' }, 'showModal:fail confirmText length should not larger than 4 Chinese characters'],
    [{ confirmText: 'Settings!' }, 'showModal:fail confirmText length should not larger than 4 Chinese characters'],
    [{ confirmText: '去Settings' }, 'showModal:fail confirmText length should not larger than 4 Chinese characters'],
    [{ cancelText: '暂不开启了' }, 'showModal:fail cancelText length should not larger than 4 Chinese characters'],
    [{ cancelText: '再想想吧', confirmText: '立即前往设置' }, 'showModal:fail confirmText length should not larger than 4 Chinese characters'],
    [{ cancelText: '我再想想吧', confirmText: '立即前往设置' }, 'showModal:fail cancelText length should not larger than 4 Chinese characters'],
  ])('%j: %s', async (texts, errMsg) => {
    const fake = fresh()
    fake.user.willConfirmModal()
    const [, res] = await outcome(fake.wx.showModal!({ title: '需要权限', ...texts }))
    expect(res.errMsg).toBe(errMsg)
    // A refused modal never shows.
    expect(fake.log.modals()).toHaveLength(errMsg === 'showModal:ok' ? 1 : 0)
  })
})
