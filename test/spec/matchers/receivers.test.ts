import { createFakeWx, fakeWx, user } from 'fake-wx'
import { failureOf } from '../../support/failure-message'

describe('what the matchers accept as received value', () => {
  beforeEach(async () => {
    user.willDeny('scope.userLocation')
    await wx.getLocation({}).catch(() => undefined)
  })

  it('the fake wx, one of its API functions, the controller and its log', () => {
    expect(wx).toHavePrompted('scope.userLocation')
    expect(wx.getLocation).toHavePrompted('scope.userLocation')
    expect(fakeWx).toHavePrompted('scope.userLocation')
    expect(fakeWx.log).toHavePrompted('scope.userLocation')
    expect(fakeWx.wx).toHavePrompted('scope.userLocation')
  })

  it("another controller's objects, which report that controller's log only", async () => {
    const other = createFakeWx()
    expect(other.wx).not.toHavePrompted()
    other.user.willAllow('scope.camera')
    await other.wx.authorize!({ scope: 'scope.camera' })
    expect(other.log).toHavePrompted('scope.camera')
    expect(other.wx.authorize).toHavePrompted('scope.camera')
    expect(wx).not.toHavePrompted('scope.camera')
  })

  it('names the received value in the hint', () => {
    expect(failureOf(() => expect(wx.getLocation).not.toHavePrompted())).toMatch(/^expect\(wx\.getLocation\)\.not\.toHavePrompted\(\)/)
    expect(failureOf(() => expect(fakeWx.log).not.toHavePrompted())).toMatch(/^expect\(fakeWx\.log\)\.not\.toHavePrompted\(\)/)
    expect(failureOf(() => expect(fakeWx).not.toHavePrompted())).toMatch(/^expect\(fakeWx\)\.not\.toHavePrompted\(\)/)
  })

  it.each([
    ['a plain object', {}],
    ['undefined', undefined],
    ['a string', 'wx'],
  ])('rejects %s with a clear message, under .not too', (_, value) => {
    const message = failureOf(() => expect(value).toHavePrompted())
    expect(message).toContain('Matcher error: received value must be the fake wx, one of its API functions')
    expect(failureOf(() => expect(value).not.toHaveScope('scope.camera', 'granted'))).toContain('Matcher error: received value must be')
  })

  it('explains a wx that is not the fake, and a replaced API function', () => {
    const simulated = { getSetting: () => undefined, getLocation: () => undefined }
    expect(failureOf(() => expect(simulated).toHavePrompted())).toMatchSnapshot()
    expect(failureOf(() => expect(() => undefined).toHaveSucceeded())).toContain('was it replaced by a mock')
  })
})
