// The README's code samples that are not already in shop.test.mjs or recipes.test.mjs, as they appear
// there (so every sample in the README is a test that passes).
import { fakeWx, user } from 'fake-wx'

describe('README: scripting the user', () => {
  test('the script methods', async () => {
    user.willAllow('scope.userLocation') // answers every popup for the scope
    user.willDeny('scope.camera', { once: true }) // this popup only; then the standing answer, if any
    user.hasDenied('scope.writePhotosAlbum') // refused on an earlier visit: no popup, fails at once
    user.willConfirmModal() // taps the confirm button of every wx.showModal
    user.inSettings.willEnable('scope.writePhotosAlbum') // what the user switches on in wx.openSetting's page

    await expect(wx.authorize({ scope: 'scope.camera' })).rejects.toEqual({ errMsg: 'authorize:fail auth deny', errno: 103 })
    await expect(wx.saveImageToPhotosAlbum({ filePath: 'http://tmp/a.png' })).rejects.toMatchObject({ errno: 103 })
    await expect(wx.getLocation({ type: 'gcj02' })).resolves.toMatchObject({ errMsg: 'getLocation:ok' })
    await expect(user.tap(() => wx.showModal({ title: '去设置？' }))).resolves.toMatchObject({ confirm: true })
    await expect(user.tap(() => wx.openSetting())).resolves.toMatchObject({ authSetting: { 'scope.writePhotosAlbum': true } })
  })

  test('reading the log', async () => {
    user.willDeny('scope.userLocation')
    await wx.getLocation({ type: 'gcj02' }).catch(() => undefined)

    expect(fakeWx.log.prompts('scope.userLocation')).toHaveLength(1)
    expect(fakeWx.log.calls('getLocation')).toEqual([expect.objectContaining({ api: 'getLocation', tap: false })])
    expect(fakeWx.log.results('getLocation')).toEqual([
      expect.objectContaining({ type: 'reject', result: { errMsg: 'getLocation:fail auth deny', errno: 103 } }),
    ])
  })
})

describe('README: gates', () => {
  test('app.json', async () => {
    fakeWx.configure({
      appJson: { permission: { 'scope.userLocation': { desc: '用于为你查找最近的门店' } }, requiredPrivateInfos: [] },
    })

    await expect(wx.getLocation({ type: 'gcj02' })).rejects.toEqual({
      errMsg: 'getLocation:fail the api need to be declared in the requiredPrivateInfos field in app.json/ext.json',
    })
    expect(wx).not.toHavePrompted()
  })

  test('privacy: WeChat’s own popup, refused', async () => {
    fakeWx.configure({ privacy: { needAuthorization: true } })
    user.willDisagreePrivacy()

    await expect(wx.getClipboardData()).rejects.toEqual({
      errMsg: 'getClipboardData:fail privacy permission is not authorized',
      errno: 104,
    })
  })

  test('privacy: the agreement in the scope popup (base library 3.4.2 and later)', async () => {
    fakeWx.configure({ privacy: { needAuthorization: true } })
    user.willDeny('scope.userLocation') // the scope popup carries the agreement: no popup of its own

    await expect(wx.getLocation({ type: 'gcj02' })).rejects.toEqual({ errMsg: 'getLocation:fail auth deny', errno: 103 })
    expect(wx).toHavePrompted('scope.userLocation')
  })

  test('privacy: the popup of its own, on a base library before 3.4.2', async () => {
    fakeWx.configure({ baseLibrary: '3.4.1', privacy: { needAuthorization: true } })
    user.willDisagreePrivacy()

    await expect(wx.getLocation({ type: 'gcj02' })).rejects.toEqual({
      errMsg: 'getLocation:fail privacy permission is not authorized',
      errno: 104,
    })
    expect(wx).not.toHavePrompted() // the privacy layer comes before the scope popup
  })

  test('privacy: the app’s own popup (onNeedPrivacyAuthorization)', async () => {
    fakeWx.configure({ privacy: { needAuthorization: true } })
    user.willAllow('scope.werun')
    let agree
    wx.onNeedPrivacyAuthorization((resolve) => {
      agree = resolve // the app shows its popup; its agree button calls resolve
    })

    const call = wx.getWeRunData() // waits for the listener's resolve
    await fakeWx.settled()
    await user.tapAgreePrivacyButton('agree-btn', () => agree({ event: 'agree', buttonId: 'agree-btn' }))

    await expect(call).resolves.toMatchObject({ errMsg: 'getWeRunData:ok' })
  })

  test('the OS layer', async () => {
    fakeWx.configure({ platform: 'android', system: { locationEnabled: false } })
    user.willAllow('scope.userLocation')

    await expect(wx.getLocation({ type: 'gcj02' })).rejects.toEqual({
      errMsg: 'getLocation:fail:ERROR_NOCELL&WIFI_LOCATIONSWITCHOFF',
      errCode: 2,
    })
    expect(wx.getLocation).toHaveFailedWithSystemDeny()
    expect(wx).toHaveScope('scope.userLocation', 'granted')
  })

  test('the tap rule', async () => {
    await expect(wx.openSetting()).rejects.toEqual({ errMsg: 'openSetting:fail can only be invoked by user TAP gesture.' })
    await expect(user.tap(() => wx.openSetting())).resolves.toMatchObject({ errMsg: 'openSetting:ok' })
  })

  test('the callbacks of a wx.request stub carry tap state', async () => {
    fakeWx.mockWxMethod('request', ({ success }) => {
      setTimeout(() => success({ statusCode: 200, data: { needSettings: true } }), 0)
    })

    const result = await user.tap(
      () => new Promise((resolve) => wx.request({ url: 'https://api.example.com/me', success: () => wx.openSetting({ complete: resolve }) })),
    )

    expect(result.errMsg).toBe('openSetting:ok')
  })
})

describe('README: handlers, events and the runners’ matchers', () => {
  test('a handler answers an API fake-wx does not model', async () => {
    fakeWx.use({
      showRedPackage: (options) => ({ shown: options.url }),
      'cloud.callContainer': async ({ path }) => ({ statusCode: 200, data: { path } }),
    })

    await expect(wx.showRedPackage({ url: 'https://hb.example/1' })).resolves.toEqual({ shown: 'https://hb.example/1', errMsg: 'showRedPackage:ok' })
    await expect(wx.cloud.callContainer({ path: '/shops' })).resolves.toEqual({ statusCode: 200, data: { path: '/shops' }, errMsg: 'cloud.callContainer:ok' })
  })

  test('throwing { errMsg } fails the call', async () => {
    fakeWx.use({
      addCard: () => {
        throw { errMsg: 'addCard:fail cancel' }
      },
    })

    await expect(wx.addCard({ cardList: [] })).rejects.toEqual({ errMsg: 'addCard:fail cancel' })
  })

  test('events', () => {
    const online = []
    wx.onNetworkStatusChange((res) => online.push(res.isConnected))

    fakeWx.emit('networkStatusChange', { isConnected: false, networkType: 'none' })

    expect(online).toEqual([false])
  })

  test('canIUse answers from what the fake answers', () => {
    expect(wx.canIUse('getLocation.success.latitude')).toBe(true)
    expect(wx.canIUse('addCard')).toBe(false) // neither modelled nor given a handler in this test
  })

  test('the runners’ own call matchers', async () => {
    await wx.showToast({ title: '已保存', icon: 'success' })

    expect(wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已保存' }))
    expect(wx.showToast).toHaveBeenCalledTimes(1)
  })
})
