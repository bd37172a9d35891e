/**
 * The scripted user's argument checks, with their exact messages; what the button taps hand their handlers;
 * the `{ once: true }` lines verify() reports as never used; and reset() forgetting every kind of script.
 */
import { createFakeWx, type ScriptedUser } from 'fake-wx'
import { messageOf, KNOWN_SCOPES } from '../../support/fixtures'

const PICKERS = 'chooseLocation, choosePoi, saveImageToPhotosAlbum, addPhoneContact, chooseAddress, chooseInvoice, chooseInvoiceTitle, chooseImage, chooseMedia, chooseVideo, chooseMessageFile, scanCode, showShareImageMenu, makePhoneCall'

const MISUSES: [string, (user: ScriptedUser) => unknown, string][] = [
  ['a scope that is no typo of any', (u) => u.willAllow('zzzzqqqqqq' as never), `user.willAllow: unknown scope 'zzzzqqqqqq'. Known scopes: ${KNOWN_SCOPES}.`],
  ['willDismiss, misspelt scope', (u) => u.willDismiss('scope.camra' as never), "user.willDismiss: unknown scope 'scope.camra'. Did you mean 'scope.camera'?"],
  ['willNotRespond, misspelt scope', (u) => u.willNotRespond('scope.camra' as never), "user.willNotRespond: unknown scope 'scope.camra'. Did you mean 'scope.camera'?"],
  ['inSettings.willDisable, misspelt scope', (u) => u.inSettings.willDisable('scope.camra' as never), "user.inSettings.willDisable: unknown scope 'scope.camra'. Did you mean 'scope.camera'?"],
  ['options null', (u) => u.willAllow('scope.camera', null as never), 'user.willAllow: options must be an object such as { once: true }, got null.'],
  ['options an array', (u) => u.willAllow('scope.camera', [] as never), 'user.willAllow: options must be an object such as { once: true }, got an array.'],
  [
    'hasAllowed given an array',
    (u) => u.hasAllowed(['scope.camera'] as never),
    "user.hasAllowed takes the scopes as separate arguments, not an array: write user.hasAllowed(...scopes) or user.hasAllowed('scope.userLocation', 'scope.camera').",
  ],
  ['hasAllowed given an array and a scope', (u) => u.hasAllowed(['scope.camera'] as never, 'scope.record'), "user.hasAllowed expects a scope name such as 'scope.userLocation', got an array."],
  ['willChooseLocation, unknown choice', (u) => u.inSettings.willChooseLocation('sometimes' as never), "user.inSettings.willChooseLocation expects 'never', 'while-using' or 'always', got 'sometimes'."],
  ['tapAgreePrivacyButton, empty id', (u) => u.tapAgreePrivacyButton(''), "user.tapAgreePrivacyButton expects the button's id (what resolve's buttonId names), got ''."],
  ['tapAgreePrivacyButton, a number', (u) => u.tapAgreePrivacyButton(1 as never), "user.tapAgreePrivacyButton expects the button's id (what resolve's buttonId names), got 1."],
  ['willChooseAction(-1)', (u) => u.willChooseAction(-1), 'user.willChooseAction expects the index of an item (0, 1, ...), got -1.'],
  ['willChooseAction(1.5)', (u) => u.willChooseAction(1.5), 'user.willChooseAction expects the index of an item (0, 1, ...), got 1.5.'],
  ["willChooseAction('1')", (u) => u.willChooseAction('1' as never), "user.willChooseAction expects the index of an item (0, 1, ...), got '1'."],
  ['willCancel(1)', (u) => u.willCancel(1 as never), `user.willCancel expects the name of an API that opens a picker or a sheet (${PICKERS}), got 1.`],
  ['willCancel, misspelt picker', (u) => u.willCancel('chooseLocaton'), `user.willCancel expects the name of an API that opens a picker or a sheet (${PICKERS}), got 'chooseLocaton'. Did you mean 'chooseLocation'?`],
  ['willCancel, no picker', (u) => u.willCancel('zzzzzzzzzzzz'), `user.willCancel expects the name of an API that opens a picker or a sheet (${PICKERS}), got 'zzzzzzzzzzzz'.`],
  ['willSubscribe(null)', (u) => u.willSubscribe(null as never), "user.willSubscribe expects answers per template id, e.g. { 'tmpl-id': 'accept' }, got null."],
  ['willSubscribe({})', (u) => u.willSubscribe({}), "user.willSubscribe expects answers per template id, e.g. { 'tmpl-id': 'accept' }, got an object."],
  ["willSubscribe('t1')", (u) => u.willSubscribe('t1' as never), "user.willSubscribe expects answers per template id, e.g. { 'tmpl-id': 'accept' }, got 't1'."],
  [
    'willSubscribe, keepChoice not a boolean',
    (u) => u.willSubscribe({ t1: 'accept' }, { keepChoice: 'yes' as never }),
    "user.willSubscribe: keepChoice must be true or false, got 'yes'. Write { keepChoice: true } or { keepChoice: false }.",
  ],
  ['hasSubscriptionSettings(null)', (u) => u.hasSubscriptionSettings(null as never), 'user.hasSubscriptionSettings expects { mainSwitch?, itemSettings? }, got null.'],
  ['hasSubscriptionSettings(1)', (u) => u.hasSubscriptionSettings(1 as never), 'user.hasSubscriptionSettings expects { mainSwitch?, itemSettings? }, got 1.'],
]

describe('a misused scripting method throws the message that names the mistake', () => {
  it.each(MISUSES)('%s', (_, misuse, message) => {
    expect(messageOf(() => misuse(createFakeWx().user))).toBe(`[fake-wx] ${message}`)
  })
})

describe('what the button taps hand their handlers', () => {
  // rule: PRIVACY-BUTTON-AGREES
  it('tapAgreePrivacyButton: the bindagreeprivacyauthorization event', async () => {
    const fake = createFakeWx()
    await expect(fake.user.tapAgreePrivacyButton('agree-btn', (event) => event)).resolves.toEqual({ type: 'agreeprivacyauthorization', detail: {} })
    await expect(fake.user.tapAgreePrivacyButton('agree-btn')).resolves.toBeUndefined()
  })

  it('tapOpenSettingButton: the bindopensetting event, with what the settings page returned', async () => {
    const fake = createFakeWx()
    await expect(fake.user.tapOpenSettingButton((event) => event)).resolves.toEqual({
      type: 'opensetting',
      detail: { errMsg: 'openSetting:ok', authSetting: {} },
    })
  })
})

describe('scripts', () => {
  // rule: SETTINGS-WITH-SUBSCRIPTIONS
  it('willSubscribe without keepChoice: the choice is not kept, getSetting lists no itemSettings', async () => {
    const fake = createFakeWx()
    fake.user.willSubscribe({ t1: 'accept' }, { keepChoice: false, once: true }).willSubscribe({ t2: 'reject' })
    await fake.user.tap(() => fake.wx.requestSubscribeMessage!({ tmplIds: ['t1'] }))
    await fake.user.tap(() => fake.wx.requestSubscribeMessage!({ tmplIds: ['t2'] }))
    await expect(fake.wx.getSetting!({ withSubscriptions: true })).resolves.toEqual({
      errMsg: 'getSetting:ok',
      authSetting: {},
      subscriptionsSetting: { mainSwitch: true },
    })
  })

  it('{ once: false } is a standing answer: it answers every popup and is never reported unused', async () => {
    const fake = createFakeWx({ onUnusedScript: 'error' })
    fake.user.willConfirmModal({ once: false })
    await expect(fake.wx.showModal!({ title: 'a' })).resolves.toMatchObject({ confirm: true })
    await expect(fake.wx.showModal!({ title: 'b' })).resolves.toMatchObject({ confirm: true })
    fake.user.willAllow('scope.camera', { once: false })
    expect(() => fake.verify()).not.toThrow()
  })
})

const UNUSED = [
  "user.willAllow('scope.camera', { once: true })",
  "user.willDeny('scope.record', { once: true })",
  "user.willDismiss('scope.werun', { once: true })",
  "user.willNotRespond('scope.bluetooth', { once: true })",
  'user.willConfirmModal({ once: true })',
  'user.willCancelModal({ once: true })',
  "user.willCancel('chooseLocation', { once: true })",
  'user.willSubscribe({"t1":"accept","t2":"reject"}, { once: true })',
  'user.willAgreePrivacy({ once: true })',
  'user.willDisagreePrivacy({ once: true })',
  'user.willChooseAction(2, { once: true })',
  'user.willCancelActionSheet({ once: true })',
  "user.inSettings.willEnable('scope.camera', { once: true })",
  "user.inSettings.willDisable('scope.record', { once: true })",
  "user.inSettings.willChooseLocation('always', { once: true })",
]

/** One `{ once: true }` line of each kind, and a standing answer of each kind (never reported). */
function scriptEveryKind(user: ScriptedUser): void {
  const once = { once: true }
  user.willAllow('scope.camera', once).willDeny('scope.record', once).willDismiss('scope.werun', once).willNotRespond('scope.bluetooth', once)
  user.willConfirmModal(once).willCancelModal(once).willCancel('chooseLocation', once).willSubscribe({ t1: 'accept', t2: 'reject' }, once)
  user.willAgreePrivacy(once).willDisagreePrivacy(once).willChooseAction(2, once).willCancelActionSheet(once)
  user.inSettings.willEnable('scope.camera', once).willDisable('scope.record', once).willChooseLocation('always', once)
  user.willAllow('scope.userLocation').willConfirmModal().willCancel('chooseAddress').willSubscribe({ t3: 'accept' }).willAgreePrivacy().willChooseAction(0)
  user.inSettings.willEnable('scope.werun').willChooseLocation('never')
}

describe("onUnusedScript: 'error' names each { once: true } line that was never used, as the test wrote it", () => {
  it('one line of each kind', () => {
    const fake = createFakeWx({ onUnusedScript: 'error' })
    scriptEveryKind(fake.user)
    const list = UNUSED.map(
      (line, i) => `${i + 1}. ${line} was scripted but never used: the moment it answers never came. Remove it, or find out why the code did not get there.`,
    )
    expect(messageOf(() => fake.verify())).toBe(`[fake-wx] 15 things went wrong that the test did not check:\n\n${list.join('\n\n')}`)
  })

  it('one line alone is "something"', () => {
    const fake = createFakeWx({ onUnusedScript: 'error' })
    fake.user.willCancelActionSheet({ once: true })
    expect(messageOf(() => fake.verify())).toBe(
      '[fake-wx] something went wrong that the test did not check:\n\n1. user.willCancelActionSheet({ once: true }) was scripted but never used: the moment it answers never came. Remove it, or find out why the code did not get there.',
    )
  })

  it('reset() forgets every kind of script', () => {
    const fake = createFakeWx({ onUnusedScript: 'error' })
    scriptEveryKind(fake.user)
    fake.reset()
    expect(() => fake.verify()).not.toThrow()
  })
})
