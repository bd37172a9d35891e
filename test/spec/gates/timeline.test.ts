/** The gates in combination (privacy, then scope, then OS) on iOS and Android: the timeline, snapshotted. */
import { platforms } from 'fake-wx'
import { fresh, outcome } from '../../support/fixtures'

describe.each(platforms.filter((p) => p === 'ios' || p === 'android'))('on %s', (platform) => {
  // Base library 3.4.1: WeChat's privacy popup of its own, before the combined popup of 3.4.2.
  it('privacy popup agreed, scope popup allowed, OS permission denied', async () => {
    const fake = fresh({ platform, baseLibrary: '3.4.1', privacy: { needAuthorization: true }, system: { locationAuthorized: 'denied' } })
    fake.user.willAgreePrivacy().willAllow('scope.userLocation')
    await outcome(fake.wx.getLocation!({ type: 'gcj02' }))
    expect(fake.log).toMatchSnapshot()
  })

  it('app.json missing requiredPrivateInfos, then privacy refused, then the 10 s gap', async () => {
    const fake = fresh({
      platform,
      baseLibrary: '3.4.1',
      appJson: { permission: { 'scope.userLocation': { desc: '用于查找附近门店' } }, requiredPrivateInfos: ['getLocation'] },
      privacy: { needAuthorization: true },
    })
    fake.user.willDisagreePrivacy()
    await outcome(fake.wx.chooseLocation!({}))
    await outcome(fake.wx.getLocation!({ type: 'gcj02' }))
    await outcome(fake.wx.getLocation!({ type: 'gcj02' }))
    expect(fake.log).toMatchSnapshot()
  })

  // rule: PRIVACY-COMBINED-103
  it('the combined popup (base library 3.4.2 and later): allowed with the agreement ticked, OS permission denied', async () => {
    const fake = fresh({ platform, privacy: { needAuthorization: true }, system: { locationAuthorized: 'denied' } })
    fake.user.willAllow('scope.userLocation')
    await outcome(fake.wx.getLocation!({ type: 'gcj02' }))
    fake.user.willDeny('scope.camera')
    fake.configure({ privacy: { needAuthorization: true } })
    await outcome(fake.wx.authorize!({ scope: 'scope.camera' }))
    expect(fake.log).toMatchSnapshot()
  })
})
