/** The open-type buttons of login and profile pages, tapped with user.tapButton. */
import { fakeWx, platforms, user, type ButtonEvent, type PrivacyResolution, type WxResult } from 'fake-wx'
import { fresh, messageOf } from '../../support/fixtures'

const NOT_AGREED = { privacy: { needAuthorization: true } }

/** A handler that counts its calls (runner-neutral: no vi.fn / jest.fn). */
function spy() {
  const calls: unknown[][] = []
  const fn = (...args: unknown[]) => void calls.push(args)
  return Object.assign(fn, { calls })
}

/** A tap whose handler returns the event it received. */
const eventOf = (fake: ReturnType<typeof fresh>, openType: Parameters<typeof fake.user.tapButton>[0]) =>
  fake.user.tapButton(openType as 'getPhoneNumber', (event: ButtonEvent) => event)

describe('<button open-type="getPhoneNumber">', () => {
  // rule: PHONE-NUMBER-RESULT
  it('sharing: bindgetphonenumber gets the one-time code and the encrypted number', async () => {
    const fake = fresh()
    fake.user.willSharePhoneNumber()
    const event = await eventOf(fake, 'getPhoneNumber')
    expect(event?.type).toBe('getphonenumber')
    expect(Object.keys(event!.detail).sort()).toEqual(['code', 'encryptedData', 'errMsg', 'iv'])
    expect(event!.detail.errMsg).toBe('getPhoneNumber:ok')
    expect(event!.detail.code).toMatch(/^[0-9a-f]{64}$/)
    expect(event!.detail.iv).toMatch(/^[A-Za-z0-9+/]{22}==$/)
    expect(fake.log.prompts()).toEqual([])
  })

  // rule: PHONE-NUMBER-DENY
  it.each([
    ['ios', 'getPhoneNumber:fail user deny'],
    ['devtools', 'getPhoneNumber:fail user deny'],
    ['android', 'getPhoneNumber:fail:user deny'],
  ] as const)('refusing on %s: the handler gets %s and no number', async (platform, errMsg) => {
    const fake = fresh({ platform })
    fake.user.willRefusePhoneNumber()
    await expect(eventOf(fake, 'getPhoneNumber')).resolves.toEqual({ type: 'getphonenumber', detail: { errMsg } })
  })

  // rule: PHONE-NUMBER-QUOTA
  it('phoneNumberQuota: each number shared uses one; with none left, errno 1400001 and no sheet', async () => {
    const fake = fresh({ phoneNumberQuota: 1 })
    fake.user.willSharePhoneNumber()
    expect((await eventOf(fake, 'getPhoneNumber'))!.detail.errMsg).toBe('getPhoneNumber:ok')
    const spent = await eventOf(fake, 'getPhoneNumber')
    expect(spent).toEqual({
      type: 'getphonenumber',
      detail: { errMsg: 'getPhoneNumber:fail [fake-wx] the phone-number quota is used up (errMsg text unverified)', errno: 1400001 },
    })
    expect(fake.log.entries.filter((e) => e.type === 'popup')).toHaveLength(1)
    // The realtime button's quota is counted apart.
    expect((await eventOf(fake, 'getRealtimePhoneNumber'))!.detail.errMsg).toBe('getRealtimePhoneNumber:ok')
  })

  // rule: PHONE-NUMBER-QUOTA
  it('a refusal uses no quota; phoneNumberQuota: 0 fails the first tap', async () => {
    const fake = fresh({ phoneNumberQuota: 1 })
    fake.user.willRefusePhoneNumber({ once: true }).willSharePhoneNumber()
    expect((await eventOf(fake, 'getPhoneNumber'))!.detail.errMsg).toBe('getPhoneNumber:fail user deny')
    expect((await eventOf(fake, 'getPhoneNumber'))!.detail.errMsg).toBe('getPhoneNumber:ok')
    fake.reset()
    fake.configure({ phoneNumberQuota: 0 })
    expect((await eventOf(fake, 'getPhoneNumber'))!.detail.errno).toBe(1400001)
  })

  it('phoneNumberQuota must be a whole number', () => {
    expect(messageOf(() => fresh({ phoneNumberQuota: -1 }))).toBe('[fake-wx] options.phoneNumberQuota must be a whole number of phone numbers left (0 for none), got -1.')
    expect(messageOf(() => fresh({ phoneNumberQuota: 1.5 }))).toBe('[fake-wx] options.phoneNumberQuota must be a whole number of phone numbers left (0 for none), got 1.5.')
  })

  // rule: PHONE-NUMBER-PRIVACY-REFERRER, PRIVACY-LISTENER-PENDING
  it('before the privacy agreement: the listener hears referrer button.getPhoneNumber; the sheet waits for agree', async () => {
    const fake = fresh(NOT_AGREED)
    fake.user.willSharePhoneNumber()
    const referrers: string[] = []
    let agree: ((r: PrivacyResolution) => void) | undefined
    fake.wx.onNeedPrivacyAuthorization!((resolve: (r: PrivacyResolution) => void, info: { referrer: string }) => {
      referrers.push(info.referrer)
      agree = resolve
    })
    const tapped = eventOf(fake, 'getPhoneNumber')
    await fake.settled()
    expect(referrers).toEqual(['button.getPhoneNumber'])
    await fake.user.tapButton('agreePrivacyAuthorization', undefined, { id: 'agree' })
    agree!({ event: 'agree', buttonId: 'agree' })
    expect((await tapped)!.detail.errMsg).toBe('getPhoneNumber:ok')
  })

  // rule: PHONE-NUMBER-PRIVACY-REFERRER, PRIVACY-REFUSE-104
  it.each(['getPhoneNumber', 'getRealtimePhoneNumber'] as const)('%s refused on the privacy popup: 104 in the detail, no sheet', async (openType) => {
    const fake = fresh(NOT_AGREED)
    fake.user.willDisagreePrivacy()
    await expect(eventOf(fake, openType)).resolves.toEqual({
      type: openType.toLowerCase(),
      detail: { errMsg: `${openType}:fail privacy permission is not authorized`, errno: 104 },
    })
    expect(fake.log.entries.flatMap((e) => (e.type === 'popup' ? [e.kind === 'privacy' && e.referrer] : []))).toEqual([`button.${openType}`])
  })

  // rule: PRIVACY-BUTTON-COMBINED
  it('getPhoneNumber|agreePrivacyAuthorization agrees to the privacy agreement, then asks for the number', async () => {
    const fake = fresh(NOT_AGREED)
    fake.user.willSharePhoneNumber()
    const event = await eventOf(fake, 'getPhoneNumber|agreePrivacyAuthorization')
    expect(event!.detail.errMsg).toBe('getPhoneNumber:ok')
    expect(fake.log.entries.filter((e) => e.type === 'popup' && e.kind === 'privacy')).toEqual([])
    const setting = await new Promise<WxResult>((resolve) => fake.wx.getPrivacySetting!({ success: resolve }))
    expect(setting.needAuthorization).toBe(false)
  })

  it('unscripted: the sheet follows onUnscriptedPrompt, and the default names the lines to add', async () => {
    const fake = fresh()
    expect((await eventOf(fake, 'getPhoneNumber'))!.detail.errMsg).toBe('getPhoneNumber:fail [fake-wx] no answer scripted for the phone-number sheet')
    expect(fake.log.problems().map((p) => p.message)).toEqual([
      '<button open-type="getPhoneNumber"> showed the phone-number sheet, but the test scripted no answer.\nAdd one before the button is tapped:\n  user.willSharePhoneNumber()\n  // or: user.willRefusePhoneNumber()',
    ])
    const allowing = fresh({ onUnscriptedPrompt: 'allow' })
    expect((await eventOf(allowing, 'getPhoneNumber'))!.detail.errMsg).toBe('getPhoneNumber:ok')
    const denying = fresh({ onUnscriptedPrompt: 'deny' })
    expect((await eventOf(denying, 'getPhoneNumber'))!.detail.errMsg).toBe('getPhoneNumber:fail user deny')
  })
})

describe('the README sample', () => {
  // rule: PHONE-NUMBER-DENY
  it('a refusal on Android, through the default fake', async () => {
    fakeWx.configure({ platform: 'android' })
    user.willRefusePhoneNumber()

    const errMsg = await user.tapButton('getPhoneNumber', (event) => event.detail.errMsg)

    expect(errMsg).toBe('getPhoneNumber:fail:user deny')
  })
})

describe('<button open-type="getRealtimePhoneNumber">', () => {
  // rule: PHONE-NUMBER-REALTIME-RESULT
  it('sharing: bindgetrealtimephonenumber gets the one-time code only', async () => {
    const fake = fresh()
    fake.user.willSharePhoneNumber()
    const event = await eventOf(fake, 'getRealtimePhoneNumber')
    expect(event!.type).toBe('getrealtimephonenumber')
    expect(Object.keys(event!.detail).sort()).toEqual(['code', 'errMsg'])
    expect(event!.detail.code).toMatch(/^[0-9a-f]{64}$/)
  })

  // rule: PHONE-NUMBER-REALTIME-DENY
  it.each([
    ['ios', 'getRealtimePhoneNumber:fail user deny'],
    ['android', 'getRealtimePhoneNumber:fail:user deny'],
  ] as const)('refusing on %s: %s (spelled like getPhoneNumber, unverified)', async (platform, errMsg) => {
    const fake = fresh({ platform })
    fake.user.willRefusePhoneNumber()
    expect((await eventOf(fake, 'getRealtimePhoneNumber'))!.detail).toEqual({ errMsg })
  })
})

describe('<button open-type="chooseAvatar">', () => {
  // rule: CHOOSE-AVATAR-RESULT
  it('bindchooseavatar gets the picture as avatarUrl: a new temporary image, or the path the script gives', async () => {
    const fake = fresh({ platform: 'ios' })
    fake.user.willChooseAvatar(undefined, { once: true }).willChooseAvatar('wxfile://tmp_me.png')
    const first = await eventOf(fake, 'chooseAvatar')
    expect(first!.type).toBe('chooseavatar')
    expect(Object.keys(first!.detail)).toEqual(['avatarUrl', 'errMsg'])
    expect(first!.detail.errMsg).toBe('chooseAvatar:ok')
    expect(first!.detail.avatarUrl).toMatch(/^wxfile:\/\/tmp_[0-9a-f]{32}\.jpeg$/)
    expect(await eventOf(fake, 'chooseAvatar')).toEqual({ type: 'chooseavatar', detail: { avatarUrl: 'wxfile://tmp_me.png', errMsg: 'chooseAvatar:ok' } })
  })

  // rule: CHOOSE-AVATAR-CANCEL
  it('closing the sheet fires no event: the handler is not called', async () => {
    const fake = fresh()
    fake.user.willCancelAvatar()
    const handler = spy()
    await expect(fake.user.tapButton('chooseAvatar', handler)).resolves.toBeUndefined()
    expect(handler.calls).toEqual([])
    expect(fake.log.problems()).toEqual([])
  })

  // rule: CHOOSE-AVATAR-SECURITY
  it('a picture that fails the content check fires no event', async () => {
    const fake = fresh()
    fake.user.willChooseAvatar('http://tmp/bad.jpg', { failsSecurityCheck: true })
    const handler = spy()
    await fake.user.tapButton('chooseAvatar', handler)
    expect(handler.calls).toEqual([])
  })

  // rule: PHONE-NUMBER-PRIVACY-REFERRER
  it('is a privacy component: before agreement the listener hears button.chooseAvatar; refused, no event', async () => {
    const fake = fresh(NOT_AGREED)
    const referrers: string[] = []
    fake.wx.onNeedPrivacyAuthorization!((resolve: (r: PrivacyResolution) => void, info: { referrer: string }) => {
      referrers.push(info.referrer)
      resolve({ event: 'disagree' })
    })
    const handler = spy()
    await fake.user.tapButton('chooseAvatar', handler)
    expect(referrers).toEqual(['button.chooseAvatar'])
    expect(handler.calls).toEqual([])
  })

  it('unscripted: closed, and the default names the lines to add; allow picks a new image', async () => {
    const fake = fresh()
    const handler = spy()
    await fake.user.tapButton('chooseAvatar', handler)
    expect(handler.calls).toEqual([])
    expect(fake.log.problems().map((p) => p.message)).toEqual([
      '<button open-type="chooseAvatar"> opened the avatar sheet, but the test scripted no answer.\nAdd one before the button is tapped:\n  user.willChooseAvatar()\n  // or: user.willCancelAvatar()',
    ])
    const allowing = fresh({ onUnscriptedPrompt: 'allow' })
    expect((await eventOf(allowing, 'chooseAvatar'))!.detail.avatarUrl).toMatch(/^http:\/\/tmp\/[0-9a-f]{32}\.jpeg$/)
  })
})

describe('<button open-type="contact"> and <button open-type="share">', () => {
  // rule: BUTTON-CONTACT
  it('contact: bindcontact fires only when the user comes back through a card, with its path and query', async () => {
    const fake = fresh()
    const handler = spy()
    await fake.user.tapButton('contact', handler)
    expect(handler.calls).toEqual([])
    fake.user.willTapContactCard('pages/order/order', { id: '7' })
    await expect(eventOf(fake, 'contact')).resolves.toEqual({
      type: 'contact',
      detail: { errMsg: 'enterContact:ok', path: 'pages/order/order', query: { id: '7' } },
    })
    expect(fake.log.calls().map((c) => c.api)).toEqual(['button:contact', 'button:contact'])
  })

  // rule: BUTTON-SHARE
  it("share: Page.onShareAppMessage gets { from: 'button', target } and what it returns is the tap's result", async () => {
    const fake = fresh()
    const shared = await fake.user.tapButton('share', (event) => ({ title: '好物推荐', from: event.from, id: event.target.id }), { id: 'share-btn' })
    expect(shared).toEqual({ title: '好物推荐', from: 'button', id: 'share-btn' })
    expect(await fake.user.tapButton('share', (event) => event)).toEqual({ from: 'button', target: { id: '', dataset: {} } })
  })
})

describe('<button open-type="openSetting"> and "agreePrivacyAuthorization" through tapButton', () => {
  // rule: SETTINGS-BUTTON
  it('openSetting: the bindopensetting event, as tapOpenSettingButton gives it', async () => {
    const fake = fresh({ authSetting: { 'scope.camera': false } })
    fake.user.inSettings.willEnable('scope.camera')
    await expect(eventOf(fake, 'openSetting')).resolves.toEqual({
      type: 'opensetting',
      detail: { errMsg: 'openSetting:ok', authSetting: { 'scope.camera': true } },
    })
  })

  // rule: PRIVACY-BUTTON-AGREES
  it('agreePrivacyAuthorization with an id: a listener may resolve agree naming it', async () => {
    const fake = fresh(NOT_AGREED)
    await expect(fake.user.tapButton('agreePrivacyAuthorization', (event) => event, { id: 'ok' })).resolves.toEqual({ type: 'agreeprivacyauthorization', detail: {} })
    const setting = await new Promise<WxResult>((resolve) => fake.wx.getPrivacySetting!({ success: resolve }))
    expect(setting.needAuthorization).toBe(false)
  })
})

describe('<input type="nickname">', () => {
  // rule: NICKNAME-INPUT-DEGRADES
  it('before the privacy agreement it is a text input: no listener call, no check', async () => {
    const fake = fresh(NOT_AGREED)
    const listener = spy()
    fake.wx.onNeedPrivacyAuthorization!(listener)
    const event = await fake.user.fillNicknameInput('小明', (e) => e, { failsSecurityCheck: true })
    expect(event).toEqual({ type: 'blur', detail: { value: '小明' } })
    expect(listener.calls).toEqual([])
    expect(fake.log.results('input:nickname').map((r) => r.result)).toEqual([{ type: 'text', value: '小明' }])
  })

  it('the input is logged with the tap state it was filled in', async () => {
    const fake = fresh()
    await fake.user.fillNicknameInput('小明')
    await fake.user.tap(() => fake.user.fillNicknameInput('小红'))
    expect(fake.log.calls('input:nickname').map((c) => [c.args, c.tap])).toEqual([
      [{ value: '小明' }, false],
      [{ value: '小红' }, true],
    ])
  })

  // rule: NICKNAME-INPUT-CHECK
  it('after it, a nickname that fails the check on blur is cleared', async () => {
    const fake = fresh()
    await expect(fake.user.fillNicknameInput('小明', (e) => e.detail.value)).resolves.toBe('小明')
    await expect(fake.user.fillNicknameInput('违规昵称', (e) => e.detail.value, { failsSecurityCheck: true })).resolves.toBe('')
    expect(fake.log.results('input:nickname').map((r) => r.result)).toEqual([
      { type: 'nickname', value: '小明' },
      { type: 'nickname', value: '' },
    ])
  })
})

describe('misuse of the button scripts', () => {
  it.each([
    [() => fresh().user.tapButton('getPhonenumber' as never), "user.tapButton expects an open-type fake-wx models (openSetting, agreePrivacyAuthorization, getPhoneNumber, getRealtimePhoneNumber, chooseAvatar, contact, share, getPhoneNumber|agreePrivacyAuthorization, getRealtimePhoneNumber|agreePrivacyAuthorization), got 'getPhonenumber'. Did you mean 'getPhoneNumber'?"],
    [() => fresh().user.tapButton('launchApp' as never), "user.tapButton expects an open-type fake-wx models (openSetting, agreePrivacyAuthorization, getPhoneNumber, getRealtimePhoneNumber, chooseAvatar, contact, share, getPhoneNumber|agreePrivacyAuthorization, getRealtimePhoneNumber|agreePrivacyAuthorization), got 'launchApp'."],
    [() => fresh().user.tapButton('share', 'onShare' as never), "user.tapButton('share', handler): handler must be the button's bind handler, a function, got 'onShare'."],
    [() => fresh().user.tapButton('share', undefined, { idd: 'x' } as never), "user.tapButton: unknown option 'idd'. The only option is id: write user.tapButton('share', handler, { id: 'my-button' })."],
    [() => fresh().user.tapButton('share', undefined, 'x' as never), "user.tapButton: options must be an object such as { id: 'agree-btn' }, got 'x'."],
    [() => fresh().user.tapButton('share', undefined, { id: '' }), "user.tapButton: id must be the button's id, a non-empty string, got ''."],
    [() => fresh().user.willChooseAvatar(''), "user.willChooseAvatar expects the picture's path, e.g. user.willChooseAvatar('http://tmp/me.jpg'), or nothing for a new temporary image; got ''."],
    [() => fresh().user.willChooseAvatar(undefined, { failsSecurityCheck: 'yes' as never }), 'user.willChooseAvatar: failsSecurityCheck must be true or false, got \'yes\'. Write { failsSecurityCheck: true } or { failsSecurityCheck: false }.'],
    [() => fresh().user.willSharePhoneNumber({ onse: true } as never), "user.willSharePhoneNumber: unknown option 'onse'. Did you mean 'once'? Write { once: true } or { once: false }."],
    [() => fresh().user.willTapContactCard(1 as never), "user.willTapContactCard expects the card's page path, e.g. user.willTapContactCard('pages/order/order', { id: '1' }), got 1."],
    [() => fresh().user.willTapContactCard('p', null as never), "user.willTapContactCard: query must be an object such as { id: '1' }, got null."],
    [() => fresh().user.fillNicknameInput(1 as never), "user.fillNicknameInput expects the nickname the user enters, e.g. user.fillNicknameInput('小明'), got 1."],
    [() => fresh().user.fillNicknameInput('a', 1 as never), "user.fillNicknameInput: handler must be the input's bindblur handler, a function, got 1."],
    [() => fresh().user.fillNicknameInput('a', undefined, { failsSecurityCheck: 1 as never }), 'user.fillNicknameInput: failsSecurityCheck must be true or false, got 1.'],
  ])('%#', (misuse, message) => {
    expect(messageOf(misuse)).toBe(`[fake-wx] ${message}`)
  })

  it('a { once: true } answer never used is named by verify() under onUnusedScript: error', () => {
    const fake = fresh({ onUnusedScript: 'error' })
    fake.user
      .willSharePhoneNumber({ once: true })
      .willRefusePhoneNumber({ once: true })
      .willChooseAvatar('http://tmp/a.jpg', { once: true })
      .willChooseAvatar(undefined, { once: true })
      .willCancelAvatar({ once: true })
      .willTapContactCard('pages/a', { x: '1' }, { once: true })
    const message = messageOf(() => fake.verify())
    for (const line of [
      'user.willSharePhoneNumber({ once: true })',
      'user.willRefusePhoneNumber({ once: true })',
      "user.willChooseAvatar('http://tmp/a.jpg', { once: true })",
      'user.willChooseAvatar(undefined, { once: true })',
      'user.willCancelAvatar({ once: true })',
      `user.willTapContactCard('pages/a', {"x":"1"}, { once: true })`,
    ]) {
      expect(message).toContain(`${line} was scripted but never used`)
    }
    fake.reset()
    expect(() => fake.verify()).not.toThrow()
  })
})

describe.each(platforms)('the button events on %s', (platform) => {
  it('snapshot: phone shared and refused, avatar chosen and cancelled, contact card, share', async () => {
    const fake = fresh({ platform })
    fake.user.willSharePhoneNumber({ once: true }).willRefusePhoneNumber({ once: true }).willSharePhoneNumber({ once: true })
    fake.user.willChooseAvatar(undefined, { once: true }).willCancelAvatar({ once: true })
    fake.user.willTapContactCard('pages/order/order', { id: '7' })
    const events: unknown[] = []
    const record = (event: unknown) => events.push(event)
    await fake.user.tapButton('getPhoneNumber', record, { id: 'phone' })
    await fake.user.tapButton('getPhoneNumber', record)
    await fake.user.tapButton('getRealtimePhoneNumber', record)
    await fake.user.tapButton('chooseAvatar', record)
    await fake.user.tapButton('chooseAvatar', record)
    await fake.user.tapButton('contact', record)
    await fake.user.tapButton('share', record, { id: 'share' })
    expect(events).toMatchSnapshot()
    expect(fake.log).toMatchSnapshot()
  })
})
