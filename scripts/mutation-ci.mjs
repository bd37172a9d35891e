#!/usr/bin/env node
// CI's mutation check: the score must stay at or above the threshold without a full run on every change.
//
// `test/mutation/baseline.json.gz` is Stryker's incremental report from the last full run: every mutant of
// src/ and matchers/ with its status, and the source of each file it was taken from. This script
//   1. reads the baseline's score and refuses a baseline under the threshold;
//   2. finds the files Stryker mutates whose source differs from the baseline's (or that are new);
//   3. runs Stryker incrementally over those files only, starting from the baseline, so that a mutant whose
//      code and covering tests did not change keeps its result, and fails under the threshold;
//   4. prints the score of the whole, the changed files' new results merged into the baseline's others.
// A change that touches no behaviour file costs nothing. `npm run mutation:baseline` records a new baseline
// after a full run (`npm run test:mutation`) or after this check (it keeps the merged report); do that when the
// changed files' run grows long.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gunzipSync, gzipSync } from 'node:zlib'
import config from '../stryker.config.mjs'
import { checkTestIds, mergeReports, percent, tally } from './lib/mutation-report.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const BASELINE = join(root, 'test/mutation/baseline.json.gz')
const WORKING_COPY = join(root, 'reports/ci-incremental.json')
const RUN_REPORT = join(root, 'reports/mutation/mutation.json')
export const MERGED_REPORT = join(root, 'reports/mutation/merged.json')
const threshold = config.thresholds.break

/** The files Stryker mutates, from the config's `mutate` globs: `dir/**\/*.ts` patterns and `!path` exclusions. */
export function mutatedFiles() {
  const excluded = new Set(config.mutate.filter((p) => p.startsWith('!')).map((p) => p.slice(1)))
  const files = []
  for (const pattern of config.mutate.filter((p) => !p.startsWith('!'))) {
    const match = /^([\w-]+)\/\*\*\/\*\.ts$/.exec(pattern)
    if (match === null) throw new Error(`mutation-ci: cannot expand the mutate pattern '${pattern}'; use 'dir/**/*.ts'`)
    for (const path of walk(join(root, match[1]))) {
      const name = relative(root, path).split('\\').join('/')
      if (name.endsWith('.ts') && !name.endsWith('.d.ts') && !excluded.has(name)) files.push(name)
    }
  }
  return files.sort()
}

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) yield* walk(path)
    else yield path
  }
}

/** Records the last full run, or the last CI check's merged report, whichever covers every mutated file. */
function record() {
  const files = mutatedFiles()
  const candidates = [RUN_REPORT, MERGED_REPORT].filter((path) => existsSync(path))
  const report = candidates
    .map((path) => JSON.parse(readFileSync(path, 'utf8')))
    .find((candidate) => files.every((file) => candidate.files[file]?.source === readFileSync(join(root, file), 'utf8')))
  if (report === undefined) {
    throw new Error(
      'mutation:baseline: no report covers the current source of every mutated file; run npm run test:mutation (full) or npm run test:mutation:ci first',
    )
  }
  checkTestIds(report)
  mkdirSync(join(root, 'test/mutation'), { recursive: true })
  writeFileSync(BASELINE, gzipSync(JSON.stringify(report), { level: 9 }))
  console.log(`mutation baseline recorded: ${percent(tally(report.files).score)} over ${Object.keys(report.files).length} files`)
}

function check() {
  const baseline = JSON.parse(gunzipSync(readFileSync(BASELINE)).toString('utf8'))
  // Stryker reuses a baseline result while the tests that decided it are unchanged: each must name a real test.
  checkTestIds(baseline)
  const before = tally(baseline.files)
  console.log(`mutation baseline: ${percent(before.score)} (${before.detected} detected, ${before.undetected} undetected)`)
  if (before.score < threshold) {
    console.error(`mutation baseline scores under ${threshold}%: record one that passes (npm run test:mutation, then npm run mutation:baseline)`)
    return 1
  }
  const changed = mutatedFiles().filter((file) => baseline.files[file]?.source !== readFileSync(join(root, file), 'utf8'))
  if (changed.length === 0) {
    console.log('mutation: no behaviour file changed since the baseline')
    return 0
  }
  console.log(`mutation: ${changed.length} file(s) changed since the baseline:\n  ${changed.join('\n  ')}`)
  mkdirSync(join(root, 'reports'), { recursive: true })
  writeFileSync(WORKING_COPY, JSON.stringify(baseline))
  rmSync(RUN_REPORT, { force: true })
  const stryker = spawnSync(
    process.execPath,
    [
      join(root, 'scripts/lts-node.mjs'),
      '@stryker-mutator/core/bin/stryker.js',
      'run',
      '--incremental',
      '--incrementalFile',
      relative(root, WORKING_COPY),
      '--mutate',
      changed.join(','),
      '--reporters',
      'clear-text,progress,json',
    ],
    { stdio: 'inherit', cwd: root },
  )
  if (existsSync(RUN_REPORT)) {
    const run = JSON.parse(readFileSync(RUN_REPORT, 'utf8'))
    // An incremental run reports every file of its incremental record; the changed ones are what it tested.
    const changedResults = tally(Object.fromEntries(changed.filter((file) => run.files[file] !== undefined).map((file) => [file, run.files[file]])))
    // A file Stryker found nothing to mutate in (types, re-exports) is missing from its report: record its
    // source with no mutants, so that the next check does not take it for a changed file.
    for (const file of changed) run.files[file] ??= { language: 'typescript', source: readFileSync(join(root, file), 'utf8'), mutants: [] }
    const merged = mergeReports([baseline, run])
    for (const file of Object.keys(merged.files)) if (!existsSync(join(root, file))) delete merged.files[file]
    const after = tally(merged.files)
    writeFileSync(MERGED_REPORT, JSON.stringify(merged))
    console.log(`mutation: changed files ${percent(changedResults.score)}; the whole, with the baseline's other results: ${percent(after.score)}`)
    if (after.score < threshold) {
      console.error(`mutation: the whole scores under ${threshold}%`)
      return 1
    }
  }
  return stryker.status ?? 1
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = process.argv.includes('--record') ? (record(), 0) : check()
}
