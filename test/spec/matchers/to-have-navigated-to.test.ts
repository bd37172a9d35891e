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

  it('rejects a route that is not a string, a query that is not an object, an API that does not navigate', async () => {
    expect(failureOf(() => expect(wx).toHaveNavigatedTo(7 as never))).toContain("Matcher error: expected value must be a page's route, such as 'pages/detail/detail'.")
    expect(failureOf(() => expect(wx).toHaveNavigatedTo('pages/c/c', 'sku=1' as never))).toContain("Matcher error: the query must be an object such as { sku: '1' }.")
    expect(failureOf(() => expect(wx).toHaveNavigatedTo('pages/c/c', ['x'] as never))).toContain('Matcher error: the query must be an object')
    expect(failureOf(() => expect(wx.getLocation).toHaveNavigatedTo('pages/c/c'))).toContain(
      'Matcher error: wx.getLocation does not navigate: pass wx (any route), or one of wx.navigateTo, wx.redirectTo, wx.switchTab, wx.reLaunch, wx.navigateBack.',
    )
  })
})
