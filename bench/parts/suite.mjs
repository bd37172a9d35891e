// Part 4: a whole suite under each runner, with the preset versus the same tests against a hand-rolled
// mock. Generated into .tmp/bench/suite (gitignored), next to the staged package. The runners' own
// CLIs are timed, wall clock, alternating variants (ABBA), after one untimed warm-up run each.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { ROOT, TMP, fmt, join, log, median, relativeSpread, row, run } from '../lib/harness.mjs'
import { ltsNode } from '../lib/stage.mjs'

export const BUDGET = { ratio: 1.05 }
export const SUITE = join(TMP, 'suite')

// ---- the sources, written once for ESM (Vitest) and once for CJS (Jest) ---------------------------

/** `exports` of a module for each module system. */
function moduleText(esm, body, names) {
  return esm ? `${body.replace(/^(async )?function /gm, 'export $1function ').replace(/^const (\w+) = /gm, (m, n) => (names.includes(n) ? `export const ${n} = ` : m))}` : `${body}\nmodule.exports = { ${names.join(', ')} }\n`
}

/** The mini-program code under test: it only knows the global `wx`. */
const APP = `const SCOPE = 'scope.userLocation'

function locate() {
  return wx.getLocation({ type: 'gcj02' }).then(
    (res) => ({ ok: true, latitude: res.latitude, longitude: res.longitude }),
    (err) => ({ ok: false, reason: /auth den/.test(err.errMsg) ? 'denied' : 'error' }),
  )
}

async function ensureLocation() {
  const { authSetting } = await wx.getSetting()
  if (authSetting[SCOPE] === true) return true
  const granted = await wx.authorize({ scope: SCOPE }).then(() => true, () => false)
  if (granted) return true
  return new Promise((resolve, reject) => {
    wx.showModal({
      title: '需要位置权限',
      content: '请在设置中打开“位置信息”',
      success(res) {
        if (!res.confirm) return resolve(false)
        wx.openSetting({ success: (s) => resolve(s.authSetting[SCOPE] === true), fail: reject })
      },
      fail: reject,
    })
  })
}
`

/**
 * The hand-rolled mock a team writes without fake-wx: a global wx of mock functions (vi.fn / jest.fn)
 * answering on a microtask, and a small "user" to script answers, reset before each test.
 */
const HAND = `const state = { auth: {}, popup: {}, modal: undefined, settings: {} }
const later = () => Promise.resolve()
const deny = (api) => ({ errMsg: api + ':fail auth deny', errno: 103 })

const user = {
  willAllow(scope) { state.popup[scope] = 'allow'; return user },
  willDeny(scope) { state.popup[scope] = 'deny'; return user },
  hasAllowed(...scopes) { for (const s of scopes) state.auth[s] = true; return user },
  hasDenied(...scopes) { for (const s of scopes) state.auth[s] = false; return user },
  willConfirmModal() { state.modal = 'confirm'; return user },
  willCancelModal() { state.modal = 'cancel'; return user },
  inSettings: {
    willEnable(scope) { state.settings[scope] = true; return this },
    willDisable(scope) { state.settings[scope] = false; return this },
  },
}

function resetHand() {
  state.auth = {}
  state.popup = {}
  state.modal = undefined
  state.settings = {}
}

function ask(scope) {
  if (state.auth[scope] === undefined && state.popup[scope] !== undefined) state.auth[scope] = state.popup[scope] === 'allow'
  return state.auth[scope] === true
}

function installHandWx(fn) {
  globalThis.wx = {
    getLocation: fn(() => later().then(() => {
      if (!ask('scope.userLocation')) throw deny('getLocation')
      return { errMsg: 'getLocation:ok', latitude: 31.230416, longitude: 121.473701, speed: 0, accuracy: 30, altitude: 0, verticalAccuracy: 0, horizontalAccuracy: 30 }
    })),
    getSetting: fn(() => later().then(() => ({ errMsg: 'getSetting:ok', authSetting: { ...state.auth } }))),
    authorize: fn((o) => later().then(() => {
      if (!ask(o.scope)) throw deny('authorize')
      return { errMsg: 'authorize:ok' }
    })),
    showModal: fn((o) => {
      later().then(() => {
        const res = { errMsg: 'showModal:ok', confirm: state.modal === 'confirm', cancel: state.modal !== 'confirm' }
        if (o.success) o.success(res)
        if (o.complete) o.complete(res)
      })
    }),
    openSetting: fn((o) => {
      later().then(() => {
        for (const [scope, on] of Object.entries(state.settings)) if (scope in state.auth) state.auth[scope] = on
        const res = { errMsg: 'openSetting:ok', authSetting: { ...state.auth } }
        if (o.success) o.success(res)
        if (o.complete) o.complete(res)
      })
    }),
  }
}
`

/** Four short flows, in turn: refused, allowed, refused earlier, sent to the settings page. */
function testBody(file, i) {
  const name = `${file}.${i}`
  switch (i % 4) {
    case 0:
      return `  test('${name} the user refuses location', async () => {
    user.willDeny('scope.userLocation')
    expect(await locate()).toEqual({ ok: false, reason: 'denied' })
  })`
    case 1:
      return `  test('${name} the user allows location', async () => {
    user.willAllow('scope.userLocation')
    const result = await locate()
    expect(result.ok).toBe(true)
    expect(typeof result.latitude).toBe('number')
  })`
    case 2:
      return `  test('${name} refused on an earlier visit', async () => {
    user.hasDenied('scope.userLocation')
    expect(await locate()).toEqual({ ok: false, reason: 'denied' })
  })`
    default:
      return `  test('${name} refused, then enabled in settings', async () => {
    user.willDeny('scope.userLocation').willConfirmModal()
    user.inSettings.willEnable('scope.userLocation')
    expect(await ensureLocation()).toBe(true)
  })`
  }
}

function testFile(runner, variant, file, tests) {
  const esm = runner === 'vitest'
  const userFrom = variant === 'fake' ? 'fake-wx' : `../../../hand-mock.${esm ? 'mjs' : 'cjs'}`
  const head = esm
    ? `import { describe, expect, test } from 'vitest'\nimport { user } from '${userFrom}'\nimport { ensureLocation, locate } from '../../../app.mjs'\n`
    : `const { user } = require('${userFrom}')\nconst { ensureLocation, locate } = require('../../../app.cjs')\n`
  const body = Array.from({ length: tests }, (_, i) => testBody(file, i)).join('\n\n')
  return `${head}\ndescribe('file ${file}', () => {\n${body}\n})\n`
}

export function generateSuite({ files, testsPerFile }) {
  rmSync(SUITE, { recursive: true, force: true })
  mkdirSync(SUITE, { recursive: true })
  writeFileSync(join(SUITE, 'app.mjs'), moduleText(true, APP, ['locate', 'ensureLocation']))
  writeFileSync(join(SUITE, 'app.cjs'), moduleText(false, APP, ['locate', 'ensureLocation']))
  writeFileSync(join(SUITE, 'hand-mock.mjs'), moduleText(true, HAND, ['user', 'resetHand', 'installHandWx']))
  writeFileSync(join(SUITE, 'hand-mock.cjs'), moduleText(false, HAND, ['user', 'resetHand', 'installHandWx']))
  for (const runner of ['vitest', 'jest']) {
    for (const variant of ['fake', 'hand']) {
      const dir = join(SUITE, runner, variant)
      mkdirSync(join(dir, 'tests'), { recursive: true })
      for (let f = 0; f < files; f++) {
        const name = `f${String(f).padStart(2, '0')}.test.${runner === 'vitest' ? 'mjs' : 'js'}`
        writeFileSync(join(dir, 'tests', name), testFile(runner, variant, f, testsPerFile))
      }
      if (runner === 'vitest') {
        if (variant === 'hand') {
          writeFileSync(
            join(dir, 'hand-setup.mjs'),
            "import { beforeEach, vi } from 'vitest'\nimport { installHandWx, resetHand } from '../../hand-mock.mjs'\n\ninstallHandWx(vi.fn)\nbeforeEach(() => {\n  resetHand()\n  vi.clearAllMocks()\n})\n",
          )
        }
        const setup = variant === 'fake' ? 'fake-wx/vitest' : './hand-setup.mjs'
        writeFileSync(join(dir, 'vitest.config.mjs'), `export default { test: { include: ['tests/*.test.mjs'], setupFiles: ['${setup}'], maxWorkers: 1 } }\n`)
      } else {
        if (variant === 'hand') {
          writeFileSync(
            join(dir, 'hand-setup.js'),
            "const { installHandWx, resetHand } = require('../../hand-mock.cjs')\n\ninstallHandWx(jest.fn)\nbeforeEach(() => {\n  resetHand()\n  jest.clearAllMocks()\n})\n",
          )
        }
        const setup = variant === 'fake' ? 'fake-wx/jest' : '<rootDir>/hand-setup.js'
        writeFileSync(
          join(dir, 'jest.config.cjs'),
          `module.exports = {\n  rootDir: __dirname,\n  testMatch: ['<rootDir>/tests/*.test.js'],\n  setupFilesAfterEnv: ['${setup}'],\n  transform: {},\n  testEnvironment: 'node',\n  maxWorkers: 1,\n  cacheDirectory: '<rootDir>/.jest-cache',\n}\n`,
        )
      }
    }
  }
}

const NO_COLOR = { NO_COLOR: '1', FORCE_COLOR: '0', CI: '1' }

/** One run of a generated suite (`config`: another config file in its directory, as part 5 writes). */
export async function runSuite(runner, variant, expectedTests, config = runner === 'vitest' ? 'vitest.config.mjs' : 'jest.config.cjs') {
  const dir = join(SUITE, runner, variant)
  const result =
    runner === 'vitest'
      ? await run(ltsNode(), [join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '--config', config], { cwd: dir, env: NO_COLOR })
      : await run(process.execPath, [join(ROOT, 'node_modules/jest/bin/jest.js'), '--config', config], { cwd: dir, env: NO_COLOR })
  const text = `${result.stdout}\n${result.stderr}`
  const passed = Number((runner === 'vitest' ? /Tests\s+(\d+) passed/ : /Tests:\s+(\d+) passed/).exec(text)?.[1] ?? 0)
  if (result.code !== 0 || passed !== expectedTests) {
    throw new Error(`${runner} suite (${variant}) failed: exit ${result.code}, ${passed}/${expectedTests} passed\n${text}`.slice(0, 8000))
  }
  return result
}

export async function measureSuite(ctx) {
  const files = ctx.ci ? 4 : 20
  const testsPerFile = 50
  const total = files * testsPerFile
  const repeats = ctx.ci ? 5 : 7
  generateSuite({ files, testsPerFile })
  const rows = []
  const raw = {}
  for (const runner of ['vitest', 'jest']) {
    if (!ctx.pkg.has(runner === 'vitest' ? 'vitest.js' : 'jest.cjs')) {
      rows.push(row(`4. suite of ${total} tests, ${runner}`, 'not built', '—', '—', `≤ ${fmt.ratio(BUDGET.ratio)}`, false, `dist/${runner}.* missing`))
      continue
    }
    log(`part 4: ${total} tests under ${runner}, preset vs hand-rolled mock (${repeats} repeats)`)
    try {
      await runSuite(runner, 'fake', total) // warm-up: caches, file system, the LTS node
      await runSuite(runner, 'hand', total)
    } catch (error) {
      log(String(error.stack ?? error))
      const first = String(error.message).split('\n').find((l) => /Error:/.test(l))?.trim() ?? String(error.message).split('\n')[0]
      rows.push(row(`4. suite of ${total} tests, ${runner}`, 'error', '—', '—', `≤ ${fmt.ratio(BUDGET.ratio)}`, false, `the suite failed: ${first}`))
      continue
    }
    const samples = { fake: [], hand: [], fakeCpu: [], handCpu: [] }
    const measure = async (count, offset) => {
      for (let i = 0; i < count; i++) {
        const order = (i + offset) % 2 === 0 ? ['fake', 'hand'] : ['hand', 'fake']
        for (const variant of order) {
          const { wallMs, cpuMs } = await runSuite(runner, variant, total)
          samples[variant].push(wallMs)
          samples[`${variant}Cpu`].push(cpuMs)
        }
      }
    }
    await measure(repeats, 0)
    // Close to the budget: the verdict could be noise, so measure more rather than guess.
    const pairRatios = () => samples.fake.map((f, i) => f / samples.hand[i])
    const ratioNow = () => median(pairRatios())
    if (Math.abs(ratioNow() - BUDGET.ratio) < 0.03 || relativeSpread(pairRatios()) > 0.08) {
      log(`  ${runner}: ratio ${ratioNow().toFixed(3)} is near the budget or noisy: ${repeats} more repeats`)
      await measure(repeats, repeats)
    }
    const ratio = ratioNow()
    const cpuRatio = samples.fakeCpu.includes(undefined) ? undefined : median(samples.fakeCpu.map((f, i) => f / samples.handCpu[i]))
    raw[runner] = { ...samples, ratio, cpuRatio }
    rows.push(
      row(
        `4. suite of ${total} tests (${files} files), ${runner}, wall clock`,
        fmt.ms(median(samples.fake)),
        `${fmt.ms(median(samples.hand))} hand mock`,
        fmt.ratio(ratio),
        `≤ ${fmt.ratio(BUDGET.ratio)}`,
        ratio <= BUDGET.ratio,
      ),
    )
    if (cpuRatio !== undefined) {
      rows.push(
        row(
          `   same, CPU time of the runner's processes`,
          fmt.ms(median(samples.fakeCpu)),
          `${fmt.ms(median(samples.handCpu))} hand mock`,
          fmt.ratio(cpuRatio),
          '—',
          null,
        ),
      )
    }
  }
  const missed = Object.entries(raw).filter(([, r]) => r.ratio > BUDGET.ratio).map(([runner]) => runner)
  return { rows, raw, missed }
}

/**
 * Profiles one run of each variant (node --cpu-prof in every process the runner starts) and charges
 * the fake-wx variant's samples to fake-wx's own files (bench/lib/profile.mjs#attribute).
 */
export async function profileSuite(ctx, runner) {
  const { attribute, allProfiles } = await import('../lib/profile.mjs')
  const { RESULTS } = await import('../lib/harness.mjs')
  const totals = {}
  let attributed
  const dirs = {}
  for (const variant of ['fake', 'hand']) {
    const dir = join(RESULTS, `cpu-prof-suite-${runner}-${variant}`)
    rmSync(dir, { recursive: true, force: true })
    mkdirSync(dir, { recursive: true })
    dirs[variant] = dir
    log(`profiling the ${runner} suite (${variant}) → ${dir}`)
    const cwd = join(SUITE, runner, variant)
    const prof = ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-interval=200']
    let result
    if (runner === 'vitest') {
      // Vitest's workers take their Node flags from `execArgv` (and write the profile as they exit).
      const setup = variant === 'fake' ? 'fake-wx/vitest' : './hand-setup.mjs'
      writeFileSync(
        join(cwd, 'vitest.profile.config.mjs'),
        `export default { test: { include: ['tests/*.test.mjs'], setupFiles: ['${setup}'], maxWorkers: 1, execArgv: ${JSON.stringify(prof)} } }\n`,
      )
      result = await run(ltsNode(), [join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '--config', 'vitest.profile.config.mjs'], { cwd, env: NO_COLOR })
    } else {
      result = await run(process.execPath, [...prof, join(ROOT, 'node_modules/jest/bin/jest.js'), '--config', 'jest.config.cjs'], { cwd, env: NO_COLOR })
    }
    if (result.code !== 0) throw new Error(`profiled ${runner} run failed:\n${result.stdout}\n${result.stderr}`.slice(0, 4000))
    const summary = attribute(allProfiles(dir), { stagedPkgDir: ctx.pkg.dir })
    totals[variant] = summary.totalMs
    if (variant === 'fake') attributed = summary
  }
  const pct = (s) => `${(100 * s).toFixed(1).padStart(5)}%`
  const lines = [
    `Profile: ${runner} suite (node --cpu-prof in every process; ${dirs.fake})`,
    `  sampled CPU, one run each: preset ${totals.fake.toFixed(0)} ms, hand mock ${totals.hand.toFixed(0)} ms.` +
      ` Charged to fake-wx code (with what it calls: require, compile): ${attributed.ownMs.toFixed(0)} ms`,
    '  fake-wx time by file:',
    ...attributed.files.slice(0, 10).map((f) => `    ${pct(f.share)}  ${f.ms.toFixed(0).padStart(5)} ms  ${f.name}`),
    '  by function:',
    ...attributed.functions.slice(0, 15).map((f) => `    ${pct(f.share)}  ${f.ms.toFixed(0).padStart(5)} ms  ${f.name}`),
  ]
  return { workload: `suite-${runner}`, dir: dirs.fake, summary: { totals, ...attributed }, text: lines.join('\n') }
}
