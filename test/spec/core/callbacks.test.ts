/** Promise or callbacks, asynchronous delivery, order, rejection shape (rules PROMISE-*, TIMING-*). */
import type { WxResult } from 'fake-wx'
import { callWithCallbacks, fresh, outcome } from '../../support/fixtures'
import { timers } from '../../support/runner'

describe('promise style when no success/fail/complete is passed', () => {
  // rule: PROMISE-IFF-NO-CALLBACK
  it('returns a promise without callbacks, undefined with any of them', async () => {
    const fake = fresh()
    const promise = fake.wx.showToast!({ title: 'ok' })
    expect(promise).toBeInstanceOf(Promise)
    await promise
    expect(fake.wx.showToast!({ title: 'ok', complete: () => {} })).toBeUndefined()
    expect(fake.wx.showToast!({ title: 'ok', success: () => {} })).toBeUndefined()
    expect(fake.wx.showToast!({ title: 'ok', fail: () => {} })).toBeUndefined()
  })

  // rule: PROMISE-EXCLUDED-APIS
  it('APIs without promise support return undefined and only call callbacks (startRecord)', async () => {
    const fake = fresh({ authSetting: { 'scope.record': true } })
    expect(fake.wx.startRecord!({})).toBeUndefined()
    await fake.settled()
    expect(fake.log.results('startRecord')).toEqual([expect.objectContaining({ type: 'success' })])
  })

  // rule: PROMISE-REJECT-FAIL-OBJECT
  it('rejects with the plain fail object, not an Error', async () => {
    const fake = fresh({ authSetting: { 'scope.userLocation': false } })
    const [how, reason] = await outcome(fake.wx.getLocation!())
    expect(how).toBe('rejected')
    expect(reason).not.toBeInstanceOf(Error)
    expect(reason).toEqual({ errMsg: 'getLocation:fail auth deny', errno: 103 })
  })
})

describe('order and timing', () => {
  // rule: TIMING-ASYNC-CALLBACKS
  it('callbacks never run inside the call', () => {
    const fake = fresh()
    const { events } = callWithCallbacks(fake, 'showToast', { title: 'hi' })
    expect(events).toEqual([])
  })

  // rule: TIMING-COMPLETE-LAST, ERRMSG-OK
  it('success then complete, with the same result object', async () => {
    const fake = fresh()
    const { events } = callWithCallbacks(fake, 'showToast', { title: 'hi' })
    await fake.settled()
    expect(events.map(([name]) => name)).toEqual(['success', 'complete'])
    expect(events[0]![1]).toBe(events[1]![1])
    expect(events[0]![1]).toEqual({ errMsg: 'showToast:ok' })
  })

  // rule: TIMING-COMPLETE-LAST
  it('fail then complete', async () => {
    const fake = fresh({ authSetting: { 'scope.werun': false } })
    const { events } = callWithCallbacks(fake, 'getWeRunData')
    await fake.settled()
    expect(events.map(([name, res]) => `${name} ${res.errMsg}`)).toEqual([
      'fail getWeRunData:fail auth deny',
      'complete getWeRunData:fail auth deny',
    ])
  })

  it('works under fake timers without the test advancing them', async () => {
    timers.useFakeTimers()
    try {
      const fake = fresh()
      fake.user.willAllow('scope.userLocation')
      const res = await fake.wx.getLocation!({ type: 'gcj02' })
      expect(res.errMsg).toBe('getLocation:ok')
      const { events } = callWithCallbacks(fake, 'showToast', { title: 'x' })
      await fake.settled()
      expect(events).toHaveLength(2)
    } finally {
      timers.useRealTimers()
    }
  })

  it('a callback that throws is recorded as a problem, and complete still runs', async () => {
    const fake = fresh()
    let completed = false
    fake.wx.showToast!({
      title: 'x',
      success: () => {
        throw new Error('boom in success')
      },
      complete: () => (completed = true),
    })
    await fake.settled()
    expect(completed).toBe(true)
    expect(fake.log.problems()).toEqual([expect.objectContaining({ kind: 'callback-threw' })])
    expect(() => fake.verify()).toThrow(/the success callback of wx\.showToast threw: Error: boom in success/)
  })
})

describe('bad input gets the base library parameter error, never a throw', () => {
  // rule: ERRMSG-PARAM-TYPE
  it.each([
    ['showToast', {}, 'showToast:fail parameter error: parameter.title should be String instead of Undefined;'],
    ['showToast', { title: 5 }, 'showToast:fail parameter error: parameter.title should be String instead of Number;'],
    [
      'showToast',
      { title: null, duration: '1000' },
      'showToast:fail parameter error: parameter.title should be String instead of Null;parameter.duration should be Number instead of String;',
    ],
    ['saveImageToPhotosAlbum', { filePath: ['a'] }, 'saveImageToPhotosAlbum:fail parameter error: parameter.filePath should be String instead of Array;'],
    ['getSetting', { withSubscriptions: 'yes' }, 'getSetting:fail parameter error: parameter.withSubscriptions should be Boolean instead of String;'],
  ])('%s(%j)', async (api, options, errMsg) => {
    const fake = fresh()
    await expect(fake.wx[api]!(options)).rejects.toEqual({ errMsg })
    expect(fake.log.prompts()).toHaveLength(0)
  })

  // rule: ERRMSG-PARAM-TYPE, AUTHORIZE-PARAM-NO-SCOPE
  it.each([undefined, null, 42, 'scope.userLocation'])('authorize(%j) fails, it does not throw', async (arg) => {
    const fake = fresh()
    await expect(fake.wx.authorize!(arg)).rejects.toEqual({
      errMsg: 'authorize:fail parameter error: parameter.scope should be String instead of Undefined;',
    })
  })

  // rule: ERRMSG-UNKNOWN-KEYS-IGNORED
  it('unknown option keys are ignored, as WeChat does', async () => {
    const fake = fresh()
    await expect(fake.wx.showToast!({ title: 'x', $callee: 'helper', icon: 'none' })).resolves.toEqual({ errMsg: 'showToast:ok' })
  })
})

describe('wx.showModal', () => {
  // rule: MODAL-RESULT
  it('is answered by the script and reports confirm/cancel', async () => {
    const fake = fresh()
    fake.user.willConfirmModal({ once: true }).willCancelModal()
    const first = await fake.wx.showModal!({ title: '提示', content: '需要授权' })
    const second = await fake.wx.showModal!({ title: '提示' })
    expect(first).toEqual({ errMsg: 'showModal:ok', confirm: true, cancel: false })
    expect(second).toEqual({ errMsg: 'showModal:ok', confirm: false, cancel: true })
    expect(fake.log.modals().map((m) => m.options)).toEqual([{ title: '提示', content: '需要授权' }, { title: '提示' }])
  })

  it('unscripted: cancelled, and recorded as a problem naming the line to add', async () => {
    const fake = fresh()
    const res = (await fake.wx.showModal!({ title: '去设置？' })) as WxResult
    expect(res.cancel).toBe(true)
    expect(() => fake.verify()).toThrow(/user\.willConfirmModal\(\)/)
  })
})
