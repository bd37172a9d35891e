// Where the suite's extra time goes, per test file, from the runners' own timings: Jest's perfStats
// (setupFilesAfterEnv, test durations with their hooks) and Vitest's diagnostics (setup files, collect,
// tests). Runs the suite that `node bench/run.mjs --only=suite` generated under .tmp/bench/suite, with a
// reporter added, alternating variants (A B B A), and prints per-file means, medians over runs.
// Not part of the bench (its reporters add work); the bench's figures stay the wall clock.
//   node bench/experiments/per-file/suite-per-file.mjs [jest|vitest] [runs] [extra-bench-dir ...]
// Each extra directory is a copy of .tmp/bench with another build staged in node_modules/fake-wx/dist:
// its preset variant is measured too (before/after comparisons in one run).
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { ROOT, TMP, join, median } from '../../lib/harness.mjs'
import { ltsNode } from '../../lib/stage.mjs'

const [runner = 'jest', runs = '6', ...extra] = process.argv.slice(2)
const suite = (benchDir, variant) => join(benchDir, 'suite', runner, variant)
if (!existsSync(suite(TMP, 'fake'))) throw new Error('no suite under .tmp/bench: run `node bench/run.mjs --only=suite` first')

const variants = [
  ['preset', suite(TMP, 'fake')],
  ...extra.map((dir, i) => [`preset ${i + 2} (${dir})`, suite(dir, 'fake')]),
  ['hand mock', suite(TMP, 'hand')],
]
const out = join(mkdtempSync(join(tmpdir(), 'per-file-')), 'rows.json')
const here = new URL('.', import.meta.url).pathname
const command =
  runner === 'vitest'
    ? [ltsNode(), [join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '--config', 'vitest.config.mjs', '--reporter', join(here, 'vitest-reporter.mjs')]]
    : [process.execPath, [join(ROOT, 'node_modules/jest/bin/jest.js'), '--config', 'jest.config.cjs', '--reporters', join(here, 'jest-reporter.cjs')]]

const stats = new Map(variants.map(([name]) => [name, {}]))
for (let run = 0; run < Number(runs); run++) {
  for (const [name, cwd] of run % 2 === 0 ? variants : [...variants].reverse()) {
    execFileSync(command[0], command[1], { cwd, stdio: 'ignore', env: { ...process.env, CI: '1', NO_COLOR: '1', PER_FILE_OUT: out } })
    const rows = JSON.parse(readFileSync(out, 'utf8'))
    for (const key of Object.keys(rows[0])) (stats.get(name)[key] ??= []).push(rows.reduce((sum, r) => sum + r[key], 0) / rows.length)
  }
}
const hand = stats.get('hand mock')
console.log(`${runner}: ms per test file (mean over files, median over ${runs} runs); "+" is over the hand mock`)
for (const key of Object.keys(hand)) {
  const cells = variants.map(([name]) => {
    const value = median(stats.get(name)[key])
    return name === 'hand mock' ? `${name} ${value.toFixed(2)}` : `${name} ${value.toFixed(2)} (+${(value - median(hand[key])).toFixed(2)})`
  })
  console.log(`  ${key.padEnd(8)} ${cells.join('   ')}`)
}
