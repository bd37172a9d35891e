/**
 * Page urls as WeChat's route APIs read them: `path?k=v&k2=v2`. Rules: NAV-URL-RELATIVE, NAV-QUERY-PARSE.
 */

export interface PageUrl {
  /** The page's path from the app's root, without a leading `/` (the route). */
  readonly route: string
  readonly query: Record<string, string>
  /** The query as written, without `?` ('' when there is none). */
  readonly search: string
}

/**
 * The query of a route url, parsed the way WeChat's route APIs do rather than as URLSearchParams would:
 * only the part between the first and a second `?` counts, a value ends at a second `=`, a key without `=`
 * gets the string 'undefined', and nothing is URL-decoded.
 */
export function parseQuery(search: string): Record<string, string> {
  const query: Record<string, string> = {}
  if (search === '') return query
  for (const pair of search.split('&')) {
    if (pair === '') continue
    const [key, value] = pair.split('=')
    query[key!] = String(value)
  }
  return query
}

/** `a/./b/../c` → `a/c`; empty segments dropped. */
function normalise(segments: readonly string[]): string {
  const out: string[] = []
  for (const segment of segments) {
    if (segment === '' || segment === '.') continue
    if (segment === '..') out.pop()
    else out.push(segment)
  }
  return out.join('/')
}

/**
 * The page a url names. With a leading `/` the path is from the app's root; without one it is relative to
 * `from`'s folder, as WeChat resolves the app's own route calls ('../logs/logs' from 'pages/index/index'), or
 * from the root when there is no page yet.
 */
export function resolveUrl(url: string, from: string | undefined): PageUrl {
  const [path = '', search = ''] = url.split('?')
  const base = path.startsWith('/') || from === undefined ? [] : from.split('/').slice(0, -1)
  return { route: normalise([...base, ...path.split('/')]), query: parseQuery(search), search }
}

/** A url as the test's `mp.*` methods take it: always from the app's root, with or without the leading `/`. */
export function rootUrl(url: string): PageUrl {
  return resolveUrl(url, undefined)
}
