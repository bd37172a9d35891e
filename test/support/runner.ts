/**
 * The few runner differences the runner-neutral suite needs: fake timers live on `vi` (Vitest) or
 * `jest` (injected into every module by Jest's module wrapper).
 */
export interface FakeTimers {
  useFakeTimers(): unknown
  useRealTimers(): unknown
  advanceTimersByTime(ms: number): unknown
}

declare const jest: FakeTimers | undefined

/** Jest in ESM mode (jest.esm.config.js) injects no `jest` into modules; it is on import.meta instead. */
function jestObject(): FakeTimers {
  if (typeof jest !== 'undefined') return jest
  return (import.meta as ImportMeta & { jest: FakeTimers }).jest
}

export const runner: 'vitest' | 'jest' = typeof vi !== 'undefined' ? 'vitest' : 'jest'
export const timers: FakeTimers = typeof vi !== 'undefined' ? vi : jestObject()
