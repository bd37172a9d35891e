/** A route API called on a fake with no mini program launched: the call fails, and the test fails as a missing app. */
import { fresh, outcome } from '../../support/fixtures'

describe('wx.navigateTo with no mini program launched', () => {
  it('fails the test with a no-app problem', async () => {
    const fake = fresh()
    expect((await outcome(fake.wx.navigateTo!({ url: '/pages/a/a' })))[0]).toBe('rejected')
    expect(fake.log.problems().map((p) => [p.kind, p.message.split(',')[0]])).toEqual([['no-app', 'wx.navigateTo was called']])
    fake.reset()
  })
})
