/**
 * The scripted user: how they answer permission popups, modals and the settings page, and what they
 * decided on an earlier visit. Every method is chainable and checks its arguments, because a typo in a
 * script would otherwise make a test pass for the wrong reason.
 */
import { FakeWxError, closest, describeValue, didYouMean } from './errors'
import { KeyedScript, ScriptQueue } from './script-queue'
import type { HostTables, ScopeKind, ScopeRow } from './hosts/host'
import type { Scope } from './hosts/wechat/scopes'
import { checkPickedFiles, type PickedFile, type PickedFileScript } from './media/picked-file'
import { checkPosition, type UserPosition } from './location/check-position'
import { BUTTON_OPEN_TYPES, type ButtonEvent, type ButtonOpenType, type ShareEvent } from './hosts/wechat/buttons'

export type { ButtonEvent, ButtonOpenType, ShareEvent } from './hosts/wechat/buttons'

export interface ScriptOptions {
  /** Use this answer for one popup only; `once` answers are used before the standing one. */
  once?: boolean
}

export type PopupAnswer = 'allow' | 'deny' | 'dismiss' | 'no-response'
export type ModalAnswer = 'confirm' | 'cancel'

/**
 * The result for one template of the subscribe panel: the user's 'accept' / 'reject', or what WeChat reports
 * instead ('ban': banned by WeChat; 'filter': dropped for a duplicate title; 'acceptWithAlert' / 'acceptWithAudio' /
 * 'acceptWithForcePush': accepted with a reminder).
 */
export type SubscribeAnswer = 'accept' | 'reject' | 'ban' | 'filter' | 'acceptWithAlert' | 'acceptWithAudio' | 'acceptWithForcePush'

const SUBSCRIBE_ANSWERS: readonly string[] = ['accept', 'reject', 'ban', 'filter', 'acceptWithAlert', 'acceptWithAudio', 'acceptWithForcePush']
/** What a kept choice can read in getSetting's itemSettings ('ban': banned by WeChat). */
export type SubscriptionItemSetting = 'accept' | 'reject' | 'ban'

export interface SubscribeScript {
  readonly answers: Readonly<Record<string, SubscribeAnswer>>
  /** The user ticked "总是保持以上选择，不再询问": later requests get these answers with no panel (rule SUBSCRIBE-KEPT-CHOICE). */
  readonly keepChoice: boolean
}

export interface SubscriptionSettings {
  /** The overall switch; off makes every request fail with errCode 20004 (rule SUBSCRIBE-MAIN-SWITCH-20004). */
  mainSwitch?: boolean
  itemSettings?: Readonly<Record<string, SubscriptionItemSetting>>
}

/**
 * The 位置信息 entry of the settings page (rule SETTINGS-LOCATION-ENTRY): 不允许, 仅在使用小程序期间, 使用小程序期间和离开小程序后.
 * 'always' is offered only when app.json declares requiredBackgroundModes: ['location'].
 */
export type LocationChoice = 'never' | 'while-using' | 'always'

/** What the user scans with wx.scanCode: the code's content, and what else the scan result reports. */
export interface ScanOptions extends ScriptOptions {
  /** The code's type as the result names it: 'QR_CODE' (default), 'EAN_13', 'CODE_128', 'WX_CODE', ... */
  scanType?: string
  /** The page path a code of this mini program carries (present only for such codes). */
  path?: string
  /** The character set the result reports. Default 'utf-8'. */
  charSet?: string
}

/** @internal a scripted scan, checked. */
export interface ScanScript {
  readonly result: string
  readonly scanType: string
  readonly charSet: string
  readonly path: string | undefined
}

/** What the user picks on the avatar sheet of `<button open-type="chooseAvatar">`. */
export interface AvatarScript {
  /** The picture's path; default a fresh temporary image. */
  readonly filePath: string | undefined
  /** WeChat's content check rejects it (rule CHOOSE-AVATAR-SECURITY). */
  readonly failsSecurityCheck: boolean
}

/** A mini-program card the user taps in the customer-service chat, which brings them back (bindcontact). */
export interface ContactCard {
  readonly path: string
  readonly query: Readonly<Record<string, string>>
}

/** `user.tapButton`'s options. */
export interface TapButtonOptions {
  /** The button's `id` (what a privacy listener's `resolve({ event: 'agree', buttonId })` names). */
  id?: string
}

/** What the controller gives the user: a way to record earlier decisions and to run a tap. */
export interface UserHost {
  decide(scope: Scope, granted: boolean): void
  subscriptions(settings: SubscriptionSettings): void
  tap<T>(fn: () => T): Promise<Awaited<T>>
  pressButton(openType: ButtonOpenType, id: string | undefined): Promise<ButtonEvent | ShareEvent | undefined>
  fillNickname(value: string, failsSecurityCheck: boolean): ButtonEvent
  /** How a scope behaves under the options in force (a retired scope may be asked on older clients). */
  scopeKind(row: ScopeRow): ScopeKind
  endPrivacyGap(): void
}

/** The scope a toolkit call names, checked against the host's scopes: a typo throws with a suggestion. */
export function requireScope(host: HostTables, scope: unknown, where: string): Scope {
  if (typeof scope !== 'string') {
    throw new FakeWxError(`${where} expects a scope name such as '${host.host.exampleScopes[0]}', got ${describeValue(scope)}.`)
  }
  if (host.scope(scope) !== undefined) return scope as Scope
  if (host.host.otherScopes.includes(scope)) {
    const invalid = host.host.profiles[host.host.defaultPlatform]!.spellings['invalid-scope'].text
    const authorize = host.authorizeApi ?? 'authorize'
    throw new FakeWxError(`${where}: '${scope}' is a mini-game scope; in a mini program ${host.label(authorize)} fails with '${authorize}:fail${invalid}'.`)
  }
  const suggestion = didYouMean(scope, host.scopeNames)
  throw new FakeWxError(`${where}: unknown scope '${scope}'.${suggestion || ` Known scopes: ${host.scopeNames.join(', ')}.`}`)
}

/** A scope whose popup can be scripted: anything but the retired ones, which never show one (unless `retiredScopes: 'asked'`). */
function requirePromptScope(host: HostTables, scope: unknown, where: string, kind: (row: ScopeRow) => ScopeKind): Scope {
  const checked = requireScope(host, scope, where)
  if (kind(host.scope(checked)!) === 'retired') {
    const api = host.apisOf(checked)[0]!
    throw new FakeWxError(
      `${where}: '${checked}' never shows a popup; WeChat retired it and ${host.label(api)} works without authorization (rule SCOPE-RETIRED-NO-AUTH). Remove this line, or imitate an older client with retiredScopes: 'asked'.`,
    )
  }
  return checked
}

/**
 * Reads the options of a scripting method. Unknown keys throw: `{ onse: true }` would otherwise be read as
 * a standing answer, and the test would pass while scripting something else than it says.
 */
function checkOptions(options: unknown, where: string, known: readonly string[] = ['once']): boolean {
  if (options === undefined) return false
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new FakeWxError(`${where}: options must be an object such as { once: true }, got ${describeValue(options)}.`)
  }
  const unknown = Object.keys(options).find((key) => !known.includes(key))
  if (unknown !== undefined) {
    const suggestion = closest(unknown, known)
    let fix: string
    if (suggestion !== undefined) fix = `Did you mean '${suggestion}'? Write ${examples(suggestion)}.`
    else if (known.length === 1) fix = `The only option is ${known[0]}: write ${examples(known[0]!)}.`
    else fix = `The options are ${known.join(' and ')}, each true or false, e.g. { ${known.map((key) => `${key}: true`).join(', ')} }.`
    throw new FakeWxError(`${where}: unknown option '${unknown}'. ${fix}`)
  }
  const once: unknown = (options as { once?: unknown }).once
  if ('once' in options && typeof once !== 'boolean') {
    throw new FakeWxError(`${where}: once must be true or false, got ${describeValue(once)}. Write ${examples('once')}.`)
  }
  return once === true
}

/** The id of tapButton's options, checked. */
function checkButtonOptions(options: unknown, openType: string): string | undefined {
  if (options === undefined) return undefined
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new FakeWxError(`user.tapButton: options must be an object such as { id: 'agree-btn' }, got ${describeValue(options)}.`)
  }
  const unknown = Object.keys(options).find((key) => key !== 'id')
  if (unknown !== undefined) throw new FakeWxError(`user.tapButton: unknown option '${unknown}'. The only option is id: write user.tapButton('${openType}', handler, { id: 'my-button' }).`)
  const id: unknown = (options as { id?: unknown }).id
  if (id !== undefined && (typeof id !== 'string' || id === '')) {
    throw new FakeWxError(`user.tapButton: id must be the button's id, a non-empty string, got ${describeValue(id)}.`)
  }
  return id as string | undefined
}

/** How to write a boolean option, e.g. `{ once: true } or { once: false }`. */
function examples(key: string): string {
  return `{ ${key}: true } or { ${key}: false }`
}

/**
 * The scopes of hasAllowed/hasDenied, all checked before any is recorded. A call with none records
 * nothing, so the test would go on as if the user had never been asked: that is almost always a slip.
 */
function checkEarlierScopes(host: HostTables, scopes: readonly unknown[], where: string, check: (scope: unknown, where: string) => Scope): Scope[] {
  const [one, two] = host.host.exampleScopes
  if (scopes.length === 0) {
    throw new FakeWxError(`${where} expects one or more scopes, e.g. ${where}('${one}') or ${where}('${one}', '${two}').`)
  }
  if (scopes.length === 1 && Array.isArray(scopes[0])) {
    throw new FakeWxError(`${where} takes the scopes as separate arguments, not an array: write ${where}(...scopes) or ${where}('${one}', '${two}').`)
  }
  return scopes.map((scope) => check(scope, where))
}

/** What the user toggles on the settings page that `wx.openSetting` opens. */
export class SettingsScript {
  readonly #tables: HostTables
  readonly #kind: (row: ScopeRow) => ScopeKind

  /** @internal */
  constructor(tables: HostTables, kind: (row: ScopeRow) => ScopeKind) {
    this.#tables = tables
    this.#kind = kind
  }

  /** @internal */
  readonly toggles = new KeyedScript<Scope, boolean>()

  /** Turns the scope on when the settings page is visited (if the page lists it: rule SETTINGS-PAGE-ONLY-ASKED). */
  willEnable(scope: Scope, options?: ScriptOptions): this {
    this.toggles.add(requirePromptScope(this.#tables, scope, 'user.inSettings.willEnable', this.#kind), true, checkOptions(options, 'user.inSettings.willEnable'))
    return this
  }

  /** Turns the scope off when the settings page is visited. */
  willDisable(scope: Scope, options?: ScriptOptions): this {
    this.toggles.add(requirePromptScope(this.#tables, scope, 'user.inSettings.willDisable', this.#kind), false, checkOptions(options, 'user.inSettings.willDisable'))
    return this
  }

  /** @internal */
  readonly location = new ScriptQueue<LocationChoice>()

  /**
   * Picks an option of the 位置信息 entry (rule SETTINGS-LOCATION-ENTRY, an L model): 'never' denies scope.userLocation and
   * scope.userLocationBackground; 'while-using' grants the first and denies the second; 'always' grants both.
   */
  willChooseLocation(choice: LocationChoice, options?: ScriptOptions): this {
    if (choice !== 'never' && choice !== 'while-using' && choice !== 'always') {
      throw new FakeWxError(`user.inSettings.willChooseLocation expects 'never', 'while-using' or 'always', got ${describeValue(choice)}.`)
    }
    this.location.add(choice, checkOptions(options, 'user.inSettings.willChooseLocation'))
    return this
  }

  /** @internal */
  clear(): void {
    this.toggles.clear()
    this.location.clear()
  }
}

export class ScriptedUser {
  /** @internal */
  readonly popups = new KeyedScript<Scope, PopupAnswer>()
  /** @internal */
  readonly modals = new ScriptQueue<ModalAnswer>()
  /** @internal */
  readonly pickers = new KeyedScript<string, 'cancel'>()
  /** @internal */
  readonly subscribePanels = new ScriptQueue<SubscribeScript>()
  /** @internal */
  readonly privacyAnswers = new ScriptQueue<'agree' | 'disagree'>()
  /** @internal */
  readonly actionSheets = new ScriptQueue<number | 'cancel'>()
  /** @internal what the user picks in the next file picker */
  readonly files = new ScriptQueue<readonly PickedFileScript[]>()
  /** @internal what the user scans */
  readonly scans = new ScriptQueue<ScanScript>()
  /** @internal what the clipboard held before the test (user.hasCopied) */
  copied: string | undefined
  /** @internal where the user is (user.isAt), WGS-84 */
  position: UserPosition | undefined
  /** @internal told of every move: the location updates of the fake, once they have run */
  onMove: ((position: UserPosition) => void) | undefined
  /** @internal the phone-number sheet of the getPhoneNumber buttons */
  readonly phoneSheets = new ScriptQueue<'share' | 'refuse'>()
  /** @internal the avatar sheet of the chooseAvatar button */
  readonly avatars = new ScriptQueue<AvatarScript | 'cancel'>()
  /** @internal the card the user taps in the customer-service chat */
  readonly contactCards = new ScriptQueue<ContactCard>()
  readonly #host: UserHost
  readonly #tables: HostTables
  readonly #inSettings: SettingsScript

  /** @internal */
  constructor(tables: HostTables, host: UserHost) {
    this.#tables = tables
    this.#host = host
    this.#inSettings = new SettingsScript(tables, (row) => host.scopeKind(row))
  }

  readonly #kind = (row: ScopeRow): ScopeKind => this.#host.scopeKind(row)

  /** The settings page: `user.inSettings.willEnable('scope.userLocation')`. */
  get inSettings(): SettingsScript {
    return this.#inSettings
  }

  /** The user taps "允许" when the permission popup for `scope` appears. */
  willAllow(scope: Scope, options?: ScriptOptions): this {
    this.popups.add(requirePromptScope(this.#tables, scope, 'user.willAllow', this.#kind), 'allow', checkOptions(options, 'user.willAllow'))
    return this
  }

  /** The user taps "拒绝" when the permission popup for `scope` appears. */
  willDeny(scope: Scope, options?: ScriptOptions): this {
    this.popups.add(requirePromptScope(this.#tables, scope, 'user.willDeny', this.#kind), 'deny', checkOptions(options, 'user.willDeny'))
    return this
  }

  /** The user closes the popup without choosing (back button, tap outside): rule SCOPE-DISMISS-ERRMSG. */
  willDismiss(scope: Scope, options?: ScriptOptions): this {
    this.popups.add(requirePromptScope(this.#tables, scope, 'user.willDismiss', this.#kind), 'dismiss', checkOptions(options, 'user.willDismiss'))
    return this
  }

  /**
   * The popup never answers: the call fails with `<api>:fail authorize no response`, as seen on iOS (rule
   * SCOPE-NO-RESPONSE), and the scope stays never-asked.
   */
  willNotRespond(scope: Scope, options?: ScriptOptions): this {
    this.popups.add(requirePromptScope(this.#tables, scope, 'user.willNotRespond', this.#kind), 'no-response', checkOptions(options, 'user.willNotRespond'))
    return this
  }

  /** The user allowed these scopes on an earlier visit: no popup now. */
  hasAllowed(...scopes: Scope[]): this {
    const checked = checkEarlierScopes(this.#tables, scopes, 'user.hasAllowed', (scope, where) => requireScope(this.#tables, scope, where))
    for (const scope of checked) this.#host.decide(scope, true)
    return this
  }

  /** The user refused these scopes on an earlier visit: calls fail at once, with no popup. */
  hasDenied(...scopes: Scope[]): this {
    const checked = checkEarlierScopes(this.#tables, scopes, 'user.hasDenied', (scope, where) => requirePromptScope(this.#tables, scope, where, this.#kind))
    for (const scope of checked) this.#host.decide(scope, false)
    return this
  }

  /** The user taps the confirm button of the next `wx.showModal` (every one, unless `{ once: true }`). */
  willConfirmModal(options?: ScriptOptions): this {
    this.modals.add('confirm', checkOptions(options, 'user.willConfirmModal'))
    return this
  }

  /** The user taps the cancel button of the next `wx.showModal`. */
  willCancelModal(options?: ScriptOptions): this {
    this.modals.add('cancel', checkOptions(options, 'user.willCancelModal'))
    return this
  }

  /** The user taps "同意" on WeChat's own privacy popup (shown when the app registers no listener: rule PRIVACY-OFFICIAL-POPUP). */
  willAgreePrivacy(options?: ScriptOptions): this {
    this.privacyAnswers.add('agree', checkOptions(options, 'user.willAgreePrivacy'))
    return this
  }

  /** The user taps "拒绝" on WeChat's own privacy popup: the call fails with errno 104. */
  willDisagreePrivacy(options?: ScriptOptions): this {
    this.privacyAnswers.add('disagree', checkOptions(options, 'user.willDisagreePrivacy'))
    return this
  }

  /**
   * The user waits more than 10 s after refusing WeChat's privacy popup: until then privacy calls fail
   * with `privacy permission is not authorized in gap` and no popup (rule PRIVACY-GAP-10S). The fake keeps no clock.
   */
  waitsOutPrivacyGap(): this {
    this.#host.endPrivacyGap()
    return this
  }

  /**
   * Taps `<button open-type="{openType}" id="{id}">` and resolves, once everything it started has settled, with
   * what `handler` returned, or undefined when WeChat fires no event. `handler` is the bind handler
   * (`bindgetphonenumber`, `bindchooseavatar`, `bindopensetting`, ...; for 'share', `onShareAppMessage`) and runs
   * with tap state. The sheets it opens are answered by the script: `willSharePhoneNumber()`,
   * `willChooseAvatar()`, `inSettings`, ... `'getPhoneNumber|agreePrivacyAuthorization'` agrees to the privacy
   * agreement, then asks for the number.
   */
  tapButton<T>(openType: 'share', handler?: (event: ShareEvent) => T, options?: TapButtonOptions): Promise<Awaited<T> | undefined>
  tapButton<T>(openType: Exclude<ButtonOpenType, 'share'>, handler?: (event: ButtonEvent) => T, options?: TapButtonOptions): Promise<Awaited<T> | undefined>
  tapButton<T>(openType: ButtonOpenType, handler?: (event: never) => T, options?: TapButtonOptions): Promise<Awaited<T> | undefined> {
    if (!(BUTTON_OPEN_TYPES as readonly unknown[]).includes(openType)) {
      const known = BUTTON_OPEN_TYPES.join(', ')
      throw new FakeWxError(
        `user.tapButton expects an open-type fake-wx models (${known}), got ${describeValue(openType)}.${typeof openType === 'string' ? didYouMean(openType, BUTTON_OPEN_TYPES) : ''}`,
      )
    }
    if (handler !== undefined && typeof handler !== 'function') {
      throw new FakeWxError(`user.tapButton('${openType}', handler): handler must be the button's bind handler, a function, got ${describeValue(handler)}.`)
    }
    const id = checkButtonOptions(options, openType)
    // Misuse throws here, synchronously; the tap itself settles later.
    return this.#host.pressButton(openType, id).then((event) => this.#host.tap(() => (handler === undefined || event === undefined ? undefined : handler(event as never))))
  }

  /**
   * Taps `<button id="{buttonId}" open-type="agreePrivacyAuthorization" bindagreeprivacyauthorization="handler">`:
   * the user agrees to the privacy agreement (for every declared API), then the handler runs with tap
   * state. A privacy listener may then `resolve({ event: 'agree', buttonId })`. Same as
   * `tapButton('agreePrivacyAuthorization', handler, { id: buttonId })`.
   */
  tapAgreePrivacyButton<T>(buttonId: string, handler?: (event: ButtonEvent) => T): Promise<Awaited<T> | undefined> {
    if (typeof buttonId !== 'string' || buttonId === '') {
      throw new FakeWxError(`user.tapAgreePrivacyButton expects the button's id (what resolve's buttonId names), got ${describeValue(buttonId)}.`)
    }
    return this.tapButton('agreePrivacyAuthorization', handler, { id: buttonId })
  }

  /**
   * Taps `<button open-type="openSetting" bindopensetting="handler">`: the settings page opens (scripted by
   * user.inSettings), and when the user comes back the handler receives `{ detail: { authSetting, errMsg } }`.
   * Same as `tapButton('openSetting', handler)`.
   */
  tapOpenSettingButton<T>(handler?: (event: ButtonEvent) => T): Promise<Awaited<T> | undefined> {
    return this.tapButton('openSetting', handler)
  }

  /** The user shares their phone number on the sheet of the getPhoneNumber / getRealtimePhoneNumber button. */
  willSharePhoneNumber(options?: ScriptOptions): this {
    this.phoneSheets.add('share', checkOptions(options, 'user.willSharePhoneNumber'))
    return this
  }

  /** The user refuses: the handler gets `getPhoneNumber:fail user deny` (`getPhoneNumber:fail:user deny` on Android). */
  willRefusePhoneNumber(options?: ScriptOptions): this {
    this.phoneSheets.add('refuse', checkOptions(options, 'user.willRefusePhoneNumber'))
    return this
  }

  /**
   * The user picks a picture on the sheet of `<button open-type="chooseAvatar">`: `filePath` (default a new
   * temporary image) becomes `detail.avatarUrl`. `{ failsSecurityCheck: true }`: WeChat's content check rejects
   * it and, from base library 2.24.4, bindchooseavatar does not fire.
   */
  willChooseAvatar(filePath?: string, options?: ScriptOptions & { failsSecurityCheck?: boolean }): this {
    if (filePath !== undefined && (typeof filePath !== 'string' || filePath === '')) {
      throw new FakeWxError(`user.willChooseAvatar expects the picture's path, e.g. user.willChooseAvatar('http://tmp/me.jpg'), or nothing for a new temporary image; got ${describeValue(filePath)}.`)
    }
    const once = checkOptions(options, 'user.willChooseAvatar', ['once', 'failsSecurityCheck'])
    const fails = options?.failsSecurityCheck
    if (fails !== undefined && typeof fails !== 'boolean') {
      throw new FakeWxError(`user.willChooseAvatar: failsSecurityCheck must be true or false, got ${describeValue(fails)}. Write ${examples('failsSecurityCheck')}.`)
    }
    this.avatars.add({ filePath, failsSecurityCheck: fails === true }, once)
    return this
  }

  /** The user closes the avatar sheet: bindchooseavatar does not fire. */
  willCancelAvatar(options?: ScriptOptions): this {
    this.avatars.add('cancel', checkOptions(options, 'user.willCancelAvatar'))
    return this
  }

  /**
   * In the chat that `<button open-type="contact">` opens, the user taps a mini-program card and comes back:
   * bindcontact receives its `path` and `query`. Without it the user comes back another way and no event fires.
   */
  willTapContactCard(path: string, query: Readonly<Record<string, string>> = {}, options?: ScriptOptions): this {
    if (typeof path !== 'string') {
      throw new FakeWxError(`user.willTapContactCard expects the card's page path, e.g. user.willTapContactCard('pages/order/order', { id: '1' }), got ${describeValue(path)}.`)
    }
    if (typeof query !== 'object' || query === null || Array.isArray(query)) {
      throw new FakeWxError(`user.willTapContactCard: query must be an object such as { id: '1' }, got ${describeValue(query)}.`)
    }
    this.contactCards.add({ path, query: { ...query } }, checkOptions(options, 'user.willTapContactCard'))
    return this
  }

  /**
   * Fills `<input type="nickname" bindblur="handler">` with `value` and leaves it; the handler gets the blur event.
   * Before the privacy agreement the input is a plain text input; after it, `{ failsSecurityCheck: true }` makes
   * WeChat's check clear the content (`detail.value` is '').
   */
  fillNicknameInput<T>(value: string, handler?: (event: ButtonEvent) => T, options?: { failsSecurityCheck?: boolean }): Promise<Awaited<T> | undefined> {
    if (typeof value !== 'string') {
      throw new FakeWxError(`user.fillNicknameInput expects the nickname the user enters, e.g. user.fillNicknameInput('小明'), got ${describeValue(value)}.`)
    }
    if (handler !== undefined && typeof handler !== 'function') {
      throw new FakeWxError(`user.fillNicknameInput: handler must be the input's bindblur handler, a function, got ${describeValue(handler)}.`)
    }
    checkOptions(options, 'user.fillNicknameInput', ['failsSecurityCheck'])
    const fails = options?.failsSecurityCheck
    if (fails !== undefined && typeof fails !== 'boolean') {
      throw new FakeWxError(`user.fillNicknameInput: failsSecurityCheck must be true or false, got ${describeValue(fails)}.`)
    }
    const event = this.#host.fillNickname(value, fails === true)
    return this.#host.tap(() => (handler === undefined ? undefined : handler(event)))
  }

  /** The user taps item `index` of the next `wx.showActionSheet` (its success has tap state). */
  willChooseAction(index: number, options?: ScriptOptions): this {
    if (!Number.isInteger(index) || index < 0) {
      throw new FakeWxError(`user.willChooseAction expects the index of an item (0, 1, ...), got ${describeValue(index)}.`)
    }
    this.actionSheets.add(index, checkOptions(options, 'user.willChooseAction'))
    return this
  }

  /** The user cancels the next `wx.showActionSheet`: `showActionSheet:fail cancel`. */
  willCancelActionSheet(options?: ScriptOptions): this {
    this.actionSheets.add('cancel', checkOptions(options, 'user.willCancelActionSheet'))
    return this
  }

  /**
   * The user closes the page that `wx.<api>` opens (map, address, invoice) without choosing, or backs out of the
   * client's own sheet (iOS's save sheet of saveImageToPhotosAlbum): `<api>:fail cancel`.
   */
  willCancel(api: string, options?: ScriptOptions): this {
    const pickers = this.#tables.cancellable
    if (!pickers.includes(api)) {
      throw new FakeWxError(
        `user.willCancel expects the name of an API that opens a picker or a sheet (${pickers.join(', ')}), got ${describeValue(api)}.${typeof api === 'string' ? didYouMean(api, pickers) : ''}`,
      )
    }
    this.pickers.add(api, 'cancel', checkOptions(options, 'user.willCancel'))
    return this
  }

  /**
   * The files the user picks in the next picker of files (wx.chooseImage, wx.chooseMedia, wx.chooseVideo,
   * wx.chooseMessageFile): names (`['cat.jpg']`, the extension says image, video or other file) or details
   * (`[{ name: 'clip.mp4', duration: 12, size: 2_000_000 }]`). They become temporary files of the fake's
   * file system, with seeded numbers where none are given. A picker closed instead: `user.willCancel(api)`.
   */
  willPick(files: PickedFile | readonly PickedFile[], options?: ScriptOptions): this {
    this.files.add(checkPickedFiles(files, 'user.willPick'), checkOptions(options, 'user.willPick'))
    return this
  }

  /**
   * What the user scans with the next wx.scanCode: the code's content, e.g. `user.willScan('https://example.com/p/1')`
   * or `user.willScan('6901234567892', { scanType: 'EAN_13' })`. Closing the scanner: `user.willCancel('scanCode')`.
   */
  willScan(result: string, options?: ScanOptions): this {
    if (typeof result !== 'string') {
      throw new FakeWxError(`user.willScan expects the scanned content as a string, e.g. user.willScan('https://example.com/p/1'), got ${describeValue(result)}.`)
    }
    const keys = ['once', 'scanType', 'path', 'charSet']
    if (options !== undefined && (typeof options !== 'object' || options === null || Array.isArray(options))) {
      throw new FakeWxError(`user.willScan: options must be an object such as { scanType: 'EAN_13' }, got ${describeValue(options)}.`)
    }
    const unknown = Object.keys(options ?? {}).find((key) => !keys.includes(key))
    if (unknown !== undefined) {
      const suggestion = closest(unknown, keys)
      const fix = suggestion === 'once' ? `Did you mean 'once'? Write ${examples('once')}.` : `${didYouMean(unknown, keys).trim()} Options: ${keys.join(', ')}.`.trim()
      throw new FakeWxError(`user.willScan: unknown option '${unknown}'. ${fix}`)
    }
    const once = checkOptions(options?.once === undefined ? undefined : { once: options.once }, 'user.willScan')
    for (const key of ['scanType', 'path', 'charSet'] as const) {
      const value = options?.[key]
      if (value !== undefined && typeof value !== 'string') throw new FakeWxError(`user.willScan: ${key} must be a string, got ${describeValue(value)}.`)
    }
    this.scans.add({ result, scanType: options?.scanType ?? 'QR_CODE', charSet: options?.charSet ?? 'utf-8', path: options?.path }, once)
    return this
  }

  /**
   * The user is here, in WGS-84 (GPS) degrees: `user.isAt({ latitude: 31.2304, longitude: 121.4737 })`.
   * getLocation reports it (shifted to GCJ-02 for `type: 'gcj02'`), getFuzzyLocation rounds it; while
   * startLocationUpdate runs, each later `isAt` is a move that onLocationChange listeners receive. Also
   * `altitude`, `accuracy` (default 30 m), `verticalAccuracy` and `speed` (default 0).
   */
  isAt(position: UserPosition): this {
    this.position = checkPosition(position, 'user.isAt')
    this.onMove?.(this.position)
    return this
  }

  /**
   * The user copied `text` (in another app, say) before the code runs: wx.getClipboardData reads it until the
   * app sets the clipboard. Without it the clipboard holds a seeded address, what users typically paste.
   */
  hasCopied(text: string): this {
    if (typeof text !== 'string') throw new FakeWxError(`user.hasCopied expects the copied text as a string, e.g. user.hasCopied('SF1234567890'), got ${describeValue(text)}.`)
    this.copied = text
    return this
  }

  /**
   * How the user answers the subscribe panel of wx.requestSubscribeMessage, per template id:
   * `user.willSubscribe({ 'tmpl-1': 'accept', 'tmpl-2': 'reject' }, { keepChoice: true })`.
   */
  willSubscribe(answers: Readonly<Record<string, SubscribeAnswer>>, options?: ScriptOptions & { keepChoice?: boolean }): this {
    if (typeof answers !== 'object' || answers === null || Object.keys(answers).length === 0) {
      throw new FakeWxError(`user.willSubscribe expects answers per template id, e.g. { 'tmpl-id': 'accept' }, got ${describeValue(answers)}.`)
    }
    for (const [id, answer] of Object.entries(answers)) {
      if (!SUBSCRIBE_ANSWERS.includes(answer as string)) {
        throw new FakeWxError(
          `user.willSubscribe: the answer for '${id}' must be one of ${SUBSCRIBE_ANSWERS.map((a) => `'${a}'`).join(', ')}, got ${describeValue(answer)}.${typeof answer === 'string' ? didYouMean(answer, SUBSCRIBE_ANSWERS) : ''}`,
        )
      }
    }
    const once = checkOptions(options, 'user.willSubscribe', ['once', 'keepChoice'])
    const keepChoice = options?.keepChoice
    if (keepChoice !== undefined && typeof keepChoice !== 'boolean') {
      throw new FakeWxError(`user.willSubscribe: keepChoice must be true or false, got ${describeValue(keepChoice)}. Write ${examples('keepChoice')}.`)
    }
    this.subscribePanels.add({ answers: { ...answers }, keepChoice: keepChoice === true }, once)
    return this
  }

  /** Subscription settings from an earlier visit: the main switch, and choices the user kept. */
  hasSubscriptionSettings(settings: SubscriptionSettings): this {
    if (typeof settings !== 'object' || settings === null) {
      throw new FakeWxError(`user.hasSubscriptionSettings expects { mainSwitch?, itemSettings? }, got ${describeValue(settings)}.`)
    }
    this.#host.subscriptions(settings)
    return this
  }

  /**
   * Runs `fn` as a tap handler (with tap state: rule TAP-HANDLER) and resolves with its awaited result once the
   * result and all the work it started on the fake have settled.
   */
  tap<T>(fn: () => T): Promise<Awaited<T>> {
    if (typeof fn !== 'function') {
      throw new FakeWxError(`user.tap expects the tap handler as a function, e.g. user.tap(() => page.onTapLocate()), got ${describeValue(fn)}.`)
    }
    return this.#host.tap(fn)
  }

  /**
   * @internal The `{ once: true }` lines whose moment never came, as the test wrote them: a script that
   * was never used means the test did not exercise what it meant to (verify() reports them).
   */
  unusedOnceScripts(): string[] {
    const popup = { allow: 'willAllow', deny: 'willDeny', dismiss: 'willDismiss', 'no-response': 'willNotRespond' } as const
    const q = (value: string): string => `'${value}'`
    return [
      ...this.popups.unusedOnce().map(([scope, answer]) => `user.${popup[answer]}(${q(scope)}, { once: true })`),
      ...this.modals.unusedOnce().map((answer) => `user.${answer === 'confirm' ? 'willConfirmModal' : 'willCancelModal'}({ once: true })`),
      ...this.pickers.unusedOnce().map(([api]) => `user.willCancel(${q(api)}, { once: true })`),
      ...this.subscribePanels.unusedOnce().map((script) => `user.willSubscribe(${JSON.stringify(script.answers)}, { once: true })`),
      ...this.privacyAnswers.unusedOnce().map((answer) => `user.${answer === 'agree' ? 'willAgreePrivacy' : 'willDisagreePrivacy'}({ once: true })`),
      ...this.actionSheets.unusedOnce().map((choice) => (choice === 'cancel' ? 'user.willCancelActionSheet({ once: true })' : `user.willChooseAction(${choice}, { once: true })`)),
      ...this.files.unusedOnce().map((files) => `user.willPick(${JSON.stringify(files.map((file) => file.name ?? file.kind))}, { once: true })`),
      ...this.scans.unusedOnce().map((scan) => `user.willScan(${q(scan.result)}, { once: true })`),
      ...this.phoneSheets.unusedOnce().map((answer) => `user.${answer === 'share' ? 'willSharePhoneNumber' : 'willRefusePhoneNumber'}({ once: true })`),
      ...this.avatars
        .unusedOnce()
        .map((avatar) => (avatar === 'cancel' ? 'user.willCancelAvatar({ once: true })' : `user.willChooseAvatar(${avatar.filePath === undefined ? 'undefined' : q(avatar.filePath)}, { once: true })`)),
      ...this.contactCards.unusedOnce().map((card) => `user.willTapContactCard(${q(card.path)}, ${JSON.stringify(card.query)}, { once: true })`),
      ...this.#inSettings.toggles.unusedOnce().map(([scope, on]) => `user.inSettings.${on ? 'willEnable' : 'willDisable'}(${q(scope)}, { once: true })`),
      ...this.#inSettings.location.unusedOnce().map((choice) => `user.inSettings.willChooseLocation(${q(choice)}, { once: true })`),
    ]
  }

  /** @internal forgets every script (reset between tests). */
  clear(): void {
    this.popups.clear()
    this.modals.clear()
    this.pickers.clear()
    this.subscribePanels.clear()
    this.privacyAnswers.clear()
    this.actionSheets.clear()
    this.files.clear()
    this.scans.clear()
    this.copied = undefined
    this.position = undefined
    this.phoneSheets.clear()
    this.avatars.clear()
    this.contactCards.clear()
    this.#inSettings.clear()
  }
}
