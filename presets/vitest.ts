/**
 * fake-wx/vitest, for Vitest's `setupFiles`: installs the fake as `globalThis.wx`, registers the
 * matchers and the timeline serializer, resets the fake before each test, and after each test fails it
 * when something went wrong that the test did not see (fakeWx.verify()).
 */
// Runtime imports of the other entries stay external (one copy of each at run time); types come from
// relative paths, so the declaration build never follows a 'fake-wx/*' import into dist/.
import type { FakeWxMatchers } from '../matchers/types'
import { taskMetaCoverage } from './coverage'
import { vitestModuleLoader } from './loaders/vitest'
import { setUpFakeWx, setUpMiniProgram } from './set-up'
import { afterEach, beforeEach, expect, vi } from 'vitest'

declare module 'vitest' {
  // Vitest >= 5 declares Matchers with two type parameters; the declaration must repeat them exactly.
  interface Matchers<R extends void | Promise<void> = void | Promise<void>, T = unknown> extends FakeWxMatchers<R> {}
}

setUpFakeWx({ expect, beforeEach, afterEach, coverage: taskMetaCoverage() })
setUpMiniProgram(vitestModuleLoader(vi))
