import { toHavePrompted, type MatcherContext } from 'fake-wx/matchers'
import { failureOf } from '../../support/failure-message'

const CONTROLLER = Symbol.for('fake-wx.controller')

/** An object carrying the brand, pointing at `controller`. */
function brandedWith(controller: object): object {
  const value = {}
  Object.defineProperty(value, CONTROLLER, { value: controller })
  return value
}

const NOT_A_RECEIVER =
  'Matcher error: received value must be the fake wx, one of its API functions (e.g. wx.getLocation), the fake-wx controller (fakeWx) or its log (fakeWx.log)'

/** The refusal with nothing between the problem and the received value (each runner prints the value its way). */
const refusal = new RegExp(`^expect\\(received\\)\\.toHavePrompted\\(\\)\\n\\n${NOT_A_RECEIVER.replace(/[().]/g, '\\$&')}\\n\\nReceived has `)

describe('received values the matchers refuse', () => {
  it('a brand pointing at something that is not a whole controller', () => {
    const scopeState = () => 'unasked'
    for (const controller of [{ scopeState }, { scopeState, log: {} }, { scopeState, log: { entries: [] } }]) {
      expect(failureOf(() => expect(brandedWith(controller)).toHavePrompted())).toContain(NOT_A_RECEIVER)
    }
  })

  it('null, with no hint about a wx or a mock', () => {
    expect(failureOf(() => expect(null).toHavePrompted())).toMatch(refusal)
  })

  it('a plain object, with no hint about a wx or a mock', () => {
    expect(failureOf(() => expect({ a: 1 }).toHavePrompted())).toMatch(refusal)
  })
})

describe('the hint of a received value that is a copy of the fake wx', () => {
  it('says "received"', () => {
    const copy = { ...wx }
    expect(copy).not.toHavePrompted()
    expect(failureOf(() => expect(copy).toHavePrompted()).split('\n')[0]).toBe('expect(received).toHavePrompted()')
    expect(failureOf(() => expect(wx).toHavePrompted()).split('\n')[0]).toBe('expect(wx).toHavePrompted()')
  })
})

describe('matcher errors in the runner colours', () => {
  const mark = (tag: string) => (text: string) => `<${tag}>${text}</${tag}>`
  const context: MatcherContext = {
    equals: Object.is,
    utils: {
      matcherHint: (name, received, _expected, options) => `expect(${received}).${name}() ${JSON.stringify(options)}`,
      printReceived: (value) => `<received>${String(value)}</received>`,
      printExpected: (value) => `<expected>${String(value)}</expected>`,
      printWithType: (name, value, print) => `${name}: ${print(value)}`,
      EXPECTED_COLOR: mark('e'),
      RECEIVED_COLOR: mark('r'),
      BOLD_WEIGHT: mark('b'),
      DIM_COLOR: mark('d'),
    },
  }

  it('print a refused received value with printReceived, a refused argument with printExpected', () => {
    expect(() => toHavePrompted.call(context, 42)).toThrow('Received: <received>42</received>')
    expect(() => toHavePrompted.call(context, wx, 'scope.nope')).toThrow('Expected: <expected>scope.nope</expected>')
  })

  it('hint with no promise and not negated when the context says neither', () => {
    expect(() => toHavePrompted.call(context, 42)).toThrow('expect(received).toHavePrompted() {"isNot":false,"promise":""}')
  })
})
