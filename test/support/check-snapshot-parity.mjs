// npm run test:parity: the timeline must be the same text under Jest and Vitest. Each runner keeps its
// own snapshot files (their headers and test-name separators differ); this compares the snapshots
// themselves, after both runners have written or checked them.
//
// Compared: the timeline suites (test/spec/serializer, test/spec/gates and test/spec/mini-program, Vitest vs Jest) and the test
// projects' timelines (test/projects/*, every runner against Vitest's). Matcher failure messages are left out on
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

// Nothing is skipped: a snapshot file that one runner has and the other lacks, a comparison of zero
// snapshots, or a file that cannot be read fails the check. A silent skip would let a runner stop
// writing snapshots (a renamed test, a broken resolver) while the check still passed.
const problems = []
const pairs = []
// Every spec folder whose snapshots are timelines (matcher messages differ by runner and are left out).
for (const folder of ['test/spec/serializer', 'test/spec/gates', 'test/spec/mini-program']) {
  const snapshotDir = join(root, folder, '__snapshots__')
  const names = [...new Set([...snapFiles(join(snapshotDir, 'vitest')), ...snapFiles(join(snapshotDir, 'jest'))])].sort()
  if (names.length === 0) problems.push(`${folder}: no snapshot files under __snapshots__/vitest or __snapshots__/jest (run npm run test:vitest and npm run test:jest to write them)`)
  for (const name of names) pairs.push([join(snapshotDir, 'vitest', name), join(snapshotDir, 'jest', name)])
}
// Each test project's timeline against the Vitest project's (test:projects writes them).
const projectSnapshots = (project) => join(root, 'test/projects', project, 'test/__snapshots__/locate.test.js.snap')
for (const project of ['jest', 'jest-esm']) pairs.push([projectSnapshots('vitest'), projectSnapshots(project)])

// Each file is read once: the Vitest project's file is in two pairs, and a problem with it is one problem.
const cache = new Map()
function read(file, label) {
  if (!cache.has(file)) cache.set(file, load(file, label))
  return cache.get(file)
}

function load(file, label) {
  if (!existsSync(file)) {
    problems.push(`${label}: ${relative(root, file)} is missing (run both runners once to write it, or delete the other file if its test is gone)`)
    return undefined
  }
  try {
    return readSnapshots(file)
  } catch (error) {
    problems.push(`${label}: ${relative(root, file)} cannot be read as a snapshot file: ${error.message}`)
    return undefined
  }
}

let compared = 0
for (const [vitestFile, otherFile] of pairs) {
  const label = `${relative(root, vitestFile)} vs ${relative(root, otherFile)}`
  const left = read(vitestFile, label)
  const right = read(otherFile, label)
  if (left === undefined || right === undefined) continue
  let comparedHere = 0
  for (const name of new Set([...left.keys(), ...right.keys()])) {
    const a = left.get(name)
    const b = right.get(name)
    if (a === undefined || b === undefined) problems.push(`${label}: "${name}" exists under ${a === undefined ? 'the second' : 'Vitest'} only`)
    else if (a !== b) problems.push(`${label}: "${name}" differs:\n--- vitest\n${a}\n--- other\n${b}`)
    else comparedHere++
  }
  if (left.size + right.size === 0) problems.push(`${label}: both files hold no snapshots, so nothing was compared`)
  compared += comparedHere
}

if (compared === 0) problems.push('no snapshots were compared: run the suites first (npm run test:vitest, test:jest, test:projects)')
if (problems.length > 0) {
  console.error(problems.join('\n\n'))
  console.log(`${compared} passed, ${problems.length} failed`)
  process.exit(1)
}
console.log(`parity: ${compared} timeline snapshots are the same text under Jest and Vitest`)
console.log(`${compared} passed, 0 failed`)
