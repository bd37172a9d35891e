/**
 * What fake-wx/node registers with node:test, given node:test's hooks (a stand-in in the preset's own
 * tests): the global wx, a reset before each test, fakeWx.verify() after it, and the timeline serializer
 * for `t.assert.snapshot` where node:test has snapshots.
 */
import { fakeWx } from 'fake-wx'
import { installGlobalWx } from '../src/install-global'
import { installMiniProgramGlobals } from '../src/mini-program/globals'
import { fileCoverage } from './coverage'
import { printableOf } from '../src/serializer/printable'
import { loadSerializer } from './entries'

/**
 * node:test's default snapshot serializer is `JSON.stringify(value, null, 2)`; a default set here replaces
 * it, so this one keeps it for every value that is not a fake-wx log or controller.
 */
export function serializeSnapshot(value: unknown): string {
  if (printableOf(value) === undefined) return JSON.stringify(value, null, 2)
  return loadSerializer().serialize(value, undefined)
}

/** What node:test passes a hook: the test's context (fullName since Node 20.?, filePath since 22.6). */
interface TestContextLike {
  readonly name: string
  readonly fullName?: string
  readonly filePath?: string
}

export interface NodeTestHooks {
  beforeEach(fn: () => void): void
  afterEach(fn: (context: unknown) => void): void
  /** Runs when the file's tests are done: where fake-wx/reporter's records of the file are written. */
  after(fn: () => void): void
  /** node:test's `snapshot` (Node >= 22.3); undefined on Node 20, which has no snapshots. */
  readonly snapshot?: { setDefaultSnapshotSerializers?(serializers: ((value: unknown) => unknown)[]): void } | undefined
}

export function setUpNodeTest(hooks: NodeTestHooks): void {
  installGlobalWx()
  // App, Page, Component, getApp, getCurrentPages where the names are free; launch() loads with plain Node.
  installMiniProgramGlobals(false)
  const coverage = fileCoverage({
    afterAll: (fn) => hooks.after(fn),
    current: (context) => {
      const test = context as TestContextLike
      // One process per file by default (process.argv[1]); with --test-isolation=none, filePath says which.
      return { name: test.fullName ?? test.name, file: test.filePath ?? process.argv[1] ?? '' }
    },
  })
  hooks.beforeEach(() => {
    // A test may install a fake of its own (createFakeWx().install()); the next test gets the default back.
    installGlobalWx()
    fakeWx.reset()
  })
  hooks.afterEach((context) => {
    // The paths the test took count even when verify() fails it (fake-wx/reporter).
    coverage?.(context)
    // The same check, and so the same message, as the Jest and Vitest presets.
    fakeWx.verify()
  })
  // Node 20 has no snapshots; bun's node:test has `snapshot` without default serializers.
  if (typeof hooks.snapshot?.setDefaultSnapshotSerializers === 'function') hooks.snapshot.setDefaultSnapshotSerializers([serializeSnapshot])
}
