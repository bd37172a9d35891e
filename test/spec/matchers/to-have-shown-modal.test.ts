import { user } from 'fake-wx'
import { failureOf } from '../../support/failure-message'
import { locateShop } from '../../support/locate-shop'

async function refuseAndCancel(): Promise<void> {
  user.willDeny('scope.userLocation').willCancelModal()
  await user.tap(() => locateShop())
}

describe('toHaveShownModal', () => {
  it('passes when a modal was shown, matching a subset of its options', async () => {
    await refuseAndCancel()
    expect(wx).toHaveShownModal()
    expect(wx).toHaveShownModal({ title: '需要位置权限' })
    expect(wx.showModal).toHaveShownModal({ title: '需要位置权限', content: '请在设置中允许使用位置信息' })
  })

  it('accepts asymmetric matchers as option values', async () => {
    await refuseAndCancel()
    expect(wx).toHaveShownModal({ content: expect.stringContaining('设置') })
    expect(wx).not.toHaveShownModal({ content: expect.stringContaining('相册') })
    const message = failureOf(() => expect(wx).toHaveShownModal({ title: '需要位置权限', content: expect.stringContaining('相册') }))
    expect(message).toContain("Expected: a modal matching { title: '需要位置权限', content: StringContaining \"相册\" }")
  })

  it('fails when no modal matches, listing the modals shown', async () => {
    await refuseAndCancel()
    const message = failureOf(() => expect(wx).toHaveShownModal({ title: '需要相册权限' }))
    expect(message).toContain("Expected: a modal matching { title: '需要相册权限' }")
    expect(message).toContain('Received: 1 modal, none matching:')
    expect(message).toContain("          #3 wx.showModal { title: '需要位置权限', content: '请在设置中允许使用位置信息' }")
    expect(message).toMatchSnapshot()
  })

  it('fails when no modal was shown', async () => {
    user.willAllow('scope.userLocation')
    await user.tap(() => locateShop())
    expect(failureOf(() => expect(wx).toHaveShownModal())).toContain('Received: no modal was shown')
  })

  it('.not passes when no modal was shown', () => {
    expect(wx).not.toHaveShownModal()
  })

  it('.not fails when a matching modal was shown', async () => {
    await refuseAndCancel()
    const message = failureOf(() => expect(wx).not.toHaveShownModal({ title: '需要位置权限' }))
    expect(message).toContain('#3 wx.showModal')
    expect(message).toMatchSnapshot()
  })

  it('rejects an option the modal does not have', () => {
    expect(failureOf(() => expect(wx).toHaveShownModal({ tittle: '需要位置权限' } as never))).toMatchSnapshot()
    expect(() => expect(wx).toHaveShownModal('需要位置权限' as never)).toThrow('expected value must be an object of modal options')
  })
})
