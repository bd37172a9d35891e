import { user } from 'fake-wx'
import { failureOf } from '../../support/failure-message'

/** Dismissing leaves the scope unasked, so the next call asks again: two popups for one scope. */
async function dismissThenAllow(): Promise<void> {
  user.willDismiss('scope.userLocation', { once: true }).willAllow('scope.userLocation')
  await wx.getLocation({ type: 'gcj02' }).catch(() => undefined)
  await wx.getLocation({ type: 'gcj02' })
}

describe('toHavePromptedTimes', () => {
  it('passes with the exact number of popups for the scope, zero included', async () => {
    await dismissThenAllow()
    expect(wx).toHavePromptedTimes('scope.userLocation', 2)
    expect(wx).toHavePromptedTimes('scope.camera', 0)
    expect(wx.getLocation).toHavePromptedTimes('scope.userLocation', 2)
    expect(wx.authorize).toHavePromptedTimes('scope.userLocation', 0)
  })

  it('fails with another number, listing the calls that popped', async () => {
    await dismissThenAllow()
    const message = failureOf(() => expect(wx).toHavePromptedTimes('scope.userLocation', 1))
    expect(message).toContain('Expected: 1 popup for scope.userLocation')
    expect(message).toContain('Received: 2 popups, shown by #1 wx.getLocation, #2 wx.getLocation')
    expect(message).toMatchSnapshot()
  })

  it('explains a missing popup when the scope was granted by the first one', async () => {
    user.willAllow('scope.userLocation')
    await wx.getLocation({})
    await wx.getLocation({})
    const message = failureOf(() => expect(wx).toHavePromptedTimes('scope.userLocation', 2))
    expect(message).toContain('scope.userLocation is granted, so WeChat shows no popup for it')
  })

  it('does not count a call that failed without a popup because the scope was denied earlier', async () => {
    user.willDeny('scope.userLocation')
    await wx.getLocation({}).catch(() => undefined)
    await wx.getLocation({}).catch(() => undefined)
    expect(wx.getLocation).toHaveFailedWithAuthDeny()
    expect(wx).toHavePromptedTimes('scope.userLocation', 1)
  })

  it('.not passes with another number', async () => {
    await dismissThenAllow()
    expect(wx).not.toHavePromptedTimes('scope.userLocation', 1)
  })

  it('.not fails with that number', async () => {
    await dismissThenAllow()
    const message = failureOf(() => expect(wx).not.toHavePromptedTimes('scope.userLocation', 2))
    expect(message).toContain('Expected: not 2 popups for scope.userLocation')
    expect(message).toMatchSnapshot()
  })

  it('rejects a count that is not a whole number', () => {
    expect(failureOf(() => expect(wx).toHavePromptedTimes('scope.userLocation', '2' as never))).toMatchSnapshot()
    expect(() => expect(wx).toHavePromptedTimes('scope.userLocation', -1)).toThrow('whole number of popups')
    expect(() => expect(wx).toHavePromptedTimes('scope.userLocation', 1.5)).toThrow('whole number of popups')
  })

  it('requires the scope', () => {
    expect(() => expect(wx).toHavePromptedTimes(undefined as never, 1)).toThrow("expected value must be a scope name such as 'scope.userLocation'")
  })
})
