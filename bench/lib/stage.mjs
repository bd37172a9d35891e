// Stages the built package as a user gets it: a real directory node_modules/fake-wx (package.json +
// dist/) inside .tmp/bench. A copy rather than a symlink, so that (1) resolution goes through the
// package's `exports` exactly as after `npm install`, (2) Vitest sees a path under node_modules and
// externalizes the package as it does for users (a symlink resolves to the repo, which Vitest would
// transform instead), and (3) a rebuild by someone else during the run cannot change what is measured.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync, readdirSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { ROOT, TMP, join, log } from './harness.mjs'

export const PKG_DIR = join(TMP, 'node_modules', 'fake-wx')

/** Newest modification time under `dir` (for the staleness warning). */
function newest(dir) {
  let latest = 0
  if (!existsSync(dir)) return latest
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs)
  }
  return latest
}

export function stagePackage(distDir = join(ROOT, 'dist')) {
  const required = ['index.js', 'index.cjs', 'faker-zh-cn.cjs']
  const missing = required.filter((f) => !existsSync(join(distDir, f)))
  if (missing.length > 0) {
    throw new Error(`${distDir} lacks ${missing.join(', ')}: run \`npm run build\` first (\`npm run bench\` does).`)
  }
  const built = Math.min(...required.map((f) => statSync(join(distDir, f)).mtimeMs))
  const sources = Math.max(...['src', 'presets', 'matchers'].map((d) => newest(join(ROOT, d))))
  if (sources > built) log(`warning: sources changed after ${distDir} was built; the bench measures the build`)

  rmSync(PKG_DIR, { recursive: true, force: true })
  mkdirSync(PKG_DIR, { recursive: true })
  // Source maps too: the package ships them, and bench/lib/profile.mjs maps profiles back to src/.
  cpSync(distDir, join(PKG_DIR, 'dist'), { recursive: true })
  cpSync(join(ROOT, 'package.json'), join(PKG_DIR, 'package.json'))
  const pkg = JSON.parse(readFileSync(join(PKG_DIR, 'package.json'), 'utf8'))

  // What import costs are compared against: an empty package, resolved (bare specifier, `exports`)
  // and loaded (externalized under Vitest, untransformed under Jest) exactly as fake-wx is.
  const empty = join(TMP, 'node_modules', 'empty-module')
  mkdirSync(empty, { recursive: true })
  writeFileSync(join(empty, 'index.mjs'), 'export {}\n')
  writeFileSync(join(empty, 'index.cjs'), 'module.exports = {}\n')
  writeFileSync(
    join(empty, 'package.json'),
    JSON.stringify({ name: 'empty-module', version: '1.0.0', exports: { '.': { import: './index.mjs', require: './index.cjs' } } }, null, 2),
  )
  // A package scope of its own: without it, 'fake-wx' under .tmp/ would resolve to the repo itself
  // (package self-reference through /work/main/package.json), not to the staged copy.
  writeFileSync(join(TMP, 'package.json'), JSON.stringify({ name: 'fake-wx-bench', private: true }, null, 2))
  return {
    dir: PKG_DIR,
    version: pkg.version,
    has: (file) => existsSync(join(PKG_DIR, 'dist', file)),
    exports: pkg.exports ?? {},
  }
}

let ltsNodePath
/** A Node new enough for Vitest 5 (scripts/lts-node.mjs installs one on demand). */
export function ltsNode() {
  ltsNodePath ??= execFileSync(process.execPath, [join(ROOT, 'scripts', 'lts-node.mjs')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim()
  return ltsNodePath
}
