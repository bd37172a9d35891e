// The mutation scripts add up Stryker reports of different runs; each run numbers its tests from "0".
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { checkTestIds, mergeReports, tally } from '../../scripts/lib/mutation-report.mjs'

const at = (line) => ({ start: { line, column: 1 } })

/** A report of one run: `tests` lists [testFile, name] in the run's own order, numbered from "0". */
function report(tests, files, testSources = {}) {
  const testFiles = {}
  tests.forEach(([path, name], index) => {
    testFiles[path] ??= { source: testSources[path] ?? `// ${path}`, tests: [] }
    testFiles[path].tests.push({ id: String(index), name, location: at(index + 1) })
  })
  return { schemaVersion: '2', thresholds: { high: 95, low: 90 }, files, testFiles }
}

const mutant = (id, status, coveredBy, killedBy) => ({ id, mutatorName: 'BooleanLiteral', location: at(1), status, coveredBy, killedBy })

function namesOf(merged, ids) {
  const byId = new Map()
  for (const [path, testFile] of Object.entries(merged.testFiles)) for (const t of testFile.tests) byId.set(t.id, `${path} ${t.name}`)
  return ids.map((id) => byId.get(id))
}

test('a mutant keeps naming the tests of its own run after files of two runs are merged', () => {
  const first = report([['a.test.ts', 'refuses'], ['a.test.ts', 'prompts']], {
    'src/a.ts': { language: 'typescript', source: 'a', mutants: [mutant('1', 'Killed', ['0', '1'], ['1'])] },
  })
  const second = report([['b.test.ts', 'remembers'], ['a.test.ts', 'prompts'], ['a.test.ts', 'refuses']], {
    'src/b.ts': { language: 'typescript', source: 'b', mutants: [mutant('2', 'Survived', ['0', '2'], undefined)] },
  })
  const merged = mergeReports([first, second])
  const a = merged.files['src/a.ts'].mutants[0]
  const b = merged.files['src/b.ts'].mutants[0]
  assert.deepEqual(namesOf(merged, a.coveredBy), ['a.test.ts refuses', 'a.test.ts prompts'])
  assert.deepEqual(namesOf(merged, a.killedBy), ['a.test.ts prompts'])
  assert.deepEqual(namesOf(merged, b.coveredBy), ['b.test.ts remembers', 'a.test.ts refuses'])
  assert.equal(b.killedBy, undefined)
  checkTestIds(merged)
})

test('each test is listed once, and a later run wins for a file both ran', () => {
  const first = report([['a.test.ts', 'refuses']], { 'src/a.ts': { language: 'typescript', source: 'old', mutants: [mutant('1', 'Survived', ['0'])] } })
  const second = report([['a.test.ts', 'refuses'], ['a.test.ts', 'new test']], {
    'src/a.ts': { language: 'typescript', source: 'new', mutants: [mutant('1', 'Killed', ['0', '1'], ['1'])] },
  })
  const merged = mergeReports([first, second])
  assert.equal(merged.files['src/a.ts'].source, 'new')
  assert.deepEqual(namesOf(merged, merged.files['src/a.ts'].mutants[0].killedBy), ['a.test.ts new test'])
  assert.deepEqual(
    merged.testFiles['a.test.ts'].tests.map((t) => t.name),
    ['refuses', 'new test'],
  )
  assert.deepEqual(tally(merged.files), { detected: 1, undetected: 0, score: 100 })
})

test('a test only an older run knew is kept, without its location, so that its mutants still resolve', () => {
  const first = report([['a.test.ts', 'renamed since']], { 'src/a.ts': { language: 'typescript', source: 'a', mutants: [mutant('1', 'Killed', ['0'], ['0'])] } })
  const second = report([['a.test.ts', 'the new name']], { 'src/b.ts': { language: 'typescript', source: 'b', mutants: [] } }, { 'a.test.ts': 'current source' })
  const merged = mergeReports([first, second])
  assert.deepEqual(namesOf(merged, merged.files['src/a.ts'].mutants[0].killedBy), ['a.test.ts renamed since'])
  const old = merged.testFiles['a.test.ts'].tests.find((t) => t.name === 'renamed since')
  assert.equal(old.location, undefined)
  assert.equal(merged.testFiles['a.test.ts'].source, 'current source')
  checkTestIds(merged)
})

test('a report whose mutants name tests it does not list is refused', () => {
  const broken = report([['a.test.ts', 'refuses']], { 'src/a.ts': { language: 'typescript', source: 'a', mutants: [mutant('1', 'Killed', ['0', '7'], ['7'])] } })
  assert.throws(() => checkTestIds(broken), /a mutant of src\/a\.ts names test 7, which the report does not list/)
  assert.throws(() => mergeReports([broken]), /a mutant of src\/a\.ts names test 7, which its report does not list/)
})

test('the tally counts killed and timed-out mutants as detected, survivors and uncovered ones as not', () => {
  const files = {
    'src/a.ts': {
      mutants: ['Killed', 'Timeout', 'Survived', 'NoCoverage', 'Ignored', 'CompileError', 'RuntimeError'].map((status, i) => mutant(String(i), status)),
    },
  }
  assert.deepEqual(tally(files), { detected: 2, undetected: 2, score: 50 })
  assert.deepEqual(tally({}), { detected: 0, undetected: 0, score: 100 })
})
