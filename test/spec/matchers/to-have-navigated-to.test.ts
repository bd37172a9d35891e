import { fakeWx, launch, user, type MiniProgram, type PageInstance, type WxResult } from 'fake-wx'
import { failureOf } from '../../support/failure-message'
import { appRoot } from '../../support/mini-program'

interface Routing {
  go(api: string, options?: Record<string, unknown>): Promise<WxResult>
}

let mp: MiniProgram

beforeEach(async () => {
  mp = await launch({ root: appRoot('routes') })
})

/** The test opens A; the app then navigates to C with a query, and tries a tab page. */
async function appNavigates(): Promise<PageInstance<Routing>> {
  const a = await mp.reLaunch<Routing>('pages/a/a?id=7')
  await user.tap(() => a.go('navigateTo', { url: '/pages/c/c?sku=1&from=a' }))
  const c = mp.currentPage<Routing>()!
  await c.go('navigateTo', { url: '/pages/b/b' }).catch(() => undefined)
  return c
}

describe('toHaveNavigatedTo', () => {
  it("passes for a route to the page, the test's or the app's, with or without the leading /", async () => {
    await appNavigates()
    expect(wx).toHaveNavigatedTo('pages/a/a')
    expect(fakeWx).toHaveNavigatedTo('/pages/c/c')
    expect(fakeWx.log).toHaveNavigatedTo('pages/c/c')
    expect(mp).toHaveNavigatedTo('pages/c/c')
    expect(wx).not.toHaveNavigatedTo('pages/b/b')
  })

  it('matches a subset of the query: strings, numbers and booleans as the url writes them, asymmetric matchers', async () => {
    await appNavigates()
    expect(wx).toHaveNavigatedTo('pages/c/c', { sku: '1' })
    expect(wx).toHaveNavigatedTo('pages/c/c', { sku: 1, from: 'a' })
    expect(wx).toHaveNavigatedTo('pages/c/c?sku=1')
    expect(wx).toHaveNavigatedTo('pages/c/c?sku=1', { from: expect.stringMatching(/^a$/) })
    expect(wx).not.toHaveNavigatedTo('pages/c/c', { sku: 2 })
    expect(wx).not.toHaveNavigatedTo('pages/c/c', { missing: expect.anything() })
    expect(wx).not.toHaveNavigatedTo('pages/a/a', { flag: true })
  })

  it("wx.navigateTo counts only the app's navigateTo routes", async () => {
    await appNavigates()
    expect(wx.navigateTo).toHaveNavigatedTo('pages/c/c')
    expect(wx.navigateTo).not.toHaveNavigatedTo('pages/a/a')
    expect(wx.reLaunch).not.toHaveNavigatedTo('pages/a/a')
  })

  it('fails with the routes that happened and the route calls that failed', async () => {
    await appNavigates()
    const message = failureOf(() => expect(wx).toHaveNavigatedTo('pages/c/c', { sku: '2' }))
    expect(message).toContain("Expected: a navigation to pages/c/c with { sku: '2' }")
    expect(message).toContain("Received: mp.reLaunch → pages/a/a { id: '7' }")
    expect(message).toContain("          #1 wx.navigateTo → pages/c/c { sku: '1', from: 'a' }")
    expect(message).toContain("          #2 wx.navigateTo failed 'navigateTo:fail can not navigateTo a tabbar page'")
    expect(message).toMatchSnapshot()
  })

  it('fails when nothing navigated', async () => {
    const message = failureOf(() => expect(wx).toHaveNavigatedTo('pages/c/c'))
    expect(message).toContain('Expected: a navigation to pages/c/c')
    expect(message).toContain('Received: no navigation')
    expect(failureOf(() => expect(wx.redirectTo).toHaveNavigatedTo('pages/c/c'))).toContain('Received: no navigation by wx.redirectTo')
  })

  it('.not fails with the matching routes', async () => {
    await appNavigates()
    const message = failureOf(() => expect(mp).not.toHaveNavigatedTo('pages/c/c'))
    expect(message).toContain('expect(mp).not.toHaveNavigatedTo(')
    expect(message).toContain('Expected: no navigation to pages/c/c')
    expect(message).toContain("Received: #1 wx.navigateTo → pages/c/c { sku: '1', from: 'a' }")
    expect(message.split('Timeline:')[0]).not.toContain('pages/a/a')
  })

  it('a query written in the route must match as well, and prints with the route', async () => {
    await appNavigates()
    expect(wx).not.toHaveNavigatedTo('pages/c/c?sku=2')
    expect(wx).toHaveNavigatedTo('pages/c/c?sku=1&')
    expect(failureOf(() => expect(wx).toHaveNavigatedTo('pages/c/c?sku=2'))).toContain("Expected: a navigation to pages/c/c with { sku: '2' }\n")
  })

  it('a boolean matches the string a url carries for it', async () => {
    const a = await mp.reLaunch<Routing>('pages/a/a')
    await a.go('navigateTo', { url: '/pages/c/c?flag=true' })
    expect(wx).toHaveNavigatedTo('pages/c/c', { flag: true })
    expect(wx).not.toHaveNavigatedTo('pages/c/c', { flag: false })
  })

  it('prints a route without a query, and an expected route without one, with nothing after the page', async () => {
    await mp.reLaunch('pages/a/a')
    const message = failureOf(() => expect(wx).toHaveNavigatedTo('pages/c/c'))
    expect(message).toContain('Expected: a navigation to pages/c/c\n')
    expect(message).toContain('Received: mp.reLaunch → pages/a/a\n')
  })

  it('says plainly that nothing navigated', () => {
    expect(failureOf(() => expect(wx).toHaveNavigatedTo('pages/c/c'))).toContain('Received: no navigation\n')
  })

  it('.not lists the matching routes only, not the route calls that failed', async () => {
    await appNavigates()
    const received = failureOf(() => expect(wx).not.toHaveNavigatedTo('pages/c/c')).split('Timeline:')[0]!
    expect(received).toContain("Received: #1 wx.navigateTo → pages/c/c { sku: '1', from: 'a' }\n\n")
    expect(received).not.toContain('failed')
  })

  it("an API's failure lists that API's failed calls (not pending ones), and its timeline only that API's calls", async () => {
    const a = await mp.reLaunch<Routing>('pages/a/a')
    wx.setStorageSync('visited', true)
    await a.go('switchTab', { url: '/pages/b/b' })
    const b = mp.currentPage<Routing>()!
    await b.go('navigateTo', { url: '/pages/a/a' }).catch(() => undefined)
    const pending = b.go('navigateTo', { url: '/pages/c/c' })
    const message = failureOf(() => expect(wx.navigateTo).toHaveNavigatedTo('pages/d/d'))
    await pending
    expect(message).toContain(
      "Received: no navigation by wx.navigateTo\n          #3 wx.navigateTo failed 'navigateTo:fail can not navigateTo a tabbar page'\n\n",
    )
    const timeline = message.split('Timeline:')[1]!
    expect(timeline).toContain('#3 wx.navigateTo')
    expect(timeline).toContain('#4 wx.navigateTo')
    expect(timeline).not.toContain('switchTab')
    expect(timeline).not.toContain('setStorageSync')
  })

  it('rejects an empty route and a null query, showing the value received', async () => {
    const empty = failureOf(() => expect(wx).toHaveNavigatedTo(''))
    expect(empty).toContain("Matcher error: expected value must be a page's route, such as 'pages/detail/detail'.")
    expect(empty).toMatch(/\nExpected has value: ""$/)
    expect(failureOf(() => expect(wx).toHaveNavigatedTo(7 as never))).toMatch(/\nExpected has value: 7$/)
    const nullQuery = failureOf(() => expect(wx).toHaveNavigatedTo('pages/c/c', null as never))
    expect(nullQuery).toContain("Matcher error: the query must be an object such as { sku: '1' }.")
    expect(nullQuery).toMatch(/\nExpected has value: null$/)
    expect(failureOf(() => expect(wx.getLocation).toHaveNavigatedTo('pages/c/c'))).toMatch(/\nReceived has value: \[Function getLocation\]$/)
  })

  it('rejects a route that is not a string, a query that is not an object, an API that does not navigate', async () => {
    expect(failureOf(() => expect(wx).toHaveNavigatedTo(7 as never))).toContain("Matcher error: expected value must be a page's route, such as 'pages/detail/detail'.")
    expect(failureOf(() => expect(wx).toHaveNavigatedTo('pages/c/c', 'sku=1' as never))).toContain("Matcher error: the query must be an object such as { sku: '1' }.")
    expect(failureOf(() => expect(wx).toHaveNavigatedTo('pages/c/c', ['x'] as never))).toContain('Matcher error: the query must be an object')
    expect(failureOf(() => expect(wx.getLocation).toHaveNavigatedTo('pages/c/c'))).toContain(
      'Matcher error: wx.getLocation does not navigate: pass wx (any route), or one of wx.navigateTo, wx.redirectTo, wx.switchTab, wx.reLaunch, wx.navigateBack.',
    )
  })
})
