import { fakeWx, user } from 'fake-wx'
import { failureOf } from '../../support/failure-message'
import { fresh, problemWithNoCall } from '../../support/fixtures'

/**
 * #1 getLocation (scope.userLocation), #2 authorize scope.record, #3 getSetting (no scope), #4 showModal,
 * #5 a mocked login, #6 authorize with no options, #7 a settings visit turning on scope.camera and
 * scope.bluetooth, and scope.werun, which the page does not list, #8 authorize scope.camera and #9 getLocation
 * (both granted by then: no popup), #10 getUserProfile (its popup asks for scope.userInfo on every call).
 */
async function mixedCalls(): Promise<void> {
  fakeWx.mockWxMethod('login', () => undefined)
  user.willAllow('scope.userLocation').willAllow('scope.record').willConfirmModal()
  user.hasDenied('scope.camera', 'scope.bluetooth')
  user.inSettings.willEnable('scope.camera').willEnable('scope.bluetooth').willEnable('scope.werun')
  await wx.getLocation({})
  await wx.authorize({ scope: 'scope.record' })
  await wx.getSetting({})
  await wx.showModal({ title: 'Shop' })
  wx.login({})
  await (wx.authorize as unknown as (options?: object) => Promise<unknown>)().catch(() => undefined)
  await user.tapOpenSettingButton()
  await wx.authorize({ scope: 'scope.camera' })
  await wx.getLocation({})
  user.willAllow('scope.userInfo')
  await user.tap(() => wx.getUserProfile({ desc: 'Shop profile' }))
}

/** The call headers of a message's timeline (arguments elided when the header ends with them), and its "(n other calls not shown)" line. */
function timelineCalls(message: string): string[] {
  const timeline = message.slice(message.indexOf('\nTimeline:\n'))
  return timeline.split('\n').filter((line) => /^ {2}[#(]/.test(line)).map((line) => line.trim().replace(/\(\{.*\}\)$|\(\)$/, '()'))
}

describe('the timeline of a failure message', () => {
  it('with no scope named, shows every call that asks for a scope or visits the settings page', async () => {
    await mixedCalls()
    const message = failureOf(() => expect(wx).not.toHavePrompted())
    expect(message).toContain('Received: 3 popups, shown by #1 wx.getLocation, #2 wx.authorize, #10 wx.getUserProfile\n')
    expect(timelineCalls(message)).toEqual([
      '#1 wx.getLocation()',
      '#2 wx.authorize()',
      '#6 wx.authorize() [tap]',
      '#7 <button open-type="openSetting">',
      '#8 wx.authorize()',
      '#9 wx.getLocation()',
      "#10 wx.getUserProfile({ desc: 'Shop profile' }) [tap]",
      '(3 other calls not shown)',
    ])
  })

  it('for a scope, shows the calls that asked for it by its authorize option', async () => {
    await mixedCalls()
    const message = failureOf(() => expect(wx).toHavePromptedTimes('scope.record', 3))
    expect(message).toContain('Received: 1 popup, shown by #2 wx.authorize\n')
    expect(timelineCalls(message)).toEqual(['#2 wx.authorize()', '(9 other calls not shown)'])
  })

  it('for a scope, shows the calls of the APIs it gates', async () => {
    await mixedCalls()
    const message = failureOf(() => expect(wx).toHavePromptedTimes('scope.userLocation', 3))
    expect(message).toContain('Received: 1 popup, shown by #1 wx.getLocation\n')
    expect(timelineCalls(message)).toEqual(['#1 wx.getLocation()', '#9 wx.getLocation()', '(8 other calls not shown)'])
  })

  it('for a scope, shows a settings visit that changed it', async () => {
    await mixedCalls()
    const message = failureOf(() => expect(wx).toHavePromptedTimes('scope.camera', 1))
    expect(message).toContain('Received: 0 popups\n')
    expect(timelineCalls(message)).toEqual(['#7 <button open-type="openSetting">', '#8 wx.authorize()', '(8 other calls not shown)'])
  })

  it('for a scope, shows a settings visit that tried to turn it on though the page did not list it', async () => {
    await mixedCalls()
    const message = failureOf(() => expect(wx).toHavePromptedTimes('scope.werun', 1))
    expect(timelineCalls(message)).toEqual(['#7 <button open-type="openSetting">', '(9 other calls not shown)'])
  })

  it('for a scope, shows the calls whose popup asked for it though their API does not list it', async () => {
    await mixedCalls()
    const message = failureOf(() => expect(wx).toHavePromptedTimes('scope.userInfo', 2))
    expect(timelineCalls(message)).toEqual(["#10 wx.getUserProfile({ desc: 'Shop profile' }) [tap]", '(9 other calls not shown)'])
  })

  it('shows the whole timeline when no call concerns the scope', async () => {
    await mixedCalls()
    const message = failureOf(() => expect(wx).toHavePromptedTimes('scope.addPhoneContact', 1))
    expect(timelineCalls(message)).toEqual([
      '#1 wx.getLocation()',
      '#2 wx.authorize()',
      '#3 wx.getSetting()',
      '#4 wx.showModal()',
      '#5 wx.login({}) [tap] [mocked]',
      '#6 wx.authorize() [tap]',
      '#7 <button open-type="openSetting">',
      '#8 wx.authorize()',
      '#9 wx.getLocation()',
      "#10 wx.getUserProfile({ desc: 'Shop profile' }) [tap]",
    ])
  })

  it('leaves out a call of an API fake-wx does not model, which the test answered itself', async () => {
    fakeWx.use({ getBatteryInfoSync: () => ({ level: 80, isCharging: false }) })
    user.willAllow('scope.userLocation')
    wx.getBatteryInfoSync!()
    await wx.getLocation({})
    const message = failureOf(() => expect(wx).toHavePromptedTimes('scope.userLocation', 2))
    expect(timelineCalls(message)).toEqual(['#2 wx.getLocation()', '(1 other call not shown)'])
  })

  it('narrowed to an API, counts and shows only its calls, and says so', async () => {
    await mixedCalls()
    const message = failureOf(() => expect(wx.authorize).toHavePromptedTimes('scope.record', 2))
    expect(message).toContain('Expected: 2 popups for scope.record from wx.authorize\n')
    expect(message).toContain('Received: 1 popup, shown by #2 wx.authorize\n')
    expect(timelineCalls(message)).toEqual(['#2 wx.authorize()', '(9 other calls not shown)'])
    const noPopup = failureOf(() => expect(wx.getLocation).toHavePrompted('scope.record'))
    expect(noPopup).toContain('Expected: a permission popup for scope.record from wx.getLocation\n')
  })
})

describe('a problem logged with no call', () => {
  it('is skipped when the assertion names an API', async () => {
    const fake = await problemWithNoCall()
    expect(fake.wx.getLocation).not.toHavePrompted()
    expect(fake.wx.getLocation).toHavePromptedTimes('scope.userLocation', 0)
    expect(failureOf(() => expect(fake.wx.getLocation).toHavePrompted())).toContain('Expected: a permission popup from wx.getLocation\n')
  })
})
