/**
 * expect(component).toHaveTriggered(name, detail?): a component of the launched mini program sent the event
 * `name` with `triggerEvent`, with exactly `detail` when given (asymmetric matchers allowed:
 * expect.objectContaining({ city: '上海' })). A component instance counts its own path's events; `wx`,
 * `fakeWx`, its log and `mp` count every component's.
 */
import type { TriggeredEntry } from '../src/log'
import { printString, printValue } from '../src/serializer/print-value'
import type { MatcherContext, MatcherResult } from './context'
import { resolveReceiver } from './receiver'
import { hint, matcherError, message, plural } from './report'
import { renderTimeline } from '../src/serializer/timeline'

const NAME = 'toHaveTriggered'

export function toHaveTriggered(this: MatcherContext, received: unknown, name?: unknown, ...rest: unknown[]): MatcherResult {
  const receiver = resolveReceiver(this, NAME, received)
  if (typeof name !== 'string' || name === '') throw matcherError(this, NAME, "expected value must be the event's name, such as 'change'.", ['Expected', name])
  const withDetail = rest.length > 0
  const detail = rest[0]
  const events = receiver.entries.filter(
    (entry): entry is TriggeredEntry => entry.type === 'triggered' && (receiver.component === undefined || entry.component === receiver.component),
  )
  const named = events.filter((entry) => entry.name === name)
  const matching = withDetail ? named.filter((entry) => this.equals(entry.detail, detail)) : named
  const pass = matching.length > 0
  const { EXPECTED_COLOR, RECEIVED_COLOR } = this.utils
  const line = (entry: TriggeredEntry): string =>
    RECEIVED_COLOR(`${entry.component} triggerEvent ${printString(entry.name)}${entry.detail === undefined ? '' : ` ${printValue(entry.detail)}`}`)
  const receivedLines = (): string[] => {
    if (events.length === 0) return [RECEIVED_COLOR(receiver.component === undefined ? 'no component event' : `no event from ${receiver.component}`)]
    if (pass) return matching.map(line)
    return [RECEIVED_COLOR(`${plural(events.length, 'event')}, none matching:`), ...events.map(line)]
  }
  const what = `${pass ? 'no' : 'a'} ${printString(name)} event${withDetail ? ` with detail ${printValue(detail)}` : ''}`
  return {
    pass,
    message: () =>
      message(hint(this, NAME, receiver.label, withDetail ? [name, detail] : [name]), {
        expected: EXPECTED_COLOR(what),
        received: receivedLines(),
        timeline: renderTimeline(receiver.entries, { callLabel: (api) => receiver.host.label(api) }),
      }),
  }
}
