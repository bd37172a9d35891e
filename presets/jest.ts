/**
 * fake-wx/jest, for Jest's `setupFilesAfterEnv`: installs the fake as `globalThis.wx`, registers the
 * matchers and the timeline serializer, resets the fake before each test, and after each test fails it
 * when something went wrong that the test did not see (fakeWx.verify()).
 */
// Runtime imports of the other entries stay external (one copy of each at run time); types come from
// relative paths, so the declaration build never follows a 'fake-wx/*' import into dist/.
import type { FakeWxMatchers } from '../matchers/types'
import { fileCoverage } from './coverage'
import { jestModuleLoader } from './loaders/jest'
import { setUpFakeWx, setUpMiniProgram } from './set-up'
import { afterAll, afterEach, beforeEach, expect, jest } from '@jest/globals'

declare module 'expect' {
  // What `expect` from '@jest/globals' returns (Jest >= 30).
  interface Matchers<R extends void | Promise<void>, T = unknown> extends FakeWxMatchers<R> {}
}

declare global {
  // The global `expect` as typed by @types/jest.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- must repeat @types/jest's declaration
    interface Matchers<R, T = {}> extends FakeWxMatchers<R> {}
  }
}

const coverage = fileCoverage({
  afterAll,
  current: () => {
    const { currentTestName, testPath } = expect.getState()
    return { name: currentTestName ?? '', file: testPath ?? '' }
  },
})

setUpFakeWx({ expect, beforeEach, afterEach, coverage })
setUpMiniProgram(jestModuleLoader(jest))
