/**
 * The route APIs: wx.navigateTo, redirectTo, switchTab, reLaunch, navigateBack. The app launched with
 * `launch()` does the routing (src/mini-program/harness/): it loads the target page from the app's root, keeps
 * the page stack, runs the lifecycles and ends the call with WeChat's outcome. Without a launched app there is
 * nothing to navigate: the call fails and the test fails after it ends, naming the line to add. Rules:
 * NAV-PROMISE, NAV-ERRMSG-NOT-FOUND, NAV-ERRMSG-TABBAR, NAV-ERRMSG-SWITCHTAB, NAV-ERRMSG-BACK-FIRST, NAV-STACK-LIMIT.
 */
import { fail, type Call, type Pause } from '../../../api-record'
import type { WechatApi } from './record'

const NO_APP =
  'no mini program is launched, so there is no page to navigate from. Launch it in the test: const mp = await launch({ root: \'miniprogram\' }) and open a page with mp.reLaunch(url); or stub this API: fakeWx.mockWxMethod(name, impl).'

function route(call: Call): Pause {
  return (next) => {
    const { engine } = call
    const runtime = engine.miniProgram.runtime
    if (runtime === undefined) {
      engine.problem(call.id, 'no-app', `${engine.host.label(call.api)} was called, but ${NO_APP}`)
      next(fail('fake-wx', NO_APP))
      return
    }
    runtime.route(call, next)
  }
}

const url = { url: { type: 'String', required: true } } as const

export const NAVIGATION_APIS: readonly WechatApi[] = [
  // `events`: listeners of the EventChannel the opened page reaches with this.getOpenerEventChannel().
  { name: 'navigateTo', promise: true, params: { ...url, events: { type: 'Object' } }, example: { url: '/pages/index/index' }, steps: [route] },
  { name: 'redirectTo', promise: true, params: url, example: { url: '/pages/index/index' }, steps: [route] },
  { name: 'switchTab', promise: true, params: url, example: { url: '/pages/index/index' }, steps: [route] },
  { name: 'reLaunch', promise: true, params: url, example: { url: '/pages/index/index' }, steps: [route] },
  { name: 'navigateBack', promise: true, params: { delta: { type: 'Number' } }, example: {}, steps: [route] },
]
