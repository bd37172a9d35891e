/**
 * The few runner differences the runner-neutral suite needs: fake timers live on `vi` (Vitest) or
 * `jest` (injected into every module by Jest's module wrapper).
 */
export interface FakeTimers {
  useFakeTimers(): unknown
  useRealTimers(): unknown
  advanceTimersByTime(ms: number): unknown
  /** Moves the clock and runs the promise jobs between timers (a handler's `await delay(ms)` resumes). */
  advanceTimersByTimeAsync(ms: number): Promise<unknown>
  /** The fake timers still pending. */
  getTimerCount(): number
}

/** The runner's own spies: `vi.spyOn` / `jest.spyOn`, and `vi.fn` / `jest.fn`. */
export interface Spies {
  spyOn(object: object, key: string): unknown
  fn(): unknown
}

declare const jest: (FakeTimers & Spies) | undefined

/** Jest in ESM mode (jest.esm.config.js) injects no `jest` into modules; it is on import.meta instead. */
function jestObject(): FakeTimers & Spies {
  if (typeof jest !== 'undefined') return jest
  return (import.meta as ImportMeta & { jest: FakeTimers & Spies }).jest
}

export const runner: 'vitest' | 'jest' = typeof vi !== 'undefined' ? 'vitest' : 'jest'
export const timers: FakeTimers = typeof vi !== 'undefined' ? vi : jestObject()

/** How the suite runs: Vitest, Jest with CommonJS, or Jest with native ES modules (no `jest` injected). */
export const mode: 'vitest' | 'jest-cjs' | 'jest-esm' = typeof vi !== 'undefined' ? 'vitest' : typeof jest !== 'undefined' ? 'jest-cjs' : 'jest-esm'

/** Module mocks of the runner: Vitest's `vi`, or Jest's object (injected, or on import.meta under native ES modules). */
export function moduleMocks(): {
  doMock(path: string, factory: () => unknown): unknown
  dontMock?(path: string): unknown
  doUnmock?(path: string): unknown
  unstable_mockModule?(path: string, factory: () => unknown): unknown
} {
  return (typeof vi !== 'undefined' ? vi : jestObject()) as never
}
export const spies: Spies = typeof vi !== 'undefined' ? (vi as unknown as Spies) : jestObject()
