#!/usr/bin/env node
// fake-wx benchmark: `npm run bench` (full) or `npm run bench:ci` (short, same budgets).
//   node bench/run.mjs [--ci] [--only=calls,memory,imports,suite,reporter,pages,network] [--profile] [--dist=DIR]
// Measures the built package (dist/, staged as an installed copy under .tmp/bench), prints one table,
// and exits 1 when a budget is missed. See bench/README.md.
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { resolve } from 'node:path'
import { RESULTS, join, log, printTable, row } from './lib/harness.mjs'
import { ltsNode, stagePackage } from './lib/stage.mjs'
import { measureCalls, profileCalls } from './parts/calls.mjs'
import { measureImports } from './parts/imports.mjs'
import { measureMemory } from './parts/memory.mjs'
import { measureReporter } from './parts/reporter.mjs'
import { measureNetwork } from './parts/network.mjs'
import { measurePages } from './parts/pages.mjs'
import { measureSuite, profileSuite } from './parts/suite.mjs'

const args = process.argv.slice(2)
const flag = (name) => args.includes(`--${name}`)
const value = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)
const known = ['ci', 'profile', 'only', 'dist']
for (const a of args) {
  if (!known.includes(a.replace(/^--/, '').split('=')[0])) {
    console.error(`unknown argument ${a}\nusage: node bench/run.mjs [--ci] [--only=calls,memory,imports,suite,reporter,pages,network] [--profile] [--dist=DIR]`)
    process.exit(2)
  }
}
const ci = flag('ci')
const only = value('only')?.split(',')
const wanted = (part) => only === undefined || only.includes(part)

const started = Date.now()
const pkg = stagePackage(value('dist') !== undefined ? resolve(value('dist')) : undefined)
const ctx = { ci, pkg }
const lts = wanted('imports') || wanted('suite') || wanted('reporter') || wanted('pages') ? ltsNode() : undefined
const ltsVersion = lts === undefined ? undefined : execFileSync(lts, ['--version'], { encoding: 'utf8' }).trim()
const header = [
  `fake-wx ${pkg.version} bench (${ci ? 'ci: short' : 'full'}), ${new Date().toISOString()}`,
  `node ${process.version} for per call, memory, import and Jest${ltsVersion ? `; node ${ltsVersion} for Vitest` : ''}; ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`,
]
log(header.join(' | '))

const parts = [
  ['calls', measureCalls],
  ['memory', measureMemory],
  ['imports', measureImports],
  ['suite', measureSuite],
  ['reporter', measureReporter],
  ['pages', measurePages],
  ['network', measureNetwork],
]
const rows = []
const raw = {}
let missedCalls = []
let missedSuites = []
for (const [name, measure] of parts) {
  if (!wanted(name)) continue
  try {
    const result = await measure(ctx)
    rows.push(...result.rows)
    raw[name] = result.raw
    if (name === 'calls') missedCalls = result.missed
    if (name === 'suite') missedSuites = result.missed
  } catch (error) {
    // A part that cannot run is a failed budget, not a crash: the other figures still print.
    log(`part '${name}' failed: ${error.stack ?? error}`)
    const message = String(error.message ?? error)
    const first = message.split('\n').find((l) => /Error:/.test(l))?.trim() ?? message.split('\n')[0]
    rows.push(row(`${name}: could not run`, 'error', '—', '—', '—', false, first))
  }
}

// Profiles of what missed its budget (always with --profile; never in --ci, to stay short).
const profiles = []
const profileAll = flag('profile')
if (!ci || profileAll) {
  const workloads = profileAll && wanted('calls') ? ['calls', 'flow', 'reset'] : missedCalls
  if (workloads.length > 0) profiles.push(...(await profileCalls(ctx, workloads)))
  for (const runner of profileAll && wanted('suite') ? ['vitest', 'jest'] : missedSuites) {
    try {
      profiles.push(await profileSuite(ctx, runner))
    } catch (error) {
      log(`profiling the ${runner} suite failed: ${error.stack ?? error}`)
    }
  }
}

const lines = []
const out = (line) => lines.push(line)
for (const h of header) out(h)
out('')
printTable(rows, out)
const failed = rows.filter((r) => r.pass === false)
const notes = rows.filter((r) => r.note)
if (notes.length > 0) {
  out('')
  for (const r of notes) out(`note: ${r.metric.trim()}: ${r.note}`)
}
out('')
out(failed.length === 0 ? 'All budgets met.' : `${failed.length} budget(s) missed: ${failed.map((r) => r.metric.replace(/^\d\. /, '').trim()).join('; ')}`)
for (const p of profiles) {
  out('')
  out(p.text)
  out(`  (profile: ${p.dir})`)
}
out(`\n(${((Date.now() - started) / 1000).toFixed(0)} s)`)
console.log(lines.join('\n'))

mkdirSync(RESULTS, { recursive: true })
writeFileSync(join(RESULTS, ci ? 'latest-ci.txt' : 'latest.txt'), `${lines.join('\n')}\n`)
writeFileSync(join(RESULTS, ci ? 'latest-ci.json' : 'latest.json'), `${JSON.stringify({ header, rows, raw, profiles: profiles.map((p) => ({ workload: p.workload, summary: p.summary })) }, null, 2)}\n`)
process.exit(failed.length === 0 ? 0 : 1)
