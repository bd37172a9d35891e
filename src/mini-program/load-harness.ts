/**
 * How `launch()` reaches the harness. Run from source (the repository's own Vitest run), it is imported as a
 * module; the build replaces this file with ./load-harness.lazy.ts, which loads dist/mini-program.* on first
 * use, so that importing fake-wx stays as cheap as it was for the suites that never launch an app.
 */
export type HarnessModule = typeof import('./harness/index')

let harness: Promise<HarnessModule> | undefined

/** Once per module copy: a launch resets the runner's module registry, and the harness must stay the one loaded. */
export const loadHarness = (): Promise<HarnessModule> => (harness ??= import('./harness/index'))
