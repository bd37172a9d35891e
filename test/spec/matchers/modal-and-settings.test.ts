import { user } from 'fake-wx'
import { failureOf } from '../../support/failure-message'
import { problemWithNoCall } from '../../support/fixtures'


describe('toHaveShownModal', () => {
  it('rejects null as the expected options, showing it', () => {
    const message = failureOf(() => expect(wx).toHaveShownModal(null as never))
    expect(message).toContain("Matcher error: expected value must be an object of modal options, such as { title: '需要位置权限' }.\n\nExpected has ")
    expect(message).toMatch(/\nExpected has value: null$/)
  })

  it('prints an expected option that is null', async () => {
    user.willConfirmModal()
    await wx.showModal({ title: 'Location' })
    expect(failureOf(() => expect(wx).toHaveShownModal({ title: null as never }))).toContain('Expected: a modal matching { title: null }')
  })

  it('narrowed to an API, counts only the modals of its calls', async () => {
    user.willConfirmModal()
    await wx.showModal({ title: 'Location' })
    expect(wx.showModal).toHaveShownModal()
    expect(wx.getLocation).not.toHaveShownModal()
  })

  it('skips a problem logged with no call', async () => {
    const fake = await problemWithNoCall()
    expect(fake.wx.showModal).not.toHaveShownModal()
    expect(fake.wx).not.toHaveShownModal()
  })
})

describe('toHaveOpenedSetting', () => {
  it('narrowed to an API, counts only the visits of its calls', async () => {
    user.hasDenied('scope.camera')
    await user.tapOpenSettingButton()
    expect(wx).toHaveOpenedSetting()
    expect(wx.getLocation).not.toHaveOpenedSetting()
  })

  it('shows the settings button call in the timeline of a failure', async () => {
    await wx.getSetting({})
    user.hasDenied('scope.camera')
    user.inSettings.willEnable('scope.camera')
    await user.tapOpenSettingButton()
    const message = failureOf(() => expect(wx).not.toHaveOpenedSetting())
    const timeline = message.slice(message.indexOf('Timeline:\n'))
    expect(timeline).toContain('#2 <button open-type="openSetting">')
    expect(timeline).not.toContain('wx.getSetting')
    expect(timeline).toContain('(1 other call not shown)')
  })

  it('skips a problem logged with no call', async () => {
    const fake = await problemWithNoCall()
    expect(fake.wx.openSetting).not.toHaveOpenedSetting()
    expect(fake.wx).not.toHaveOpenedSetting()
  })
})
