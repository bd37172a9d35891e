#!/usr/bin/env node
// npm run build: tsup, then a record of the sources it built from (.tmp/dist-stamp.json), which Jest's
// global setup and the scripts in scripts/ compare with the sources to tell whether dist/ is current
// (see scripts/lib/build.mjs for why a content hash).
//
// Then the Vitest entries' declarations are put right (writeVitestDeclarations, below).
//
// The hashes are taken before tsup starts: a file edited while tsup runs then differs from the record
// and dist/ reads as stale, which is the safe way round. The old record is deleted first, so a failed
// build leaves none.
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { STAMP, root, sourceHashes } from './lib/build.mjs'

rmSync(STAMP, { force: true })
const sources = sourceHashes()
const tsup = spawnSync(process.execPath, [join(root, 'node_modules/tsup/dist/cli-default.js'), ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
})
if (tsup.status !== 0) process.exit(tsup.status ?? 1)
writeVitestDeclarations()
mkdirSync(dirname(STAMP), { recursive: true })
writeFileSync(STAMP, `${JSON.stringify({ builtAt: new Date().toISOString(), sources }, null, 2)}\n`)

/**
 * The Vitest entries' CommonJS declarations (.d.cts) only point at the ES module ones. Vitest's CommonJS
 * typings (vitest/index.d.cts) re-export its ES module typings with `export *`, and an augmentation of
 * 'vitest' written in a .d.cts resolves to that file, where it declares a new Matchers instead of merging
 * with Vitest's: TypeScript resolves `compilerOptions.types` entries with the `require` condition under
 * node16 and nodenext, so the matchers were untyped there. The .d.ts resolves 'vitest' with `import`,
 * which is where `expect` comes from. fake-wx/vitest-legacy's .d.ts is written by hand (see tsup.config.ts).
 */
function writeVitestDeclarations() {
  copyFileSync(join(root, 'presets/declarations/vitest-legacy.d.ts'), join(root, 'dist/vitest-legacy.d.ts'))
  for (const entry of ['vitest', 'vitest-legacy']) {
    const pointer = `// The augmentation is in ./${entry}.d.ts, which resolves 'vitest' to the ES module typings that declare expect.\n/// <reference path="./${entry}.d.ts" />\nexport {}\n`
    writeFileSync(join(root, `dist/${entry}.d.cts`), pointer)
  }
}
