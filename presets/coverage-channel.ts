/**
 * How fake-wx/reporter and the test workers find each other: the environment variable the reporter sets
 * (the workers inherit it) and the key of a Vitest task's meta. Its own module, so that the reporter, in
 * the runner's main process, does not load the fake the workers' half needs.
 */
import type { TestPaths } from '../src/coverage/paths'

/** Set by the reporter: `vitest`, or the directory the file-based runners write to. */
export const COVERAGE_ENV = 'FAKE_WX_COVERAGE'

/** The key of a Vitest task's meta that carries a test's paths. */
export const META_KEY = 'fakeWx'

/** What a test sends: the platform in force and its paths. */
export interface TestCoverage {
  readonly platform: string
  readonly scopes: TestPaths
}
