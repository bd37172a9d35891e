/**
 * The app's own wx.navigateTo & co.: they load the target page from the root, keep the stack, run the
 * lifecycles and succeed or fail with WeChat's errMsg, like the mp.* methods.
 */
import { fakeWx, launch, platforms, user, type EventChannel, type MiniProgram, type PageInstance, type WxResult } from 'fake-wx'
import { appRoot, takeHooks } from '../../support/mini-program'

interface Routing {
  go(api: string, options?: Record<string, unknown>): Promise<WxResult> | undefined
}

let mp: MiniProgram

beforeEach(async () => {
  mp = await launch({ root: appRoot('routes') })
})

/** Opens `urls` (the first with reLaunch) and returns the top page, with the hooks forgotten. */
async function open(...urls: string[]): Promise<PageInstance<Routing>> {
  await mp.reLaunch(urls[0]!)
  for (const url of urls.slice(1)) await mp.navigateTo(url)
  takeHooks()
  return mp.currentPage<Routing>()!
}

/** What the app's call ends with: the resolved result, or the rejected one. */
function outcome(call: Promise<WxResult> | undefined): Promise<WxResult> {
  return call!.then(
    (result) => result,
    (result: WxResult) => result,
  )
}

describe("the app's route calls", () => {
  // rule: NAV-PROMISE, LIFECYCLE-PAGE-ORDER, NAV-ROUTE-TABLE, NAV-CALLBACK-AFTER-ROUTE
  it('navigateTo: the pages change as WeChat does, then the call succeeds; onReady after', async () => {
    const a = await open('pages/a/a')
    const result = await user.tap(() => a.go('navigateTo', { url: '/pages/c/c?from=a' }))
    expect(result).toEqual({ errMsg: 'navigateTo:ok', eventChannel: expect.any(Object) })
    await fakeWx.settled()
    expect(takeHooks()).toEqual(['A.onHide', 'C.onLoad', 'C.onShow', 'C.onReady'])
    expect(mp.currentPage()!.options).toEqual({ from: 'a' })
    const order = fakeWx.log.entries.filter((e) => e.type === 'resolve' || (e.type === 'lifecycle' && e.target === 'pages/c/c')).map((e) => ('hook' in e ? e.hook : e.type))
    expect(order).toEqual(['onLoad', 'onShow', 'resolve', 'onReady'])
  })

  it('with callbacks: success, then complete', async () => {
    const a = await open('pages/a/a')
    const seen: string[] = []
    a.go('navigateTo', { url: '/pages/c/c', success: (r: WxResult) => seen.push(r.errMsg), complete: () => seen.push('complete') })
    await fakeWx.settled()
    expect(seen).toEqual(['navigateTo:ok', 'complete'])
  })

  it('redirectTo, switchTab, reLaunch and navigateBack succeed with their own errMsg', async () => {
    const c = await open('pages/a/a', 'pages/c/c')
    expect(await outcome(c.go('redirectTo', { url: '/pages/d/d' }))).toEqual({ errMsg: 'redirectTo:ok' })
    expect(takeHooks()).toEqual(['C.onUnload', 'D.onLoad', 'D.onShow', 'D.onReady'])
    const d = mp.currentPage<Routing>()!
    expect(await outcome(d.go('navigateBack'))).toEqual({ errMsg: 'navigateBack:ok' })
    expect(takeHooks()).toEqual(['D.onUnload', 'A.onShow'])
    const a = mp.currentPage<Routing>()!
    expect(await outcome(a.go('switchTab', { url: '/pages/b/b' }))).toEqual({ errMsg: 'switchTab:ok' })
    const b = mp.currentPage<Routing>()!
    expect(await outcome(b.go('reLaunch', { url: '/pages/c/c?x=1' }))).toEqual({ errMsg: 'reLaunch:ok' })
    await fakeWx.settled()
    expect(mp.pageStack().map((page) => page.route)).toEqual(['pages/c/c'])
  })

  // rule: NAV-URL-RELATIVE
  it('a url without a leading / is relative to the current page, as WeChat resolves it', async () => {
    const a = await open('pages/a/a')
    expect(await outcome(a.go('navigateTo', { url: '../c/c?id=1' }))).toMatchObject({ errMsg: 'navigateTo:ok' })
    expect(mp.currentPage()!.route).toBe('pages/c/c')
    const c = mp.currentPage<Routing>()!
    expect(await outcome(c.go('navigateTo', { url: 'pages/d/d' }))).toEqual({ errMsg: 'navigateTo:fail page "pages/c/pages/d/d" is not found' })
    expect(await outcome(c.go('navigateTo', { url: './../../pkg/pages/e/e' }))).toMatchObject({ errMsg: 'navigateTo:ok' })
  })
})

describe('the route calls WeChat refuses fail with its errMsg, and nothing moves', () => {
  // rule: NAV-ERRMSG-NOT-FOUND
  it('a page that is not in app.json: its path and query in quotes', async () => {
    const a = await open('pages/a/a')
    expect(await outcome(a.go('navigateTo', { url: '/pages/x/y?id=12' }))).toEqual({ errMsg: 'navigateTo:fail page "pages/x/y?id=12" is not found' })
    expect(await outcome(a.go('reLaunch', { url: '/pages/x/y' }))).toEqual({ errMsg: 'reLaunch:fail page "pages/x/y" is not found' })
    expect(await outcome(a.go('switchTab', { url: '/pages/x/y' }))).toEqual({ errMsg: 'switchTab:fail page "pages/x/y" is not found' })
    expect(takeHooks()).toEqual([])
  })

  // rule: NAV-ERRMSG-TABBAR
  it('navigateTo or redirectTo a tabBar page', async () => {
    const c = await open('pages/c/c')
    expect(await outcome(c.go('navigateTo', { url: '/pages/a/a' }))).toEqual({ errMsg: 'navigateTo:fail can not navigateTo a tabbar page' })
    expect(await outcome(c.go('redirectTo', { url: '/pages/b/b' }))).toEqual({ errMsg: 'redirectTo:fail can not redirectTo a tabbar page' })
    expect(mp.pageStack().map((page) => page.route)).toEqual(['pages/c/c'])
  })

  // rule: NAV-ERRMSG-SWITCHTAB
  it('switchTab to a page that is not a tab', async () => {
    const a = await open('pages/a/a')
    expect(await outcome(a.go('switchTab', { url: '/pages/c/c' }))).toEqual({ errMsg: 'switchTab:fail can not switch to no-tabBar page' })
  })

  // rule: NAV-ERRMSG-BACK-FIRST
  it('navigateBack on the first page', async () => {
    const c = await open('pages/c/c')
    expect(await outcome(c.go('navigateBack', { delta: 2 }))).toEqual({ errMsg: 'navigateBack:fail cannot navigate back at first page' })
    expect(takeHooks()).toEqual([])
  })

  // rule: NAV-STACK-LIMIT
  it('navigateTo with ten pages open', async () => {
    await open('pages/c/c')
    for (let i = 2; i <= 10; i++) await mp.navigateTo('pages/d/d')
    const top = mp.currentPage<Routing>()!
    expect(await outcome(top.go('navigateTo', { url: '/pages/c/c' }))).toEqual({ errMsg: 'navigateTo:fail webview count limit exceed' })
    expect(mp.pageStack()).toHaveLength(10)
  })

  // rule: ERRMSG-PARAM-TYPE
  it('a url that is not a string, a delta that is not a number: parameter error', async () => {
    const c = await open('pages/c/c')
    expect(await outcome(c.go('navigateTo', {}))).toEqual({ errMsg: 'navigateTo:fail parameter error: parameter.url should be String instead of Undefined;' })
    expect(await outcome(c.go('navigateBack', { delta: '1' }))).toEqual({ errMsg: 'navigateBack:fail parameter error: parameter.delta should be Number instead of String;' })
  })

  it.each(platforms)('spelled the same on %s', async (platform) => {
    fakeWx.configure({ platform })
    const c = await open('pages/c/c')
    expect(await outcome(c.go('navigateTo', { url: '/pages/a/a' }))).toEqual({ errMsg: 'navigateTo:fail can not navigateTo a tabbar page' })
  })
})

describe('the EventChannel of wx.navigateTo({ events })', () => {
  // rule: NAV-EVENTCHANNEL
  it("the opener hears what the page emits in onLoad, and the page hears what the opener emits in success", async () => {
    const a = await open('pages/a/a')
    const heard: unknown[] = []
    await user.tap(() =>
      a.go('navigateTo', {
        url: '/pages/d/d',
        events: { opened: (data: unknown) => heard.push(data) },
        success: (result: WxResult & { eventChannel: { emit(name: string, data: unknown): void } }) => result.eventChannel.emit('fromOpener', 'hello'),
      }),
    )
    expect(heard).toEqual([{ route: 'pages/d/d' }])
    expect(mp.currentPage()!.data.fromOpener).toBe('hello')
  })

  it('on, once and off on either end; a page opened without events has a channel that reaches nobody', async () => {
    const a = await open('pages/a/a')
    const result = (await a.go('navigateTo', { url: '/pages/d/d' })) as WxResult & { eventChannel: EventChannel }
    const opener = result.eventChannel
    const opened = mp.currentPage()!.getOpenerEventChannel()
    const heard: unknown[] = []
    const always = (value: unknown) => heard.push(['always', value])
    opener.on('ping', always)
    opener.once('ping', (value: unknown) => heard.push(['once', value]))
    opener.on('other', (value: unknown) => heard.push(['other', value]))
    opener.once('nothing', () => heard.push('never'))
    opened.emit('ping', 1)
    opened.emit('ping', 2)
    opener.off('ping', always)
    opened.emit('ping', 3)
    opener.off('other')
    opener.off('missing')
    opener.off('nothing', () => undefined)
    opened.emit('other', 4)
    opener.emit('fromOpener', 'to the page')
    expect(heard).toEqual([
      ['always', 1],
      ['once', 1],
      ['always', 2],
    ])
    expect(mp.currentPage()!.data.fromOpener).toBe('to the page')
    opener.on('ignored', 'not a function' as never)
    const relaunched = await mp.reLaunch('pages/c/c')
    relaunched.getOpenerEventChannel().emit('anything', 1)
    expect(heard).toHaveLength(3)
  })

  it('a listener that throws is reported, and the others still hear', async () => {
    const a = await open('pages/a/a')
    const heard: unknown[] = []
    await a.go('navigateTo', { url: '/pages/d/d', events: { opened: () => { throw new Error('listener broke') } } })
    const channel = mp.currentPage()!.getOpenerEventChannel()
    channel.emit('opened', 'x')
    expect(fakeWx.log.problems().map((p) => p.message)).toEqual([expect.stringMatching(/^an EventChannel listener of 'opened' threw: Error: listener broke/), expect.stringMatching(/listener broke/)])
    fakeWx.reset()
    expect(heard).toEqual([])
  })
})

describe('without a launched app', () => {
  it('fails, and the test fails after it ends, naming the line to add', async () => {
    fakeWx.reset()
    await expect(fakeWx.wx.navigateTo!({ url: '/pages/a/a' })).rejects.toEqual({
      errMsg: expect.stringContaining("navigateTo:fail [fake-wx] no mini program is launched, so there is no page to navigate from. Launch it in the test: const mp = await launch({ root: 'miniprogram' })"),
    })
    expect(() => fakeWx.verify()).toThrow('wx.navigateTo was called, but no mini program is launched')
    fakeWx.reset()
  })

  it('a stub still answers in its place', async () => {
    fakeWx.reset()
    fakeWx.mockWxMethod('navigateTo', () => Promise.resolve({ errMsg: 'navigateTo:ok' }))
    await expect(fakeWx.wx.navigateTo!({ url: '/pages/a/a' })).resolves.toEqual({ errMsg: 'navigateTo:ok' })
  })
})
