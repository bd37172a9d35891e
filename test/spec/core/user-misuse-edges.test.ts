/**
 * The scripted user's argument checks at their edges: values of the wrong type where a string or an object
 * belongs, empty options, the retired scopes on the settings page, and which `{ once: true }` line verify() names.
 */
import { fresh, messageOf } from '../../support/fixtures'

describe('user.tapButton', () => {
  it('an open-type that is not a string is named as it is, with no suggestion', () => {
    // The list of open-types is checked elsewhere; here, that the message ends with the value as given.
    expect(messageOf(() => fresh().user.tapButton(42 as never))).toMatch(/^\[fake-wx\] user\.tapButton expects an open-type fake-wx models \([a-zA-Z|, ]+\), got 42\.$/)
  })

  it('options null, or an id that is not a string, are misuse', () => {
    expect(messageOf(() => fresh().user.tapButton('share', undefined, null as never))).toBe(
      "[fake-wx] user.tapButton: options must be an object such as { id: 'agree-btn' }, got null.",
    )
    expect(messageOf(() => fresh().user.tapButton('share', undefined, { id: 7 as never }))).toBe(
      "[fake-wx] user.tapButton: id must be the button's id, a non-empty string, got 7.",
    )
  })

  it('options without an id tap a button without one', async () => {
    const fake = fresh()
    await expect(fake.user.tapButton('share', () => 'shared', {})).resolves.toBe('shared')
  })
})

describe('the other scripting methods', () => {
  it('willChooseAvatar: a path that is not a string', () => {
    expect(messageOf(() => fresh().user.willChooseAvatar(5 as never))).toBe(
      "[fake-wx] user.willChooseAvatar expects the picture's path, e.g. user.willChooseAvatar('http://tmp/me.jpg'), or nothing for a new temporary image; got 5.",
    )
  })

  it('willTapContactCard: a query that is a string', () => {
    expect(messageOf(() => fresh().user.willTapContactCard('pages/order/order', 'id=1' as never))).toBe(
      "[fake-wx] user.willTapContactCard: query must be an object such as { id: '1' }, got 'id=1'.",
    )
  })

  it('fillNicknameInput: its misuse messages name it', () => {
    expect(messageOf(() => fresh().user.fillNicknameInput('小明', undefined, { once: true } as never))).toBe(
      "[fake-wx] user.fillNicknameInput: unknown option 'once'. The only option is failsSecurityCheck: write { failsSecurityCheck: true } or { failsSecurityCheck: false }.",
    )
  })

  it('willScan: options that are a string, or null', () => {
    expect(messageOf(() => fresh().user.willScan('6901234567892', null as never))).toBe(
      "[fake-wx] user.willScan: options must be an object such as { scanType: 'EAN_13' }, got null.",
    )
    expect(messageOf(() => fresh().user.willScan('6901234567892', 'EAN_13' as never))).toBe(
      "[fake-wx] user.willScan: options must be an object such as { scanType: 'EAN_13' }, got 'EAN_13'.",
    )
  })

  it('willSubscribe: an answer that is not a string is named as it is, with no suggestion', () => {
    expect(messageOf(() => fresh().user.willSubscribe({ 'tmpl-1': 1 as never }))).toBe(
      "[fake-wx] user.willSubscribe: the answer for 'tmpl-1' must be one of 'accept', 'reject', 'ban', 'filter', 'acceptWithAlert', 'acceptWithAudio', 'acceptWithForcePush', got 1.",
    )
  })

  // rule: SCOPE-RETIRED-NO-AUTH
  it('inSettings: a retired scope is not on the settings page either', () => {
    expect(messageOf(() => fresh().user.inSettings.willEnable('scope.address'))).toBe(
      "[fake-wx] user.inSettings.willEnable: 'scope.address' never shows a popup; WeChat retired it and wx.chooseAddress works without authorization (rule SCOPE-RETIRED-NO-AUTH). Remove this line, or imitate an older client with retiredScopes: 'asked'.",
    )
    expect(() => fresh({ retiredScopes: 'asked' }).user.inSettings.willEnable('scope.address')).not.toThrow()
  })
})

describe('unusedOnceScripts', () => {
  it('names the phone-number answer that was scripted, and only it', () => {
    const shared = fresh()
    shared.user.willSharePhoneNumber({ once: true })
    expect(shared.user.unusedOnceScripts()).toEqual(['user.willSharePhoneNumber({ once: true })'])
    const refused = fresh()
    refused.user.willRefusePhoneNumber({ once: true })
    expect(refused.user.unusedOnceScripts()).toEqual(['user.willRefusePhoneNumber({ once: true })'])
  })
})
