// Part 3: import cost, each sample in a fresh process, against an empty package resolved and loaded
// the same way; and the lazy-faker check.
import { appendFileSync, copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { BENCH, ROOT, TMP, fmt, join, log, median, row, run } from '../lib/harness.mjs'
import { ltsNode } from '../lib/stage.mjs'

export const BUDGET = { rootMs: 25, presetMs: 60 }

const ESM_PROBE =
  'const t = process.hrtime.bigint(); await import(process.env.SPEC); ' +
  'console.log(JSON.stringify({ ms: Number(process.hrtime.bigint() - t) / 1e6 }))'
const CJS_PROBE =
  'const t = process.hrtime.bigint(); require(process.env.SPEC); ' +
  'console.log(JSON.stringify({ ms: Number(process.hrtime.bigint() - t) / 1e6 }))'

/** `node -e` in .tmp/bench, so the bare specifier resolves like in a user's project. */
async function probe(kind, spec) {
  const args = kind === 'esm' ? ['--input-type=module', '-e', ESM_PROBE] : ['-e', CJS_PROBE]
  return (await run(process.execPath, args, { cwd: TMP, env: { SPEC: spec }, json: true })).ms
}

/** Median of paired differences subject − empty, samples taken alternately (ABBA). */
async function rootImport(kind, repeats) {
  const subject = []
  const empty = []
  for (let i = 0; i < repeats; i++) {
    const order = i % 2 === 0 ? ['fake-wx', 'empty-module'] : ['empty-module', 'fake-wx']
    for (const spec of order) (spec === 'fake-wx' ? subject : empty).push(await probe(kind, spec))
  }
  return { subject, empty, delta: median(subject.map((s, i) => s - empty[i])) }
}

/**
 * A preset's cost inside its runner: test files that time `import('fake-wx/vitest')` (or
 * `require('fake-wx/jest')`) against the empty package, one fresh process per file (Vitest's forks
 * pool isolates files in new processes; Jest is made to, with workerIdleMemoryLimit).
 */
async function presetImport(runner, pairs) {
  const dir = join(TMP, 'preset-import', runner)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const out = join(dir, 'samples.jsonl')
  writeFileSync(out, '')
  const esm = runner === 'vitest'
  for (let i = 0; i < 2 * pairs; i++) {
    const kind = i % 2 === 0 ? 'preset' : 'empty'
    const spec = kind === 'preset' ? `fake-wx/${runner}` : 'empty-module'
    const load = esm ? `await import(${JSON.stringify(spec)})` : `require(${JSON.stringify(spec)})`
    const head = esm ? "import { test } from 'vitest'\nimport { appendFileSync } from 'node:fs'\n" : "const { appendFileSync } = require('node:fs')\n"
    writeFileSync(
      join(dir, `p${String(i).padStart(3, '0')}.test.${esm ? 'mjs' : 'js'}`),
      `${head}const t = process.hrtime.bigint()\n${load}\n` +
        `appendFileSync(${JSON.stringify(out)}, JSON.stringify({ kind: '${kind}', ms: Number(process.hrtime.bigint() - t) / 1e6 }) + '\\n')\n` +
        `test('loaded', () => {})\n`,
    )
  }
  let result
  if (esm) {
    writeFileSync(join(dir, 'vitest.config.mjs'), "export default { test: { include: ['*.test.mjs'], maxWorkers: 1 } }\n")
    result = await run(ltsNode(), [join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '--config', 'vitest.config.mjs'], { cwd: dir })
  } else {
    writeFileSync(
      join(dir, 'jest.config.cjs'),
      "module.exports = { rootDir: __dirname, testMatch: ['<rootDir>/*.test.js'], transform: {}, testEnvironment: 'node', maxWorkers: 1, workerIdleMemoryLimit: '1KB', cacheDirectory: '<rootDir>/.jest-cache' }\n",
    )
    result = await run(process.execPath, [join(ROOT, 'node_modules/jest/bin/jest.js'), '--config', 'jest.config.cjs'], { cwd: dir })
  }
  const samples = readFileSync(out, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l))
  if (result.code !== 0 || samples.length !== 2 * pairs) {
    throw new Error(`${runner} preset import run failed (exit ${result.code}, ${samples.length}/${2 * pairs} samples):\n${result.stdout}\n${result.stderr}`.slice(0, 6000))
  }
  const preset = samples.filter((s) => s.kind === 'preset').map((s) => s.ms)
  const empty = samples.filter((s) => s.kind === 'empty').map((s) => s.ms)
  return { preset, empty, delta: median(preset) - median(empty) }
}

async function lazyData(pkgDir) {
  copyFileSync(join(BENCH, 'child', 'lazy-data-probe.mjs'), join(TMP, 'lazy-data-probe.mjs'))
  const spy = join(BENCH, 'child', 'module-spy.mjs')
  const results = []
  for (const mode of ['esm', 'cjs']) {
    results.push(await run(process.execPath, ['--import', spy, join(TMP, 'lazy-data-probe.mjs'), mode], { cwd: TMP, json: true }))
  }
  const bundle = join(pkgDir, 'dist', 'faker-zh-cn.cjs')
  const storageFamily = join(pkgDir, 'dist', 'wx-family-storage.cjs')
  const problems = []
  const familyProblems = []
  for (const r of results) {
    if (r.afterImport.length > 0) problems.push(`${r.mode}: the import loaded ${r.afterImport.join(', ')}`)
    if (r.afterNoData.length > 0) problems.push(`${r.mode}: a call without result data loaded ${r.afterNoData.join(', ')}`)
    if (r.afterNumbers.length > 0) problems.push(`${r.mode}: number-only data (getLocation) loaded ${r.afterNumbers.join(', ')}`)
    if (r.afterData.length !== 1 || r.afterData[0] !== bundle) problems.push(`${r.mode}: the first result data loaded [${r.afterData.join(', ')}], not just ${bundle}`)
    const locales = r.locales.filter((l) => l !== 'base')
    if (locales.length !== 1) problems.push(`${r.mode}: the faker bundle holds locales [${locales.join(', ')}], not one`)
    if (r.familiesAfterImport.length > 0) familyProblems.push(`${r.mode}: the import loaded ${r.familiesAfterImport.join(', ')}`)
    if (r.familiesAfterPermissionCalls.length > 0) familyProblems.push(`${r.mode}: permission calls loaded ${r.familiesAfterPermissionCalls.join(', ')}`)
    if (r.familiesAfterStorage.length !== 1 || r.familiesAfterStorage[0] !== storageFamily) {
      familyProblems.push(`${r.mode}: wx.setStorageSync loaded [${r.familiesAfterStorage.join(', ')}], not just ${storageFamily}`)
    }
  }
  return { results, problems, familyProblems }
}

export async function measureImports(ctx) {
  const repeats = ctx.ci ? 15 : 31
  const pairs = ctx.ci ? 6 : 12
  log(`part 3: import cost (${repeats} fresh processes each; presets: ${pairs} test files each)`)
  const esm = await rootImport('esm', repeats)
  const cjs = await rootImport('cjs', repeats)
  const lazy = await lazyData(ctx.pkg.dir)
  const rows = [
    row(
      "3. import('fake-wx'), fresh process, over empty module",
      fmt.ms(median(esm.subject)),
      `${fmt.ms(median(esm.empty))} empty module`,
      `+${fmt.ms(esm.delta)}`,
      `≤ +${BUDGET.rootMs} ms`,
      esm.delta <= BUDGET.rootMs,
    ),
    row(
      "   require('fake-wx') (CJS), over empty module",
      fmt.ms(median(cjs.subject)),
      `${fmt.ms(median(cjs.empty))} empty module`,
      `+${fmt.ms(cjs.delta)}`,
      '—',
      null,
    ),
    row(
      '3. faker: not at import, not without data; then 1 bundle, 1 locale',
      lazy.problems.length === 0 ? 'lazy, zh_CN only' : 'see below',
      '—',
      lazy.problems.length === 0 ? 'esm + cjs ok' : `${lazy.problems.length} problem(s)`,
      'lazy, one locale',
      lazy.problems.length === 0,
      lazy.problems.join('; '),
    ),
    row(
      '3. API families: none at import; the first call loads its own',
      lazy.familyProblems.length === 0 ? 'lazy' : 'see below',
      '—',
      lazy.familyProblems.length === 0 ? 'esm + cjs ok' : `${lazy.familyProblems.length} problem(s)`,
      'lazy',
      lazy.familyProblems.length === 0,
      lazy.familyProblems.join('; '),
    ),
    row(
      '   first call needing a name (chooseAddress, loads faker)',
      fmt.ms(median(lazy.results.map((r) => r.firstDataMs))),
      '—',
      fmt.ms(median(lazy.results.map((r) => r.firstDataMs))),
      '—',
      null,
    ),
  ]
  const raw = { esm, cjs, lazy }
  for (const runner of ['vitest', 'jest']) {
    if (!ctx.pkg.has(`${runner}.${runner === 'vitest' ? 'js' : 'cjs'}`)) {
      rows.push(row(`3. fake-wx/${runner} preset`, 'not built', '—', '—', `≤ ${BUDGET.presetMs} ms`, false, `dist/${runner}.* missing`))
      continue
    }
    let p
    try {
      p = await presetImport(runner, pairs)
    } catch (error) {
      log(String(error.stack ?? error))
      const first = String(error.message).split('\n').find((l) => /Error:/.test(l))?.trim() ?? String(error.message).split('\n')[0]
      rows.push(row(`3. fake-wx/${runner} preset`, 'error', '—', '—', `≤ +${BUDGET.presetMs} ms`, false, `the preset failed to load: ${first}`))
      continue
    }
    raw[runner] = p
    rows.push(
      row(
        `3. fake-wx/${runner} preset, fresh ${runner} worker, over empty`,
        fmt.ms(median(p.preset)),
        `${fmt.ms(median(p.empty))} empty module`,
        `+${fmt.ms(p.delta)}`,
        `≤ +${BUDGET.presetMs} ms`,
        p.delta <= BUDGET.presetMs,
      ),
    )
  }
  return { rows, raw }
}
