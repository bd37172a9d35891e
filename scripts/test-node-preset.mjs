#!/usr/bin/env node
// npm run test:node: the node:test preset's own tests (test/node/), run by node:test as users run it,
// `node --test --import fake-wx/node`, on this Node and on the Node LTS (scripts/lts-node.mjs), there also with
// --test-isolation=none. The
// package resolves itself by name, so the tests load dist/ (built first when it is stale). Node 22 is
// covered by the runner matrix (npm run test:matrix).
import { execFileSync, spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { ensureBuilt, root } from './lib/build.mjs'

ensureBuilt()
const files = readdirSync(join(root, 'test/node'))
  .filter((name) => /\.test\.[cm]?js$/.test(name))
  .map((name) => `test/node/${name}`)
const lts = execFileSync(process.execPath, [join(root, 'scripts/lts-node.mjs')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim().split('\n').pop()
// Each file in a process of its own (node:test's default), and, on the LTS, all files in one process.
const runs = [...new Set([process.execPath, lts])].map((node) => [node, []])
runs.push([lts, ['--test-isolation=none']])
let failed = 0
for (const [node, flags] of runs) {
  const version = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim()
  console.log(`node:test preset on Node ${version}${flags.length > 0 ? ` (${flags.join(' ')})` : ''}`)
  const result = spawnSync(node, ['--test', ...flags, '--test-reporter=spec', '--import', 'fake-wx/node', ...files], { cwd: root, stdio: 'inherit' })
  if (result.status !== 0) failed++
}
process.exit(failed > 0 ? 1 : 0)
