/**
 * The few runner differences the runner-neutral suite needs: fake timers live on `vi` (Vitest) or
 * `jest` (injected into every module by Jest's module wrapper).
 */
export interface FakeTimers {
  useFakeTimers(): unknown
  useRealTimers(): unknown
  advanceTimersByTime(ms: number): unknown
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
export const spies: Spies = typeof vi !== 'undefined' ? (vi as unknown as Spies) : jestObject()
