/**
 * The timeline shows the mini program beside the wx calls, in order: App and page lifecycles, the routes (the
 * test's, and the app's under its call), setData keys and component events.
 */
import { fakeWx, launch, user, type WxResult } from 'fake-wx'
import { appRoot } from '../../support/mini-program'

interface Routing {
  go(api: string, options?: Record<string, unknown>): Promise<WxResult>
}

it("a route by the test, one by the app, a setData and a component's event", async () => {
  const mp = await launch({ root: appRoot('routes'), launchOptions: { scene: 1011 } })
  const a = await mp.reLaunch<Routing>('pages/a/a?id=7')
  await user.tap(() => a.go('navigateTo', { url: '../c/c?from=a' }))
  const counter = await mp.mountComponent<{ increment(): number }>('components/counter/index', { properties: { title: '计数' } })
  counter.increment()
  await mp.navigateBack()
  expect(fakeWx.log).toMatchSnapshot()
})
