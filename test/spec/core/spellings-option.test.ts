/** The spellings option: a test's own spelling of a named outcome, for the spellings no source gives. */
import type { ButtonEvent } from 'fake-wx'
import { fresh, messageOf, outcome } from '../../support/fixtures'

describe('options.spellings', () => {
  // rule: PHONE-NUMBER-REALTIME-DENY, PHONE-NUMBER-QUOTA
  it('replaces the text (and errno, errCode) of one outcome on every platform, leaving the others alone', async () => {
    const fake = fresh({ platform: 'android', spellings: { 'phone-deny': ' user cancel', 'phone-quota': { text: ' quota', errno: 1400001, errCode: 7 } } })
    fake.user.willRefusePhoneNumber()
    const detail = (openType: 'getRealtimePhoneNumber' | 'getPhoneNumber') => fake.user.tapButton(openType, (e: ButtonEvent) => e.detail)
    await expect(detail('getRealtimePhoneNumber')).resolves.toEqual({ errMsg: 'getRealtimePhoneNumber:fail user cancel' })
    fake.configure({ phoneNumberQuota: 0 })
    await expect(detail('getPhoneNumber')).resolves.toEqual({ errMsg: 'getPhoneNumber:fail quota', errno: 1400001, errCode: 7 })
    fake.user.willDeny('scope.camera')
    expect(await outcome(fake.wx.authorize!({ scope: 'scope.camera' }))).toEqual(['rejected', { errMsg: 'authorize:fail auth deny' }])
  })

  // rule: ERRNO-SINCE-2-24-0
  it('the outcomes it does not name keep their errno (base library 2.24.0 and later)', async () => {
    const fake = fresh({ platform: 'ios', baseLibrary: '2.24.0', spellings: { 'phone-deny': ' user cancel' } })
    fake.user.willDeny('scope.camera')
    expect(await outcome(fake.wx.authorize!({ scope: 'scope.camera' }))).toEqual(['rejected', { errMsg: 'authorize:fail auth deny', errno: 103 }])
  })

  it('reset() returns to the defaults: the platform spelling again', async () => {
    const fake = fresh()
    fake.configure({ spellings: { 'phone-deny': ' nope' } })
    fake.reset()
    fake.user.willRefusePhoneNumber()
    await expect(fake.user.tapButton('getPhoneNumber', (e) => e.detail.errMsg)).resolves.toBe('getPhoneNumber:fail user deny')
  })

  it.each([
    [{ 'phone-deni': ' x' }, "options.spellings: unknown outcome 'phone-deni'. Did you mean 'phone-deny'?"],
    [{ 'phone-deny': 1 }, "options.spellings['phone-deny'] must be the text after '<api>:fail' (e.g. ' auth deny') or { text, errno?, errCode? }, got 1."],
    [{ 'phone-deny': { text: 'x', errno: 'a' } }, "options.spellings['phone-deny'] must be the text after '<api>:fail' (e.g. ' auth deny') or { text, errno?, errCode? }, got"],
    [{ 'phone-deny': { text: 'x', errCode: 1.5 } }, "options.spellings['phone-deny'] must be the text after '<api>:fail' (e.g. ' auth deny') or { text, errno?, errCode? }, got"],
    [{ 'phone-deny': null }, "options.spellings['phone-deny'] must be the text after '<api>:fail' (e.g. ' auth deny') or { text, errno?, errCode? }, got null."],
    ['x', "options.spellings must be an object such as { 'phone-quota': ' no quota' }, got 'x'."],
    [['x'], "options.spellings must be an object such as { 'phone-quota': ' no quota' }, got"],
  ])('misuse %# throws a message that says what to write', (spellings, message) => {
    expect(messageOf(() => fresh({ spellings } as never))).toContain(`[fake-wx] ${message}`)
  })

  it('an unknown outcome lists the outcomes', () => {
    expect(messageOf(() => fresh({ spellings: { zzzzzzzzzz: ' x' } } as never))).toMatch(/^\[fake-wx\] options\.spellings: unknown outcome 'zzzzzzzzzz'\. Outcomes: legacy-deny, no-response, .*, phone-deny\.$/)
  })
})
