/** Versions given with fewer parts: a missing part counts as 0 ('2.21' is 2.21.0), on either side of a comparison. */
import type { ButtonEvent } from 'fake-wx'
import { fresh } from '../../support/fixtures'

describe('a base library given in two parts', () => {
  // rule: CANIUSE-BASE-LIBRARY
  it("'2.21' is 2.21.0: older than 2.21.2, where the chooseAvatar button came", () => {
    expect(fresh({ baseLibrary: '2.21' }).wx.canIUse!('button.open-type.chooseAvatar')).toBe(false)
    expect(fresh({ baseLibrary: '2.22' }).wx.canIUse!('button.open-type.chooseAvatar')).toBe(true)
  })

  // rule: PHONE-NUMBER-RESULT
  it("'2.21' is before 2.21.2: getPhoneNumber hands back no code, only the encrypted number", async () => {
    const fake = fresh({ baseLibrary: '2.21' })
    fake.user.willSharePhoneNumber()
    const detail = await fake.user.tapButton('getPhoneNumber', (e: ButtonEvent) => e.detail)
    expect(Object.keys(detail!).sort()).toEqual(['encryptedData', 'errMsg', 'iv'])
  })
})
