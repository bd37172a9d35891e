/**
 * assertWx (fake-wx/node, fake-wx/assert): the matchers as node:assert-style functions. Each runs the
 * matcher and throws node:assert's AssertionError with the matcher's message, its first line naming the
 * call as the test wrote it. That the node:test preset itself resets and verifies is proven under
 * node:test (test/node/).
 */
import { AssertionError } from 'node:assert'
import { createFakeWx, fakeWx, launch, user } from 'fake-wx'
import { assertWx } from '../../../presets/assert-wx'
import { failureOf } from '../../support/failure-message'
import { locateShop } from '../../support/locate-shop'
import { appRoot } from '../../support/mini-program'

/** The error an assertion threw; fails the test when it threw nothing. */
function thrownBy(assertion: () => unknown): Error {
  try {
    assertion()
  } catch (error) {
    return error as Error
  }
  throw new Error('expected the assertion to throw, but it passed')
}

async function refuseLocation(): Promise<void> {
  user.willDeny('scope.userLocation')
  await wx.getLocation({ type: 'gcj02' }).catch(() => undefined)
}

describe('assertWx', () => {
  it('has one assertion per matcher, named without toHave, and the same under .not', () => {
    const names = ['prompted', 'promptedTimes', 'failedWithAuthDeny', 'failedWithSystemDeny', 'succeeded', 'openedSetting', 'shownModal', 'scope', 'navigatedTo', 'triggered']
    expect(Object.keys(assertWx).sort()).toEqual([...names, 'not'].sort())
    expect(Object.keys(assertWx.not).sort()).toEqual([...names].sort())
    for (const name of names) {
      expect(typeof (assertWx as unknown as Record<string, unknown>)[name]).toBe('function')
      expect((assertWx as unknown as Record<string, { name: string }>)[name]!.name).toBe(name)
    }
    expect(Object.isFrozen(assertWx)).toBe(true)
    expect(Object.isFrozen(assertWx.not)).toBe(true)
  })

  it('returns nothing when the matcher passes, and when the .not form passes', async () => {
    await refuseLocation()
    expect(assertWx.prompted(wx, 'scope.userLocation')).toBeUndefined()
    expect(assertWx.promptedTimes(wx, 'scope.userLocation', 1)).toBeUndefined()
    expect(assertWx.failedWithAuthDeny(wx.getLocation)).toBeUndefined()
    expect(assertWx.scope(wx, 'scope.userLocation', 'denied')).toBeUndefined()
    expect(assertWx.not.prompted(wx, 'scope.camera')).toBeUndefined()
    expect(assertWx.not.succeeded(wx.getLocation)).toBeUndefined()
    expect(assertWx.not.openedSetting(wx)).toBeUndefined()
    expect(assertWx.not.shownModal(wx)).toBeUndefined()
  })

  it('throws an AssertionError with the whole message: the call as written, then what the matcher says', async () => {
    await refuseLocation()
    const error = thrownBy(() => assertWx.succeeded(wx.getLocation))
    expect(error).toBeInstanceOf(AssertionError)
    expect(error).toMatchObject({ code: 'ERR_ASSERTION', operator: 'assertWx.succeeded', generatedMessage: false })
    expect(error.message).toBe(
      [
        'assertWx.succeeded(wx.getLocation)',
        '',
        'Expected: a call of wx.getLocation succeeding',
        "Received: #1 wx.getLocation failed 'getLocation:fail auth deny'",
        '',
        'Timeline:',
        "  #1 wx.getLocation({ type: 'gcj02' })",
        '    popup scope.userLocation: 获取你的位置信息',
        '    user denies',
        "    reject { errMsg: 'getLocation:fail auth deny', errno: 103 }",
      ].join('\n'),
    )
  })

  it('says what the runner matchers say below the first line', async () => {
    user.willDeny('scope.userLocation').willConfirmModal()
    user.inSettings.willEnable('scope.userLocation')
    await user.tap(() => locateShop())
    const pairs: [() => unknown, () => unknown][] = [
      [() => assertWx.prompted(wx, 'scope.camera'), () => expect(wx).toHavePrompted('scope.camera')],
      [() => assertWx.not.prompted(wx, 'scope.userLocation'), () => expect(wx).not.toHavePrompted('scope.userLocation')],
      [() => assertWx.promptedTimes(wx, 'scope.userLocation', 2), () => expect(wx).toHavePromptedTimes('scope.userLocation', 2)],
      [() => assertWx.not.failedWithAuthDeny(wx.getLocation), () => expect(wx.getLocation).not.toHaveFailedWithAuthDeny()],
      [() => assertWx.failedWithSystemDeny(wx), () => expect(wx).toHaveFailedWithSystemDeny()],
      [() => assertWx.not.openedSetting(wx), () => expect(wx).not.toHaveOpenedSetting()],
      [() => assertWx.shownModal(wx, { title: '别的标题' }), () => expect(wx).toHaveShownModal({ title: '别的标题' })],
      [() => assertWx.scope(wx, 'scope.userLocation', 'denied'), () => expect(wx).toHaveScope('scope.userLocation', 'denied')],
    ]
    for (const [assertion, matcher] of pairs) {
      const asserted = thrownBy(assertion).message.split('\n')
      const matched = failureOf(matcher).split('\n')
      expect(asserted.slice(1)).toEqual(matched.slice(1))
      expect(asserted.slice(1).length).toBeGreaterThan(3)
    }
  })

  it('names the call in the first line, .not and every argument included', async () => {
    await refuseLocation()
    expect(thrownBy(() => assertWx.not.prompted(wx, 'scope.userLocation')).message.split('\n')[0]).toBe("assertWx.not.prompted(wx, 'scope.userLocation')")
    expect(thrownBy(() => assertWx.not.prompted(fakeWx)).message.split('\n')[0]).toBe('assertWx.not.prompted(fakeWx)')
    expect(thrownBy(() => assertWx.promptedTimes(wx, 'scope.userLocation', 3)).message.split('\n')[0]).toBe(
      "assertWx.promptedTimes(wx, 'scope.userLocation', 3)",
    )
    expect(thrownBy(() => assertWx.scope(fakeWx.log, 'scope.userLocation', 'granted')).message.split('\n')[0]).toBe(
      "assertWx.scope(fakeWx.log, 'scope.userLocation', 'granted')",
    )
    expect(thrownBy(() => assertWx.not.scope(wx, 'scope.userLocation', 'denied'))).toMatchObject({ operator: 'assertWx.not.scope' })
  })

  it('starts the stack at the test, not inside fake-wx', async () => {
    await refuseLocation()
    const frames = (thrownBy(() => assertWx.succeeded(wx)).stack ?? '').split('\n').filter((line) => line.trimStart().startsWith('at '))
    expect(frames[0]).toContain('assert-wx.test')
  })

  it('matches a modal by a subset of its options, asymmetric matchers included', async () => {
    user.willConfirmModal()
    await wx.showModal({ title: '需要位置权限', content: '请在设置中打开', showCancel: false })
    assertWx.shownModal(wx, { title: '需要位置权限', showCancel: false })
    assertWx.shownModal(wx, { content: expect.stringContaining('设置') })
    assertWx.not.shownModal(wx, { title: '需要相册权限' })
    assertWx.not.shownModal(wx, { content: expect.stringContaining('相册') })
    const message = thrownBy(() => assertWx.shownModal(wx, { content: expect.stringContaining('相册') })).message
    expect(message).toContain('Expected: a modal matching { content: StringContaining "相册" }')
  })

  it('passes the OS refusal, the settings page and a success through to their matchers', async () => {
    const fake = createFakeWx({ system: { locationAuthorized: 'denied' }, authSetting: { 'scope.userLocation': true } })
    await fake.wx.getLocation!({}).catch(() => undefined)
    assertWx.failedWithSystemDeny(fake.wx.getLocation)
    assertWx.not.failedWithAuthDeny(fake.wx.getLocation)
    user.willAllow('scope.userLocation')
    await wx.getLocation({})
    assertWx.succeeded(wx.getLocation)
    await user.tap(() => wx.openSetting({}))
    assertWx.openedSetting(wx)
  })

  it("passes routes and components' events through to their matchers, queries and details compared deeply", async () => {
    const mp = await launch({ root: appRoot('routes') })
    await mp.reLaunch('pages/a/a?id=7')
    const counter = await mp.mountComponent<{ increment(): number }>('components/counter/index')
    counter.increment()
    assertWx.navigatedTo(wx, 'pages/a/a', { id: '7' })
    assertWx.navigatedTo(fakeWx, '/pages/a/a', { id: expect.stringMatching(/^7$/) })
    assertWx.not.navigatedTo(wx, 'pages/a/a', { id: '8' })
    assertWx.triggered(counter, 'change', { clicks: 1 })
    assertWx.triggered(counter, 'change', expect.objectContaining({ clicks: expect.any(Number) }))
    assertWx.not.triggered(counter, 'change', { clicks: 2 })
    const pairs: [() => unknown, () => unknown][] = [
      [() => assertWx.navigatedTo(wx, 'pages/b/b'), () => expect(wx).toHaveNavigatedTo('pages/b/b')],
      [() => assertWx.not.triggered(counter, 'change'), () => expect(counter).not.toHaveTriggered('change')],
    ]
    for (const [assertion, matcher] of pairs) expect(thrownBy(assertion).message.split('\n').slice(1)).toEqual(failureOf(matcher).split('\n').slice(1))
  })

  it('reports a misuse as the matchers do: an Error naming the received value, not an AssertionError', () => {
    const error = thrownBy(() => assertWx.prompted({ getSetting: 1 }))
    expect(error).not.toBeInstanceOf(AssertionError)
    expect(error.message.split('\n')[0]).toBe('assertWx.prompted(received)')
    expect(error.message).toContain('Matcher error: received value must be the fake wx')
    expect(error.message).toContain('Received has type:  object\nReceived has value: { getSetting: 1 }')
    expect(() => assertWx.prompted(wx, 'scope.userLoction' as never)).toThrow("Did you mean 'scope.userLocation'?")
    expect(thrownBy(() => assertWx.prompted(null)).message).toContain('Received has value: null')
  })
})
