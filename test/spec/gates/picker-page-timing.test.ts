/**
 * A picker page (map, address book, call sheet, media) is a page of the client's: it opens at the call, and the
 * user's choice, a scripted cancel included, comes later, after the call has returned.
 */
import { fresh, outcome } from '../../support/fixtures'

describe('a picker page the script cancels', () => {
  // rule: ERRMSG-PICKER-CANCEL
  it('opens at the call; the cancel comes after the call returned', async () => {
    const fake = fresh()
    fake.user.willCancel('makePhoneCall')
    const returned = fake.wx.makePhoneCall!({ phoneNumber: '10086' })
    expect(fake.log.entries.map((entry) => entry.type)).toEqual(['call', 'popup'])
    expect(await outcome(returned)).toEqual(['rejected', { errMsg: 'makePhoneCall:fail cancel' }])
    expect(fake.log.entries.map((entry) => entry.type)).toEqual(['call', 'popup', 'answer', 'reject'])
  })
})
