/**
 * Failure messages in the runners' own style (hint, Expected/Received), built only from `this.utils`,
 * followed by the part of the timeline that explains the failure.
 */
import type { MatcherContext } from './context'

/** An argument as the hint shows it: `'scope.userLocation'`, `2`; objects as `expected`. */
function argument(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`
  if (typeof value === 'number') return String(value)
  return 'expected'
}

/** `expect(wx.getLocation).not.toHaveSucceeded()`: the received label names what was received. */
export function hint(context: MatcherContext, matcherName: string, receivedLabel: string, args: readonly unknown[] = []): string {
  const shown = args[args.length - 1] === undefined ? args.slice(0, -1) : args
  const options = { isNot: context.isNot === true, promise: context.promise ?? '' }
  if (shown.length === 0) return context.utils.matcherHint(matcherName, receivedLabel, '', options)
  const [first, second] = shown
  const withSecond = shown.length > 1 ? { ...options, secondArgument: argument(second) } : options
  return context.utils.matcherHint(matcherName, receivedLabel, argument(first), withSecond)
}

/** A misuse of the matcher (wrong receiver or argument), in the form Jest's own matchers use. */
export function matcherError(
  context: MatcherContext,
  matcherName: string,
  problem: string,
  shown: readonly ['Received' | 'Expected', unknown],
): Error {
  const { utils } = context
  const [name, value] = shown
  const printed = utils.printWithType(name, value, name === 'Received' ? utils.printReceived : utils.printExpected)
  return new Error(`${hint(context, matcherName, 'received')}\n\n${utils.BOLD_WEIGHT('Matcher error')}: ${problem}\n\n${printed}`)
}

export interface Report {
  /** Already coloured (EXPECTED_COLOR / printExpected). */
  readonly expected: string
  /** Already coloured; several lines are aligned under the first. */
  readonly received: string | readonly string[]
  /** Why it may have happened, when the log tells (e.g. "the scope was denied earlier: no popup"). */
  readonly note?: string | undefined
  readonly timeline: string
}

const RECEIVED_LABEL = 'Received: '

export function message(hintText: string, report: Report): string {
  const received = typeof report.received === 'string' ? [report.received] : report.received
  const receivedText = received.join(`\n${' '.repeat(RECEIVED_LABEL.length)}`)
  const note = report.note === undefined ? '' : `\n\n${report.note}`
  const timeline = report.timeline.split('\n').join('\n  ')
  return `${hintText}\n\nExpected: ${report.expected}\n${RECEIVED_LABEL}${receivedText}${note}\n\nTimeline:\n  ${timeline}`
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}
