// npm run test:parity: the timeline must be the same text under Jest and Vitest. Each runner keeps its
// own snapshot files (their headers and test-name separators differ); this compares the snapshots
// themselves, after both runners have written or checked them.
//
// Compared: the serializer suite (test/spec/serializer, Vitest vs Jest) and the test projects'
// timelines (test/projects/*, every runner against Vitest's). Matcher failure messages are left out on
// purpose: they embed each runner's own printing (e.g. "String" vs "string" in printWithType).
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

/** The snapshots of a .snap file, keyed by test name with Vitest's ' > ' separators made Jest's ' '. */
function readSnapshots(file) {
  const snapshots = {}
  // Both runners write a CommonJS module that assigns template literals to `exports[...]`.
  new Function('exports', readFileSync(file, 'utf8'))(snapshots)
  return new Map(Object.entries(snapshots).map(([name, text]) => [name.replaceAll(' > ', ' '), text]))
}

function snapFiles(dir) {
  return existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.snap')) : []
}

const pairs = []
// Every spec folder whose snapshots are timelines (matcher messages differ by runner and are left out).
for (const folder of ['test/spec/serializer', 'test/spec/gates']) {
  const snapshotDir = join(root, folder, '__snapshots__')
  for (const name of snapFiles(join(snapshotDir, 'vitest'))) {
    pairs.push([join(snapshotDir, 'vitest', name), join(snapshotDir, 'jest', name)])
  }
}
const projectSnapshots = (project) => join(root, 'test/projects', project, 'test/__snapshots__/locate.test.js.snap')
for (const project of ['jest', 'jest-esm']) {
  if (existsSync(projectSnapshots(project))) pairs.push([projectSnapshots('vitest'), projectSnapshots(project)])
}

const problems = []
let compared = 0
for (const [vitestFile, otherFile] of pairs) {
  const label = `${relative(root, vitestFile)} vs ${relative(root, otherFile)}`
  if (!existsSync(otherFile)) {
    problems.push(`${label}: the second file is missing (run both runners once to write it)`)
    continue
  }
  const left = readSnapshots(vitestFile)
  const right = readSnapshots(otherFile)
  for (const name of new Set([...left.keys(), ...right.keys()])) {
    const a = left.get(name)
    const b = right.get(name)
    if (a === undefined || b === undefined) problems.push(`${label}: "${name}" exists under one runner only`)
    else if (a !== b) problems.push(`${label}: "${name}" differs:\n--- vitest\n${a}\n--- other\n${b}`)
    else compared++
  }
}

if (pairs.length === 0 || compared === 0) problems.push('no snapshots to compare: run the suites first')
if (problems.length > 0) {
  console.error(problems.join('\n\n'))
  process.exit(1)
}
console.log(`parity: ${compared} timeline snapshots are the same text under Jest and Vitest`)
console.log(`${compared} passed, 0 failed`)
