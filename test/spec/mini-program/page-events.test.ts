/**
 * What the user does to the current page and to the app: pull down, reach the bottom, scroll, share, leave
 * and come back; and what lifecycles return or throw.
 */
import { fakeWx, launch, type AppEvent, type MiniProgram } from 'fake-wx'
import { appRoot, mini, takeCalls, takeHooks } from '../../support/mini-program'

let mp: MiniProgram

beforeEach(async () => {
  mp = await launch({ root: appRoot('routes') })
  takeCalls()
})

describe('page events', () => {
  // rule: PAGE-PULL-DOWN-REFRESH
  it("pullDownRefresh runs onPullDownRefresh of a page that enables it, and resolves with what it returned, once settled", async () => {
    const page = await mp.reLaunch('pages/pull/pull')
    expect(await mp.pullDownRefresh()).toBe('refreshed')
    expect(page.data.refreshed).toBe(1)
    expect(fakeWx.log.calls('getSetting')).toHaveLength(1)
    expect(fakeWx.log.results('getSetting')).toHaveLength(1)
  })

  // rule: PAGE-PULL-DOWN-REFRESH
  it('a page that does not enable it cannot be pulled down; app.json window can enable it for every page', async () => {
    await mp.reLaunch('pages/c/c')
    await expect(mp.pullDownRefresh()).rejects.toThrow(
      'mp.pullDownRefresh(): pages/c/c cannot be pulled down: set "enablePullDownRefresh": true in pages/c/c.json or in app.json\'s "window" (without it WeChat never calls onPullDownRefresh).',
    )
    const appJson = { pages: ['pages/c/c'], window: { enablePullDownRefresh: true } }
    const other = await launch({ root: appRoot('routes'), appJson })
    await other.reLaunch('pages/c/c')
    await expect(other.pullDownRefresh()).resolves.toBeUndefined()
  })

  it('reachBottom, pageScroll and shareAppMessage resolve with what the handlers returned', async () => {
    await mp.reLaunch('pages/pull/pull')
    expect(await mp.reachBottom()).toBe('more')
    expect(await mp.pageScroll({ scrollTop: 120 })).toBe(240)
    expect(await mp.shareAppMessage()).toEqual({ title: '分享', path: '/pages/pull/pull', from: 'menu' })
    expect(await mp.shareAppMessage({ from: 'button' })).toMatchObject({ from: 'button' })
    const hooks = fakeWx.log.entries.filter((e) => e.type === 'lifecycle').slice(-4)
    expect(hooks).toEqual([
      expect.objectContaining({ hook: 'onReachBottom', target: 'pages/pull/pull' }),
      expect.objectContaining({ hook: 'onPageScroll', args: { scrollTop: 120 } }),
      expect.objectContaining({ hook: 'onShareAppMessage', args: { from: 'menu' } }),
      expect.objectContaining({ hook: 'onShareAppMessage', args: { from: 'button' } }),
    ])
  })

  // rule: PAGE-SHARE-NEEDS-HANDLER
  it('a page without onShareAppMessage cannot be shared; a page without the other handlers resolves undefined', async () => {
    await mp.reLaunch('pages/c/c')
    await expect(mp.shareAppMessage()).rejects.toThrow('mp.shareAppMessage(): pages/c/c defines no onShareAppMessage, so WeChat does not let the user share it')
    await expect(mp.reachBottom()).resolves.toBeUndefined()
    await expect(mp.pageScroll({} as never)).rejects.toThrow('mp.pageScroll(options) expects { scrollTop: <number of px> }.')
  })

  it('need an open page', async () => {
    await expect(mp.reachBottom()).rejects.toThrow("mp.reachBottom: no page is open yet. Open the first one with await mp.reLaunch('pages/a/a').")
    await expect(mp.shareAppMessage()).rejects.toThrow('no page is open yet')
    await expect(mp.pullDownRefresh()).rejects.toThrow('no page is open yet')
  })
})

describe('the app going to the background and back', () => {
  // rule: LIFECYCLE-APP-SHOW-HIDE
  it('hide: the page hides, then the app; show: the app shows with the enter options, then the page', async () => {
    await mp.reLaunch('pages/c/c?id=1')
    takeCalls()
    await mp.hide()
    await mp.show({ scene: 1007 })
    expect(takeCalls()).toEqual(['C.onHide', ['App.onHide'], ['App.onShow', { path: 'pages/c/c', query: { id: '1' }, scene: 1007 }], 'C.onShow'])
  })

  // rule: EVENT-APP-SHOW-HIDE
  it('wx.onAppShow and wx.onAppHide listeners hear the app show and hide, after App.onShow and App.onHide', async () => {
    await mp.reLaunch('pages/c/c?id=1')
    const heard: unknown[] = []
    wx.onAppShow!((options: unknown) => heard.push(['show', options]))
    wx.onAppHide!((options: unknown) => heard.push(['hide', options]))
    await mp.hide()
    await mp.show({ scene: 1007 })
    expect(heard).toEqual([
      ['hide', {}],
      ['show', { path: 'pages/c/c', query: { id: '1' }, scene: 1007 }],
    ])
    expect(takeCalls().slice(-3)).toEqual([['App.onHide'], ['App.onShow', { path: 'pages/c/c', query: { id: '1' }, scene: 1007 }], 'C.onShow'])
    expect(fakeWx.log.events().map((entry) => entry.event)).toEqual(['appHide', 'appShow'])
  })

  // rule: EVENT-APP-SHOW-HIDE
  it('with listeners of other events only, the app show and hide log no event', async () => {
    wx.onNetworkStatusChange!(() => {})
    await mp.hide()
    await mp.show()
    expect(fakeWx.log.events()).toEqual([])
  })

  it('show() without options: the current page, its query and the launch scene', async () => {
    await mp.hide()
    await mp.show()
    expect(takeCalls()).toEqual([['App.onHide'], ['App.onShow', { path: 'pages/a/a', query: {}, scene: 1001 }]])
  })

  it('hide twice, or show while shown, is a mistake in the test', async () => {
    await expect(mp.show()).rejects.toThrow('mp.show(): the app is in the foreground; send it to the background first with mp.hide().')
    await mp.hide()
    await expect(mp.hide()).rejects.toThrow('mp.hide(): the app is already in the background; bring it back with mp.show().')
    await expect(mp.show('x' as never)).rejects.toThrow('mp.show(options): options must be an object')
  })

  it("the components on the page hear it through pageLifetimes", async () => {
    await mp.reLaunch('pages/c/c')
    const counter = await mp.mountComponent('components/counter/index')
    await mp.hide()
    await mp.show()
    expect((counter.data.trace as string[]).slice(-2)).toEqual(['page hide', 'page show'])
  })
})

/** The fake's internal state, as the other API families reach it. */
function miniProgramState(): { launchOptions: unknown; enterOptions: unknown; appEventHooks: ((event: AppEvent) => void)[] } {
  const state = (fakeWx as unknown as Record<symbol, { engine: { miniProgram: ReturnType<typeof miniProgramState> } }>)[Symbol.for('fake-wx.state')]!
  return state.engine.miniProgram
}

describe('what other API families read and hear', () => {
  // rule: LIFECYCLE-APP-SHOW-HIDE
  it('the launch options and the latest enter options; the app-show hooks after App.onShow, the app-hide hooks after App.onHide', async () => {
    const state = miniProgramState()
    expect(state.launchOptions).toEqual({ path: 'pages/a/a', query: {}, scene: 1001 })
    const heard: unknown[] = []
    const hook = (event: AppEvent) => heard.push([event, [...mini.getApp()!.globalData.calls]])
    state.appEventHooks.push(hook)
    try {
      await mp.hide()
      await mp.show({ scene: 1038 })
      const enter = { path: 'pages/a/a', query: {}, scene: 1038 }
      expect(state.enterOptions).toEqual(enter)
      expect(state.launchOptions).toEqual({ path: 'pages/a/a', query: {}, scene: 1001 })
      expect(heard).toEqual([
        [{ type: 'hide' }, [['App.onHide']]],
        [{ type: 'show', options: enter }, [['App.onHide'], ['App.onShow', enter]]],
      ])
    } finally {
      state.appEventHooks.splice(state.appEventHooks.indexOf(hook), 1)
    }
    fakeWx.reset()
    expect(state.launchOptions).toBeUndefined()
    expect(state.enterOptions).toBeUndefined()
  })

  it('a hook that throws is reported; the app goes on', async () => {
    const state = miniProgramState()
    const hook = () => {
      throw new Error('hook broke')
    }
    state.appEventHooks.push(hook)
    try {
      await mp.hide()
    } finally {
      state.appEventHooks.splice(state.appEventHooks.indexOf(hook), 1)
    }
    expect(fakeWx.log.problems().map((p) => p.message)).toEqual([expect.stringMatching(/^an onAppHide hook threw: Error: hook broke/)])
    fakeWx.reset()
  })
})

describe('what lifecycles return or throw', () => {
  // rule: LIFECYCLE-NOT-AWAITED
  it('a promise is not waited for before the next hook, but the route resolves once it settled', async () => {
    const page = await mp.reLaunch('pages/async/async')
    expect(page.data.status).toBe('getSetting:ok')
    const order = fakeWx.log.entries.map((e) => (e.type === 'lifecycle' ? e.hook : e.type === 'call' ? e.api : e.type))
    expect(order.slice(order.indexOf('onLoad'))).toEqual(['onLoad', 'getSetting', 'onShow', 'resolve', 'setData', 'onReady'])
  })

  // rule: LIFECYCLE-APP-ONERROR
  it('an error thrown or rejected goes to App.onError and fails the test; the route goes on', async () => {
    const page = await mp.reLaunch('pages/throws/throws')
    expect(page.route).toBe('pages/throws/throws')
    expect(mini.getApp()!.globalData.errors).toEqual([expect.stringContaining('onLoad broke'), expect.stringContaining('onShow rejected')])
    expect(() => fakeWx.verify()).toThrow(/pages\/throws\/throws onLoad threw: Error: onLoad broke/)
    expect(takeHooks()).toEqual([])
    fakeWx.reset()
  })
})
