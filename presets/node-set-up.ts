/**
 * What fake-wx/node registers with node:test, given node:test's hooks (a stand-in in the preset's own
 * tests): the global wx and the mini-program globals, a reset before each test, fakeWx.verify() after it,
 * the timeline serializer for `t.assert.snapshot` where node:test has snapshots, and fake-wx/reporter's
 * collection when the reporter is on. The mini program's files are loaded by the plain Node loader
 * (src/mini-program/harness/node-loader.ts): node:test has no module registry of its own to reset.
 */
import { installGlobalWx } from '../src/install-global'
import { installMiniProgramGlobals } from '../src/mini-program/globals'
import { fileCoverage } from './coverage'
import { printableOf } from '../src/serializer/printable'
import { loadSerializer } from './entries'
import { registerTestHooks } from './set-up'

/**
 * node:test's default snapshot serializer is `JSON.stringify(value, null, 2)`; a default set here replaces
 * it, so this one keeps it for every value that is not a fake-wx log or controller.
 */
export function serializeSnapshot(value: unknown): string {
  if (printableOf(value) === undefined) return JSON.stringify(value, null, 2)
  return loadSerializer().serialize(value, undefined)
}

/** The parts of node:test's TestContext the reporter's collection reads (fullName, filePath: Node >= 22). */
interface TestContextLike {
  readonly name?: string
  readonly fullName?: string
  readonly filePath?: string
}

export interface NodeTestHooks {
  beforeEach(fn: () => void): void
  afterEach(fn: (context: TestContextLike) => void): void
  /** node:test's afterAll: where the reporter's collection writes what the process's tests took. */
  after(fn: () => void): void
  /** node:test's `snapshot` (Node >= 22.3); undefined on Node 20, which has no snapshots. */
  readonly snapshot?: { setDefaultSnapshotSerializers?(serializers: ((value: unknown) => unknown)[]): void } | undefined
}

/** The test that just ran, as the reporter names it: Node 20 has neither fullName nor filePath. */
export function currentNodeTest(context: TestContextLike | undefined): { name: string; file: string } {
  return { name: context?.fullName ?? context?.name ?? '', file: context?.filePath ?? process.argv[1] ?? '' }
}

export function setUpNodeTest(hooks: NodeTestHooks): void {
  const coverage = fileCoverage({ afterAll: (fn) => hooks.after(fn), current: (context) => currentNodeTest(context as TestContextLike | undefined) })
  installGlobalWx()
  installMiniProgramGlobals(false)
  // The same hooks, and so the same messages, as the Jest and Vitest presets.
  registerTestHooks(
    (fn) => hooks.beforeEach(fn),
    (fn) => hooks.afterEach((context) => fn(context)),
    coverage,
  )
  // Node 20 has no snapshots; bun's node:test has `snapshot` without default serializers.
  if (typeof hooks.snapshot?.setDefaultSnapshotSerializers === 'function') hooks.snapshot.setDefaultSnapshotSerializers([serializeSnapshot])
}
