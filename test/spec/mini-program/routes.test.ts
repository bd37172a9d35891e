/**
 * The test drives the routes (mp.*) and the page stack follows WeChat's route table: which pages unload, hide,
 * load and show, in order, and which routes WeChat refuses.
 */
import { FakeWxError, launch, type MiniProgram } from 'fake-wx'
import { appRoot, mini, takeHooks } from '../../support/mini-program'

let mp: MiniProgram

beforeEach(async () => {
  mp = await launch({ root: appRoot('routes') })
  takeHooks()
})

const routes = () => mp.pageStack().map((page) => page.route)

/** Opens `urls` in turn (the first with reLaunch), then forgets the hooks they ran. */
async function openStack(...urls: string[]): Promise<void> {
  await mp.reLaunch(urls[0]!)
  for (const url of urls.slice(1)) await mp.navigateTo(url)
  takeHooks()
}

// rule: NAV-ROUTE-TABLE
describe("the route table: each route's pages before and after", () => {
  it('navigateTo: the current page hides, the new one loads', async () => {
    await openStack('pages/c/c')
    const page = await mp.navigateTo('pages/d/d?x=1')
    expect(takeHooks()).toEqual(['C.onHide', 'D.onLoad', 'D.onShow', 'D.onReady'])
    expect(routes()).toEqual(['pages/c/c', 'pages/d/d'])
    expect(mp.currentPage()).toBe(page)
  })

  it('redirectTo: the current page unloads, the new one loads in its place', async () => {
    await openStack('pages/c/c', 'pages/d/d')
    await mp.redirectTo('pkg/pages/e/e')
    expect(takeHooks()).toEqual(['D.onUnload', 'E.onLoad', 'E.onShow', 'E.onReady'])
    expect(routes()).toEqual(['pages/c/c', 'pkg/pages/e/e'])
  })

  it('navigateBack: the pages above unload, the one revealed shows', async () => {
    await openStack('pages/c/c', 'pages/d/d')
    const revealed = await mp.navigateBack()
    expect(takeHooks()).toEqual(['D.onUnload', 'C.onShow'])
    expect(revealed).toBe(mp.currentPage())
    expect(routes()).toEqual(['pages/c/c'])
  })

  it('reLaunch: every page unloads, the newest first, then the new one loads', async () => {
    await openStack('pages/c/c', 'pages/d/d')
    await mp.reLaunch('pages/c/c?again=1')
    expect(takeHooks()).toEqual(['D.onUnload', 'C.onUnload', 'C.onLoad', 'C.onShow', 'C.onReady'])
    expect(routes()).toEqual(['pages/c/c'])
  })

  it('reLaunch also unloads the tab pages kept alive off the stack', async () => {
    await openStack('pages/a/a')
    await mp.switchTab('pages/b/b')
    takeHooks()
    await mp.reLaunch('pages/c/c')
    expect(takeHooks()).toEqual(['B.onUnload', 'A.onUnload', 'C.onLoad', 'C.onShow', 'C.onReady'])
  })
})

// rule: NAV-BACK-DELTA
describe('navigateBack(delta)', () => {
  it('closes delta pages, newest first', async () => {
    await openStack('pages/c/c', 'pages/d/d', 'pkg/pages/e/e', 'pages/pull/pull')
    await mp.navigateBack(2)
    expect(takeHooks()).toEqual(['E.onUnload', 'D.onShow'])
    expect(routes()).toEqual(['pages/c/c', 'pages/d/d'])
  })

  it('a delta past the stack returns to the first page, without an error', async () => {
    await openStack('pages/c/c', 'pages/d/d', 'pkg/pages/e/e')
    await mp.navigateBack(10)
    expect(takeHooks()).toEqual(['E.onUnload', 'D.onUnload', 'C.onShow'])
    expect(routes()).toEqual(['pages/c/c'])
  })

  it('a delta under 1 closes one page', async () => {
    await openStack('pages/c/c', 'pages/d/d', 'pkg/pages/e/e')
    await mp.navigateBack(0)
    await mp.navigateBack(-3)
    expect(takeHooks()).toEqual(['E.onUnload', 'D.onShow', 'D.onUnload', 'C.onShow'])
  })
})

// rule: NAV-SWITCHTAB-TABLE
describe('switchTab (A, B tab pages; C opened from A; D opened from C)', () => {
  it('A→A: nothing', async () => {
    await openStack('pages/a/a')
    const page = await mp.switchTab('pages/a/a')
    expect(takeHooks()).toEqual([])
    expect(page).toBe(mp.currentPage())
  })

  it('A→B: A hides, B loads; A→B again after B→A: A hides, B shows, the same page', async () => {
    await openStack('pages/a/a')
    const b = await mp.switchTab('pages/b/b')
    expect(takeHooks()).toEqual(['A.onHide', 'B.onLoad', 'B.onShow', 'B.onReady'])
    await mp.switchTab('pages/a/a')
    expect(takeHooks()).toEqual(['B.onHide', 'A.onShow'])
    expect(await mp.switchTab('pages/b/b')).toBe(b)
    expect(takeHooks()).toEqual(['A.onHide', 'B.onShow'])
    expect(routes()).toEqual(['pages/b/b'])
  })

  it('C→A: C unloads, A shows', async () => {
    await openStack('pages/a/a', 'pages/c/c')
    await mp.switchTab('pages/a/a')
    expect(takeHooks()).toEqual(['C.onUnload', 'A.onShow'])
    expect(routes()).toEqual(['pages/a/a'])
  })

  it('C→B: C unloads, B loads', async () => {
    await openStack('pages/a/a', 'pages/c/c')
    await mp.switchTab('pages/b/b')
    expect(takeHooks()).toEqual(['C.onUnload', 'B.onLoad', 'B.onShow', 'B.onReady'])
    expect(routes()).toEqual(['pages/b/b'])
  })

  it('D→B: D and C unload, B loads', async () => {
    await openStack('pages/a/a', 'pages/c/c', 'pages/d/d')
    await mp.switchTab('pages/b/b')
    expect(takeHooks()).toEqual(['D.onUnload', 'C.onUnload', 'B.onLoad', 'B.onShow', 'B.onReady'])
  })

  it('D entered from a share → A: D unloads, A loads', async () => {
    await openStack('pages/d/d')
    await mp.switchTab('pages/a/a')
    expect(takeHooks()).toEqual(['D.onUnload', 'A.onLoad', 'A.onShow', 'A.onReady'])
  })

  // rule: NAV-SWITCHTAB-QUERY
  it('drops the query: a tab page gets none', async () => {
    await openStack('pages/c/c')
    const page = await mp.switchTab('pages/b/b?from=c')
    expect(page.options).toEqual({})
  })
})

// rule: NAV-STACK-LIMIT
describe('the page stack holds at most ten pages', () => {
  it('navigateTo an eleventh is refused, and the stack stays as it was', async () => {
    await openStack('pages/c/c')
    for (let i = 2; i <= 10; i++) await mp.navigateTo(`pages/${i % 2 === 0 ? 'd/d' : 'c/c'}?n=${i}`)
    expect(mp.pageStack()).toHaveLength(10)
    await expect(mp.navigateTo('pages/c/c')).rejects.toThrow(
      "mp.navigateTo('pages/c/c'): WeChat fails this with 'navigateTo:fail webview count limit exceed': the page stack already holds 10 pages, WeChat's limit: go back first, or use mp.redirectTo.",
    )
    expect(mp.pageStack()).toHaveLength(10)
    await mp.redirectTo('pages/c/c?n=10')
    expect(mp.pageStack()).toHaveLength(10)
  })
})

describe('routes WeChat refuses, from the test: an error that says what to write', () => {
  it('navigateTo or redirectTo a tabBar page', async () => {
    await openStack('pages/c/c')
    await expect(mp.navigateTo('pages/a/a')).rejects.toThrow(
      "mp.navigateTo('pages/a/a'): WeChat fails this with 'navigateTo:fail can not navigateTo a tabbar page': pages/a/a is a tabBar page: open it with mp.switchTab('pages/a/a') (or mp.reLaunch).",
    )
    await expect(mp.redirectTo('/pages/b/b')).rejects.toThrow("WeChat fails this with 'redirectTo:fail can not redirectTo a tabbar page': pages/b/b is a tabBar page")
    expect(routes()).toEqual(['pages/c/c'])
  })

  it('switchTab to a page that is not a tab', async () => {
    await expect(mp.switchTab('pages/c/c')).rejects.toThrow(
      "mp.switchTab('pages/c/c'): WeChat fails this with 'switchTab:fail can not switch to no-tabBar page': pages/c/c is not in app.json's tabBar: open it with mp.navigateTo or mp.reLaunch.",
    )
  })

  it('navigateBack from the first page, or before any page', async () => {
    await expect(mp.navigateBack()).rejects.toThrow("mp.navigateBack: no page is open yet. Open the first one with await mp.reLaunch('pages/a/a').")
    await openStack('pages/c/c')
    await expect(mp.navigateBack()).rejects.toThrow(
      "mp.navigateBack(): WeChat fails this with 'navigateBack:fail cannot navigate back at first page': only one page is open, so there is no page to go back to.",
    )
    await expect(mp.navigateBack('1' as never)).rejects.toThrow('mp.navigateBack(delta) expects a number of pages, got string.')
  })

  it('a page not in app.json, and events that are not listeners', async () => {
    await expect(mp.navigateTo('pages/x/y')).rejects.toThrow(FakeWxError)
    await expect(mp.navigateTo('pages/c/c', { events: 'x' as never })).rejects.toThrow('mp.navigateTo(url, { events }): events must be an object of listeners.')
  })

  it('routes asked at once run in the order asked', async () => {
    await openStack('pages/c/c')
    const [d, e] = await Promise.all([mp.navigateTo('pages/d/d'), mp.navigateTo('pkg/pages/e/e')])
    expect(mp.pageStack()).toEqual([mini.getCurrentPages()[0], d, e])
    expect(takeHooks()).toEqual(['C.onHide', 'D.onLoad', 'D.onShow', 'D.onReady', 'D.onHide', 'E.onLoad', 'E.onShow', 'E.onReady'])
  })
})

describe('a route test with events', () => {
  // rule: NAV-EVENTCHANNEL
  it("mp.navigateTo(url, { events }) hears what the page emits in onLoad", async () => {
    await openStack('pages/c/c')
    const heard: unknown[] = []
    const page = await mp.navigateTo('pages/d/d', { events: { opened: (data: unknown) => heard.push(data) } })
    expect(heard).toEqual([{ route: 'pages/d/d' }])
    // The page's own end: what it emits goes to the opener's listeners.
    page.getOpenerEventChannel().emit('opened', 'again')
    expect(heard).toEqual([{ route: 'pages/d/d' }, 'again'])
  })
})
