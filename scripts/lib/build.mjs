// Shared by the scripts that use the built package (demo, examples, smoke): build dist/ when it is
// missing or older than its sources, so each works right after `npm ci` on a fresh clone.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = fileURLToPath(new URL('../..', import.meta.url))

const SOURCES = ['src', 'presets', 'matchers', 'tsup.config.ts', 'package.json', 'tsconfig.json']
const OUTPUTS = ['index.js', 'index.cjs', 'vitest.js', 'jest.cjs', 'matchers.js', 'serializer.js', 'auto.js', 'faker-zh-cn.cjs']

function newest(path) {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))))
}

/** Why dist/ needs building, or undefined when it is up to date. */
export function staleReason() {
  const missing = OUTPUTS.find((file) => !existsSync(join(root, 'dist', file)))
  if (missing !== undefined) return `dist/${missing} is missing`
  const built = Math.min(...OUTPUTS.map((file) => statSync(join(root, 'dist', file)).mtimeMs))
  const changed = SOURCES.find((source) => existsSync(join(root, source)) && newest(join(root, source)) > built)
  return changed === undefined ? undefined : `${changed} changed since the last build`
}

/** Runs `npm run build` if dist/ is missing or stale; returns whether it built. */
export function ensureBuilt({ log = console.error } = {}) {
  const reason = staleReason()
  if (reason === undefined) return false
  log(`building fake-wx (${reason})...`)
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
  return true
}
