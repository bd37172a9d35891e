import { createFakeWx, user } from 'fake-wx'
import { failureOf } from '../../support/failure-message'

describe('toHaveScope', () => {
  it("is 'unasked' before any request, then what the user answered", async () => {
    expect(wx).toHaveScope('scope.userLocation', 'unasked')
    user.willAllow('scope.userLocation').willDeny('scope.writePhotosAlbum')
    await wx.getLocation({})
    await wx.saveImageToPhotosAlbum({ filePath: 'http://tmp/a.png' }).catch(() => undefined)
    expect(wx).toHaveScope('scope.userLocation', 'granted')
    expect(wx).toHaveScope('scope.writePhotosAlbum', 'denied')
  })

  it('reads the scope from the controller of the received value', () => {
    const other = createFakeWx({ authSetting: { 'scope.camera': false } })
    expect(other.wx).toHaveScope('scope.camera', 'denied')
    expect(other).toHaveScope('scope.camera', 'denied')
    expect(wx).toHaveScope('scope.camera', 'unasked')
  })

  it('fails with the actual state and the calls about that scope', async () => {
    user.willDeny('scope.userLocation')
    await wx.showToast({ title: '定位中' })
    await wx.getLocation({}).catch(() => undefined)
    const message = failureOf(() => expect(wx).toHaveScope('scope.userLocation', 'granted'))
    expect(message).toContain("Received: scope.userLocation 'denied'")
    expect(message).toContain('(1 other call not shown)')
    expect(message).toMatchSnapshot()
  })

  it('.not passes for another state', () => {
    expect(wx).not.toHaveScope('scope.userLocation', 'granted')
  })

  it('.not fails for that state', () => {
    user.hasAllowed('scope.werun')
    const message = failureOf(() => expect(wx).not.toHaveScope('scope.werun', 'granted'))
    expect(message).toContain("Expected: scope.werun not 'granted'")
    expect(message).toMatchSnapshot()
  })

  it('rejects a state that does not exist, and a misspelt scope', () => {
    expect(failureOf(() => expect(wx).toHaveScope('scope.userLocation', 'maybe' as never))).toMatchSnapshot()
    expect(() => expect(wx).toHaveScope('scope.userLocation', 'grant' as never)).toThrow("Did you mean 'granted'?")
    expect(() => expect(wx).toHaveScope('scope.camra' as never, 'granted')).toThrow("Did you mean 'scope.camera'?")
  })
})
