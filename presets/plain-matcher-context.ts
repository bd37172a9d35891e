/**
 * A matcher context without a test runner: what the matchers get from `this` when assertWx calls them
 * (fake-wx/node, fake-wx/assert). Plain text, no colours (node:assert's messages have none), and a hint
 * that names the call as the test wrote it: `assertWx.not.prompted(wx, 'scope.userLocation')`.
 */
import type { MatcherContext, MatcherHintOptions, MatcherUtils } from '../matchers/context'
import { printString, printValue } from '../src/serializer/print-value'

/** `toHavePromptedTimes` → `promptedTimes`: the assertWx name of a matcher. */
export function assertionName(matcherName: string): string {
  const rest = matcherName.replace(/^toHave/, '')
  return rest.charAt(0).toLowerCase() + rest.slice(1)
}

interface AsymmetricLike {
  asymmetricMatch(other: unknown): boolean
  toAsymmetricMatcher?(): string
  readonly sample?: unknown
}

function isAsymmetric(value: unknown): value is AsymmetricLike {
  return typeof (value as Partial<AsymmetricLike> | null | undefined)?.asymmetricMatch === 'function'
}

/**
 * An asymmetric matcher as Jest and Vitest print it (pretty-format's plugin): its name and its sample,
 * `StringContaining "设置"`; a custom one by its own toAsymmetricMatcher().
 */
function printAsymmetric(value: AsymmetricLike): string {
  if ('sample' in value) return `${String(value)} ${typeof value.sample === 'string' ? JSON.stringify(value.sample) : printValue(value.sample)}`
  return typeof value.toAsymmetricMatcher === 'function' ? value.toAsymmetricMatcher() : String(value)
}

/** A value as the messages show it: the timeline's printer (strings whole), or an asymmetric matcher's description. */
export function printPlain(value: unknown): string {
  if (isAsymmetric(value)) return printAsymmetric(value)
  if (typeof value === 'string') return printString(value, false)
  if (typeof value === 'function') return `[Function ${value.name || 'anonymous'}]`
  return printValue(value)
}

/** Deep equality where either side may be an asymmetric matcher (what `this.equals` does in Jest and Vitest). */
export function plainEquals(a: unknown, b: unknown): boolean {
  if (isAsymmetric(b)) return b.asymmetricMatch(a)
  if (isAsymmetric(a)) return a.asymmetricMatch(b)
  if (Object.is(a, b)) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false
  const keysA = Object.keys(a)
  const keysB = Object.keys(b)
  return keysA.length === keysB.length && keysA.every((key) => Object.hasOwn(b, key) && plainEquals((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
}

function typeName(value: unknown): string {
  if (Array.isArray(value)) return 'array'
  return value === null ? 'null' : typeof value
}

const plain = (text: string): string => text

const utils: MatcherUtils = {
  matcherHint(matcherName: string, received = 'received', expected = '', options: MatcherHintOptions = {}): string {
    const args = [received, expected, options.secondArgument ?? ''].filter((arg) => arg !== '')
    return `assertWx${options.isNot === true ? '.not' : ''}.${assertionName(matcherName)}(${args.join(', ')})`
  },
  printReceived: printPlain,
  printExpected: printPlain,
  printWithType<T>(name: string, value: T, print: (value: T) => string): string {
    const type = typeName(value)
    const withType = type === 'null' || type === 'undefined' ? '' : `${name} has type:  ${type}\n`
    return `${withType}${name} has value: ${print(value)}`
  },
  EXPECTED_COLOR: plain,
  RECEIVED_COLOR: plain,
  BOLD_WEIGHT: plain,
  DIM_COLOR: plain,
}

export function plainMatcherContext(isNot: boolean): MatcherContext {
  return { isNot, equals: plainEquals, utils }
}
