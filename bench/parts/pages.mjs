// Part 7: page tests. The example's shop page (examples/miniprogram, copied into .tmp/bench/pages) tested end
// to end under each runner: the harness (`launch` + `mp.reLaunch`, fresh modules every test) versus the same
// tests with a hand-written loader, the kind every suite wrote before (Page capture, setData with data paths,
// the page module required once per file). Both variants use the fake wx through the preset; only how the page
// is opened differs. The runners' CLIs are timed, wall clock, ABBA after a warm-up, as in part 4. Then, in one
// plain Node process, `launch` + `reLaunch` of the shop page alone, timed.
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { ROOT, TMP, fmt, join, log, median, relativeSpread, row, run, runChild } from '../lib/harness.mjs'
import { ltsNode } from '../lib/stage.mjs'

export const BUDGET = { ratio: 1.2 }
const DIR = join(TMP, 'pages')

/** The hand-written loader a page suite carries without the harness (CommonJS, as those suites are). */
const HAND_LOADER = `const { join } = require('node:path')

const definitions = new Map()
let loading

globalThis.Page = (definition) => {
  if (loading === undefined) throw new Error('Page() called outside openPage()')
  definitions.set(loading, definition)
}

function setPath(data, path, value) {
  const steps = path.replace(/\\[(\\d+)\\]/g, '.$1').split('.').filter(Boolean)
  let target = data
  for (let i = 0; i < steps.length - 1; i++) {
    if (typeof target[steps[i]] !== 'object' || target[steps[i]] === null) target[steps[i]] = /^\\d+$/.test(steps[i + 1]) ? [] : {}
    target = target[steps[i]]
  }
  target[steps[steps.length - 1]] = value
}

function openPage(root, route, query = {}) {
  const file = require.resolve(join(root, route))
  if (!definitions.has(file)) {
    loading = file
    try {
      require(file)
    } finally {
      loading = undefined
    }
  }
  const definition = definitions.get(file)
  const page = { ...definition, route, options: query, data: structuredClone(definition.data ?? {}) }
  for (const [key, value] of Object.entries(definition)) if (typeof value === 'function') page[key] = value.bind(page)
  page.setData = (patch, callback) => {
    for (const [path, value] of Object.entries(patch)) setPath(page.data, path, value)
    if (callback) Promise.resolve().then(callback)
  }
  globalThis.getCurrentPages = () => [page]
  if (page.onLoad) page.onLoad(query)
  if (page.onShow) page.onShow()
  if (page.onReady) page.onReady()
  return page
}

module.exports = { openPage }
`

/** The page loads its shop list with wx.request when it opens: both variants answer it with the built-in form. */
const SHOPS_HANDLER = `fakeWx.setDefaults({ handlers: { 'GET https://api.shop.example/shops': () => ({ data: [{ name: '上海南京东路店', latitude: 31.2353, longitude: 121.4754 }] }) } })\n`

/** Two short flows in turn: the user allows the album, or refuses and cancels the modal. */
function testBody(variant, file, i) {
  const open = variant === 'harness' ? `(await launch({ root: ROOT })).reLaunch('pages/shop/shop')` : `openPage(ROOT, 'pages/shop/shop')`
  const script = i % 2 === 0 ? `user.willAllow('scope.writePhotosAlbum')` : `user.willDeny('scope.writePhotosAlbum').willCancelModal()`
  const expected = i % 2 === 0 ? 'saved' : 'denied'
  return `  test('${file}.${i} saving the poster', async () => {
    ${script}
    const page = await ${open}
    await user.tap(() => page.onTapSavePoster())
    expect(page.data.saveStatus).toBe('${expected}')
  })`
}

function testFile(runner, variant, file, tests) {
  const root = JSON.stringify(join(DIR, 'miniprogram'))
  const head =
    runner === 'vitest'
      ? `import { describe, expect, test } from 'vitest'\nimport { fakeWx, launch, user } from 'fake-wx'\nimport { openPage } from '../../../hand-loader.cjs'\n`
      : `const { fakeWx, launch, user } = require('fake-wx')\nconst { openPage } = require('../../../hand-loader.cjs')\n`
  const body = Array.from({ length: tests }, (_, i) => testBody(variant, file, i)).join('\n\n')
  return `${head}\nconst ROOT = ${root}\n${SHOPS_HANDLER}\ndescribe('file ${file}', () => {\n${body}\n})\n`
}

function generate({ files, testsPerFile }) {
  rmSync(DIR, { recursive: true, force: true })
  mkdirSync(DIR, { recursive: true })
  cpSync(join(ROOT, 'examples/miniprogram'), join(DIR, 'miniprogram'), { recursive: true })
  writeFileSync(join(DIR, 'miniprogram/package.json'), '{ "type": "commonjs" }\n')
  writeFileSync(join(DIR, 'hand-loader.cjs'), HAND_LOADER)
  for (const runner of ['vitest', 'jest']) {
    for (const variant of ['harness', 'hand']) {
      const dir = join(DIR, runner, variant)
      mkdirSync(join(dir, 'tests'), { recursive: true })
      for (let f = 0; f < files; f++) {
        writeFileSync(join(dir, 'tests', `f${String(f).padStart(2, '0')}.test.${runner === 'vitest' ? 'mjs' : 'js'}`), testFile(runner, variant, f, testsPerFile))
      }
      if (runner === 'vitest') {
        writeFileSync(join(dir, 'vitest.config.mjs'), "export default { test: { include: ['tests/*.test.mjs'], setupFiles: ['fake-wx/vitest'], maxWorkers: 1 } }\n")
      } else {
        writeFileSync(
          join(dir, 'jest.config.cjs'),
          "module.exports = {\n  rootDir: __dirname,\n  testMatch: ['<rootDir>/tests/*.test.js'],\n  setupFilesAfterEnv: ['fake-wx/jest'],\n  transform: {},\n  testEnvironment: 'node',\n  maxWorkers: 1,\n  cacheDirectory: '<rootDir>/.jest-cache',\n}\n",
        )
      }
    }
  }
}

const NO_COLOR = { NO_COLOR: '1', FORCE_COLOR: '0', CI: '1' }

async function runSuite(runner, variant, expectedTests) {
  const dir = join(DIR, runner, variant)
  const result =
    runner === 'vitest'
      ? await run(ltsNode(), [join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '--config', 'vitest.config.mjs'], { cwd: dir, env: NO_COLOR })
      : await run(process.execPath, [join(ROOT, 'node_modules/jest/bin/jest.js'), '--config', 'jest.config.cjs'], { cwd: dir, env: NO_COLOR })
  const text = `${result.stdout}\n${result.stderr}`
  const passed = Number((runner === 'vitest' ? /Tests\s+(\d+) passed/ : /Tests:\s+(\d+) passed/).exec(text)?.[1] ?? 0)
  if (result.code !== 0 || passed !== expectedTests) {
    throw new Error(`${runner} page suite (${variant}) failed: exit ${result.code}, ${passed}/${expectedTests} passed\n${text}`.slice(0, 8000))
  }
  return result
}

export async function measurePages(ctx) {
  const files = ctx.ci ? 2 : 6
  const testsPerFile = 40
  const total = files * testsPerFile
  const repeats = ctx.ci ? 5 : 7
  generate({ files, testsPerFile })
  const rows = []
  const raw = {}
  for (const runner of ['vitest', 'jest']) {
    log(`part 7: ${total} page tests under ${runner}, launch() vs a hand-written loader (${repeats} repeats)`)
    try {
      await runSuite(runner, 'harness', total)
      await runSuite(runner, 'hand', total)
    } catch (error) {
      log(String(error.stack ?? error))
      rows.push(row(`7. page tests, ${runner}`, 'error', '—', '—', `≤ ${fmt.ratio(BUDGET.ratio)}`, false, String(error.message).split('\n')[0]))
      continue
    }
    const samples = { harness: [], hand: [], harnessCpu: [], handCpu: [] }
    const measure = async (count, offset) => {
      for (let i = 0; i < count; i++) {
        const order = (i + offset) % 2 === 0 ? ['harness', 'hand'] : ['hand', 'harness']
        for (const variant of order) {
          const { wallMs, cpuMs } = await runSuite(runner, variant, total)
          samples[variant].push(wallMs)
          samples[`${variant}Cpu`].push(cpuMs)
        }
      }
    }
    await measure(repeats, 0)
    const pairRatios = () => samples.harness.map((h, i) => h / samples.hand[i])
    if (Math.abs(median(pairRatios()) - BUDGET.ratio) < 0.05 || relativeSpread(pairRatios()) > 0.08) {
      log(`  ${runner}: near the budget or noisy: ${repeats} more repeats`)
      await measure(repeats, repeats)
    }
    const ratio = median(pairRatios())
    const perTest = (median(samples.harness) - median(samples.hand)) / total
    // CPU time is what the harness adds whatever else the machine runs; wall clock is what the budget names.
    const cpuRatio = samples.harnessCpu.includes(undefined) ? undefined : median(samples.harnessCpu.map((h, i) => h / samples.handCpu[i]))
    const cpuPerTest = cpuRatio === undefined ? undefined : (median(samples.harnessCpu) - median(samples.handCpu)) / total
    raw[runner] = { ...samples, ratio, perTestMs: perTest, cpuRatio, cpuPerTestMs: cpuPerTest }
    rows.push(
      row(
        `7. ${total} page tests (${files} files), ${runner}, wall clock`,
        fmt.ms(median(samples.harness)),
        `${fmt.ms(median(samples.hand))} hand loader`,
        fmt.ratio(ratio),
        `≤ ${fmt.ratio(BUDGET.ratio)}`,
        ratio <= BUDGET.ratio,
        `${perTest >= 0 ? '+' : ''}${perTest.toFixed(2)} ms per test`,
      ),
    )
    if (cpuRatio !== undefined) {
      rows.push(
        row(
          "   same, CPU time of the runner's processes",
          fmt.ms(median(samples.harnessCpu)),
          `${fmt.ms(median(samples.handCpu))} hand loader`,
          fmt.ratio(cpuRatio),
          '—',
          null,
          `${cpuPerTest >= 0 ? '+' : ''}${cpuPerTest.toFixed(2)} ms per test`,
        ),
      )
    }
  }
  const { msPerLaunch } = await runChild('launch.mjs', { root: join(DIR, 'miniprogram'), repeats: ctx.ci ? 7 : 15, perRepeat: 20 }, { cwd: TMP })
  raw.launch = { msPerLaunch }
  rows.push(row('   launch() + mp.reLaunch of the shop page, plain Node', fmt.ms(msPerLaunch), '—', '—', '—', null))
  const missed = Object.entries(raw).filter(([, r]) => r.ratio !== undefined && r.ratio > BUDGET.ratio).map(([runner]) => runner)
  return { rows, raw, missed }
}
