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
import { mayNeedDeniedScopes, pathsOf } from '../src/coverage/paths'
import { COVERAGE_ENV, META_KEY, type TestCoverage } from './coverage-channel'
import type { HostTables } from '../src/hosts/host'
import type { LogEntry } from '../src/log'
import type { Scope } from '../src/hosts/wechat/scopes'

export { COVERAGE_ENV, META_KEY, type TestCoverage } from './coverage-channel'

/** The scopes refused now: the way back through the settings page a test failed to open was for them. */
function deniedScopes(host: HostTables): string[] {
  return host.scopeNames.filter((scope) => fakeWx.scopeState(scope as Scope) === 'denied')
}

function hostTables(): HostTables {
  return (fakeWx as unknown as { [HOST]: HostTables })[HOST]
}

/** The current test's paths, read from the default fake's log; undefined when it used no scope. */
export function currentTestCoverage(): TestCoverage | undefined {
  const host = hostTables()
  const scopes = pathsOf(fakeWx.log.entries, host, () => deniedScopes(host))
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

/** A test's log as it ended, read when its file ends. */
interface EndedTest {
  readonly file: string
  readonly name: string
  readonly platform: string
  readonly entries: readonly LogEntry[]
  readonly denied: readonly string[]
}

/**
 * Jest and node:test: each test's log is kept as it ended, and read when the file ends, its records appended
 * to `<dir>/<pid>-<thread>.jsonl` in one write. Reading the logs in one go, rather than after each test, is
 * what keeps the reporter's cost down: Jest loads this code afresh (cold) for every test file.
 * Undefined (nothing to do) when the reporter is not on.
 */
export function fileCoverage(runner: FileRunner): CoverageHook | undefined {
  const dir = process.env[COVERAGE_ENV]
  if (dir === undefined || !isAbsolute(dir)) return undefined
  const ended: EndedTest[] = []
  runner.afterAll(() => {
    const host = hostTables()
    let lines = ''
    for (const test of ended) {
      const scopes = pathsOf(test.entries, host, () => test.denied)
      if (Object.keys(scopes).length > 0) lines += `${JSON.stringify({ file: test.file, name: test.name, platform: test.platform, scopes } satisfies TestRecord)}\n`
    }
    ended.length = 0
    if (lines !== '') appendFileSync(join(dir, `${process.pid}-${threadId}.jsonl`), lines)
  })
  return (context) => {
    const entries = fakeWx.log.entries
    if (entries.length === 0) return
    const { name, file } = runner.current(context)
    // The log is cleared in place before the next test: keep a copy of the list (its entries are not changed).
    const denied = mayNeedDeniedScopes(entries) ? deniedScopes(hostTables()) : []
    ended.push({ file, name, platform: fakeWx.options.platform, entries: entries.slice(), denied })
  }
}
