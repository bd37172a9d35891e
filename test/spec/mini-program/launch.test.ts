/**
 * launch({ root }): reads <root>/app.json, runs app.js's App({...}) with onLaunch and onShow, opens no page, and
 * gates the app's calls with its own app.json.
 */
import { fakeWx, launch, FakeWxError } from 'fake-wx'
import { appRoot, mini, takeCalls } from '../../support/mini-program'

const ROOT = appRoot('routes')

describe('launch', () => {
  // rule: LIFECYCLE-GETAPP-BEFORE-APP
  it('getApp() is undefined and getCurrentPages() empty before launch', () => {
    expect(mini.getApp()).toBeUndefined()
    expect(mini.getCurrentPages()).toEqual([])
  })

  // rule: LIFECYCLE-GETAPP-BEFORE-APP
  it('getApp({ allowDefault: true }) before App() gives the object App() then merges into', async () => {
    const mp = await launch({ root: appRoot('early-app') })
    expect(mp.app).toMatchObject({ sawNone: true, setEarly: true, shared: 'from App' })
    expect(mp.app.earlyObject).toBe(mp.app)
    expect(mini.getApp({ allowDefault: true })).toBe(mp.app)
  })

  // rule: LIFECYCLE-APP-LAUNCH, LAUNCH-DEFAULT-OPTIONS
  it('runs App onLaunch then onShow with the entry page, no query and scene 1001, and opens no page', async () => {
    const mp = await launch({ root: ROOT })
    const options = { path: 'pages/a/a', query: {}, scene: 1001 }
    expect(takeCalls()).toEqual([
      ['App.onLaunch', options],
      ['App.onShow', options],
    ])
    expect(mp.launchOptions).toEqual(options)
    expect(mp.currentPage()).toBeUndefined()
    expect(mp.pageStack()).toEqual([])
    expect(mini.getApp()).toBe(mp.app)
    expect(mp.root).toBe(ROOT)
  })

  it('passes the launch options the test gives, the path without its leading slash', async () => {
    const mp = await launch({ root: ROOT, launchOptions: { path: '/pages/c/c', query: { id: '7' }, scene: 1011, shareTicket: 't' } })
    const options = { path: 'pages/c/c', query: { id: '7' }, scene: 1011, shareTicket: 't' }
    expect(takeCalls()).toEqual([
      ['App.onLaunch', options],
      ['App.onShow', options],
    ])
    expect(mp.launchOptions).toEqual(options)
  })

  // rule: APP-LAUNCH-OPTIONS
  it('wx.getLaunchOptionsSync() reports the launch, wx.getEnterOptionsSync() the latest show', async () => {
    const mp = await launch({ root: ROOT, launchOptions: { path: 'pages/c/c', query: { id: '7' }, scene: 1011 } })
    expect(wx.getLaunchOptionsSync()).toMatchObject({ path: 'pages/c/c', query: { id: '7' }, scene: 1011, referrerInfo: {}, apiCategory: 'default' })
    await mp.hide()
    await mp.show({ scene: 1007 })
    expect(wx.getEnterOptionsSync()).toMatchObject({ scene: 1007 })
    expect(wx.getLaunchOptionsSync()).toMatchObject({ scene: 1011 })
  })

  it('gates the app with its app.json, for this test', async () => {
    await launch({ root: ROOT })
    expect(fakeWx.options.appJson).toMatchObject({ requiredPrivateInfos: ['getLocation'], permission: { 'scope.userLocation': { desc: '测试' } } })
  })

  it('and with the appJson the test passes, in place of the file', async () => {
    const appJson = { pages: ['pages/b/b', 'pages/a/a'], requiredPrivateInfos: ['chooseAddress'] }
    const mp = await launch({ root: ROOT, appJson })
    expect(fakeWx.options.appJson).toEqual(appJson)
    expect(mp.launchOptions.path).toBe('pages/b/b')
    await expect(mp.reLaunch('pages/c/c')).rejects.toThrow('pages/c/c is not a page of app.json.')
  })

  it('logs the App lifecycles', async () => {
    await launch({ root: ROOT })
    expect(fakeWx.log).toMatchInlineSnapshot(`
      App onLaunch { path: 'pages/a/a', query: {}, scene: 1001 }
      App onShow { path: 'pages/a/a', query: {}, scene: 1001 }
    `)
  })
})

describe('each launch gets fresh modules', () => {
  it.each([1, 2])('app.js runs again (launch %i)', async () => {
    await launch({ root: ROOT })
    expect(mini.getApp()!.globalData.loadedAt).toBe(1)
  })

  it('shared by the pages of one app', async () => {
    const mp = await launch({ root: ROOT })
    const a = await mp.reLaunch('pages/a/a')
    const c = await mp.navigateTo('pages/c/c')
    expect([a.data.count, c.data.count]).toEqual([1, 2])
  })

  it('a second launch in one test replaces the first app', async () => {
    const first = await launch({ root: ROOT })
    await first.reLaunch('pages/a/a')
    const second = await launch({ root: ROOT })
    expect(second.pageStack()).toEqual([])
    expect(mini.getApp()).toBe(second.app)
    await expect(first.navigateTo('pages/c/c')).rejects.toThrow('mp.navigateTo: this mini program has ended')
  })
})

describe('a mini program that cannot launch says why', () => {
  it('rejects options that are not { root }', async () => {
    await expect(launch(undefined as never)).rejects.toThrow(FakeWxError)
    await expect(launch({} as never)).rejects.toThrow('launch({ root }): root must be the path of the folder that holds app.json')
    await expect(launch({ root: ROOT, pages: [] } as never)).rejects.toThrow("launch(): unknown option 'pages'. Options: root, launchOptions, appJson, fake.")
  })

  it('a root without app.json', async () => {
    await expect(launch({ root: appRoot('routes/pages') })).rejects.toThrow(/pages has no app\.json\. root is the mini program's folder, the one that holds app\.json/)
    await expect(launch({ root: appRoot('nowhere') })).rejects.toThrow(/nowhere does not exist/)
    await expect(launch({ root: appRoot('routes/app.js') })).rejects.toThrow(/app\.js is not a folder/)
  })

  it('an app.json without pages, or with bad subpackages', async () => {
    await expect(launch({ root: ROOT, appJson: {} })).rejects.toThrow('app.json must list the pages')
    await expect(launch({ root: ROOT, appJson: { pages: [] } })).rejects.toThrow('app.json must list the pages')
    await expect(launch({ root: ROOT, appJson: { pages: ['a', 3] } })).rejects.toThrow('app.json must list the pages')
    await expect(launch({ root: ROOT, appJson: { pages: ['pages/a/a'], subpackages: {} } })).rejects.toThrow('"subpackages" must be a list')
    await expect(launch({ root: ROOT, appJson: { pages: ['pages/a/a'], subpackages: [{ pages: [] }] } })).rejects.toThrow('needs a "root" and a "pages" list')
  })

  // rule: NAV-TABBAR-LIST
  it('an app.json whose tabBar has fewer than 2 or more than 5 tabs, or a tab that is not a page', async () => {
    const tabs = (n: number) => Array.from({ length: n }, (_, i) => ({ pagePath: `pages/${i}` }))
    const pages = tabs(6).map((tab) => tab.pagePath)
    await expect(launch({ root: ROOT, appJson: { pages, tabBar: { list: tabs(1) } } })).rejects.toThrow('tabBar.list must have 2 to 5 items')
    await expect(launch({ root: ROOT, appJson: { pages, tabBar: { list: tabs(6) } } })).rejects.toThrow('tabBar.list must have 2 to 5 items')
    await expect(launch({ root: ROOT, appJson: { pages, tabBar: { list: {} } } })).rejects.toThrow('tabBar.list must have 2 to 5 items')
    await expect(launch({ root: ROOT, appJson: { pages, tabBar: { list: tabs(5) } } })).resolves.toBeDefined()
    await expect(launch({ root: ROOT, appJson: { pages: ['pages/a/a'], tabBar: { list: [{ pagePath: 'pages/a/a' }] } } })).rejects.toThrow('tabBar.list must have 2 to 5 items')
    await expect(launch({ root: ROOT, appJson: { pages: ['pages/a/a'], tabBar: { list: [{ pagePath: 'pages/a/a' }, { pagePath: 'pages/x/x' }] } } })).rejects.toThrow(
      'tabBar.list has pagePath "pages/x/x", which is not one of "pages"',
    )
  })

  it('an app.json that is not JSON, and a folder whose project.config.json names the mini program folder', async () => {
    await expect(launch({ root: appRoot('bad-json') })).rejects.toThrow(/bad-json\/app\.json is not valid JSON \(.*\); the devtools would refuse to compile it\./)
    await expect(launch({ root: appRoot('project') })).rejects.toThrow(/Its project\.config\.json says the mini program is in 'miniprogram\/': launch\(\{ root: '.*project\/miniprogram\/' \}\)/)
    await expect(launch({ root: appRoot('project/miniprogram') })).resolves.toBeDefined()
  })

  it('an app.js that is missing, or does not call App()', async () => {
    await expect(launch({ root: appRoot('no-app-js') })).rejects.toThrow(/no-app-js has app\.json but no app\.js \(nor app\.ts\); WeChat needs app\.js to call App\(\{\.\.\.\}\)/)
    await expect(launch({ root: appRoot('no-app-call') })).rejects.toThrow(/app\.js did not call App\(\{\.\.\.\}\) when it was loaded/)
    // Nothing of a launch that failed is left running.
    expect(mini.getApp()).toBeUndefined()
    await expect(fakeWx.wx.navigateBack!()).rejects.toMatchObject({ errMsg: expect.stringContaining('no mini program is launched') })
    fakeWx.reset()
  })

  it('launch options that are not options', async () => {
    await expect(launch({ root: ROOT, launchOptions: 'pages/a/a' as never })).rejects.toThrow('launchOptions must be an object')
    await expect(launch({ root: ROOT, launchOptions: { path: 3 as never } })).rejects.toThrow('launchOptions.path must be a page path')
    await expect(launch({ root: ROOT, launchOptions: { query: null as never } })).rejects.toThrow('launchOptions.query must be an object')
    await expect(launch({ root: ROOT, launchOptions: { scene: '1001' as never } })).rejects.toThrow('launchOptions.scene must be a number')
  })
})
