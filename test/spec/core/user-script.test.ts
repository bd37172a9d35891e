/** The scripted user: chaining, misuse errors that say what to write instead. */
import { fresh } from '../../support/fixtures'

describe('misuse of user.* throws a clear error with a suggestion', () => {
  it.each([
    [(u: ReturnType<typeof fresh>['user']) => u.willDeny('scope.userLocaton' as never), /user\.willDeny: unknown scope 'scope\.userLocaton'\. Did you mean 'scope\.userLocation'\?/],
    [(u: ReturnType<typeof fresh>['user']) => u.willAllow('userLocation' as never), /Did you mean 'scope\.userLocation'\?/],
    [(u: ReturnType<typeof fresh>['user']) => u.willAllow(42 as never), /user\.willAllow expects a scope name such as 'scope\.userLocation', got 42/],
    [(u: ReturnType<typeof fresh>['user']) => u.willDeny('scope.address'), /'scope\.address' never shows a popup; WeChat retired it and wx\.chooseAddress works without authorization/],
    [(u: ReturnType<typeof fresh>['user']) => u.hasDenied('scope.invoice'), /never shows a popup/],
    [(u: ReturnType<typeof fresh>['user']) => u.willAllow('scope.WxFriendInteraction' as never), /is a mini-game scope/],
    [(u: ReturnType<typeof fresh>['user']) => u.willAllow('scope.camera', { once: 'yes' } as never), /user\.willAllow: once must be true or false, got 'yes'\. Write \{ once: true \} or \{ once: false \}\./],
    [(u: ReturnType<typeof fresh>['user']) => u.inSettings.willEnable('scope.werum' as never), /user\.inSettings\.willEnable: unknown scope 'scope\.werum'\. Did you mean 'scope\.werun'\?/],
    [(u: ReturnType<typeof fresh>['user']) => u.tap('handler' as never), /user\.tap expects the tap handler as a function/],
  ])('case %#', (misuse, message) => {
    const fake = fresh()
    expect(() => misuse(fake.user)).toThrow(message)
  })

  it('errors are FakeWxErrors prefixed [fake-wx]', () => {
    try {
      fresh().user.willDeny('nope' as never)
      throw new Error('did not throw')
    } catch (error) {
      expect((error as Error).name).toBe('FakeWxError')
      expect((error as Error).message.startsWith('[fake-wx] ')).toBe(true)
    }
  })
})

describe('chaining', () => {
  it('every script method returns the user, inSettings returns itself', () => {
    const fake = fresh()
    const { user } = fake
    expect(user.willAllow('scope.camera').willDeny('scope.record').hasAllowed('scope.werun').willConfirmModal().willCancelModal({ once: true })).toBe(user)
    expect(user.inSettings.willEnable('scope.camera').willDisable('scope.record')).toBe(user.inSettings)
  })

  it('user.tap resolves with the handler result once everything it started has settled', async () => {
    const fake = fresh()
    fake.user.willAllow('scope.werun')
    const order: string[] = []
    const value = await fake.user.tap(() => {
      fake.wx.getWeRunData!({ success: () => order.push('werun success') })
      return 'handled'
    })
    order.push('tap resolved')
    expect(value).toBe('handled')
    expect(order).toEqual(['werun success', 'tap resolved'])
  })

  it('user.tap rejects when the handler throws', async () => {
    const fake = fresh()
    await expect(
      fake.user.tap(() => {
        throw new Error('handler bug')
      }),
    ).rejects.toThrow('handler bug')
  })
})
