/**
 * Every way a test can change the fake's state between two granted calls takes effect on the next call:
 * a scripted decision, the settings page, configure() of system, appJson and privacy, reset(), a second
 * fake. Each test makes a granted call twice, changes one piece of state, and checks the next call.
 */
import { runInNewContext } from 'node:vm'
import type { FakeWx } from 'fake-wx'
import { fresh, outcome } from '../../support/fixtures'

/** Two granted calls: the first works the gates out, the second uses the remembered pass. */
async function grantedTwice(fake: FakeWx): Promise<void> {
  for (let i = 0; i < 2; i++) {
    const [how] = await outcome(fake.wx.getLocation!({ type: 'gcj02' }))
    expect(how).toBe('resolved')
  }
}

describe('a change of state between two granted calls', () => {
  it('ends when the user changes a decision: a refused scope fails at once, with no popup', async () => {
    const fake = fresh()
    fake.user.hasAllowed('scope.userLocation')
    await grantedTwice(fake)
    fake.user.hasDenied('scope.userLocation')
    expect(await outcome(fake.wx.getLocation!())).toEqual(['rejected', { errMsg: 'getLocation:fail auth deny', errno: 103 }])
    expect(fake.log.prompts()).toHaveLength(0)
  })

  it('ends when the settings page turns the scope off', async () => {
    const fake = fresh()
    fake.user.hasAllowed('scope.userLocation').inSettings.willDisable('scope.userLocation')
    await grantedTwice(fake)
    await fake.user.tap(() => fake.wx.openSetting!())
    expect((await outcome(fake.wx.getLocation!()))[0]).toBe('rejected')
  })

  it('ends when configure() denies the OS permission', async () => {
    const fake = fresh()
    fake.user.hasAllowed('scope.userLocation')
    await grantedTwice(fake)
    fake.configure({ system: { locationAuthorized: 'denied' } })
    expect(await outcome(fake.wx.getLocation!())).toEqual(['rejected', { errMsg: 'getLocation:fail system permission denied' }])
  })

  it('ends when configure() gives an app.json that does not declare the API', async () => {
    const fake = fresh()
    fake.user.hasAllowed('scope.userLocation')
    await grantedTwice(fake)
    fake.configure({ appJson: { requiredPrivateInfos: [] } })
    const [how, result] = await outcome(fake.wx.getLocation!())
    expect(how).toBe('rejected')
    expect(result.errMsg).toBe('getLocation:fail the api need to be declared in the requiredPrivateInfos field in app.json/ext.json')
  })

  it('ends when the privacy agreement becomes needed: the privacy popup comes first', async () => {
    const fake = fresh()
    fake.user.hasAllowed('scope.userLocation').willDisagreePrivacy()
    await grantedTwice(fake)
    fake.configure({ privacy: { needAuthorization: true } })
    expect(await outcome(fake.wx.getLocation!())).toEqual(['rejected', { errMsg: 'getLocation:fail privacy permission is not authorized', errno: 104 }])
  })

  it('ends with reset(): the next test starts unasked, with a popup', async () => {
    const fake = fresh()
    fake.user.hasAllowed('scope.userLocation')
    await grantedTwice(fake)
    fake.reset()
    fake.user.willDeny('scope.userLocation')
    expect((await outcome(fake.wx.getLocation!()))[0]).toBe('rejected')
    expect(fake.log.prompts('scope.userLocation')).toHaveLength(1)
  })

  it('still lets a scope that needs no dialog record itself after reset() (chooseAddress)', async () => {
    const fake = fresh()
    for (let i = 0; i < 2; i++) await fake.wx.chooseAddress!()
    fake.reset()
    expect((await fake.wx.getSetting!()).authSetting).toEqual({})
    await fake.wx.chooseAddress!()
    expect((await fake.wx.getSetting!()).authSetting).toEqual({ 'scope.address': true })
  })

  it('is kept per fake: two fakes with different decisions answer each by its own state', async () => {
    const allowed = fresh()
    const refused = fresh()
    allowed.user.hasAllowed('scope.userLocation')
    refused.user.hasDenied('scope.userLocation')
    for (let i = 0; i < 3; i++) {
      expect((await outcome(allowed.wx.getLocation!()))[0]).toBe('resolved')
      expect((await outcome(refused.wx.getLocation!()))[0]).toBe('rejected')
    }
  })
})

describe('the options the gates read cannot change under them', () => {
  it('changing the object passed to configure() afterwards has no effect; configure() again does', async () => {
    const fake = fresh()
    const system: { locationAuthorized: 'authorized' | 'denied' } = { locationAuthorized: 'authorized' }
    fake.configure({ system })
    fake.user.hasAllowed('scope.userLocation')
    await grantedTwice(fake)
    system.locationAuthorized = 'denied'
    expect((await outcome(fake.wx.getLocation!()))[0]).toBe('resolved')
    fake.configure({ system })
    expect((await outcome(fake.wx.getLocation!()))[0]).toBe('rejected')
  })

  it('an options object made in another realm (node:vm) is copied too', async () => {
    const fake = fresh()
    const system = runInNewContext("({ locationAuthorized: 'authorized' })") as { locationAuthorized: string }
    fake.configure({ system } as never)
    expect(fake.options.system).not.toBe(system)
    expect(fake.options.system).toEqual({ locationAuthorized: 'authorized' })
    fake.user.hasAllowed('scope.userLocation')
    await grantedTwice(fake)
    system.locationAuthorized = 'denied'
    expect((await outcome(fake.wx.getLocation!()))[0]).toBe('resolved')
  })
})
