/**
 * The popups a gate logs, entry by entry: a system sheet the user backs out of, and which scope popups carry
 * the privacy agreement (only a privacy API's popup, with the privacy layer on, and the agreement still due).
 */
import { fresh, outcome } from '../../support/fixtures'

const NOT_AGREED = { privacy: { needAuthorization: true } }

const popups = (fake: ReturnType<typeof fresh>) =>
  fake.log.entries.flatMap((e) => (e.type === 'popup' ? [e.kind === 'scope' ? `scope ${e.scope}${e.privacy === true ? ' + privacy' : ''}` : e.kind] : []))

describe('a system sheet the user backs out of', () => {
  // rule: ERRMSG-SHEET-CANCEL
  it('is logged as a sheet popup answered cancel by the script', async () => {
    const fake = fresh({ authSetting: { 'scope.addPhoneContact': true } })
    fake.user.willCancel('addPhoneContact')
    expect(await outcome(fake.wx.addPhoneContact!({ firstName: '小明' }))).toEqual(['rejected', { errMsg: 'addPhoneContact:fail cancel' }])
    expect(fake.log.entries.slice(1, 3)).toEqual([
      { id: 2, type: 'popup', call: 1, kind: 'picker', api: 'addPhoneContact' },
      { id: 3, type: 'answer', call: 1, popup: 2, answer: 'cancel', by: 'script' },
    ])
  })
})

describe('which scope popups carry the privacy agreement', () => {
  // rule: PRIVACY-SINCE-2-32-3
  it('none before base library 2.32.3, even with the agreement not given: there is no privacy layer', async () => {
    const fake = fresh({ ...NOT_AGREED, baseLibrary: '2.32.2' })
    fake.user.willAllow('scope.userLocation')
    await expect(fake.wx.getLocation!({})).resolves.toMatchObject({ errMsg: 'getLocation:ok' })
    expect(popups(fake)).toEqual(['scope scope.userLocation'])
  })

  // rule: USERPROFILE-EVERY-CALL
  it("getUserProfile's popup, asked on every call, carries none", async () => {
    const fake = fresh()
    fake.user.willAllow('scope.userInfo')
    await fake.user.tap(() => fake.wx.getUserProfile!({ desc: '用于完善会员资料' }))
    expect(popups(fake)).toEqual(['scope scope.userInfo'])
  })

  // rule: PRIVACY-COMBINED-103, SCOPE-LIVE-PUSHER-BOTH
  it('<live-pusher> with the camera already granted: the microphone popup carries the agreement', async () => {
    const fake = fresh({ ...NOT_AGREED, authSetting: { 'scope.camera': true } })
    fake.user.willAllow('scope.record')
    await fake.components.livePusher()
    expect(popups(fake)).toEqual(['scope scope.record + privacy'])
  })
})
