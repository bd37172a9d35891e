// Checks the conformance table against the suite: every rule well formed, every H and M rule that
// fake-wx models named by at least one test (`// rule: ID` above it/test/describe), no test naming an
// unknown rule, and the README's generated fidelity table up to date.
import { readFileSync } from 'node:fs'
import { PLATFORM_END, PLATFORM_START, platformBlock } from './lib/platform-table.mjs'
import { README_FILE, REGENERATE, coverage, loadRules, needsTest, readmeBlock, scanTests, validateRules, withReadmeBlock } from './lib/rules.mjs'

let rules
try {
  rules = loadRules()
} catch (error) {
  console.error(`conformance/rules.json cannot be read: ${error.message}`)
  process.exit(1)
}

const problems = validateRules(rules)
const { tagged, problems: commentProblems } = scanTests()
problems.push(...commentProblems)

if (Array.isArray(rules)) {
  const known = new Map(rules.map((rule) => [rule.id, rule]))
  for (const test of tagged) {
    for (const id of test.ids) {
      const rule = known.get(id)
      if (rule === undefined) problems.push(`${test.file}:${test.line}: names unknown rule ${id}`)
      else if (rule.mode === 'not modelled') problems.push(`${test.file}:${test.line}: names ${id}, which fake-wx does not model (mode "not modelled")`)
    }
  }
}

const rows = Array.isArray(rules) ? rules.filter((rule) => typeof rule?.id === 'string') : []
const byId = coverage(rows, tagged)
const required = rows.filter(needsTest)
const uncovered = required.filter((rule) => byId.get(rule.id).length === 0)
for (const rule of uncovered) problems.push(`${rule.id} (${rule.confidence}) has no test: add // rule: ${rule.id} above a test that asserts it`)

const readme = readFileSync(README_FILE, 'utf8')
const expected = withReadmeBlock(readme, readmeBlock(rows, tagged))
if (expected === undefined) problems.push(`README.md lacks the generated fidelity table markers; add them and run ${REGENERATE}`)
else if (expected !== readme) problems.push(`README.md fidelity table is out of date: run ${REGENERATE}`)
const expectedPlatforms = withReadmeBlock(readme, await platformBlock(), PLATFORM_START, PLATFORM_END)
if (expectedPlatforms === undefined) problems.push(`README.md lacks the generated platform table markers; add them and run ${REGENERATE}`)
else if (expectedPlatforms !== readme) problems.push(`README.md platform table is out of date: run ${REGENERATE}`)

console.log(`rules: ${rows.length} rules, H/M covered ${required.length - uncovered.length}/${required.length}`)
if (problems.length > 0) {
  console.log(`${problems.length} problem${problems.length === 1 ? '' : 's'}:`)
  for (const problem of problems) console.log(`  - ${problem}`)
  process.exit(1)
}
