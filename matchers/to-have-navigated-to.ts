/**
 * expect(wx).toHaveNavigatedTo(route, query?): a route of the launched mini program went to the page `route`
 * (with or without the leading `/`; a `?query` in it counts as part of `query`), with at least the query
 * values given (strings, or asymmetric matchers; numbers and booleans are compared as the strings a url
 * carries). `expect(wx.navigateTo)` counts only that API's routes; `wx`, `fakeWx`, its log and `mp` count
 * every route, the app's and the test's.
 */
import type { RouteEntry } from '../src/log'
import { printValue } from '../src/serializer/print-value'
import type { MatcherContext, MatcherResult } from './context'
import { resolveReceiver } from './receiver'
import { RelevantCalls } from './relevance'
import { hint, matcherError, message } from './report'
import { Endings, callName, isResult, scan, succeeded, type CallRef } from './scan'

const NAME = 'toHaveNavigatedTo'
const ROUTE_APIS = new Set(['navigateTo', 'redirectTo', 'switchTab', 'reLaunch', 'navigateBack'])

interface Expected {
  readonly route: string
  readonly query: Readonly<Record<string, unknown>>
}

function expectedOf(context: MatcherContext, route: unknown, query: unknown): Expected {
  if (typeof route !== 'string' || route === '') {
    throw matcherError(context, NAME, "expected value must be a page's route, such as 'pages/detail/detail'.", ['Expected', route])
  }
  if (query !== undefined && (typeof query !== 'object' || query === null || Array.isArray(query))) {
    throw matcherError(context, NAME, "the query must be an object such as { sku: '1' }.", ['Expected', query])
  }
  const [path = '', search = ''] = route.split('?')
  const fromUrl: Record<string, unknown> = {}
  for (const pair of search.split('&')) {
    if (pair === '') continue
    const [key = '', value] = pair.split('=')
    fromUrl[key] = String(value)
  }
  // Numbers and booleans as a url writes them; asymmetric matchers and strings as given.
  const given = Object.fromEntries(Object.entries((query ?? {}) as Record<string, unknown>).map(([key, value]) => [key, typeof value === 'number' || typeof value === 'boolean' ? String(value) : value]))
  return { route: path.replace(/^\/+/, ''), query: { ...fromUrl, ...given } }
}

/** `mp.reLaunch → pages/shop/shop { id: '7' }` or `#3 wx.navigateTo → pages/detail/detail { sku: '1' }`. */
function describeRoute(entry: RouteEntry, call: CallRef | undefined): string {
  const head = `${call === undefined ? `mp.${entry.kind}` : callName(call)} → ${entry.route}`
  return Object.keys(entry.query).length === 0 ? head : `${head} ${printValue(entry.query)}`
}

export function toHaveNavigatedTo(this: MatcherContext, received: unknown, route?: unknown, query?: unknown): MatcherResult {
  const receiver = resolveReceiver(this, NAME, received)
  const expected = expectedOf(this, route, query)
  const only = receiver.api
  if (only !== undefined && !ROUTE_APIS.has(only)) {
    throw matcherError(this, NAME, `${receiver.label} does not navigate: pass wx (any route), or one of wx.${[...ROUTE_APIS].join(', wx.')}.`, ['Received', received])
  }
  const routes: { entry: RouteEntry; call: CallRef | undefined }[] = []
  const failedCalls = new Endings(only)
  const relevant = new RelevantCalls()
  let failures = 0
  scan(receiver, (entry, call) => {
    if (call !== undefined && ROUTE_APIS.has(call.api) && (only === undefined || call.api === only)) {
      failedCalls.see(entry, call)
      relevant.add(call)
      if (isResult(entry) && !succeeded(entry)) failures++
    }
    if (entry.type !== 'route') return
    if (only !== undefined && call?.api !== only) return
    routes.push({ entry, call })
  })
  const matches = ({ entry }: { entry: RouteEntry }): boolean =>
    entry.route === expected.route && Object.keys(expected.query).every((key) => this.equals(entry.query[key], expected.query[key]))
  const matching = routes.filter(matches)
  const pass = matching.length > 0
  const { EXPECTED_COLOR, RECEIVED_COLOR } = this.utils
  const target = Object.keys(expected.query).length === 0 ? expected.route : `${expected.route} with ${printValue(expected.query)}`
  const receivedLines = (): string[] => {
    const listed = pass ? matching : routes
    const lines = listed.map(({ entry, call }) => RECEIVED_COLOR(describeRoute(entry, call)))
    if (lines.length === 0) lines.push(RECEIVED_COLOR(only === undefined ? 'no navigation' : `no navigation by wx.${only}`))
    if (!pass && failures > 0) lines.push(...failedCalls.lines((result) => result !== undefined && !succeeded(result)).map((line) => RECEIVED_COLOR(line)))
    return lines
  }
  return {
    pass,
    message: () =>
      message(hint(this, NAME, receiver.label, [expected.route, query]), {
        expected: EXPECTED_COLOR(`${pass ? 'no navigation' : 'a navigation'} to ${target}`),
        received: receivedLines(),
        timeline: relevant.timeline(receiver),
      }),
  }
}
