/**
 * Errors for misuse of the toolkit (never for bad input to the fake `wx`, which gets WeChat's own `fail`).
 * Each message says what went wrong and what to write instead.
 */
export class FakeWxError extends Error {
  override name = 'FakeWxError'
  constructor(message: string) {
    super(`[fake-wx] ${message}`)
  }
}

/** An error as a problem message shows it: its stack (which starts with its message), or the value as text. */
export function errorDetail(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error)
}

/** Levenshtein distance, small inputs only (scope and API names). */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1))
      diagonal = above
    }
  }
  return row[b.length]!
}

/** The closest candidate, when it is close enough to be a typo. */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates] // walked twice below: an iterator would be spent after the first walk
  const lower = input.toLowerCase()
  // A missing prefix ('userLocation' for 'scope.userLocation') is the commonest slip; distance misses it.
  for (const candidate of list) {
    const c = candidate.toLowerCase()
    if (lower.length >= 4 && (c === lower || c.endsWith(`.${lower}`))) return candidate
  }
  let best: string | undefined
  let bestDistance = Infinity
  for (const candidate of list) {
    const d = distance(input.toLowerCase(), candidate.toLowerCase())
    if (d < bestDistance) {
      best = candidate
      bestDistance = d
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(best.length / 4)) ? best : undefined
}

export function didYouMean(input: string, candidates: Iterable<string>): string {
  const suggestion = closest(input, candidates)
  return suggestion === undefined ? '' : ` Did you mean '${suggestion}'?`
}

/** How a value looks in an error message: short, typed, never throws. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`
  if (typeof value === 'function') return `a function${value.name ? ` (${value.name})` : ''}`
  if (value === null || typeof value !== 'object') return String(value)
  return Array.isArray(value) ? 'an array' : 'an object'
}
