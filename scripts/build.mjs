#!/usr/bin/env node
// npm run build: tsup, then a record of the sources it built from (.tmp/dist-stamp.json), which Jest's
// global setup and the scripts in scripts/ compare with the sources to tell whether dist/ is current
// (see scripts/lib/build.mjs for why a content hash).
//
// The hashes are taken before tsup starts: a file edited while tsup runs then differs from the record
// and dist/ reads as stale, which is the safe way round. The old record is deleted first, so a failed
// build leaves none.
import { spawnSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { STAMP, root, sourceHashes } from './lib/build.mjs'

rmSync(STAMP, { force: true })
const sources = sourceHashes()
const tsup = spawnSync(process.execPath, [join(root, 'node_modules/tsup/dist/cli-default.js'), ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
})
if (tsup.status !== 0) process.exit(tsup.status ?? 1)
mkdirSync(dirname(STAMP), { recursive: true })
writeFileSync(STAMP, `${JSON.stringify({ builtAt: new Date().toISOString(), sources }, null, 2)}\n`)
