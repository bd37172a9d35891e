/** The gates in combination (privacy, then scope, then OS) on iOS and Android: the timeline, snapshotted. */
import { platforms } from 'fake-wx'
import { fresh, outcome } from '../../support/fixtures'

describe.each(platforms.filter((p) => p === 'ios' || p === 'android'))('on %s', (platform) => {
  it('privacy popup agreed, scope popup allowed, OS permission denied', async () => {
    const fake = fresh({ platform, privacy: { needAuthorization: true }, system: { locationAuthorized: 'denied' } })
    fake.user.willAgreePrivacy().willAllow('scope.userLocation')
    await outcome(fake.wx.getLocation!({ type: 'gcj02' }))
    expect(fake.log).toMatchSnapshot()
  })

  it('app.json missing requiredPrivateInfos, then privacy refused, then the 10 s gap', async () => {
    const fake = fresh({
      platform,
      appJson: { permission: { 'scope.userLocation': { desc: '用于查找附近门店' } }, requiredPrivateInfos: ['getLocation'] },
      privacy: { needAuthorization: true },
    })
    fake.user.willDisagreePrivacy()
    await outcome(fake.wx.chooseLocation!({}))
    await outcome(fake.wx.getLocation!({ type: 'gcj02' }))
    await outcome(fake.wx.getLocation!({ type: 'gcj02' }))
    expect(fake.log).toMatchSnapshot()
  })
})
