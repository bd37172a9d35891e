/**
 * createFakeWx's options at the edges of what each accepts: the values just inside (accepted as given) and just
 * outside (the exact message that says what to write), and a refused option changes nothing.
 */
import type { ButtonEvent, FakeWxOptions } from 'fake-wx'
import { fresh, messageOf } from '../../support/fixtures'

const misuse = (options: unknown) => messageOf(() => fresh(options as FakeWxOptions))

describe('onUnhandledRequest', () => {
  it.each(['error', 'warn'] as const)("'%s' is accepted", (value) => {
    expect(fresh({ onUnhandledRequest: value }).options.onUnhandledRequest).toBe(value)
  })

  it.each([
    ['eror', "options.onUnhandledRequest must be 'error', 'warn' or a function (request) => void, got 'eror'. Did you mean 'error'?"],
    ['wran', "options.onUnhandledRequest must be 'error', 'warn' or a function (request) => void, got 'wran'. Did you mean 'warn'?"],
    ['zzzzzzzz', "options.onUnhandledRequest must be 'error', 'warn' or a function (request) => void, got 'zzzzzzzz'."],
    [1, "options.onUnhandledRequest must be 'error', 'warn' or a function (request) => void, got 1."],
  ])('%j is refused with the whole message', (value, message) => {
    expect(misuse({ onUnhandledRequest: value })).toBe(`[fake-wx] ${message}`)
  })
})

describe('notEnabled', () => {
  it('a name that is no string is refused without a suggestion', () => {
    expect(misuse({ notEnabled: [1] })).toBe('[fake-wx] options.notEnabled: 1 is not an API fake-wx models.')
  })
})

describe('spellings', () => {
  it('null is refused as no object', () => {
    expect(misuse({ spellings: null })).toBe("[fake-wx] options.spellings must be an object such as { 'phone-quota': ' no quota' }, got null.")
  })

  it('an outcome given as undefined is refused as no spelling', () => {
    expect(misuse({ spellings: { 'phone-deny': undefined } })).toBe(
      "[fake-wx] options.spellings['phone-deny'] must be the text after '<api>:fail' (e.g. ' auth deny') or { text, errno?, errCode? }, got undefined.",
    )
  })

  // rule: PHONE-NUMBER-REALTIME-DENY
  it('{ text } alone (no errno, no errCode) is accepted and spells the outcome', async () => {
    const fake = fresh({ platform: 'android', spellings: { 'phone-deny': { text: ' user cancel' } } })
    fake.user.willRefusePhoneNumber()
    const detail = await fake.user.tapButton('getRealtimePhoneNumber', (e: ButtonEvent) => e.detail)
    expect(detail).toEqual({ errMsg: 'getRealtimePhoneNumber:fail user cancel' })
  })
})

describe('layout', () => {
  it.each([
    [null, 'null'],
    ['x', "'x'"],
    [[], 'an array'],
  ])('%j is refused as no object of selectors', (layout, shown) => {
    expect(misuse({ layout })).toBe(
      `[fake-wx] options.layout must be an object of selectors, such as { '#poster': { width: 300, height: 500 } }, got ${shown}.`,
    )
  })
})

describe('authSetting', () => {
  // rule: SCOPE-RETIRED-READS-TRUE
  it('a retired scope given as true (the value getSetting reads for it) is accepted', () => {
    expect(fresh({ authSetting: { 'scope.invoiceTitle': true } }).options.authSetting).toEqual({ 'scope.invoiceTitle': true })
  })
})

describe('handlers', () => {
  it('a value that is no handler map is refused by createFakeWx itself', () => {
    expect(misuse({ handlers: 'x' })).toBe(
      "[fake-wx] options.handlers expects handler maps such as { showShareImageMenu: (options) => ({}) } (or arrays of them), got 'x'.",
    )
  })

  it('setDefaults() with a value that is no handler map throws and keeps the defaults: reset() still works', () => {
    const fake = fresh()
    expect(messageOf(() => fake.setDefaults({ handlers: 'x' as never }))).toContain('options.handlers expects handler maps')
    expect(() => fake.reset()).not.toThrow()
    expect(fake.options.handlers).toEqual([])
  })
})
