#!/usr/bin/env node
// npm run test:examples: the example mini-program's suites (examples/), under Vitest and under Jest,
// against the built package (examples/node_modules/fake-wx links to this repository: scripts/link-self.mjs).
// Then four checks that keep the examples and the README honest:
//  - the two suites are the same text below their import lines (one suite, two runners);
//  - the timeline snapshot is the same text under both runners;
//  - the README's permission-path table is the one fake-wx/reporter printed after the Vitest run;
//  - every line of the README's js/ts code samples is a line of a test that passes (examples/,
//    test/spec/, test/node/, or a file scripts/smoke.mjs or scripts/runner-matrix.mjs writes), so the samples
//    cannot drift from the code.
//
//   node scripts/test-examples.mjs           the runners' usual output
//   node scripts/test-examples.mjs --terse   one line per runner (npm run demo)
import { spawnSync } from 'node:child_process'
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureBuilt, root } from './lib/build.mjs'
import { linkSelf } from './link-self.mjs'

const examples = join(root, 'examples')
/** The suites written twice, once per runner: the shop's and the store's. */
const PAIRS = ['shop', 'store'].map((name) => ({
  suites: { vitest: `test/vitest/${name}.test.mjs`, jest: `test/jest/${name}.test.js` },
  snapshots: { vitest: `test/vitest/__snapshots__/${name}.test.mjs.snap`, jest: `test/jest/__snapshots__/${name}.test.js.snap` },
}))
const SUITES = PAIRS[0].suites
export const SNAPSHOTS = PAIRS[0].snapshots
const MARKER = '// --- The suite below is the same in'

function ltsNode() {
  // Vitest 5 needs Node >= 22.12: scripts/lts-node.mjs names this Node if it fits, else installs the LTS.
  const result = spawnSync(process.execPath, [join(root, 'scripts/lts-node.mjs')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
  if (result.status !== 0) throw new Error('scripts/lts-node.mjs could not provide a Node for Vitest')
  return result.stdout.trim().split('\n').pop() // the path is the last line
}

function run(node, args) {
  const result = spawnSync(node, args, {
    cwd: examples,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  })
  if (result.error) return { status: 1, output: `${node} ${args.join(' ')}: ${result.error.message}` }
  return { status: result.status, output: `${result.stdout}${result.stderr}` }
}

const RUNNERS = {
  vitest: {
    // fake-wx/reporter stays on with dot (Vitest keeps the config's options for a reporter named again here).
    run: (terse) => run(ltsNode(), [join(root, 'node_modules/vitest/vitest.mjs'), 'run', ...(terse ? ['--reporter=dot', '--reporter=fake-wx/reporter'] : [])]),
    counts: (output) => ({
      passed: Number(output.match(/Tests\s+(?:\d+ failed \| )?(\d+) passed/)?.[1] ?? 0),
      failed: Number(output.match(/Tests\s+(\d+) failed/)?.[1] ?? 0),
    }),
  },
  jest: {
    run: (terse) => run(process.execPath, [join(root, 'node_modules/jest/bin/jest.js'), ...(terse ? ['--silent', '--verbose=false'] : [])]),
    counts: (output) => ({
      passed: Number(output.match(/Tests:.*?(\d+) passed/)?.[1] ?? 0),
      failed: Number(output.match(/Tests:.*?(\d+) failed/)?.[1] ?? 0),
    }),
  },
}

/** The suite of a test file: everything from the marker line on, less the marker line itself. */
function suiteBody(file) {
  const text = readFileSync(join(examples, file), 'utf8')
  const at = text.indexOf(MARKER)
  if (at < 0) throw new Error(`${file}: the line "${MARKER} ..." is missing`)
  return text.slice(text.indexOf('\n', at) + 1)
}

/** The snapshots of a .snap file by test name (Vitest's ' > ' separators made Jest's ' '). */
export function snapshots(file) {
  const exports = {}
  // Both runners write a CommonJS module that assigns template literals to `exports[...]`.
  new Function('exports', readFileSync(join(examples, file), 'utf8'))(exports)
  return new Map(Object.entries(exports).map(([name, text]) => [name.replaceAll(' > ', ' '), text]))
}

/** The source files whose lines README samples may quote. */
function sampleSources() {
  const files = [join(root, 'scripts/smoke.mjs'), join(root, 'scripts/runner-matrix.mjs')]
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      if (name === 'node_modules' || name === '__snapshots__') continue
      const path = join(dir, name)
      if (statSync(path).isDirectory()) walk(path)
      else if (/\.(c|m)?(j|t)s$/.test(name)) files.push(path)
    }
  }
  walk(examples)
  walk(join(root, 'test/spec'))
  walk(join(root, 'test/node'))
  return files
}

/** `import { a, b } from 'm'` / `const { a, b } = require('m')` as [kind, module, names]. */
function importOf(line) {
  const match = line.match(/^(import|const) \{ ([^}]+) \} (?:from |= require\()'([^']+)'\)?$/)
  return match && { kind: match[1], module: match[3], names: match[2].split(',').map((name) => name.trim()) }
}

/** README code lines (js/ts blocks, comments and blank lines aside) that no source file has. */
function unquotedReadmeLines() {
  const lines = new Set(sampleSources().flatMap((file) => readFileSync(file, 'utf8').split('\n').map((line) => line.trim())))
  const imports = [...lines].map(importOf).filter(Boolean)
  const readme = readFileSync(join(root, 'README.md'), 'utf8')
  const missing = []
  for (const [, body] of readme.matchAll(/```(?:js|ts)\n([\s\S]*?)```/g)) {
    for (const raw of body.split('\n')) {
      // A trailing comment may be the README's own note on the line.
      const line = raw.trim()
      if (line === '' || line.startsWith('//') || lines.has(line) || lines.has(line.replace(/\s+\/\/ .*$/, ''))) continue
      // An import of fewer names than a test imports is the same sample.
      const wanted = importOf(line)
      const found = wanted && imports.some((i) => i.kind === wanted.kind && i.module === wanted.module && wanted.names.every((n) => i.names.includes(n)))
      if (!found) missing.push(line)
    }
  }
  return missing
}

/** The table fake-wx/reporter printed after a run (examples/vitest.config.mjs turns it on). */
function printedTable(output) {
  const start = output.indexOf('fake-wx permission paths:')
  const end = output.indexOf('\nWritten: ', start)
  return start === -1 || end === -1 ? undefined : output.slice(start, end).trim()
}

function checks(outputs) {
  const problems = []
  const table = printedTable(outputs.vitest ?? '')
  if (table === undefined) problems.push('the Vitest run of the examples printed no fake-wx/reporter table (examples/vitest.config.mjs)')
  else if (!readFileSync(join(root, 'README.md'), 'utf8').includes(`\n${table}\n`)) {
    problems.push(`README.md "Permission-path coverage" no longer shows the table the examples' Vitest run prints: copy it again.\n${table}`)
  }
  const unquoted = unquotedReadmeLines()
  if (unquoted.length > 0) {
    problems.push(`README.md code samples have lines no test has (${relative(root, examples)}/, test/spec/, test/node/, scripts/smoke.mjs, scripts/runner-matrix.mjs):\n  ${unquoted.join('\n  ')}`)
  }
  let compared = 0
  for (const pair of PAIRS) {
    if (suiteBody(pair.suites.vitest) !== suiteBody(pair.suites.jest)) {
      problems.push(`${pair.suites.vitest} and ${pair.suites.jest} differ below their import lines: change both the same way.`)
    }
    const [vitest, jest] = [snapshots(pair.snapshots.vitest), snapshots(pair.snapshots.jest)]
    for (const name of new Set([...vitest.keys(), ...jest.keys()])) {
      if (vitest.get(name) !== jest.get(name)) {
        problems.push(`snapshot "${name}" differs between the runners:\n--- vitest\n${vitest.get(name)}\n--- jest\n${jest.get(name)}`)
      }
    }
    if (vitest.size === 0) problems.push(`no timeline snapshot to compare in ${pair.snapshots.vitest}`)
    compared += vitest.size
  }
  const vitest = snapshots(SNAPSHOTS.vitest)
  const readme = readFileSync(join(root, 'README.md'), 'utf8')
  if (![...vitest.values()].some((text) => readme.includes(`\n${text.trim()}\n`))) {
    problems.push(`README.md "The snapshot timeline" no longer shows the committed snapshot (${SNAPSHOTS.vitest}): copy it again.`)
  }
  return { problems, compared }
}

export function testExamples({ terse = false, log = console.log } = {}) {
  ensureBuilt()
  linkSelf(examples)
  let passed = 0
  let failed = 0
  const outputs = {}
  for (const [name, runner] of Object.entries(RUNNERS)) {
    const started = performance.now()
    const { status, output } = runner.run(terse)
    outputs[name] = output
    const counts = runner.counts(output)
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    if (!terse || status !== 0) log(output.trimEnd())
    if (status !== 0 && counts.failed === 0) counts.failed = 1 // the runner failed outside any test
    log(`examples: ${name}: ${counts.passed} passed, ${counts.failed} failed (${seconds} s)`)
    passed += counts.passed
    failed += counts.failed
  }
  // The snapshots only mean something once both runners have checked (or, locally, written) them.
  if (failed === 0) {
    const { problems, compared } = checks(outputs)
    if (problems.length > 0) {
      log(problems.join('\n\n'))
      failed += problems.length
    } else {
      log(`examples: each suite is the same under both runners, ${compared} timeline snapshots are the same text under both, the README's samples are all in passing tests, and its permission-path table is the one the reporter printed`)
    }
  }
  return { passed, failed }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { passed, failed } = testExamples({ terse: process.argv.includes('--terse') })
  console.log(`${passed} passed, ${failed} failed`)
  process.exit(failed === 0 ? 0 : 1)
}
