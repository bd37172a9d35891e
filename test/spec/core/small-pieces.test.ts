/** The errMsg recognisers, how values and suggestions read in misuse messages, the log's queries, subscription settings. */
import { createFakeWx, isAuthDenyErrMsg, isSystemDenyErrMsg, type WxResult } from 'fake-wx'
import { messageOf } from '../../support/fixtures'

describe('isAuthDenyErrMsg / isSystemDenyErrMsg', () => {
  it('accept a refusal or an OS denial after an API name, nothing else', () => {
    expect(isAuthDenyErrMsg('getLocation:fail auth deny')).toBe(true)
    expect(isSystemDenyErrMsg('getLocation:fail system permission denied')).toBe(true)
    expect(isAuthDenyErrMsg(':fail auth deny')).toBe(false)
    expect(isAuthDenyErrMsg(undefined)).toBe(false)
    expect(isAuthDenyErrMsg(103)).toBe(false)
    expect(isSystemDenyErrMsg({ errMsg: 'getLocation:fail system permission denied' })).toBe(false)
  })
})

describe('how misuse messages read', () => {
  it('a function given where a value belongs is named by its name, if it has one', () => {
    function ios() {}
    const anonymous = [() => 'android'][0]
    expect(messageOf(() => createFakeWx({ platform: ios as never }))).toBe(
      "[fake-wx] options.platform must be one of 'ios', 'android', 'devtools', 'windows', 'mac', 'ohos', 'ohos_pc', got a function (ios).",
    )
    expect(messageOf(() => createFakeWx({ platform: anonymous as never }))).toBe(
      "[fake-wx] options.platform must be one of 'ios', 'android', 'devtools', 'windows', 'mac', 'ohos', 'ohos_pc', got a function.",
    )
  })

  it('of two suggestions equally close, the first in the list is offered', () => {
    expect(messageOf(() => createFakeWx({ platform: 'mis' as never }))).toBe(
      "[fake-wx] options.platform must be one of 'ios', 'android', 'devtools', 'windows', 'mac', 'ohos', 'ohos_pc', got 'mis'. Did you mean 'ios'?",
    )
  })
})

describe("the log's queries", () => {
  it('size counts the entries; modals() lists only the modals, results() includes rejections and synchronous returns', async () => {
    const fake = createFakeWx()
    expect(fake.log.size).toBe(0)
    fake.user.willAllow('scope.camera').willDeny('scope.record').willConfirmModal()
    await fake.wx.authorize!({ scope: 'scope.camera' })
    await fake.wx.showModal!({ title: 'a' })
    await fake.wx.authorize!({ scope: 'scope.record' }).catch((e: WxResult) => e)
    fake.wx.getAppAuthorizeSetting!()
    expect(fake.log.size).toBe(fake.log.entries.length)
    expect(fake.log.modals()).toEqual([expect.objectContaining({ type: 'popup', kind: 'modal' })])
    expect(fake.log.results().map((r) => [r.api, r.type])).toEqual([
      ['authorize', 'resolve'],
      ['showModal', 'resolve'],
      ['authorize', 'reject'],
      ['getAppAuthorizeSetting', 'return'],
    ])
  })
})

describe('user.hasSubscriptionSettings', () => {
  // rule: SETTINGS-WITH-SUBSCRIPTIONS
  it('item settings alone leave the main switch on', async () => {
    const fake = createFakeWx()
    fake.user.hasSubscriptionSettings({ itemSettings: { t1: 'accept' } })
    await expect(fake.wx.getSetting!({ withSubscriptions: true })).resolves.toEqual({
      errMsg: 'getSetting:ok',
      authSetting: {},
      subscriptionsSetting: { mainSwitch: true, itemSettings: { t1: 'accept' } },
    })
  })
})
