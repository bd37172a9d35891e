/**
 * fake-wx/reporter: which permission paths the suite took, per scope and platform, as a table after the
 * run, a JSON file (and an HTML page) CI can keep, and a failed run when `require`d paths are missing.
 *
 * One default export serves three runners, told apart by how they construct it:
 * - Jest: `new Reporter(globalConfig, options, context)`;
 * - Vitest: `new Reporter(options)`;
 * - node:test: `new reporter()` (it constructs a default export that has a prototype), which must give a
 *   stream of its events: a Transform that prints the table when the run ends.
 *
 * The test workers record each test's paths (presets/coverage.ts) once the reporter sets FAKE_WX_COVERAGE,
 * which they inherit: Jest and node:test through files in a temporary directory, Vitest through task meta.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, sep } from 'node:path'
import type { Transform } from 'node:stream'
import { CoverageCollector, coverageJson, requireFailure, type TestRecord } from '../src/coverage/aggregate'
import { coverageHtml } from '../src/coverage/html'
import { resolveReporterOptions, type FakeWxReporterOptions, type ResolvedReporterOptions } from '../src/coverage/reporter-options'
import { coverageTable } from '../src/coverage/table'
import { WECHAT_SCOPE_FACTS } from '../src/coverage/wechat-scope-facts'
import { COVERAGE_ENV, META_KEY, type TestCoverage } from './coverage-channel'

export type { FakeWxReporterOptions } from '../src/coverage/reporter-options'
export type { PathOutcome } from '../src/coverage/paths'
export type { CoverageJson } from '../src/coverage/aggregate'

/** A path as the report names it: relative to the working directory, with forward slashes. */
function displayPath(file: string): string {
  const path = relative(process.cwd(), file) || file
  return sep === '/' ? path : path.split(sep).join('/')
}

function write(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, text)
}

/** One run's records and what to do with them when it ends; shared by the three runners' reporters. */
class CoverageRun {
  readonly options: ResolvedReporterOptions
  collector = new CoverageCollector()
  /** Each file's display path, worked out once: a file has many tests. */
  readonly #paths = new Map<string, string>()

  constructor(options: unknown) {
    this.options = resolveReporterOptions(options, process.cwd())
  }

  add(file: string, name: string, coverage: TestCoverage): void {
    let path = this.#paths.get(file)
    if (path === undefined) this.#paths.set(file, (path = displayPath(file)))
    this.collector.add({ file: path, name, platform: coverage.platform, scopes: coverage.scopes })
  }

  /** Writes the JSON (and the HTML page); returns the table and, when `require` is not met, the failure. */
  finish(): { table: string; failure: string | undefined } {
    const coverage = this.collector.coverage(WECHAT_SCOPE_FACTS, { require: this.options.require, appJson: this.options.appJson })
    this.collector = new CoverageCollector()
    write(this.options.outputFile, `${JSON.stringify(coverageJson(coverage), null, 2)}\n`)
    if (this.options.html !== undefined) write(this.options.html, coverageHtml(coverage))
    const files = [this.options.outputFile, this.options.html].filter((file) => file !== undefined).map(displayPath)
    return { table: `\n${coverageTable(coverage)}Written: ${files.join(', ')}\n`, failure: requireFailure(coverage) }
  }
}

/**
 * Jest and node:test: the directory the workers append their records to. The variable is set before the
 * runner starts any worker, so every worker inherits it.
 */
class RecordDirectory {
  readonly path = mkdtempSync(join(tmpdir(), 'fake-wx-coverage-'))

  constructor() {
    process.env[COVERAGE_ENV] = this.path
  }

  /** Empties it for a new run (watch mode runs again in the same process). */
  clear(): void {
    rmSync(this.path, { recursive: true, force: true })
    mkdirSync(this.path, { recursive: true })
  }

  /** Every record written, then removes the directory. */
  drain(): TestRecord[] {
    const records: TestRecord[] = []
    let names: string[] = []
    try {
      names = readdirSync(this.path)
    } catch {
      // Nothing was written (and the directory is gone): no test used a scope.
    }
    for (const name of names.filter((n) => n.endsWith('.jsonl')).sort()) {
      for (const line of readFileSync(join(this.path, name), 'utf8').split('\n')) {
        if (line === '') continue
        try {
          records.push(JSON.parse(line) as TestRecord)
        } catch {
          // A worker killed while it wrote: its file's last tests are lost, the others still count.
          process.stderr.write(`fake-wx/reporter: skipped an incomplete record of a test worker (${name})\n`)
        }
      }
    }
    rmSync(this.path, { recursive: true, force: true })
    return records
  }
}

function addAll(run: CoverageRun, records: readonly TestRecord[]): void {
  for (const record of records) run.add(record.file, record.name, record)
}

/** The Jest reporter: `reporters: ['default', 'fake-wx/reporter']`. */
class JestCoverageReporter {
  readonly #run: CoverageRun
  readonly #records = new RecordDirectory()
  /** stdout, unless `jest --json` writes its results there. */
  readonly #out: NodeJS.WriteStream
  #error: Error | undefined

  constructor(globalConfig: unknown, options: unknown) {
    this.#run = new CoverageRun(options)
    this.#out = (globalConfig as { json?: boolean } | undefined)?.json === true ? process.stderr : process.stdout
  }

  onRunStart(): void {
    this.#records.clear()
    this.#error = undefined
  }

  onRunComplete(): void {
    addAll(this.#run, this.#records.drain())
    const { table, failure } = this.#run.finish()
    this.#out.write(table)
    if (failure !== undefined) {
      process.stderr.write(`\n${failure}\n`)
      // Jest fails the run when a reporter reports an error.
      this.#error = new Error(failure)
    }
  }

  getLastError(): Error | undefined {
    return this.#error
  }
}

/** What the Vitest reporter reads of Vitest's objects (Vitest 3 and later). */
interface VitestTestCase {
  readonly fullName: string
  readonly module: { readonly moduleId: string }
  meta(): Record<string, unknown>
}

interface VitestLike {
  readonly logger: { log(text: string): void; error(text: string): void }
}

/** The Vitest reporter: `reporters: ['default', 'fake-wx/reporter']`. */
class VitestCoverageReporter {
  readonly #run: CoverageRun
  #vitest: VitestLike | undefined

  constructor(options: unknown) {
    this.#run = new CoverageRun(options)
    // Vitest starts its workers after creating the reporters: they inherit this and fill the task meta.
    process.env[COVERAGE_ENV] = 'vitest'
  }

  onInit(vitest: VitestLike): void {
    this.#vitest = vitest
  }

  onTestRunStart(): void {
    this.#run.collector = new CoverageCollector()
  }

  onTestCaseResult(testCase: VitestTestCase): void {
    const coverage = testCase.meta()[META_KEY] as TestCoverage | undefined
    if (coverage !== undefined) this.#run.add(testCase.module.moduleId, testCase.fullName, coverage)
  }

  onTestRunEnd(): void {
    const { table, failure } = this.#run.finish()
    const log = this.#vitest?.logger ?? { log: (text: string) => process.stdout.write(`${text}\n`), error: (text: string) => process.stderr.write(`${text}\n`) }
    log.log(table)
    if (failure !== undefined) {
      log.error(failure)
      process.exitCode = 1
    }
  }
}

/**
 * The node:test reporter, a stream of the runner's events: it passes none of them on, and prints the
 * table when the run ends. Use it beside a reporter that prints the tests:
 * `--test-reporter=spec --test-reporter-destination=stdout --test-reporter=fake-wx/reporter --test-reporter-destination=stdout`.
 * With options: a module of your own, `export default nodeTestReporter({ require: ['denied'] })`.
 */
export function nodeTestReporter(options?: FakeWxReporterOptions): Transform {
  const run = new CoverageRun(options)
  const records = new RecordDirectory()
  // Loaded here, not at import: Jest and Vitest load this module too, and node:stream costs them ~10 ms.
  const { Transform } = process.getBuiltinModule('node:stream') as typeof import('node:stream')
  return new Transform({
    writableObjectMode: true,
    transform(_event, _encoding, callback) {
      callback()
    },
    flush(callback) {
      addAll(run, records.drain())
      const { table, failure } = run.finish()
      if (failure !== undefined) process.exitCode = 1
      callback(null, failure === undefined ? table : `${table}\n${failure}\n`)
    },
  })
}

/** The reporter object each runner gets. */
export interface FakeWxReporter {
  /** Jest. */
  onRunStart?(): void
  onRunComplete?(): void
  getLastError?(): Error | undefined
  /** Vitest. */
  onInit?(vitest: never): void
  onTestRunStart?(): void
  onTestCaseResult?(testCase: never): void
  onTestRunEnd?(): void
}

export interface FakeWxReporterConstructor {
  /** Vitest: `['fake-wx/reporter', options]`. */
  new (options?: FakeWxReporterOptions): FakeWxReporter
  /** Jest: `['fake-wx/reporter', options]`. */
  new (globalConfig: object, options?: FakeWxReporterOptions, context?: unknown): FakeWxReporter
}

/**
 * The default export: a plain function, so that it can return the reporter each runner needs when
 * constructed (a class constructor could return only its own instances to TypeScript).
 */
function createReporter(...args: unknown[]): object {
  if (args.length === 0) return nodeTestReporter()
  if (args.length === 1) return new VitestCoverageReporter(args[0])
  return new JestCoverageReporter(args[0], args[1])
}

const FakeWxCoverageReporter = createReporter as unknown as FakeWxReporterConstructor
export default FakeWxCoverageReporter
