import { fakeWx, user } from 'fake-wx'
import { failureOf } from '../../support/failure-message'
import { locateShop } from '../../support/locate-shop'

async function refuseThenEnableInSettings(): Promise<void> {
  user.willDeny('scope.userLocation').willConfirmModal()
  user.inSettings.willEnable('scope.userLocation')
  await user.tap(() => locateShop())
}

describe('toHavePrompted', () => {
  it('passes when a permission popup was shown, for any scope or for that scope', async () => {
    await refuseThenEnableInSettings()
    expect(wx).toHavePrompted()
    expect(wx).toHavePrompted('scope.userLocation')
  })

  it('fails when no popup was shown, and explains a scope decided earlier', async () => {
    user.hasDenied('scope.userLocation').willCancelModal()
    await user.tap(() => locateShop())
    const message = failureOf(() => expect(wx).toHavePrompted('scope.userLocation'))
    expect(message).toContain('Expected: a permission popup for scope.userLocation')
    expect(message).toContain('scope.userLocation is denied, so calls fail at once without a popup')
    expect(message).toMatchSnapshot()
  })

  it('fails for another scope than the one that popped', async () => {
    await refuseThenEnableInSettings()
    expect(() => expect(wx).toHavePrompted('scope.writePhotosAlbum')).toThrow('no permission popup for scope.writePhotosAlbum')
  })

  it('.not passes when no popup was shown', async () => {
    user.hasAllowed('scope.userLocation')
    await user.tap(() => locateShop())
    expect(wx).not.toHavePrompted()
    expect(wx).not.toHavePrompted('scope.userLocation')
  })

  it('.not fails when a popup was shown, naming the call that caused it', async () => {
    await refuseThenEnableInSettings()
    const message = failureOf(() => expect(wx).not.toHavePrompted('scope.userLocation'))
    expect(message).toContain('expect(wx).not.toHavePrompted')
    expect(message).toContain('Received: 1 popup, shown by #2 wx.getLocation')
    expect(message).toMatchSnapshot()
  })

  it('narrows to one API when it receives that API function', async () => {
    await refuseThenEnableInSettings()
    expect(wx.getLocation).toHavePrompted('scope.userLocation')
    expect(wx.authorize).not.toHavePrompted()
    const message = failureOf(() => expect(wx.authorize).toHavePrompted())
    expect(message).toContain('no permission popup from wx.authorize')
    expect(message).toMatchSnapshot()
  })

  it('rejects a misspelt scope instead of passing for the wrong reason', () => {
    const message = failureOf(() => expect(wx).not.toHavePrompted('scope.userLoction' as never))
    expect(message).toContain("Did you mean 'scope.userLocation'?")
    expect(message).toMatchSnapshot()
  })
})
