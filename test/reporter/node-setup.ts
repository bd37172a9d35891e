/**
 * What a node:test preset does for fake-wx/reporter, for `node --test --import <this>`: install the global
 * `wx`, reset before each test, and after each test record its paths (presets/coverage.ts) and verify.
 * test/reporter/run.mjs bundles it (fake-wx kept external) to run the fixture under node:test.
 */
import { after, afterEach, beforeEach } from 'node:test'
import { fakeWx } from 'fake-wx'
import { fileCoverage } from '../../presets/coverage'
import { installGlobalWx } from '../../src/install-global'

/** What node:test passes a hook: the test's context (fullName since Node 20.?, filePath since 22.6). */
interface TestContextLike {
  readonly name: string
  readonly fullName?: string
  readonly filePath?: string
}

installGlobalWx()
const coverage = fileCoverage({
  afterAll: (fn) => after(fn),
  current: (context) => {
    const test = context as TestContextLike
    // One process per file by default (process.argv[1]); with --test-isolation=none, filePath says which.
    return { name: test.fullName ?? test.name, file: test.filePath ?? process.argv[1] ?? '' }
  },
})
beforeEach(() => {
  installGlobalWx()
  fakeWx.reset()
})
afterEach((context) => {
  coverage?.(context)
  fakeWx.verify()
})
