#!/usr/bin/env node
// Runs a package's CLI on the current Node LTS: `node scripts/lts-node.mjs vitest/vitest.mjs run`.
// Why: Vitest 5 requires Node ^22.12 || ^24 || >=26 (its reporter crashes on Node 20), and fake-wx is
// tested on Node 20 and on the LTS. When this Node is already new enough it is used as it is; otherwise
// the LTS binary is installed once from the npm registry (node-<platform>-<arch>) into .tmp/node-lts.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const LTS_VERSION = '26.10.0'
const root = fileURLToPath(new URL('..', import.meta.url))

function ltsNode() {
  const [major, minor] = process.versions.node.split('.').map(Number)
  if (major >= 26 || major === 24 || (major === 22 && minor >= 12)) return process.execPath
  const pkg = `node-${process.platform}-${process.arch}`
  const prefix = `${root}.tmp/node-lts`
  const binary = `${prefix}/node_modules/${pkg}/bin/node`
  if (!existsSync(binary)) {
    console.error(`[lts-node] Node ${process.versions.node} is older than Vitest 5 supports; installing ${pkg}@${LTS_VERSION} into .tmp/node-lts`)
    // npm's own output goes to stderr: stdout carries only the binary's path (when no CLI is given).
    execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', prefix, `${pkg}@${LTS_VERSION}`], {
      stdio: ['ignore', process.stderr, 'inherit'],
    })
  }
  return binary
}

const [cli, ...args] = process.argv.slice(2)
if (cli === undefined) {
  console.log(ltsNode())
} else {
  const result = spawnSync(ltsNode(), [`${root}node_modules/${cli}`, ...args], { stdio: 'inherit', cwd: process.cwd() })
  process.exit(result.status ?? 1)
}
