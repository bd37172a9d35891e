/**
 * expect(wx).toHaveShownModal(expected?): a modal was shown; `expected` matches a subset of its options
 * (title, content, ...). Values may be asymmetric matchers: { content: expect.stringContaining('设置') }.
 */
import type { MatcherContext, MatcherResult } from './context'
import { resolveReceiver } from './receiver'
import { RelevantCalls } from './relevance'
import { hint, matcherError, message, plural } from './report'
import { callName, scan, type CallRef } from './scan'
import { didYouMean } from '../src/errors'
import { printValue } from '../src/serializer/print-value'

const NAME = 'toHaveShownModal'

/** The options the log keeps for a modal (MODAL_FIELDS in src/hosts/wechat/apis/interaction.ts). */
export const MODAL_OPTIONS = ['title', 'content', 'showCancel', 'cancelText', 'confirmText', 'editable', 'placeholderText'] as const

function checkExpected(context: MatcherContext, value: unknown): Readonly<Record<string, unknown>> | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw matcherError(context, NAME, "expected value must be an object of modal options, such as { title: '需要位置权限' }.", ['Expected', value])
  }
  for (const key of Object.keys(value)) {
    if (!(MODAL_OPTIONS as readonly string[]).includes(key)) {
      const problem = `expected value has '${key}', which is not a modal option.${didYouMean(key, MODAL_OPTIONS)} Options: ${MODAL_OPTIONS.join(', ')}.`
      throw matcherError(context, NAME, problem, ['Expected', value])
    }
  }
  return value as Readonly<Record<string, unknown>>
}

/** `{ title: '需要位置权限', content: StringContaining "设置" }`: one line, like the timeline. */
function printSubset(context: MatcherContext, subset: Readonly<Record<string, unknown>>): string {
  const members = Object.entries(subset).map(([key, value]) => {
    const isAsymmetric = typeof (value as { asymmetricMatch?: unknown } | null)?.asymmetricMatch === 'function'
    return `${key}: ${isAsymmetric ? context.utils.printExpected(value) : context.utils.EXPECTED_COLOR(printValue(value))}`
  })
  return `{ ${members.join(', ')} }`
}

export function toHaveShownModal(this: MatcherContext, received: unknown, expected?: unknown): MatcherResult {
  const receiver = resolveReceiver(this, NAME, received)
  const subset = checkExpected(this, expected)
  const shown: { call: CallRef; options: Readonly<Record<string, unknown>> }[] = []
  const relevant = new RelevantCalls()
  scan(receiver, (entry, call) => {
    if (call === undefined || (receiver.api !== undefined && call.api !== receiver.api)) return
    if (entry.type === 'popup' && entry.kind === 'modal') {
      shown.push({ call, options: entry.options })
      relevant.add(call)
    }
  })
  const matches = (options: Readonly<Record<string, unknown>>): boolean =>
    subset === undefined || Object.keys(subset).every((key) => this.equals(options[key], subset[key]))
  const matching = shown.filter(({ options }) => matches(options))
  const pass = matching.length > 0
  const { EXPECTED_COLOR, RECEIVED_COLOR } = this.utils
  const receivedLines = (): string[] => {
    if (shown.length === 0) return [RECEIVED_COLOR('no modal was shown')]
    const listed = pass ? matching : shown
    const head = pass || subset === undefined ? [] : [RECEIVED_COLOR(`${plural(shown.length, 'modal')}, none matching:`)]
    return [...head, ...listed.map(({ call, options }) => RECEIVED_COLOR(`${callName(call)} ${printValue(options)}`))]
  }
  const expectedText = (): string => {
    const what = EXPECTED_COLOR(pass ? 'no modal' : 'a modal')
    return subset === undefined ? what : `${what} ${EXPECTED_COLOR('matching')} ${printSubset(this, subset)}`
  }
  return {
    pass,
    message: () =>
      message(hint(this, NAME, receiver.label, [subset]), {
        expected: expectedText(),
        received: receivedLines(),
        timeline: relevant.timeline(receiver),
      }),
  }
}
