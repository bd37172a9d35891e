import { createFakeWx, fakeWx, user } from 'fake-wx'
import { failureOf } from '../../support/failure-message'

describe('toHaveFailedWithSystemDeny', () => {
  // rule: MATCH-SYSTEM-DENY-VARIANTS
  it.each([
    ['ios', { locationAuthorized: 'denied' }],
    ['android', { locationAuthorized: 'denied' }],
    ['android', { locationEnabled: false }],
    ['ios', { locationEnabled: false }],
  ] as const)('passes on %s with %j', async (platform, system) => {
    const fake = createFakeWx({ platform, system, authSetting: { 'scope.userLocation': true } })
    await fake.wx.getLocation!({}).catch(() => undefined)
    expect(fake.wx.getLocation).toHaveFailedWithSystemDeny()
    expect(fake.wx).toHaveFailedWithSystemDeny('getLocation')
    expect(fake.wx.getLocation).not.toHaveFailedWithAuthDeny()
  })

  // rule: MATCH-SYSTEM-DENY-VARIANTS
  it('fails for a scope refusal, with a note saying what counts', async () => {
    user.willDeny('scope.userLocation')
    await wx.getLocation({}).catch(() => undefined)
    expect(wx.getLocation).not.toHaveFailedWithSystemDeny()
    const message = failureOf(() => expect(wx.getLocation).toHaveFailedWithSystemDeny())
    expect(message).toContain("#1 wx.getLocation failed 'getLocation:fail auth deny'")
    expect(message).toContain('Only the OS layer counts')
    expect(message).toMatchSnapshot()
  })

  it('.not fails when the OS denied, naming the call', async () => {
    fakeWx.configure({ system: { albumAuthorized: 'denied' } })
    user.hasAllowed('scope.writePhotosAlbum')
    await wx.saveImageToPhotosAlbum({ filePath: 'http://tmp/a.png' }).catch(() => undefined)
    const message = failureOf(() => expect(wx).not.toHaveFailedWithSystemDeny())
    expect(message).toContain("wx.saveImageToPhotosAlbum failed 'saveImageToPhotosAlbum:fail system permission denied'")
    expect(message).toMatchSnapshot()
  })
})
