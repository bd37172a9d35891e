/**
 * The message of a failing assertion, without colours: Jest (chalk) and Vitest (tinyrainbow) decide
 * about colours differently, so snapshots keep plain text.
 */
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g

export function stripAnsi(text: string): string {
  return text.replace(ANSI, '')
}

/** Runs an assertion that must fail and returns its message; fails the test if it passed. */
export function failureOf(assertion: () => unknown): string {
  try {
    assertion()
  } catch (error) {
    return stripAnsi(error instanceof Error ? error.message : String(error))
  }
  throw new Error('expected the assertion to fail, but it passed')
}
