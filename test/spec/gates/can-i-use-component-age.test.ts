/** wx.canIUse of a component whose only modelled attribute is newer than the base library in force. */
import { fresh } from '../../support/fixtures'

describe('wx.canIUse of a component on an older base library', () => {
  // rule: CANIUSE-BASE-LIBRARY
  it('the component itself is usable; the newer attribute is not', () => {
    const old = fresh({ baseLibrary: '2.21.1' })
    expect(old.wx.canIUse!('input')).toBe(true)
    expect(old.wx.canIUse!('input.type')).toBe(false)
    expect(old.wx.canIUse!('input.type.nickname')).toBe(false)
    expect(fresh({ baseLibrary: '2.21.2' }).wx.canIUse!('input.type')).toBe(true)
  })
})
