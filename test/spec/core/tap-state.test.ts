/** The tap rule: openSetting needs tap state; where tap state is carried and where it is lost. */
import type { WxResult } from 'fake-wx'
import { fresh } from '../../support/fixtures'
import { timers } from '../../support/runner'

const TAP_ERROR = { errMsg: 'openSetting:fail can only be invoked by user TAP gesture.' }

describe('the tap rule', () => {
  // rule: TAP-OPENSETTING-REQUIRED, ERRMSG-TAP-GESTURE
  it('openSetting outside a tap fails with the TAP gesture errMsg', async () => {
    const fake = fresh()
    await expect(fake.wx.openSetting!()).rejects.toEqual(TAP_ERROR)
    expect(fake.log.settingsVisits()).toHaveLength(0)
  })

  // rule: TAP-HANDLER
  it('openSetting straight from a tap handler succeeds', async () => {
    const fake = fresh()
    await expect(fake.user.tap(() => fake.wx.openSetting!())).resolves.toMatchObject({ errMsg: 'openSetting:ok' })
  })

  // rule: TAP-AUTHORIZE-NOT-CARRIER
  it("openSetting straight from authorize's fail callback fails (authorize does not carry tap state; L)", async () => {
    const fake = fresh()
    fake.user.hasDenied('scope.userLocation')
    let result: WxResult | undefined
    await fake.user.tap(() =>
      fake.wx.authorize!({ scope: 'scope.userLocation', fail: () => fake.wx.openSetting!({ complete: (r: WxResult) => (result = r) }) }),
    )
    expect(result).toEqual(TAP_ERROR)
  })

  // rule: TAP-MODAL-SUCCESS
  it("openSetting in showModal's success callback succeeds (the user tapped the modal's button)", async () => {
    const fake = fresh()
    fake.user.hasDenied('scope.userLocation').willConfirmModal().inSettings.willEnable('scope.userLocation')
    let result: WxResult | undefined
    await fake.user.tap(() =>
      fake.wx.authorize!({
        scope: 'scope.userLocation',
        fail: () =>
          fake.wx.showModal!({ title: '需要位置权限', success: () => fake.wx.openSetting!({ complete: (r: WxResult) => (result = r) }) }),
      }),
    )
    expect(result).toEqual({ errMsg: 'openSetting:ok', authSetting: { 'scope.userLocation': true } })
  })

  // rule: TAP-CARRIERS
  it('getSetting called with tap state carries it into its callbacks', async () => {
    const fake = fresh()
    let result: WxResult | undefined
    await fake.user.tap(() => fake.wx.getSetting!({ success: () => fake.wx.openSetting!({ complete: (r: WxResult) => (result = r) }) }))
    expect(result?.errMsg).toBe('openSetting:ok')
  })

  // rule: TAP-CONSUMED
  it('a consumed tap state cannot be used twice', async () => {
    const fake = fresh({ platform: 'android' })
    const results: string[] = []
    await fake.user.tap(() => {
      fake.wx.openSetting!({ complete: (r: WxResult) => (results[0] = r.errMsg) })
      fake.wx.openSetting!({ complete: (r: WxResult) => (results[1] = r.errMsg) })
    })
    expect(results).toEqual(['openSetting:ok', TAP_ERROR.errMsg])
  })

  // rule: TAP-TIMER-LOSES
  it('setTimeout loses tap state', async () => {
    const fake = fresh({ platform: 'android' })
    const result = await fake.user.tap(
      () => new Promise<WxResult>((resolve) => setTimeout(() => fake.wx.openSetting!({ complete: resolve }), 0)),
    )
    expect(result).toEqual(TAP_ERROR)
  })

  // rule: TAP-TIMER-LOSES
  it('setTimeout loses tap state under fake timers too', async () => {
    const fake = fresh({ platform: 'android' })
    timers.useFakeTimers()
    try {
      let result: WxResult | undefined
      await fake.user.tap(() => setTimeout(() => fake.wx.openSetting!({ complete: (r: WxResult) => (result = r) }), 100))
      timers.advanceTimersByTime(100)
      await fake.settled()
      expect(result).toEqual(TAP_ERROR)
    } finally {
      timers.useRealTimers()
    }
  })

  // rule: TAP-PROMISE-IOS, TAP-PROMISE-DEVTOOLS-PC
  it.each([
    ['ios', TAP_ERROR.errMsg],
    ['android', 'openSetting:ok'],
    ['devtools', 'openSetting:ok'],
  ] as const)('after `await wx.showModal()` on %s: %s (promises lose tap state on iOS only)', async (platform, errMsg) => {
    const fake = fresh({ platform })
    fake.user.willConfirmModal()
    const result = await fake.user.tap(async () => {
      await fake.wx.showModal!({ title: '去设置' })
      return fake.wx.openSetting!().catch((e: WxResult) => e)
    })
    expect(result.errMsg).toBe(errMsg)
  })

  it('tapRule: false turns the rule off for handler unit tests', async () => {
    const fake = fresh({ tapRule: false })
    await expect(fake.wx.openSetting!()).resolves.toMatchObject({ errMsg: 'openSetting:ok' })
  })

  it('the log records whether each call had tap state', async () => {
    const fake = fresh()
    await fake.user.tap(() => fake.wx.getSetting!())
    await fake.wx.getSetting!()
    expect(fake.log.calls('getSetting').map((c) => c.tap)).toEqual([true, false])
  })
})

describe('the tap-state rules carriers and the openSetting button', () => {
  // rule: TAP-MODAL-SUCCESS
  it("showActionSheet's success has tap state (the user tapped an item)", async () => {
    const fake = fresh()
    fake.user.willChooseAction(1)
    let result: WxResult | undefined
    await fake.user.tap(() =>
      fake.wx.showActionSheet!({
        itemList: ['拍照', '去设置'],
        success: (res: WxResult) => {
          if (res.tapIndex === 1) fake.wx.openSetting!({ complete: (r: WxResult) => (result = r) })
        },
      }),
    )
    expect(result?.errMsg).toBe('openSetting:ok')
  })

  // rule: ERRMSG-ACTIONSHEET-CANCEL
  it('showActionSheet cancelled: showActionSheet:fail cancel', async () => {
    const fake = fresh()
    fake.user.willCancelActionSheet()
    await expect(fake.wx.showActionSheet!({ itemList: ['a'] })).rejects.toEqual({ errMsg: 'showActionSheet:fail cancel' })
  })

  // rule: ACTIONSHEET-RESULT
  it('showActionSheet succeeds with the index of the tapped item, counted from 0 at the top', async () => {
    const fake = fresh()
    fake.user.willChooseAction(0, { once: true }).willChooseAction(2)
    const items = ['拍照', '从相册选择', '查看大图']
    await expect(fake.wx.showActionSheet!({ itemList: items })).resolves.toEqual({ errMsg: 'showActionSheet:ok', tapIndex: 0 })
    await expect(fake.wx.showActionSheet!({ itemList: items })).resolves.toEqual({ errMsg: 'showActionSheet:ok', tapIndex: 2 })
  })

  // rule: TAP-CARRIERS
  it('a mocked wx.request called with tap state carries it into its callbacks, even asynchronously', async () => {
    const fake = fresh({ platform: 'ios' })
    fake.mockWxMethod('request', (options: { success: (r: unknown) => void }) => {
      setTimeout(() => options.success({ statusCode: 200 }), 0)
    })
    const result = await fake.user.tap(
      () =>
        new Promise<WxResult>((resolve) =>
          fake.wx.request!({ url: 'https://example.com', success: () => fake.wx.openSetting!({ complete: resolve }) }),
        ),
    )
    expect(result.errMsg).toBe('openSetting:ok')
  })

  // rule: SETTINGS-BUTTON
  it('<button open-type="openSetting">: the tap opens the settings page and bindopensetting gets the new authSetting', async () => {
    const fake = fresh({ authSetting: { 'scope.camera': false } })
    fake.user.inSettings.willEnable('scope.camera')
    const detail = await fake.user.tapOpenSettingButton((event) => event.detail)
    expect(detail).toEqual({ errMsg: 'openSetting:ok', authSetting: { 'scope.camera': true } })
    expect(fake.log.settingsVisits()).toHaveLength(1)
  })
})

describe('each answer arrives in its own macrotask (review findings: no tap leaking between deliveries)', () => {
  // rule: TAP-PROMISE-IOS
  it('a delivery does not land between a tap handler and its own promise continuations (Android)', async () => {
    const fake = fresh({ platform: 'android' })
    const result = await fake.user.tap(async () => {
      fake.wx.showToast!({ title: 'hi' })
      await Promise.resolve()
      await Promise.resolve()
      await Promise.resolve()
      return fake.wx.openSetting!().catch((e: WxResult) => e)
    })
    expect(result.errMsg).toBe('openSetting:ok')
  })

  // rule: TAP-AUTHORIZE-NOT-CARRIER, TAP-MODAL-SUCCESS
  it("authorize's rejection does not borrow the tap state of a modal answered at the same time (Android)", async () => {
    const fake = fresh({ platform: 'android' })
    fake.user.willDeny('scope.userLocation').willConfirmModal()
    const afterAuthorize = fake.wx.authorize!({ scope: 'scope.userLocation' }).catch(() => fake.wx.openSetting!().catch((e: WxResult) => e))
    const afterModal = fake.wx.showModal!({ title: '去设置' }).then(() => fake.wx.openSetting!().catch((e: WxResult) => e))
    expect((await afterAuthorize).errMsg).toBe(TAP_ERROR.errMsg)
    expect((await afterModal).errMsg).toBe('openSetting:ok')
  })

  // rule: TAP-AUTHORIZE-NOT-CARRIER, TAP-MODAL-SUCCESS
  it('the same, in the other order', async () => {
    const fake = fresh({ platform: 'android' })
    fake.user.willDeny('scope.userLocation').willConfirmModal()
    const afterModal = fake.wx.showModal!({ title: '去设置' }).then(() => fake.wx.openSetting!().catch((e: WxResult) => e))
    const afterAuthorize = fake.wx.authorize!({ scope: 'scope.userLocation' }).catch(() => fake.wx.openSetting!().catch((e: WxResult) => e))
    expect((await afterModal).errMsg).toBe('openSetting:ok')
    expect((await afterAuthorize).errMsg).toBe(TAP_ERROR.errMsg)
  })
})
