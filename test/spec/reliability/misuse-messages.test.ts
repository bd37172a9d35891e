/**
 * Misuse of the toolkit gets an error that names the mistake and the fix. The messages in MISUSES are
 * snapshotted so a change to any of them is reviewed; the tests after it spell out the exact message.
 */
import { createFakeWx, fakeWx, type ScriptedUser } from 'fake-wx'
import { messageOf } from '../../support/fixtures'

const fake = () => createFakeWx()

const MISUSES: Record<string, () => unknown> = {
  'unknown scope': () => fake().user.willDeny('scope.userLocaton' as never),
  'scope without its prefix': () => fake().user.willAllow('camera' as never),
  'scope of the wrong type': () => fake().user.willAllow(1 as never),
  'retired scope scripted': () => fake().user.willDeny('scope.invoiceTitle'),
  'mini-game scope': () => fake().user.hasAllowed('scope.gameClubData' as never),
  'bad { once } option': () => fake().user.willConfirmModal({ once: 1 } as never),
  'tap without a function': () => fake().user.tap('onTap' as never),
  'willCancel on an API without a picker': () => fake().user.willCancel('getLocation'),
  'willSubscribe with a bad answer': () => fake().user.willSubscribe({ t1: 'yes' as never }),
  'unknown option': () => createFakeWx({ platfrom: 'ios' } as never),
  'unknown platform': () => createFakeWx({ platform: 'harmony' as never }),
  'bad authSetting value': () => createFakeWx({ authSetting: { 'scope.camera': 1 as never } }),
  'fuzzy and precise location together': () => createFakeWx({ appJson: { requiredPrivateInfos: ['getFuzzyLocation', 'startLocationUpdate'] } }),
  'mock of an unknown API': () => fake().mockWxMethod('getLocaiton', () => undefined),
  'unmodelled API called': () => fake().wx.getBatteryInfoSync!(),
  'installing over another wx': () => fake().install({ wx: {} }),
  'verify() after an unscripted popup': () => {
    const f = createFakeWx()
    f.log.add({ type: 'problem', call: 1, kind: 'unscripted-prompt', message: 'example problem: add user.willAllow(...)' })
    f.verify()
  },
}

it.each(Object.keys(MISUSES))('%s', (name) => {
  const message = messageOf(MISUSES[name]!)
  expect(message.startsWith('[fake-wx] ')).toBe(true)
  expect(message).toMatchSnapshot()
})

/** Every scripting method that takes options, called with `options` in the place of its options. */
const SCRIPTS: Record<string, (user: ScriptedUser, options: never) => unknown> = {
  'user.willAllow': (user, options) => user.willAllow('scope.camera', options),
  'user.willDeny': (user, options) => user.willDeny('scope.camera', options),
  'user.willDismiss': (user, options) => user.willDismiss('scope.camera', options),
  'user.willNotRespond': (user, options) => user.willNotRespond('scope.camera', options),
  'user.willConfirmModal': (user, options) => user.willConfirmModal(options),
  'user.willCancelModal': (user, options) => user.willCancelModal(options),
  'user.willAgreePrivacy': (user, options) => user.willAgreePrivacy(options),
  'user.willDisagreePrivacy': (user, options) => user.willDisagreePrivacy(options),
  'user.willChooseAction': (user, options) => user.willChooseAction(0, options),
  'user.willCancelActionSheet': (user, options) => user.willCancelActionSheet(options),
  'user.willCancel': (user, options) => user.willCancel('chooseLocation', options),
  'user.willSubscribe': (user, options) => user.willSubscribe({ t1: 'accept' }, options),
  'user.willPick': (user, options) => user.willPick(['cat.jpg'], options),
  'user.willScan': (user, options) => user.willScan('https://example.com/p/1', options),
  'user.willSharePhoneNumber': (user, options) => user.willSharePhoneNumber(options),
  'user.willRefusePhoneNumber': (user, options) => user.willRefusePhoneNumber(options),
  'user.willChooseAvatar': (user, options) => user.willChooseAvatar(undefined, options),
  'user.willCancelAvatar': (user, options) => user.willCancelAvatar(options),
  'user.willTapContactCard': (user, options) => user.willTapContactCard('pages/a', {}, options),
  'user.inSettings.willEnable': (user, options) => user.inSettings.willEnable('scope.camera', options),
  'user.inSettings.willDisable': (user, options) => user.inSettings.willDisable('scope.camera', options),
  'user.inSettings.willChooseLocation': (user, options) => user.inSettings.willChooseLocation('while-using', options),
}

describe('a scripting option the method does not take', () => {
  it('the table above lists every will* method of the user and of the settings page', () => {
    const { user } = createFakeWx()
    const methods = (object: object, prefix: string) =>
      Object.getOwnPropertyNames(Object.getPrototypeOf(object))
        .filter((name) => name.startsWith('will'))
        .map((name) => `${prefix}.${name}`)
    expect([...methods(user, 'user'), ...methods(user.inSettings, 'user.inSettings')].sort()).toEqual(Object.keys(SCRIPTS).sort())
  })

  it.each(Object.keys(SCRIPTS))('%s: a misspelt once is named, with the right key and what to write', (where) => {
    const { user } = createFakeWx()
    expect(() => SCRIPTS[where]!(user, { onse: true } as never)).toThrow(
      `[fake-wx] ${where}: unknown option 'onse'. Did you mean 'once'? Write { once: true } or { once: false }.`,
    )
    // The check rejects only the unknown key: the options as documented are still taken.
    expect(() => SCRIPTS[where]!(user, { once: true } as never)).not.toThrow()
    expect(() => SCRIPTS[where]!(user, { once: false } as never)).not.toThrow()
  })

  it('a misspelt key is not taken as a standing answer', async () => {
    const fake = createFakeWx()
    expect(() => fake.user.willDeny('scope.userLocation', { onse: true } as never)).toThrow(/unknown option 'onse'/)
    // Nothing was scripted, so the popup is unscripted rather than answered "deny" for good.
    expect(fake.user.unusedOnceScripts()).toEqual([])
    expect(fake.user.popups.take('scope.userLocation')).toBeUndefined()
  })

  it('a key too far from any option lists the options', () => {
    const { user } = createFakeWx()
    expect(() => user.willDeny('scope.camera', { times: 2 } as never)).toThrow(
      "[fake-wx] user.willDeny: unknown option 'times'. The only option is once: write { once: true } or { once: false }.",
    )
    expect(() => user.willSubscribe({ t1: 'accept' }, { times: 2 } as never)).toThrow(
      "[fake-wx] user.willSubscribe: unknown option 'times'. The options are once and keepChoice, each true or false, e.g. { once: true, keepChoice: true }.",
    )
  })

  it('willSubscribe also knows keepChoice', () => {
    const { user } = createFakeWx()
    expect(() => user.willSubscribe({ t1: 'accept' }, { keepChoise: true } as never)).toThrow(
      "[fake-wx] user.willSubscribe: unknown option 'keepChoise'. Did you mean 'keepChoice'? Write { keepChoice: true } or { keepChoice: false }.",
    )
    expect(() => user.willSubscribe({ t1: 'accept' }, { once: true, keepChoice: true })).not.toThrow()
    expect(user.subscribePanels.take()).toEqual({ answers: { t1: 'accept' }, keepChoice: true })
  })

  it('options that are not an object say what shape to write', () => {
    const { user } = createFakeWx()
    expect(() => user.willAllow('scope.camera', true as never)).toThrow(
      '[fake-wx] user.willAllow: options must be an object such as { once: true }, got true.',
    )
    expect(() => user.willConfirmModal([] as never)).toThrow(
      '[fake-wx] user.willConfirmModal: options must be an object such as { once: true }, got an array.',
    )
  })
})

describe('hasAllowed and hasDenied with no scope', () => {
  it.each(['hasAllowed', 'hasDenied'] as const)('user.%s() says what to pass, with an example', (method) => {
    const { user } = createFakeWx()
    expect(() => user[method]()).toThrow(
      `[fake-wx] user.${method} expects one or more scopes, e.g. user.${method}('scope.userLocation') or user.${method}('scope.userLocation', 'scope.camera').`,
    )
  })

  it.each(['hasAllowed', 'hasDenied'] as const)('user.%s([...]) asks for separate arguments', (method) => {
    const { user } = createFakeWx()
    expect(() => user[method](['scope.camera'] as never)).toThrow(
      `[fake-wx] user.${method} takes the scopes as separate arguments, not an array: write user.${method}(...scopes) or user.${method}('scope.userLocation', 'scope.camera').`,
    )
  })

  it('a bad scope in the list records none of them', () => {
    const fake = createFakeWx()
    expect(() => fake.user.hasAllowed('scope.camera', 'scope.camra' as never)).toThrow(/unknown scope 'scope.camra'. Did you mean 'scope.camera'\?/)
    expect(fake.scopeState('scope.camera')).toBe('unasked')
  })
})

describe('install with a target that cannot hold wx', () => {
  it.each([
    [null, 'null'],
    ['global', "'global'"],
    [42, '42'],
  ])('install(%j) says what to pass', (target, shown) => {
    const fake = createFakeWx()
    expect(() => fake.install(target as never)).toThrow(
      `[fake-wx] install(target) sets target.wx, so target must be an object such as globalThis or a node:vm context, got ${shown}. Call install() with no argument to install on globalThis.`,
    )
  })

  it('install(undefined) still installs on globalThis', () => {
    const fake = createFakeWx()
    try {
      fake.install(undefined)
      expect((globalThis as { wx?: unknown }).wx).toBe(fake.wx)
    } finally {
      fake.uninstall()
    }
    expect((globalThis as { wx?: unknown }).wx).toBe(fakeWx.wx)
  })
})

it('the default controller is left clean', () => {
  expect(fakeWx.log.entries).toEqual([])
})
