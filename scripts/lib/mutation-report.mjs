// Stryker's JSON reports (mutation-testing-report-schema): adding up the reports of several runs.
//
// Each run numbers its tests from "0" in `testFiles`, and a mutant names the tests that cover and kill it by those
// numbers. Files taken from different runs therefore cannot simply be put side by side: a mutant would name another
// run's test "282", and Stryker's incremental mode, which reuses a result while the tests that decided it are
// unchanged, would look at the wrong test. `mergeReports` renumbers every test by its file and name.

const DETECTED = new Set(['Killed', 'Timeout'])
const UNDETECTED = new Set(['Survived', 'NoCoverage'])

/** Detected and undetected mutants of a report's files (ignored, static and erroring mutants count for neither). */
export function tally(files) {
  let detected = 0
  let undetected = 0
  for (const file of Object.values(files)) {
    for (const mutant of file.mutants) {
      if (DETECTED.has(mutant.status)) detected += 1
      else if (UNDETECTED.has(mutant.status)) undetected += 1
    }
  }
  return { detected, undetected, score: detected + undetected === 0 ? 100 : (100 * detected) / (detected + undetected) }
}

export function percent(score) {
  return `${score.toFixed(2)}%`
}

const testKey = (path, name) => `${path}\n${name}`

/**
 * One report of `reports`' mutated files, a later report winning for a file they share, with the tests renumbered so
 * that every id a mutant names is a test of `testFiles`. A test file keeps the source and tests of the latest report
 * that ran it; a test only an older report knew (since renamed or removed) is kept without its location, so that
 * the mutants naming it still resolve and Stryker sees it as gone.
 */
export function mergeReports(reports) {
  const files = {}
  const fileOrigin = new Map()
  const latestTestFiles = {}
  for (const report of reports) {
    for (const [path, result] of Object.entries(report.files)) {
      files[path] = result
      fileOrigin.set(path, report)
    }
    for (const [path, testFile] of Object.entries(report.testFiles ?? {})) latestTestFiles[path] = testFile
  }

  const ids = new Map()
  const testFiles = {}
  const add = (path, test) => {
    const key = testKey(path, test.name)
    if (ids.has(key)) return
    const id = String(ids.size)
    ids.set(key, id)
    testFiles[path] ??= { ...latestTestFiles[path], tests: [] }
    testFiles[path].tests.push({ ...test, id })
  }
  for (const [path, testFile] of Object.entries(latestTestFiles)) for (const test of testFile.tests) add(path, test)

  // Each report's own numbering, built once per report (its files share it).
  const testsById = new Map(
    reports.map((report) => [
      report,
      new Map(Object.entries(report.testFiles ?? {}).flatMap(([testPath, testFile]) => testFile.tests.map((test) => [test.id, [testPath, test]]))),
    ]),
  )
  const renumbered = {}
  for (const [path, result] of Object.entries(files)) {
    const keyOf = testsById.get(fileOrigin.get(path))
    const renumber = (oldIds) => {
      if (oldIds === undefined) return undefined
      return oldIds.map((oldId) => {
        const found = keyOf.get(oldId)
        if (found === undefined) throw new Error(`mutation report: a mutant of ${path} names test ${oldId}, which its report does not list`)
        const [testPath, test] = found
        if (!ids.has(testKey(testPath, test.name))) {
          const { location, ...withoutLocation } = test
          add(testPath, withoutLocation)
        }
        return ids.get(testKey(testPath, test.name))
      })
    }
    renumbered[path] = {
      ...result,
      mutants: result.mutants.map((mutant) => ({ ...mutant, coveredBy: renumber(mutant.coveredBy), killedBy: renumber(mutant.killedBy) })),
    }
  }
  return { ...reports.at(-1), files: renumbered, testFiles }
}

/** Throws when a mutant names a test the report does not list (a report merged without renumbering). */
export function checkTestIds(report) {
  const known = new Set()
  for (const testFile of Object.values(report.testFiles ?? {})) for (const test of testFile.tests) known.add(test.id)
  for (const [path, result] of Object.entries(report.files)) {
    for (const mutant of result.mutants) {
      for (const id of [...(mutant.coveredBy ?? []), ...(mutant.killedBy ?? [])]) {
        if (!known.has(id)) throw new Error(`mutation report: a mutant of ${path} names test ${id}, which the report does not list`)
      }
    }
  }
}
