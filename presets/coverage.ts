/**
 * The test workers' half of fake-wx/reporter: after each test, the permission paths the default fake's
 * log shows (src/coverage/paths.ts), sent to the reporter in the main process. Nothing runs unless the
 * reporter asked for it, through an environment variable the workers inherit:
 *
 * - Vitest: FAKE_WX_COVERAGE is set; each test's paths go into its task meta, which Vitest hands the
 *   reporter with the test's result (threads, forks, with or without isolation, merged shards).
 * - Jest and node:test: FAKE_WX_COVERAGE is a directory; each test file appends its tests' records, one
 *   JSON line each, to a file of its process and thread there when it ends.
 */
import { appendFileSync } from 'node:fs'
import { isAbsolute, join } from 'node:path'
import { threadId } from 'node:worker_threads'
import { fakeWx } from 'fake-wx'
import { HOST } from '../src/brand'
import type { TestRecord } from '../src/coverage/aggregate'
import { pathsOf } from '../src/coverage/paths'
import { COVERAGE_ENV, META_KEY, type TestCoverage } from './coverage-channel'
import type { HostTables } from '../src/hosts/host'
import type { Scope } from '../src/hosts/wechat/scopes'

export { COVERAGE_ENV, META_KEY, type TestCoverage } from './coverage-channel'

/** The current test's paths, read from the default fake's log; undefined when it used no scope. */
export function currentTestCoverage(): TestCoverage | undefined {
  const host = (fakeWx as unknown as { [HOST]: HostTables })[HOST]
  const scopes = pathsOf(fakeWx.log.entries, host, () => host.scopeNames.filter((scope) => fakeWx.scopeState(scope as Scope) === 'denied'))
  return Object.keys(scopes).length === 0 ? undefined : { platform: fakeWx.options.platform, scopes }
}

/** What the presets run after each test (before verify()), given the runner's hook argument. */
export type CoverageHook = (context: unknown) => void

/** Vitest: the test's paths go into its task meta. Undefined (nothing to do) when the reporter is not on. */
export function taskMetaCoverage(): CoverageHook | undefined {
  if (!process.env[COVERAGE_ENV]) return undefined
  return (context) => {
    const coverage = currentTestCoverage()
    const meta = (context as { task?: { meta?: Record<string, unknown> } } | undefined)?.task?.meta
    if (coverage !== undefined && meta !== undefined) meta[META_KEY] = coverage
  }
}

/** How a file-based runner names the test that just ran. */
export interface FileRunner {
  afterAll(fn: () => void): void
  /** The test that just ran (read in afterEach): its full name and its file's path. */
  current(context: unknown): { readonly name: string; readonly file: string }
}

/**
 * Jest and node:test: the file's tests are kept, then appended to `<dir>/<pid>-<thread>.jsonl` in one
 * write when the file ends. Undefined (nothing to do) when the reporter is not on.
 */
export function fileCoverage(runner: FileRunner): CoverageHook | undefined {
  const dir = process.env[COVERAGE_ENV]
  if (dir === undefined || !isAbsolute(dir)) return undefined
  const records: TestRecord[] = []
  runner.afterAll(() => {
    if (records.length === 0) return
    appendFileSync(join(dir, `${process.pid}-${threadId}.jsonl`), records.map((record) => `${JSON.stringify(record)}\n`).join(''))
    records.length = 0
  })
  return (context) => {
    const coverage = currentTestCoverage()
    if (coverage === undefined) return
    const { name, file } = runner.current(context)
    records.push({ file, name, platform: coverage.platform, scopes: coverage.scopes })
  }
}
