/** One call through the pipeline: how its options are read and logged, callback problems, internal errors, reset(). */
import type { WxResult } from 'fake-wx'
import type { ApiRecord } from '../../../src/api-record'
import { createFake } from '../../../src/controller'
import type { Host } from '../../../src/hosts/host'
import { PROFILES } from '../../../src/hosts/wechat/profiles'
import { fresh, outcome } from '../../support/fixtures'

describe('reading the options', () => {
  it('a non-object argument has no fields', async () => {
    const fake = fresh()
    expect(await outcome(fake.wx.showToast!('保存成功' as never))).toEqual([
      'rejected',
      { errMsg: 'showToast:fail parameter error: parameter.title should be String instead of Undefined;' },
    ])
    expect(fake.log.calls().map((c) => c.args)).toEqual([undefined])
  })

  it('logs the options without the success, fail and complete functions, keeping every other value', async () => {
    const fake = fresh()
    const helper = () => 1
    await new Promise((done) => fake.wx.getSetting!({ withSubscriptions: false, helper, success: () => undefined, complete: done }))
    expect(fake.log.calls()).toEqual([expect.objectContaining({ api: 'getSetting', style: 'callback', args: { withSubscriptions: false, helper } })])
  })

  it('a success that is not a function is no callback: the call is promise style and logs it', async () => {
    const fake = fresh()
    const returned = fake.wx.getSetting!({ success: 'yes' })
    expect(returned).toBeInstanceOf(Promise)
    expect(((await returned) as WxResult).errMsg).toBe('getSetting:ok')
    expect(fake.log.calls()).toEqual([expect.objectContaining({ style: 'promise', args: { success: 'yes' } })])
    expect(fake.log.problems()).toEqual([])
  })

  it('with a real callback, a success that is not a function is still logged', async () => {
    const fake = fresh()
    await new Promise((done) => fake.wx.getSetting!({ success: 'yes', complete: done }))
    expect(fake.log.calls()).toEqual([expect.objectContaining({ style: 'callback', args: { success: 'yes' } })])
  })
})

describe('callbacks that throw', () => {
  it('names the callback that threw, fail and complete alike', async () => {
    const fake = fresh()
    fake.user.willCancelActionSheet()
    fake.wx.showActionSheet!({
      itemList: ['a'],
      fail: () => {
        throw new Error('in fail')
      },
      complete: () => {
        throw new Error('in complete')
      },
    })
    await fake.settled()
    expect(fake.log.problems().map((p) => [p.kind, p.message.split('\n')[0]])).toEqual([
      ['callback-threw', 'the fail callback of wx.showActionSheet threw: Error: in fail'],
      ['callback-threw', 'the complete callback of wx.showActionSheet threw: Error: in complete'],
    ])
  })
})

describe('an API record that throws (a bug of the fake or of a host)', () => {
  const boom: ApiRecord = {
    name: 'boom',
    promise: true,
    steps: [
      () => {
        throw new Error('kaput')
      },
    ],
  }
  const bad: ApiRecord = {
    name: 'bad',
    promise: true,
    result: () => {
      throw 'no data'
    },
  }
  const host = (): Host => ({
    globalName: 'tt',
    scopes: [],
    otherScopes: [],
    apis: [boom, bad],
    apiNames: ['boom', 'bad'],
    profiles: { ios: PROFILES.ios },
    defaultPlatform: 'ios',
    recognisedDenySpellings: [],
    exampleScopes: ['scope.x', 'scope.x'],
  })

  it('a step that throws fails the call and is reported with the stack', async () => {
    const fake = createFake(host())
    expect(await outcome(fake.wx.boom!())).toEqual(['rejected', { errMsg: 'boom:fail [fake-wx] internal error in tt.boom: Error: kaput' }])
    const [problem] = fake.log.problems()
    expect(problem!.kind).toBe('callback-threw')
    expect(problem!.message).toMatch(/^internal error in tt\.boom: Error: kaput\n\s+at /)
  })

  it('a result builder that throws fails the call and is reported', async () => {
    const fake = createFake(host())
    expect(await outcome(fake.wx.bad!())).toEqual(['rejected', { errMsg: 'bad:fail [fake-wx] internal error in tt.bad: no data' }])
    expect(fake.log.problems().map((p) => [p.kind, p.message])).toEqual([['callback-threw', 'internal error in tt.bad: no data']])
  })
})

describe('reset() with work pending', () => {
  it('a popup the old test opened is not answered by the new test’s script', async () => {
    const fake = fresh()
    let old: WxResult | undefined
    fake.wx.showModal!({ title: '旧的', complete: (r: WxResult) => (old = r) })
    fake.reset()
    expect(old?.errMsg).toBe('showModal:fail [fake-wx] fake.reset() ran while this call was in flight')
    fake.user.willConfirmModal({ once: true })
    await fake.settled()
    expect(fake.log.entries).toEqual([])
    // The script is still there for the new test's own modal.
    await expect(fake.wx.showModal!({ title: '新的' })).resolves.toEqual({ errMsg: 'showModal:ok', confirm: true, cancel: false })
  })
})
