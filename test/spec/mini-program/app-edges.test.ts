/**
 * The edges of the launched mini program: WeChat's words for the routes it refuses, errors in the app's own
 * hooks, modules that call App()/Page()/Component() wrongly, routes that race, and the mp.* methods misused.
 */
import { fakeWx, launch, FakeWxError, user, type MiniProgram, type PageInstance, type WxResult } from 'fake-wx'
import { appRoot, mini, takeHooks } from '../../support/mini-program'

interface Routing {
  go(api: string, options?: Record<string, unknown>): Promise<WxResult> | undefined
}

/** What the scripted modules of the edges fixture run when they load. */
interface EdgeScripts {
  app?: () => void
  page?: () => void
  component?: () => void
}
const scripts = globalThis as unknown as { edgeScripts?: EdgeScripts }

const EDGES = appRoot('scripted')
const ROUTES = appRoot('routes')

afterEach(() => {
  delete scripts.edgeScripts
})

/** The messages of the problems logged so far. */
const problems = (): string[] => fakeWx.log.problems().map((problem) => problem.message)

/** What the app's call ends with: the resolved result, or the rejected one. */
function outcome(call: Promise<WxResult> | undefined): Promise<WxResult> {
  return call!.then(
    (result) => result,
    (result: WxResult) => result,
  )
}

// Kept first in this file: it is the test that loads the harness here, with the tables of WeChat's words.
// rule: NAV-ERRMSG-TABBAR, NAV-ERRMSG-SWITCHTAB, NAV-STACK-LIMIT, NAV-ERRMSG-BACK-FIRST
describe("the routes WeChat refuses, in WeChat's words", () => {
  it('each mp.* route WeChat fails throws its errMsg and what to write instead', async () => {
    const mp = await launch({ root: ROUTES })
    await mp.reLaunch('pages/c/c')
    await expect(mp.navigateBack()).rejects.toThrow(
      "mp.navigateBack(): WeChat fails this with 'navigateBack:fail cannot navigate back at first page': only one page is open, so there is no page to go back to.",
    )
    await expect(mp.navigateTo('pages/a/a')).rejects.toThrow(
      "mp.navigateTo('pages/a/a'): WeChat fails this with 'navigateTo:fail can not navigateTo a tabbar page': pages/a/a is a tabBar page: open it with mp.switchTab('pages/a/a') (or mp.reLaunch).",
    )
    await expect(mp.redirectTo('pages/b/b')).rejects.toThrow(
      "mp.redirectTo('pages/b/b'): WeChat fails this with 'redirectTo:fail can not redirectTo a tabbar page': pages/b/b is a tabBar page: open it with mp.switchTab('pages/b/b') (or mp.reLaunch).",
    )
    await expect(mp.switchTab('pages/d/d')).rejects.toThrow(
      "mp.switchTab('pages/d/d'): WeChat fails this with 'switchTab:fail can not switch to no-tabBar page': pages/d/d is not in app.json's tabBar: open it with mp.navigateTo or mp.reLaunch.",
    )
    for (let i = 1; i < 10; i++) await mp.navigateTo('pages/c/c')
    await expect(mp.navigateTo('pages/d/d')).rejects.toThrow(
      "mp.navigateTo('pages/d/d'): WeChat fails this with 'navigateTo:fail webview count limit exceed': the page stack already holds 10 pages, WeChat's limit: go back first, or use mp.redirectTo.",
    )
  })
})

// rule: LIFECYCLE-APP-ONERROR
describe("errors in the app's hooks: reported once, named by their hook, handed to App.onError", () => {
  it("App's own hooks are named App: onLaunch threw, onShow's promise rejected", async () => {
    const heard: string[] = []
    scripts.edgeScripts = {
      app: () =>
        mini.App({
          onLaunch() {
            throw new Error('launch broke')
          },
          onShow() {
            return Promise.reject(new Error('show rejected'))
          },
          onError(message: string) {
            heard.push(message)
          },
        }),
    }
    await launch({ root: EDGES })
    expect(problems()).toEqual([expect.stringMatching(/^App onLaunch threw: Error: launch broke/), expect.stringMatching(/^App onShow \(rejected\) threw: Error: show rejected/)])
    expect(fakeWx.log.problems().map((problem) => problem.kind)).toEqual(['callback-threw', 'callback-threw'])
    expect(heard).toEqual([expect.stringContaining('launch broke'), expect.stringContaining('show rejected')])
    fakeWx.reset()
  })

  it("a page's hook is named by its route, (rejected) when its promise rejected", async () => {
    const mp = await launch({ root: ROUTES })
    await mp.reLaunch('pages/throws/throws')
    expect(problems()).toEqual([
      expect.stringMatching(/^pages\/throws\/throws onLoad threw: Error: onLoad broke/),
      expect.stringMatching(/^pages\/throws\/throws onShow \(rejected\) threw: Error: onShow rejected/),
    ])
    fakeWx.reset()
  })

  it('an error in App.onError itself is reported, and not handed back to onError', async () => {
    let calls = 0
    scripts.edgeScripts = {
      app: () =>
        mini.App({
          onLaunch() {
            throw new Error('launch broke')
          },
          onError() {
            calls++
            throw new Error('onError broke')
          },
        }),
    }
    await launch({ root: EDGES })
    expect(problems()).toEqual([expect.stringMatching(/^App onLaunch threw: Error: launch broke/), expect.stringMatching(/^App onError threw: Error: onError broke/)])
    expect(calls).toBe(1)
    fakeWx.reset()
  })

  it('without App.onError the error is reported once', async () => {
    scripts.edgeScripts = {
      app: () =>
        mini.App({
          onLaunch() {
            throw new Error('launch broke')
          },
        }),
    }
    await launch({ root: EDGES })
    expect(problems()).toEqual([expect.stringMatching(/^App onLaunch threw: Error: launch broke/)])
    fakeWx.reset()
  })

  it('an onAppShow hook that throws is reported by that name; the app goes on', async () => {
    const mp = await launch({ root: ROUTES })
    await mp.hide()
    const state = miniProgramState()
    const hook = (event: { type: string }) => {
      if (event.type === 'show') throw new Error('hook broke')
    }
    state.appEventHooks.push(hook)
    try {
      await mp.show()
    } finally {
      state.appEventHooks.splice(state.appEventHooks.indexOf(hook), 1)
    }
    expect(problems()).toEqual([expect.stringMatching(/^an onAppShow hook threw: Error: hook broke/)])
    fakeWx.reset()
  })

  it('a page event hook that throws or rejects is reported by its route and hook; the mp.* call resolves', async () => {
    scripts.edgeScripts = {
      page: () =>
        mini.Page({
          onReachBottom() {
            throw new Error('bottom broke')
          },
          onPageScroll() {
            return Promise.reject(new Error('scroll rejected'))
          },
        }),
    }
    const mp = await launch({ root: EDGES })
    await mp.reLaunch('pages/scripted/scripted')
    expect(await mp.reachBottom()).toBeUndefined()
    expect(await mp.pageScroll({ scrollTop: 1 })).toBeUndefined()
    expect(problems()).toEqual([
      expect.stringMatching(/^pages\/scripted\/scripted onReachBottom threw: Error: bottom broke/),
      expect.stringMatching(/^pages\/scripted\/scripted onPageScroll \(rejected\) threw: Error: scroll rejected/),
    ])
    expect(mini.getApp()!.globalData.errors).toEqual([expect.stringContaining('bottom broke'), expect.stringContaining('scroll rejected')])
    fakeWx.reset()
  })

  it("once the fake is reset, a promise of the ended app's hooks that rejects is not reported into the next test", async () => {
    let reject: ((error: Error) => void) | undefined
    scripts.edgeScripts = {
      page: () =>
        mini.Page({
          onLoad() {
            return new Promise((_resolve, rejectIt) => {
              reject = rejectIt
            })
          },
        }),
    }
    const mp = await launch({ root: EDGES })
    const opening = mp.reLaunch('pages/scripted/scripted')
    while (reject === undefined) await new Promise((resolve) => setImmediate(resolve))
    fakeWx.reset()
    reject(new Error('too late'))
    await opening
    expect(fakeWx.log.problems()).toEqual([])
  })

  it("once the fake is reset, a route already under way runs none of the ended app's hooks and logs nothing into the new log", async () => {
    const mp = await launch({ root: ROUTES })
    await mp.reLaunch('pages/c/c')
    const { calls } = mini.getApp()!.globalData
    calls.length = 0
    const opening = mp.navigateTo('pages/d/d')
    fakeWx.reset()
    await opening
    expect(calls).toEqual([])
    expect(fakeWx.log.entries).toEqual([])
  })
})

/** The fake's internal state, as the other API families reach it. */
function miniProgramState(): { appEventHooks: ((event: { type: string }) => void)[] } {
  const state = (fakeWx as unknown as Record<symbol, { engine: { miniProgram: ReturnType<typeof miniProgramState> } }>)[Symbol.for('fake-wx.state')]!
  return state.engine.miniProgram
}

describe('App(), Page() and Component() say what a module got wrong', () => {
  it('app.js that calls Page()', async () => {
    scripts.edgeScripts = { app: () => mini.Page({}) }
    await expect(launch({ root: EDGES })).rejects.toThrow('app.js called Page(); app.js calls App({...}), and each page its own Page({...}).')
  })

  it('app.js that calls App() twice', async () => {
    scripts.edgeScripts = {
      app: () => {
        mini.App({})
        mini.App({})
      },
    }
    await expect(launch({ root: EDGES })).rejects.toThrow('app.js called App() and then App(); a module defines one App with one call.')
  })

  it.each([
    [null, 'null'],
    [[], 'an array'],
    [7, 'number'],
  ])('app.js: App(%j) is not an object', async (definition, got) => {
    scripts.edgeScripts = { app: () => mini.App(definition as never) }
    await expect(launch({ root: EDGES })).rejects.toThrow(`app.js: App(definition) expects an object, such as App({ data: {} }), got ${got}.`)
  })

  it.each([
    ['Page', null, 'null'],
    ['Page', [], 'an array'],
    ['Component', 'x', 'string'],
  ] as const)('a page: %s(%j) is not an object', async (kind, definition, got) => {
    scripts.edgeScripts = { page: () => mini[kind](definition as never) }
    const mp = await launch({ root: EDGES })
    await expect(mp.reLaunch('pages/scripted/scripted')).rejects.toThrow(
      `pages/scripted/scripted: ${kind}(definition) expects an object, such as ${kind}({ data: {} }), got ${got}.`,
    )
  })

  it('a component module that calls nothing is told to call Component()', async () => {
    scripts.edgeScripts = { component: () => {} }
    const mp = await launch({ root: EDGES })
    await expect(mp.mountComponent('components/scripted/index')).rejects.toThrow(/components\/scripted\/index\.js did not call Component\(\{\.\.\.\}\) when it was loaded/)
  })
})

describe('mounting the same component twice', () => {
  it('loads its module once per launch: the second mount reuses the first model', async () => {
    const mp = await launch({ root: ROUTES })
    await mp.reLaunch('pages/c/c')
    const first = await mp.mountComponent('components/counter/index', { properties: { count: 2 } })
    const second = await mp.mountComponent('components/counter/index', { properties: { count: 3 } })
    expect([first.data.count, second.data.count]).toEqual([2, 3])
  })

  it('from the root, however many leading slashes the path has', async () => {
    const mp = await launch({ root: ROUTES })
    await mp.reLaunch('pages/c/c')
    const counter = await mp.mountComponent('//components/counter/index')
    expect(counter.data.clicks).toBe(0)
    const targets = fakeWx.log.entries.flatMap((entry) => (entry.type === 'lifecycle' && entry.owner === 'component' ? [entry.target] : []))
    expect(new Set(targets)).toEqual(new Set(['components/counter/index']))
  })
})

// rule: NAV-ROUTE-TABLE, NAV-SWITCHTAB-TABLE
describe('tab pages through the routes', () => {
  async function openTab(mp: MiniProgram): Promise<void> {
    await mp.reLaunch('pages/a/a')
    takeHooks()
  }

  it('reLaunch to the tab page on screen unloads it and loads it anew', async () => {
    const mp = await launch({ root: ROUTES })
    await openTab(mp)
    const before = mp.currentPage()
    const after = await mp.reLaunch('pages/a/a')
    expect(takeHooks()).toEqual(['A.onUnload', 'A.onLoad', 'A.onShow', 'A.onReady'])
    expect(after).not.toBe(before)
  })

  it('a tab page that redirectTo closed is loaded anew by switchTab', async () => {
    const mp = await launch({ root: ROUTES })
    await openTab(mp)
    await mp.redirectTo('pages/c/c')
    expect(takeHooks()).toEqual(['A.onUnload', 'C.onLoad', 'C.onShow', 'C.onReady'])
    await mp.switchTab('pages/a/a')
    expect(takeHooks()).toEqual(['C.onUnload', 'A.onLoad', 'A.onShow', 'A.onReady'])
  })

  it('navigateTo or redirectTo as the first route just opens the page: nothing to hide or unload', async () => {
    const mp = await launch({ root: ROUTES })
    takeHooks()
    await mp.navigateTo('pages/c/c')
    expect(takeHooks()).toEqual(['C.onLoad', 'C.onShow', 'C.onReady'])
    const other = await launch({ root: ROUTES })
    takeHooks()
    await other.redirectTo('pages/d/d')
    expect(takeHooks()).toEqual(['D.onLoad', 'D.onShow', 'D.onReady'])
  })
})

describe("the app's own route calls", () => {
  async function openC(mp: MiniProgram, ...more: string[]): Promise<PageInstance<Routing>> {
    await mp.reLaunch('pages/c/c')
    for (const url of more) await mp.navigateTo(url)
    takeHooks()
    return mp.currentPage<Routing>()!
  }

  // rule: NAV-BACK-DELTA
  it('wx.navigateBack({ delta: 2 }) closes two pages', async () => {
    const mp = await launch({ root: ROUTES })
    const d = await openC(mp, 'pages/d/d')
    await mp.navigateTo('pkg/pages/e/e')
    takeHooks()
    expect(await outcome(d.go('navigateBack', { delta: 2 }))).toEqual({ errMsg: 'navigateBack:ok' })
    expect(takeHooks()).toEqual(['E.onUnload', 'D.onUnload', 'C.onShow'])
  })

  it("the hooks the test drives after the app's navigateBack are not put down to that call", async () => {
    const mp = await launch({ root: ROUTES })
    const d = await openC(mp, 'pages/d/d')
    await outcome(d.go('navigateBack'))
    const since = fakeWx.log.entries.length
    await mp.navigateTo('pages/d/d')
    const driven = fakeWx.log.entries.slice(since).filter((entry) => entry.type === 'lifecycle' || entry.type === 'route')
    expect(driven.length).toBeGreaterThan(0)
    expect(driven.map((entry) => entry.call)).toEqual(driven.map(() => undefined))
  })

  // rule: NAV-PROMISE
  it('redirectTo succeeds with the errMsg alone (only navigateTo adds an eventChannel)', async () => {
    const mp = await launch({ root: ROUTES })
    const c = await openC(mp)
    const result = await outcome(c.go('redirectTo', { url: '/pages/d/d' }))
    expect(Object.keys(result)).toEqual(['errMsg'])
    expect(result.errMsg).toBe('redirectTo:ok')
  })

  it('a page whose module cannot be loaded fails the call, saying why, and the error is reported', async () => {
    const mp = await launch({ root: ROUTES })
    const c = await openC(mp)
    const result = await outcome(c.go('navigateTo', { url: '/pages/missing/missing' }))
    expect(result.errMsg).toBe(
      `navigateTo:fail [fake-wx] the page could not be opened: [fake-wx] pages/missing/missing is a page of app.json, but ${ROUTES}/pages/missing/missing.js does not exist (nor .ts, .mjs, .cjs).`,
    )
    expect(problems()).toEqual([expect.stringMatching(/^wx\.navigateTo's target page threw: FakeWxError: \[fake-wx\] pages\/missing\/missing is a page of app\.json/)])
    expect(mp.pageStack().map((page) => page.route)).toEqual(['pages/c/c'])
    fakeWx.reset()
  })

  it('App.onLaunch may route before any page is open: its url resolves from the root', async () => {
    scripts.edgeScripts = {
      app: () =>
        mini.App({
          onLaunch() {
            void wx.reLaunch({ url: 'pages/home/home' })
          },
        }),
    }
    const mp = await launch({ root: EDGES })
    await fakeWx.settled()
    expect(mp.pageStack().map((page) => page.route)).toEqual(['pages/home/home'])
  })

  it('a route the app asked for fails if a later launch() replaced the app before it ran', async () => {
    const mp = await launch({ root: ROUTES })
    const c = await openC(mp)
    let call: Promise<WxResult> | undefined
    void user.tap(() => {
      call = outcome(c.go('navigateTo', { url: '/pages/d/d' }))
    })
    const next = await launch({ root: ROUTES })
    expect(await call).toEqual({ errMsg: 'navigateTo:fail [fake-wx] the mini program this call was made in has ended: a later launch() replaced it' })
    expect(next.pageStack()).toEqual([])
  })
})

describe('mp.* misused says what to write instead', () => {
  it('a url or events of the wrong type', async () => {
    const mp = await launch({ root: ROUTES })
    await expect(mp.navigateTo(null as never)).rejects.toThrow("mp.navigateTo(url) expects the page's url, such as 'pages/index/index?id=1', got null.")
    await expect(mp.reLaunch(7 as never)).rejects.toThrow("mp.reLaunch(url) expects the page's url, such as 'pages/index/index?id=1', got number.")
    await expect(mp.navigateTo('pages/c/c', { events: null as never })).rejects.toThrow('mp.navigateTo(url, { events }): events must be an object of listeners.')
  })

  it('mountComponent with no path, or properties that are not an object', async () => {
    const mp = await launch({ root: ROUTES })
    await mp.reLaunch('pages/c/c')
    const path = "mp.mountComponent(path) expects the component's path from the app's root, such as 'components/t-location/index', got"
    await expect(mp.mountComponent(42 as never)).rejects.toThrow(`${path} number.`)
    await expect(mp.mountComponent('')).rejects.toThrow(`${path} string.`)
    await expect(mp.mountComponent('components/counter/index', { properties: null as never })).rejects.toThrow(
      'mp.mountComponent(path, { properties }): properties must be an object.',
    )
  })

  it('pageScroll without options', async () => {
    const mp = await launch({ root: ROUTES })
    await mp.reLaunch('pages/pull/pull')
    await expect(mp.pageScroll(undefined as never)).rejects.toThrow(new FakeWxError('mp.pageScroll(options) expects { scrollTop: <number of px> }.'))
  })

  it('page events before any page is open name the method', async () => {
    const mp = await launch({ root: ROUTES })
    const noPage = (what: string) => `mp.${what}: no page is open yet. Open the first one with await mp.reLaunch('pages/a/a').`
    await expect(mp.pageScroll({ scrollTop: 1 })).rejects.toThrow(noPage('pageScroll'))
    await expect(mp.shareAppMessage()).rejects.toThrow(noPage('shareAppMessage'))
    await expect(mp.pullDownRefresh()).rejects.toThrow(noPage('pullDownRefresh'))
  })

  it('an ended mini program names the method called on it', async () => {
    const first = await launch({ root: ROUTES })
    await first.reLaunch('pages/pull/pull')
    await launch({ root: ROUTES })
    const ended = (what: string) => `mp.${what}: this mini program has ended (fakeWx.reset() before this test, or a later launch()).`
    await expect(first.reachBottom()).rejects.toThrow(ended('reachBottom'))
    await expect(first.hide()).rejects.toThrow(ended('hide'))
    await expect(first.show()).rejects.toThrow(ended('show'))
    await expect(first.mountComponent('components/counter/index')).rejects.toThrow(ended('mountComponent'))
  })

  // rule: LIFECYCLE-APP-SHOW-HIDE
  it('show(null) is refused; after show the app can be hidden again', async () => {
    const mp = await launch({ root: ROUTES })
    await mp.hide()
    await expect(mp.show(null as never)).rejects.toThrow('mp.show(options): options must be an object such as { scene: 1007, query: {} }.')
    await mp.show()
    await mp.hide()
    expect(takeHooks().filter((hook) => hook === 'App.onHide')).toEqual(['App.onHide', 'App.onHide'])
  })

  it('pullDownRefresh on a page of an app.json with no window at all: not enabled', async () => {
    const mp = await launch({ root: ROUTES, appJson: { pages: ['pages/c/c'] } })
    await mp.reLaunch('pages/c/c')
    await expect(mp.pullDownRefresh()).rejects.toThrow(new FakeWxError(
      'mp.pullDownRefresh(): pages/c/c cannot be pulled down: set "enablePullDownRefresh": true in pages/c/c.json or in app.json\'s "window" (without it WeChat never calls onPullDownRefresh).',
    ))
  })
})

describe('the log of the lifecycles', () => {
  // rule: LIFECYCLE-APP-SHOW-HIDE
  it("App onHide takes no argument; App's entries name the target app", async () => {
    const mp = await launch({ root: ROUTES })
    await mp.hide()
    expect(fakeWx.log).toMatchInlineSnapshot(`
      App onLaunch { path: 'pages/a/a', query: {}, scene: 1001 }
      App onShow { path: 'pages/a/a', query: {}, scene: 1001 }
      App onHide
    `)
    expect(fakeWx.log.entries.filter((entry) => entry.type === 'lifecycle').map((entry) => [entry.owner, entry.target, entry.hook])).toEqual([
      ['app', 'app', 'onLaunch'],
      ['app', 'app', 'onShow'],
      ['app', 'app', 'onHide'],
    ])
  })

  it('page events: onPullDownRefresh and onReachBottom take no argument, onPageScroll its scrollTop; each logged as the page', async () => {
    const mp = await launch({ root: ROUTES, appJson: { pages: ['pages/pull/pull'], window: { enablePullDownRefresh: true } } })
    await mp.reLaunch('pages/pull/pull')
    const heard: unknown[][] = []
    // The page's hooks, wrapped to hear what they are called with.
    const page = mp.currentPage()! as unknown as Record<string, unknown>
    for (const hook of ['onPullDownRefresh', 'onReachBottom', 'onPageScroll']) {
      const own = page[hook] as (...args: unknown[]) => unknown
      page[hook] = function (this: unknown, ...args: unknown[]) {
        heard.push([hook, ...args])
        return own.apply(this, args)
      }
    }
    const since = fakeWx.log.entries.length
    await mp.pullDownRefresh()
    await mp.reachBottom()
    await mp.pageScroll({ scrollTop: 5 })
    expect(heard).toEqual([['onPullDownRefresh'], ['onReachBottom'], ['onPageScroll', { scrollTop: 5 }]])
    const logged = fakeWx.log.entries.slice(since).filter((entry) => entry.type === 'lifecycle')
    expect(logged).toEqual([
      { type: 'lifecycle', id: expect.any(Number), call: undefined, owner: 'page', target: 'pages/pull/pull', hook: 'onPullDownRefresh' },
      { type: 'lifecycle', id: expect.any(Number), call: undefined, owner: 'page', target: 'pages/pull/pull', hook: 'onReachBottom' },
      { type: 'lifecycle', id: expect.any(Number), call: undefined, owner: 'page', target: 'pages/pull/pull', hook: 'onPageScroll', args: { scrollTop: 5 } },
    ])
    expect(logged.map((entry) => 'args' in entry)).toEqual([false, false, true])
  })

  it("a page's own hooks are logged as the page", async () => {
    const mp = await launch({ root: ROUTES })
    await mp.reLaunch('pages/c/c')
    const hooks = fakeWx.log.entries.filter((entry) => entry.type === 'lifecycle' && entry.target === 'pages/c/c')
    expect(hooks.map((entry) => entry.type === 'lifecycle' && [entry.owner, entry.hook])).toEqual([
      ['page', 'onLoad'],
      ['page', 'onShow'],
      ['page', 'onReady'],
    ])
  })
})

// rule: LIFECYCLE-NOT-AWAITED
describe('the mp.* methods resolve once what the lifecycles returned has settled', () => {
  it("including a promise onReady returned, which runs after the route's own work", async () => {
    scripts.edgeScripts = {
      page: () =>
        mini.Page({
          data: { status: 'loading' },
          async onReady() {
            let settings = await wx.getSetting()
            for (let i = 0; i < 20; i++) settings = await wx.getSetting()
            ;(this as unknown as { setData(data: object): void }).setData({ status: settings.errMsg })
          },
        }),
    }
    const mp = await launch({ root: EDGES })
    const page = await mp.reLaunch('pages/scripted/scripted')
    expect(page.data.status).toBe('getSetting:ok')
  })

  it("and a promise a mounted component's ready returned, even one waiting on something outside the fake", async () => {
    scripts.edgeScripts = {
      component: () =>
        mini.Component({
          data: { status: 'loading' },
          lifetimes: {
            async ready() {
              // Longer than the fake's own wait for idle: three macrotasks.
              for (let i = 0; i < 3; i++) await new Promise((resolve) => setImmediate(resolve))
              ;(this as unknown as { setData(data: object): void }).setData({ status: 'ready' })
            },
          },
        }),
    }
    const mp = await launch({ root: EDGES })
    await mp.reLaunch('pages/home/home')
    const component = await mp.mountComponent('components/scripted/index')
    expect(component.data.status).toBe('ready')
  })
})

// rule: LIFECYCLE-PAGE-ORDER, NAV-SWITCHTAB-TABLE
describe('routes the app asks for in one go: onReady and ready come only to what is still open', () => {
  async function openPage(mp: MiniProgram, url: string): Promise<PageInstance<Routing>> {
    await mp.reLaunch(url)
    takeHooks()
    return mp.currentPage<Routing>()!
  }

  it('a page closed before its first render gets no onReady, nor its component ready', async () => {
    const mp = await launch({ root: ROUTES })
    const c = await openPage(mp, 'pages/c/c')
    const results = await Promise.all([outcome(c.go('navigateTo', { url: '/pages/comp-page/comp-page' })), outcome(c.go('navigateBack'))])
    expect(results.map((result) => result.errMsg)).toEqual(['navigateTo:ok', 'navigateBack:ok'])
    await fakeWx.settled()
    expect(takeHooks()).toEqual(['C.onHide', 'P.created', 'P.attached', 'P.onLoad', 'P.onShow', 'P.onUnload', 'P.detached', 'C.onShow'])
  })

  it('a tab page hidden before its first render stays alive, and gets its onReady', async () => {
    const mp = await launch({ root: ROUTES })
    const a = await openPage(mp, 'pages/a/a')
    await Promise.all([outcome(a.go('switchTab', { url: '/pages/b/b' })), outcome(a.go('switchTab', { url: '/pages/a/a' }))])
    await fakeWx.settled()
    expect(takeHooks()).toEqual(['A.onHide', 'B.onLoad', 'B.onShow', 'B.onHide', 'A.onShow', 'B.onReady'])
  })

  it('a component mounted on a page the app is leaving is detached without ready', async () => {
    const mp = await launch({ root: ROUTES })
    await mp.reLaunch('pages/c/c')
    const d = await mp.navigateTo<Routing>('pages/d/d')
    takeHooks()
    const back = outcome(d.go('navigateBack'))
    const counter = await mp.mountComponent('components/counter/index')
    expect(await back).toEqual({ errMsg: 'navigateBack:ok' })
    await fakeWx.settled()
    expect(takeHooks()).toEqual(['D.onUnload', 'C.onShow'])
    expect((counter.data.trace as unknown[]).slice(-3)).toEqual(['traced.attached', 'attached', 'detached'])
  })
})
