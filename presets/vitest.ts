/**
 * fake-wx/vitest, for Vitest 5's `setupFiles`: installs the fake as `globalThis.wx`, registers the
 * matchers and the timeline serializer, resets the fake before each test, and after each test fails it
 * when something went wrong that the test did not see (fakeWx.verify()). Vitest 3 and 4 use
 * fake-wx/vitest-legacy (presets/vitest-generation.ts says why).
 */
// Runtime imports of the other entries stay external (one copy of each at run time); types come from
// relative paths, so the declaration build never follows a 'fake-wx/*' import into dist/.
import type { FakeWxMatchers } from '../matchers/types'
import { taskMetaCoverage } from './coverage'
import { vitestModuleLoader } from './loaders/vitest'
import { setUpFakeWx, setUpMiniProgram } from './set-up'
import { checkVitestGeneration, installedVitestVersion } from './vitest-generation'
import { afterEach, beforeEach, expect, vi } from 'vitest'

declare module 'vitest' {
  // Vitest >= 5 declares Matchers with two type parameters; the declaration must repeat them exactly.
  interface Matchers<R extends void | Promise<void> = void | Promise<void>, T = unknown> extends FakeWxMatchers<R> {}
}

type MustBeTrue<T extends true> = T
/**
 * Compiles only against Vitest 5 and later. Vitest 3 and 4 export `bench` and declare `Matchers<T>`: there
 * the declaration above fails with TS2428, and this type fails beside it with a message naming the fix.
 */
export type VitestGenerationCheck = MustBeTrue<
  'bench' extends keyof typeof import('vitest')
    ? "fake-wx/vitest serves Vitest 5 and later: with Vitest 3 or 4 write 'fake-wx/vitest-legacy' in compilerOptions.types and setupFiles"
    : true
>

checkVitestGeneration('fake-wx/vitest', installedVitestVersion())
setUpFakeWx({ expect, beforeEach, afterEach, coverage: taskMetaCoverage() })
setUpMiniProgram(vitestModuleLoader(vi))
