/**
 * Adds up the per-test records of a whole run (every file, every worker) into the coverage matrix: per
 * scope, per outcome, which tests reached it on which platforms. Then the gaps: a scope the app uses that
 * no test refuses, and the pairs `require` asks for that no test reached.
 */
import type { AppJson } from '../options'
import { PATH_OUTCOMES, type PathOutcome, type TestPaths } from './paths'
import type { ScopeFacts } from './scope-facts'

/** One test's record, as the reporter receives it. */
export interface TestRecord {
  /** The test file, as the reporter names it (relative to the working directory). */
  readonly file: string
  /** The test's full name (describe blocks and title). */
  readonly name: string
  readonly platform: string
  readonly scopes: TestPaths
}

/** One cell of the matrix: the tests that reached it, each with the platforms it ran on. */
export type Cell = ReadonlyMap<string, ReadonlySet<string>>

export interface ScopeCoverage {
  readonly scope: string
  /** The APIs the tests called for it, sorted. */
  readonly apis: readonly string[]
  /** app.json declares it. */
  readonly declared: boolean
  /** Some test called one of its APIs (or the settings page changed it). */
  readonly touched: boolean
  /** WeChat asks the user for it, so it has a refusal path (retired and auto-granted scopes do not). */
  readonly refusable: boolean
  readonly cells: ReadonlyMap<PathOutcome, Cell>
}

export interface MissingPath {
  readonly scope: string
  readonly outcome: PathOutcome
}

export interface Coverage {
  /** Every scope the tests touched or app.json declares, in the host's scope order. */
  readonly scopes: readonly ScopeCoverage[]
  /** The used, refusable scopes no test refused (neither `denied` nor `deniedEarlier`). */
  readonly gaps: readonly string[]
  /** The gaps (as outcome `denied`) and the required pairs not reached, in scope then outcome order: the JSON's `missing`. */
  readonly missing: readonly MissingPath[]
  /** The pairs `require` asked for that no test reached: these fail the run. */
  readonly requiredMissing: readonly MissingPath[]
  /** The outcomes `require` asked for. */
  readonly required: readonly PathOutcome[]
  /** The host's platforms, in the order cells list them. */
  readonly platforms: readonly string[]
}

export interface CoverageSettings {
  /** Outcomes every used scope must have reached (the reporter's `require` option). */
  readonly require?: readonly PathOutcome[]
  /** The app's app.json: the scopes it declares count as used. */
  readonly appJson?: AppJson
}

/** The report's JSON (`version: 1`): its shape is the reporter's format. */
export interface CoverageJson {
  readonly version: 1
  readonly scopes: Record<string, { apis: string[]; outcomes: Record<PathOutcome, { tests: number; platforms: string[] }> }>
  readonly missing: MissingPath[]
}

/** The tests' records, kept as they arrive from the workers in any order. */
export class CoverageCollector {
  /** scope → outcome → test id → platforms */
  readonly #cells = new Map<string, Map<PathOutcome, Map<string, Set<string>>>>()
  readonly #apis = new Map<string, Set<string>>()

  add(record: TestRecord): void {
    const test = `${record.file} › ${record.name}`
    for (const [scope, paths] of Object.entries(record.scopes)) {
      let apis = this.#apis.get(scope)
      if (apis === undefined) this.#apis.set(scope, (apis = new Set()))
      for (const api of paths.apis) apis.add(api)
      let byOutcome = this.#cells.get(scope)
      if (byOutcome === undefined) this.#cells.set(scope, (byOutcome = new Map()))
      for (const outcome of paths.outcomes) {
        let tests = byOutcome.get(outcome)
        if (tests === undefined) byOutcome.set(outcome, (tests = new Map()))
        let platforms = tests.get(test)
        if (platforms === undefined) tests.set(test, (platforms = new Set()))
        platforms.add(record.platform)
      }
    }
  }

  /** The matrix and its gaps. Scopes are listed in the host's order; unknown ones (from another host) after, sorted. */
  coverage(facts: ScopeFacts, settings: CoverageSettings = {}): Coverage {
    const declared = declaredScopes(facts, settings.appJson)
    const used = new Set([...this.#apis.keys(), ...declared])
    const names = sortBy([...used], facts.scopeNames)
    const required = [...new Set(settings.require ?? [])]
    const scopes: ScopeCoverage[] = []
    const gaps: string[] = []
    const missing: MissingPath[] = []
    const requiredMissing: MissingPath[] = []
    for (const scope of names) {
      const cells = new Map<PathOutcome, Cell>()
      for (const outcome of PATH_OUTCOMES) cells.set(outcome, this.#cells.get(scope)?.get(outcome) ?? new Map())
      const refusable = facts.scopes[scope]?.refusable === true
      scopes.push({
        scope,
        apis: [...(this.#apis.get(scope) ?? [])].sort(),
        declared: declared.has(scope),
        touched: this.#apis.has(scope),
        refusable,
        cells,
      })
      if (!refusable) continue
      const reached = (outcome: PathOutcome): boolean => cells.get(outcome)!.size > 0
      const gap = !reached('denied') && !reached('deniedEarlier')
      if (gap) gaps.push(scope)
      const absent = required.filter((outcome) => !reached(outcome) && canReach(facts, scope, outcome))
      for (const outcome of PATH_OUTCOMES) {
        if ((gap && outcome === 'denied') || absent.includes(outcome)) missing.push({ scope, outcome })
        if (absent.includes(outcome)) requiredMissing.push({ scope, outcome })
      }
    }
    return { scopes, gaps, missing, requiredMissing, required, platforms: facts.platforms }
  }
}

/**
 * Whether a scope can reach an outcome at all: only scopes behind an OS permission or switch (or gating
 * an API with a switch of its own) can be `systemDenied`, so `require` does not ask it of the others.
 */
export function canReach(facts: ScopeFacts, scope: string, outcome: PathOutcome): boolean {
  return outcome !== 'systemDenied' || facts.scopes[scope]?.systemDeniable === true
}

/** The scopes app.json declares: its `permission` keys, and the scopes of the APIs in `requiredPrivateInfos`. */
export function declaredScopes(facts: ScopeFacts, appJson: AppJson | undefined): Set<string> {
  const scopes = new Set<string>()
  if (appJson === undefined) return scopes
  for (const scope of Object.keys(appJson.permission ?? {})) if (Object.hasOwn(facts.scopes, scope)) scopes.add(scope)
  for (const api of appJson.requiredPrivateInfos ?? []) for (const scope of (Object.hasOwn(facts.privateInfoScopes, api) ? facts.privateInfoScopes[api] : undefined) ?? []) scopes.add(scope)
  return scopes
}

/** The report's JSON: every used scope with every outcome (tests 0 and no platforms when none reached it). */
export function coverageJson(coverage: Coverage): CoverageJson {
  const scopes: CoverageJson['scopes'] = {}
  for (const row of coverage.scopes) {
    const outcomes = {} as Record<PathOutcome, { tests: number; platforms: string[] }>
    for (const [outcome, cell] of row.cells) outcomes[outcome] = { tests: cell.size, platforms: platformsOf(cell, coverage.platforms) }
    scopes[row.scope] = { apis: [...row.apis], outcomes }
  }
  return { version: 1, scopes, missing: coverage.missing.map(({ scope, outcome }) => ({ scope, outcome })) }
}

/** The platforms a cell's tests ran on, in the host's order (others after it, sorted). */
export function platformsOf(cell: Cell, order: readonly string[]): string[] {
  const platforms = new Set<string>()
  for (const set of cell.values()) for (const platform of set) platforms.add(platform)
  return sortBy([...platforms], order)
}

/** `names` in the order of `order`; names it does not list come last, sorted. */
export function sortBy(names: readonly string[], order: readonly string[]): string[] {
  const rank = (name: string): number => {
    const index = order.indexOf(name)
    return index === -1 ? order.length : index
  }
  return [...names].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
}

/** The message that fails the run when `require` is not met; undefined when it is. */
export function requireFailure(coverage: Coverage): string | undefined {
  if (coverage.requiredMissing.length === 0) return undefined
  const lines = coverage.requiredMissing.map(({ scope, outcome }) => `  ${scope}: ${outcome}`)
  return (
    `fake-wx/reporter: ${coverage.requiredMissing.length} required permission path${coverage.requiredMissing.length === 1 ? ' was' : 's were'} ` +
    `never exercised (require: ${coverage.required.join(', ')}):\n${lines.join('\n')}\n` +
    'Add a test that takes each path, or drop the outcome from `require`.'
  )
}
