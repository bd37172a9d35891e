#!/usr/bin/env node
// Merges the JSON reports of several Stryker runs over different files (a full run done part by part, or
// files run again after their tests changed) into reports/mutation/merged.json, later reports winning for
// a file they share; prints the score per folder. `npm run mutation:baseline` then records the merged
// report when it covers the current source of every mutated file.
//   node scripts/mutation-merge.mjs reports/mutation/parts/a.json reports/mutation/parts/b.json ...
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { MERGED_REPORT, mutatedFiles } from './mutation-ci.mjs'
import { mergeReports, percent, tally } from './lib/mutation-report.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))

const reports = process.argv.slice(2).map((path) => JSON.parse(readFileSync(path, 'utf8')))
if (reports.length === 0) throw new Error('mutation-merge: name the JSON reports to merge')
const wanted = new Set(mutatedFiles())
const merged = mergeReports(reports)
const files = Object.fromEntries(Object.entries(merged.files).filter(([file]) => wanted.has(file)))
const missing = [...wanted].filter((file) => files[file] === undefined)
const stale = Object.keys(files).filter((file) => files[file].source !== readFileSync(join(root, file), 'utf8'))
mkdirSync(dirname(MERGED_REPORT), { recursive: true })
writeFileSync(MERGED_REPORT, JSON.stringify({ ...merged, files }))

const folders = new Map()
for (const [file, result] of Object.entries(files)) {
  const folder = file.split('/').slice(0, -1).join('/')
  folders.set(folder, { ...(folders.get(folder) ?? {}), [file]: result })
}
for (const [folder, group] of [...folders].sort()) {
  const { detected, undetected, score } = tally(group)
  console.log(`${folder.padEnd(34)} ${percent(score).padStart(8)}  (${detected} detected, ${undetected} undetected)`)
}
const whole = tally(files)
console.log(`${'all'.padEnd(34)} ${percent(whole.score).padStart(8)}  (${whole.detected} detected, ${whole.undetected} undetected)`)
if (missing.length > 0) console.log(`not covered by these reports: ${missing.join(', ')}`)
if (stale.length > 0) console.log(`changed since their run: ${stale.join(', ')}`)
