/** getSetting, openSetting and the settings page. */
import { fresh, outcome } from '../../support/fixtures'

describe('wx.getSetting', () => {
  // rule: SETTINGS-ONLY-ASKED
  it('lists only the scopes that were asked ("只会出现小程序已经向用户请求过的权限")', async () => {
    const fake = fresh()
    await expect(fake.wx.getSetting!()).resolves.toEqual({ errMsg: 'getSetting:ok', authSetting: {} })
    fake.user.willAllow('scope.werun').willDeny('scope.userLocation')
    await fake.wx.getWeRunData!()
    await outcome(fake.wx.getLocation!({}))
    await expect(fake.wx.getSetting!()).resolves.toEqual({
      errMsg: 'getSetting:ok',
      authSetting: { 'scope.werun': true, 'scope.userLocation': false },
    })
  })

  // rule: SETTINGS-WITH-SUBSCRIPTIONS
  it('withSubscriptions: true adds a subscriptionsSetting with mainSwitch', async () => {
    const fake = fresh()
    const res = await fake.wx.getSetting!({ withSubscriptions: true })
    expect(res).toEqual({ errMsg: 'getSetting:ok', authSetting: {}, subscriptionsSetting: { mainSwitch: true } })
  })

  it('hands each caller its own authSetting object (mutating it changes nothing)', async () => {
    const fake = fresh({ authSetting: { 'scope.camera': true } })
    const first = (await fake.wx.getSetting!()).authSetting as Record<string, boolean>
    first['scope.camera'] = false
    expect(fake.scopeState('scope.camera')).toBe('granted')
  })
})

describe('wx.openSetting', () => {
  // rule: SETTINGS-OPEN-RESULT
  it('opens the settings page, applies the scripted toggles and succeeds with the new authSetting', async () => {
    const fake = fresh()
    fake.user.hasDenied('scope.userLocation')
    fake.user.inSettings.willEnable('scope.userLocation')
    const res = await fake.user.tap(() => fake.wx.openSetting!())
    expect(res).toEqual({ errMsg: 'openSetting:ok', authSetting: { 'scope.userLocation': true } })
    expect(fake.log.settingsVisits()).toEqual([
      expect.objectContaining({ changes: [{ scope: 'scope.userLocation', from: false, to: true }], unlisted: [] }),
    ])
    await expect(fake.wx.getLocation!({})).resolves.toMatchObject({ errMsg: 'getLocation:ok' })
  })

  it('with nothing scripted the page leaves every scope unchanged', async () => {
    const fake = fresh({ authSetting: { 'scope.camera': false } })
    const res = await fake.user.tap(() => fake.wx.openSetting!())
    expect(res).toEqual({ errMsg: 'openSetting:ok', authSetting: { 'scope.camera': false } })
  })

  // rule: SETTINGS-PAGE-ONLY-ASKED
  it('a never-asked scope is not on the page, so enabling it there does nothing', async () => {
    const fake = fresh()
    fake.user.inSettings.willEnable('scope.userLocation')
    const res = await fake.user.tap(() => fake.wx.openSetting!())
    expect(res).toEqual({ errMsg: 'openSetting:ok', authSetting: {} })
    expect(fake.log.settingsVisits()[0]).toMatchObject({ changes: [], unlisted: ['scope.userLocation'] })
    expect(fake.scopeState('scope.userLocation')).toBe('unasked')
  })

  // rule: SETTINGS-OPEN-RESULT
  it('the user can also switch a granted scope off', async () => {
    const fake = fresh()
    fake.user.hasAllowed('scope.record').inSettings.willDisable('scope.record')
    await fake.user.tap(() => fake.wx.openSetting!())
    expect(fake.scopeState('scope.record')).toBe('denied')
  })

  it('{ once: true } toggles apply to one visit only', async () => {
    const fake = fresh({ authSetting: { 'scope.camera': false } })
    fake.user.inSettings.willEnable('scope.camera', { once: true })
    await fake.user.tap(() => fake.wx.openSetting!())
    fake.user.inSettings.willDisable('scope.camera', { once: true })
    await fake.user.tap(() => fake.wx.openSetting!())
    await fake.user.tap(() => fake.wx.openSetting!())
    expect(fake.log.settingsVisits().map((v) => v.changes.map((c) => c.to))).toEqual([[true], [false], []])
  })
})
