// Whether dist/ was built from the sources as they are now. Shared by `npm run build` (scripts/build.mjs
// records what it built from), Jest's global setup (which refuses to test a stale dist/) and the scripts
// that use the built package (demo, examples, smoke, test projects), which rebuild when it is stale.
//
// Why a content hash and not file times: a time check says "fresh" when a file's content changes but its
// time does not move past the build's (cp -p, tar, rsync -a, an editor that keeps times, an edit made
// while tsup was running) and "stale" after a checkout that changes nothing. The build records a SHA-256
// of every source file before it starts, so an edit made during the build also reads as stale, and a
// stale report can name the files that differ. The record lives outside dist/ (.tmp/, gitignored) so it
// is never packed; the build deletes it first, so a failed build leaves none.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = fileURLToPath(new URL('../..', import.meta.url))

/** Everything tsup reads from this repository: the three source folders and the files that steer it. */
const SOURCES = ['src', 'presets', 'matchers', 'tsup.config.ts', 'package.json', 'tsconfig.json']
const OUTPUTS = ['index.js', 'index.cjs', 'vitest.js', 'vitest-legacy.d.ts', 'node.js', 'jest.cjs', 'matchers.js', 'serializer.js', 'auto.js', 'faker-zh-cn.cjs']
export const STAMP = join(root, '.tmp/dist-stamp.json')

function files(path) {
  if (!existsSync(join(root, path))) return []
  if (!statSync(join(root, path)).isDirectory()) return [path]
  return readdirSync(join(root, path))
    .sort()
    .flatMap((name) => files(`${path}/${name}`))
}

/** What of a file the build depends on: all of it, except package.json's scripts, which tsup never reads. */
function content(path) {
  const bytes = readFileSync(join(root, path))
  if (path !== 'package.json') return bytes
  const { scripts, ...rest } = JSON.parse(bytes.toString('utf8'))
  return JSON.stringify(rest)
}

/** SHA-256 of each source file, keyed by its path from the repository root. */
export function sourceHashes() {
  return Object.fromEntries(SOURCES.flatMap(files).map((path) => [path, createHash('sha256').update(content(path)).digest('hex')]))
}

/** Why dist/ needs building, or undefined when it was built from the sources as they are now. */
export function staleReason() {
  const missing = OUTPUTS.find((file) => !existsSync(join(root, 'dist', file)))
  if (missing !== undefined) return `dist/${missing} is missing`
  if (!existsSync(STAMP)) return 'no record of what dist/ was built from (.tmp/dist-stamp.json): it was not built by npm run build'
  const built = JSON.parse(readFileSync(STAMP, 'utf8')).sources
  const now = sourceHashes()
  const changed = [...new Set([...Object.keys(built), ...Object.keys(now)])].filter((path) => built[path] !== now[path])
  if (changed.length === 0) return undefined
  const shown = changed.slice(0, 5).join(', ') + (changed.length > 5 ? ` and ${changed.length - 5} more` : '')
  return `changed since the last build: ${shown}`
}

/** Runs `npm run build` if dist/ is missing or stale; returns whether it built. */
export function ensureBuilt({ log = console.error } = {}) {
  const reason = staleReason()
  if (reason === undefined) return false
  log(`building fake-wx (${reason})...`)
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
  return true
}
