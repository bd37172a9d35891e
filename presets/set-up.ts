/**
 * What both runner presets do, given the runner's own `expect`, `beforeEach` and `afterEach`: install the
 * default fake as `globalThis.wx`, register the matchers and the timeline serializer, reset the fake
 * before each test, and fail a test after it ends when something went wrong that it did not see.
 */
import { fakeWx } from 'fake-wx'
import { installGlobalWx } from 'fake-wx/auto'
import * as matchers from 'fake-wx/matchers'
import serializer from 'fake-wx/serializer'
import { matcherFunctions } from './matcher-functions'

export interface RunnerHooks {
  readonly expect: {
    extend(matchers: Record<string, (...args: never[]) => unknown>): void
    addSnapshotSerializer(serializer: typeof import('../src/serializer/index').default): void
  }
  beforeEach(fn: () => void): void
  afterEach(fn: () => void): void
}

export function setUpFakeWx({ expect, beforeEach, afterEach }: RunnerHooks): void {
  installGlobalWx()
  expect.extend(matcherFunctions(matchers))
  expect.addSnapshotSerializer(serializer)
  beforeEach(() => {
    // A test may install a fake of its own (createFakeWx().install()); the next test gets the default back.
    installGlobalWx()
    fakeWx.reset()
  })
  afterEach(() => {
    // The single check: unscripted popups, callbacks that threw, unmodelled APIs, waiting privacy
    // requests, and (with onUnusedScript: 'error') `{ once: true }` scripts never used.
    fakeWx.verify()
  })
}
