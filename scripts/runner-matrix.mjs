#!/usr/bin/env node
// npm run test:matrix: fake-wx under every test runner version it supports, installed the way users
// install it. Packs the package, then per runner version writes a scratch project under the system's
// temporary folder, `npm install`s the runner from the npm registry together with the tarball (so a peer
// range that refuses the runner fails here, as ERESOLVE), and checks:
//
//   runtime  a small suite passes: a refusal (errMsg), a matcher, a .not matcher, a timeline snapshot and
//            a fresh fake in the next test; and a test that leaves a popup unscripted fails, after it
//            ends, with the message that names the line to add. Jest: CommonJS and native ES modules.
//            node:test: `node --test --import fake-wx/node`, ES module and CommonJS test files, on
//            Node 20, 22 and the current LTS. Vitest: each Vitest entry refuses the other generation.
//   types    tsc with skipLibCheck false compiles a test file that uses the matchers (and rejects a
//            misspelt matcher and an unknown scope), per TypeScript major, moduleResolution (node10,
//            node16, nodenext, bundler) and package type (ESM, CommonJS).
//
// A type cell that fails only inside the runner's own typings is compiled again without fake-wx; if it
// fails the same way there, the cell is "n/a" (the runner's typings do not compile in that set-up), not
// a failure of fake-wx. An option TypeScript itself rejects (node10 in TypeScript 7) is "n/a" too.
//
//   node scripts/runner-matrix.mjs            CI's selection: every runtime cell; types with TypeScript 7
//                                             (node16, nodenext, bundler), 6 (node10) and 5 (node16, ESM)
//   node scripts/runner-matrix.mjs --full     every cell (about 15 minutes on 2 cores); with --write, also
//                                             records the result (test/matrix/runner-matrix.json) and
//                                             regenerates the README's table from it
//   --only=<text>                             only the cells whose name contains <text>
//   --readme                                  only regenerate the README's table from the record
//
// Every run compares what it measured with the recorded matrix: a cell that changed fails the run, so
// the README's table and Requirements keep saying what the matrix shows.
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { ensureBuilt, root } from './lib/build.mjs'

const args = process.argv.slice(2)
const FULL = args.includes('--full')
const WRITE = args.includes('--write')
const ONLY = args.find((arg) => arg.startsWith('--only='))?.slice('--only='.length)
const RECORD = join(root, 'test/matrix/runner-matrix.json')
const README = join(root, 'README.md')
const scratch = join(process.env.FAKE_WX_MATRIX_DIR ?? tmpdir(), 'fake-wx-runner-matrix')

// Exact versions, the newest of each major when the matrix was last recorded: a run measures the same set-ups
// every time, and a new release is a deliberate change here (then npm run test:matrix -- --full --write).
/** The Node versions node:test runs on: this one, 22, and `lts`, scripts/lts-node.mjs's (Vitest 5's). */
const NODE_22 = '22.23.5'
const TYPESCRIPT = { 5: '5.9.3', 6: '6.0.3', 7: '7.0.2' }

/** The runner versions. `node` is the Node the runtime cells use. */
const RUNNERS = {
  'jest-29': { title: 'Jest 29', kind: 'jest', deps: { jest: '29.7.0', '@jest/globals': '29.7.0', '@types/jest': '29.5.14' }, node: 'machine' },
  'jest-30': { title: 'Jest 30', kind: 'jest', deps: { jest: '30.5.2', '@jest/globals': '30.5.2', '@types/jest': '30.0.0' }, node: 'machine' },
  'vitest-3': { title: 'Vitest 3', kind: 'vitest', deps: { vitest: '3.2.7' }, entry: 'fake-wx/vitest-legacy', other: 'fake-wx/vitest', node: 'machine' },
  'vitest-4': { title: 'Vitest 4', kind: 'vitest', deps: { vitest: '4.1.12' }, entry: 'fake-wx/vitest-legacy', other: 'fake-wx/vitest', node: 'machine' },
  // Vitest 5 requires Node ^22.12, ^24 or >= 26.
  'vitest-5': { title: 'Vitest 5', kind: 'vitest', deps: { vitest: '5.1.2' }, entry: 'fake-wx/vitest', other: 'fake-wx/vitest-legacy', node: 'lts' },
  'node-test': { title: 'node:test', kind: 'node', deps: {}, nodes: ['machine', NODE_22, 'lts'] },
  // bun:test with the Jest preset (bun maps @jest/globals to bun:test). Runtime only, and only with --full:
  // the bun package is a large download, and bun is not one of the runners fake-wx promises.
  bun: { title: 'bun:test', kind: 'bun', deps: { bun: '1.4.5' }, fullOnly: true },
}

/** The README's vitest.config.js for each Vitest entry, verbatim (the README quotes these lines). */
const VITEST_CONFIG = {
  'fake-wx/vitest': `import { defineConfig } from 'vitest/config'

export default defineConfig({ test: { globals: true, setupFiles: ['fake-wx/vitest'] } })
`,
  'fake-wx/vitest-legacy': `import { defineConfig } from 'vitest/config'

export default defineConfig({ test: { globals: true, setupFiles: ['fake-wx/vitest-legacy'] } })
`,
}

const RESOLUTIONS = ['node10', 'node16', 'nodenext', 'bundler']
const PACKAGE_TYPES = ['esm', 'cjs']

/** CI's selection of type cells: the fast TypeScript 7 for what it supports, 6 for node10, 5 once. */
function typeCellSelected(ts, resolution, packageType) {
  if (FULL) return true
  if (ts === 7) return resolution !== 'node10'
  if (ts === 6) return resolution === 'node10'
  return resolution === 'node16' && packageType === 'esm'
}

// ---------------------------------------------------------------------------------------------------
// The suites

const TIMELINE = [
  "#1 wx.getLocation({ type: 'gcj02' })",
  '  popup scope.userLocation: 获取你的位置信息',
  '  user denies',
  "  reject { errMsg: 'getLocation:fail auth deny', errno: 103 }",
]

/** What the unscripted popup's failure must say (src/gates/unscripted.ts writes it; the presets throw it). */
const UNSCRIPTED_MESSAGE = ["wx.getLocation showed the permission popup for 'scope.userLocation', but the test scripted no answer.", "user.willAllow('scope.userLocation')"]

const EXPECT_SUITE = `
test('a refusal: the errMsg, a matcher, a .not matcher and the timeline', async () => {
  user.willDeny('scope.userLocation')
  const err = await wx.getLocation({ type: 'gcj02' }).catch((e) => e)
  expect(err).toEqual({ errMsg: 'getLocation:fail auth deny', errno: 103 })
  expect(wx.getLocation).toHaveFailedWithAuthDeny()
  expect(wx).toHaveScope('scope.userLocation', 'denied')
  expect(wx).not.toHavePrompted('scope.camera')
  expect(fakeWx.log).toMatchInlineSnapshot(\`
${TIMELINE.map((line) => `    ${line}`).join('\n')}
  \`)
})

test('the next test starts from a fresh fake', () => {
  expect(wx).toHaveScope('scope.userLocation', 'unasked')
  expect(fakeWx.log.entries).toHaveLength(0)
})
`

const UNSCRIPTED_TEST = `
test('a popup the test did not script', async () => {
  await wx.getLocation({ type: 'gcj02' }).catch(() => undefined)
})
`

const NODE_SUITE = `
test('a refusal: the errMsg, an assertion, a .not assertion', async () => {
  user.willDeny('scope.userLocation')
  const err = await wx.getLocation({ type: 'gcj02' }).catch((e) => e)
  assert.deepEqual(err, { errMsg: 'getLocation:fail auth deny', errno: 103 })
  assertWx.failedWithAuthDeny(wx.getLocation)
  assertWx.scope(wx, 'scope.userLocation', 'denied')
  assertWx.not.prompted(wx, 'scope.camera')
  assert.throws(() => assertWx.prompted(wx, 'scope.camera'), { name: 'AssertionError', message: /^assertWx\\.prompted\\(wx, 'scope\\.camera'\\)/ })
})

test('the timeline snapshot', { skip: nodeTest.snapshot === undefined ? 'node:test has no snapshots on this Node' : false }, async (t) => {
  user.willDeny('scope.userLocation')
  await wx.getLocation({ type: 'gcj02' }).catch(() => undefined)
  t.assert.snapshot(fakeWx.log)
})

test('the next test starts from a fresh fake', () => {
  assertWx.scope(wx, 'scope.userLocation', 'unasked')
  assert.equal(fakeWx.log.entries.length, 0)
})
`

/** node:test's snapshot file for NODE_SUITE, as node writes it: the timeline, template-escaped. */
function nodeSnapshotFile() {
  return `exports[\`the timeline snapshot 1\`] = \`\n${TIMELINE.join('\n')}\n\`;\n`
}

const TYPE_LINES = (receiver) => `
  ${receiver}(wx).toHavePrompted('scope.userLocation')
  ${receiver}(wx.getLocation).toHaveFailedWithAuthDeny()
  ${receiver}(wx).not.toHaveScope('scope.camera', 'granted')
  // @ts-expect-error a misspelt matcher does not compile
  ${receiver}(wx).toHavePromted()
  // @ts-expect-error an unknown scope does not compile
  ${receiver}(wx).toHavePrompted('scope.userLoction')
`

/** The type-check programs of a runner: each file's name and text, and the `types` entry. */
function typePrograms(runner, packageType, resolution) {
  const esmOnlyRunner = runner.kind === 'vitest'
  // A CommonJS package imports an ES-module-only runner from a .mts file under node16/nodenext.
  const importExt = esmOnlyRunner && packageType === 'cjs' && (resolution === 'node16' || resolution === 'nodenext') ? 'mts' : 'ts'
  const header = "import { fakeWx } from 'fake-wx'\nconst wx = fakeWx.wx\n"
  if (runner.kind === 'vitest') {
    return {
      types: ['node', 'vitest/globals', runner.typesEntry ?? runner.entry],
      baselineTypes: ['node', 'vitest/globals'],
      files: {
        'globals.check.ts': `${header}test('typed', () => {${TYPE_LINES('expect')}})\n`,
        [`imported.check.${importExt}`]: `import { expect as imported, test as importedTest } from 'vitest'\n${header}importedTest('typed', () => {${TYPE_LINES('imported')}  const later: Promise<void> = imported(Promise.resolve(wx)).resolves.toHavePrompted()\n  void later\n})\n`,
      },
      baseline: {
        'globals.check.ts': "test('x', () => { expect(1).toBe(1) })\n",
        [`imported.check.${importExt}`]: "import { expect as imported } from 'vitest'\nimported(1).toBe(1)\n",
      },
    }
  }
  if (runner.kind === 'jest') {
    return {
      types: ['node', 'jest', 'fake-wx/jest'],
      baselineTypes: ['node', 'jest'],
      files: {
        'global.check.ts': `${header}test('typed', () => {${TYPE_LINES('expect')}})\n`,
        'imported.check.ts': `import { expect as imported, test as importedTest } from '@jest/globals'\n${header}importedTest('typed', () => {${TYPE_LINES('imported')}})\n`,
      },
      baseline: {
        'global.check.ts': "test('x', () => { expect(1).toBe(1) })\n",
        'imported.check.ts': "import { expect as imported } from '@jest/globals'\nimported(1).toBe(1)\n",
      },
    }
  }
  return {
    types: ['node'],
    baselineTypes: ['node'],
    files: {
      'node.check.ts': `import { test } from 'node:test'
import { assertWx } from 'fake-wx/node'
${header}test('typed', () => {
  assertWx.prompted(wx, 'scope.userLocation')
  assertWx.promptedTimes(wx, 'scope.userLocation', 1)
  assertWx.failedWithAuthDeny(wx.getLocation)
  assertWx.not.scope(wx, 'scope.camera', 'granted')
  assertWx.shownModal(wx, { title: '需要位置权限' })
  // @ts-expect-error a misspelt assertion does not compile
  assertWx.promted(wx)
  // @ts-expect-error an unknown scope does not compile
  assertWx.prompted(wx, 'scope.userLoction')
  // @ts-expect-error the count is a number
  assertWx.promptedTimes(wx, 'scope.userLocation', '1')
})
`,
    },
    baseline: { 'node.check.ts': "import { test } from 'node:test'\ntest('x', () => {})\n" },
  }
}

function tsconfig(ts, resolution, packageType, types, files) {
  const module = { node10: packageType === 'cjs' ? 'commonjs' : 'esnext', node16: 'node16', nodenext: 'nodenext', bundler: 'esnext' }[resolution]
  const compilerOptions = { target: 'ES2022', lib: ['ESNext'], module, moduleResolution: resolution, strict: true, noEmit: true, skipLibCheck: false, types }
  // TypeScript 6 deprecates node10 (TypeScript 7 removes it; 5 does not know the 6.0 value).
  if (resolution === 'node10' && ts === 6) compilerOptions.ignoreDeprecations = '6.0'
  return { compilerOptions, files }
}

// ---------------------------------------------------------------------------------------------------
// Projects

function write(dir, files) {
  for (const [name, content] of Object.entries(files)) {
    const file = join(dir, name)
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`)
  }
}

function run(command, commandArgs, cwd, { env = {}, timeout = 300_000 } = {}) {
  const result = spawnSync(command, commandArgs, {
    cwd,
    encoding: 'utf8',
    timeout,
    env: { ...process.env, CI: 'true', NO_COLOR: '1', FORCE_COLOR: '0', NODE_OPTIONS: '', ...env },
  })
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? `\n${result.error.message}` : ''}`
  return { status: result.status, output }
}

/** npm install, asynchronously (the installs are network-bound and run side by side). */
function npmInstall(cwd, packages) {
  return new Promise((resolve) => {
    const child = spawn('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...packages], { cwd, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('close', (status) => resolve({ status, output }))
  })
}

function pack() {
  ensureBuilt()
  const into = join(scratch, 'pack')
  rmSync(into, { recursive: true, force: true })
  mkdirSync(into, { recursive: true })
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', into], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
  return join(into, JSON.parse(out)[0].filename)
}

const platformNode = `node-${process.platform}-${process.arch}`

/** TypeScript 5, 6 and 7 and Node 22 in one tools project; the runners' projects get none of them. */
async function installTools() {
  const cwd = join(scratch, 'tools')
  mkdirSync(cwd, { recursive: true })
  if (!existsSync(join(cwd, 'package.json'))) write(cwd, { 'package.json': { private: true } })
  const wanted = [...Object.entries(TYPESCRIPT).map(([major, version]) => `ts${major}@npm:typescript@${version}`), `node22@npm:${platformNode}@${NODE_22}`]
  const result = await npmInstall(cwd, wanted)
  if (result.status !== 0) throw new Error(`installing TypeScript and Node ${NODE_22} failed:\n${result.output}`)
  const version = (name) => JSON.parse(readFileSync(join(cwd, 'node_modules', name, 'package.json'), 'utf8')).version
  return {
    tsc: Object.fromEntries(Object.keys(TYPESCRIPT).map((major) => [major, { bin: join(cwd, `node_modules/ts${major}/bin/tsc`), version: version(`ts${major}`) }])),
    nodes: {
      machine: process.execPath,
      [NODE_22]: join(cwd, 'node_modules/node22/bin/node'),
      lts: execFileSync(process.execPath, [join(root, 'scripts/lts-node.mjs')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim().split('\n').pop(),
    },
  }
}

function projectFiles(id, runner) {
  const files = { 'package.json': { private: true, type: 'module' } }
  if (runner.kind === 'vitest') {
    files['vitest.config.js'] = VITEST_CONFIG[runner.entry]
    files['vitest.unscripted.config.js'] = `import base from './vitest.config.js'\n\nexport default { test: { ...base.test, include: ['unscripted/*.fixture.js'] } }\n`
    files['vitest.mismatch.config.js'] = VITEST_CONFIG[runner.other]
    files['test/refusal.test.js'] = `import { fakeWx, user } from 'fake-wx'\n${EXPECT_SUITE}`
    files['unscripted/unscripted.fixture.js'] = UNSCRIPTED_TEST
  } else if (runner.kind === 'jest') {
    for (const [dir, type] of [['cjs', 'commonjs'], ['esm', 'module']]) {
      const importLine = type === 'module' ? "import { fakeWx, user } from 'fake-wx'" : "const { fakeWx, user } = require('fake-wx')"
      files[`${dir}/package.json`] = { private: true, type }
      // The README's one line: setupFilesAfterEnv: ['fake-wx/jest'] (transform: {} for native ES modules).
      const config = (roots) => `{ setupFilesAfterEnv: ['fake-wx/jest'], roots: ['<rootDir>/${roots}']${type === 'module' ? ', transform: {}' : ''} }`
      files[`${dir}/jest.config.js`] = type === 'module' ? `export default ${config('test')}\n` : `module.exports = ${config('test')}\n`
      files[`${dir}/jest.unscripted.config.js`] = type === 'module' ? `export default ${config('unscripted')}\n` : `module.exports = ${config('unscripted')}\n`
      files[`${dir}/test/refusal.test.js`] = `${importLine}\n${EXPECT_SUITE}`
      files[`${dir}/unscripted/unscripted.test.js`] = UNSCRIPTED_TEST
    }
  } else if (runner.kind === 'bun') {
    // bun has no snapshot serializers (expect.addSnapshotSerializer is not implemented): the timeline is compared as text.
    files['bunfig.toml'] = '[test]\npreload = ["fake-wx/jest"]\n'
    const suite = EXPECT_SUITE.replace(/expect\(fakeWx\.log\)\.toMatchInlineSnapshot\(`[^`]*`\)/, `expect(printTimeline(fakeWx.log)).toBe(${JSON.stringify(TIMELINE.join('\n'))})`)
    files['test/refusal.test.js'] = `import { expect, test } from 'bun:test'\nimport { fakeWx, user } from 'fake-wx'\nimport { printTimeline } from 'fake-wx/serializer'\n${suite}`
    files['unscripted/unscripted.test.js'] = `import { test } from 'bun:test'\n${UNSCRIPTED_TEST}`
  } else {
    const esmHead = "import assert from 'node:assert/strict'\nimport * as nodeTest from 'node:test'\nimport { test } from 'node:test'\nimport { fakeWx, user } from 'fake-wx'\nimport { assertWx } from 'fake-wx/node'\n"
    const cjsHead = "const assert = require('node:assert/strict')\nconst nodeTest = require('node:test')\nconst { test } = nodeTest\nconst { fakeWx, user } = require('fake-wx')\nconst { assertWx } = require('fake-wx/node')\n"
    files['test/refusal.test.mjs'] = `${esmHead}${NODE_SUITE}`
    files['test/refusal.test.mjs.snapshot'] = nodeSnapshotFile()
    files['test/refusal-cjs.test.cjs'] = `${cjsHead}${NODE_SUITE.replace("'the timeline snapshot'", "'the timeline snapshot (CommonJS)'")}`
    files['test/refusal-cjs.test.cjs.snapshot'] = nodeSnapshotFile().replace('the timeline snapshot 1', 'the timeline snapshot (CommonJS) 1')
    files['unscripted/unscripted.test.mjs'] = `import { test } from 'node:test'\n${UNSCRIPTED_TEST}`
  }
  return files
}

async function installProject(id, runner, tarball) {
  const cwd = join(scratch, id)
  rmSync(cwd, { recursive: true, force: true })
  write(cwd, projectFiles(id, runner))
  // The runner and the tarball in one install: a peer range that refuses this runner fails it (ERESOLVE).
  const packages = [...Object.entries(runner.deps).map(([name, range]) => `${name}@${range}`), '@types/node@22.20.7', tarball]
  const result = await npmInstall(cwd, packages)
  const versions = Object.fromEntries(
    Object.keys(runner.deps).map((name) => [name, JSON.parse(readFileSync(join(cwd, 'node_modules', name, 'package.json'), 'utf8')).version]),
  )
  return { cwd, ok: result.status === 0, output: result.output, versions: result.status === 0 ? versions : {} }
}

// ---------------------------------------------------------------------------------------------------
// Cells

const results = []

function record(cell, status, detail = '') {
  results.push({ cell, status, detail })
  const mark = status === 'pass' ? 'ok  ' : status === 'n/a' ? 'n/a ' : 'FAIL'
  console.log(`matrix: ${mark} ${cell}${detail && status !== 'fail' ? ` (${detail})` : ''}`)
  if (status === 'fail') console.log(detail.split('\n').slice(0, 60).map((line) => `    ${line}`).join('\n'))
}

const wanted = (cell) => ONLY === undefined || cell.includes(ONLY)

function checkPassing(cell, result) {
  if (!wanted(cell)) return
  record(cell, result.status === 0 ? 'pass' : 'fail', result.status === 0 ? '' : `exit ${result.status}\n${result.output}`)
}

function checkFailing(cell, result, mustSay) {
  if (!wanted(cell)) return
  const missing = mustSay.filter((text) => !result.output.includes(text))
  const ok = result.status !== 0 && result.status !== null && missing.length === 0
  record(cell, ok ? 'pass' : 'fail', ok ? '' : `expected a failure saying ${mustSay.map((t) => JSON.stringify(t)).join(' and ')}; exit ${result.status}\n${result.output}`)
}

function runtimeCells(id, runner, project, tools) {
  const { cwd } = project
  if (runner.kind === 'vitest') {
    const node = tools.nodes[runner.node]
    const vitest = join(cwd, 'node_modules/vitest/vitest.mjs')
    const major = run(node, ['--version'], cwd).output.trim().replace(/^v(\d+).*/s, '$1')
    checkPassing(`${id} runtime (Node ${major}): the suite passes with ${runner.entry}`, run(node, [vitest, 'run'], cwd))
    checkFailing(`${id} runtime (Node ${major}): an unscripted popup fails the test`, run(node, [vitest, 'run', '--config', 'vitest.unscripted.config.js'], cwd), UNSCRIPTED_MESSAGE)
    checkFailing(`${id} runtime (Node ${major}): ${runner.other} refuses this Vitest, naming ${runner.entry}`, run(node, [vitest, 'run', '--config', 'vitest.mismatch.config.js'], cwd), [
      `${runner.other} serves`,
      `Write '${runner.entry}' instead`,
    ])
  } else if (runner.kind === 'jest') {
    const jest = join(cwd, 'node_modules/jest/bin/jest.js')
    for (const [dir, flags] of [['cjs', []], ['esm', ['--experimental-vm-modules', '--no-warnings']]]) {
      const here = join(cwd, dir)
      const label = dir === 'cjs' ? 'CommonJS' : 'native ES modules'
      checkPassing(`${id} runtime (${label}): the suite passes`, run(process.execPath, [...flags, jest, '--ci'], here))
      checkFailing(`${id} runtime (${label}): an unscripted popup fails the test`, run(process.execPath, [...flags, jest, '--ci', '--config', 'jest.unscripted.config.js'], here), UNSCRIPTED_MESSAGE)
    }
  } else if (runner.kind === 'bun') {
    const bun = join(cwd, 'node_modules/.bin/bun')
    checkPassing(`${id} runtime: bun test with preload fake-wx/jest passes the suite (the timeline compared as text)`, run(bun, ['test', './test/refusal.test.js'], cwd))
    checkFailing(`${id} runtime: an unscripted popup fails the test`, run(bun, ['test', './unscripted/unscripted.test.js'], cwd), UNSCRIPTED_MESSAGE)
  } else {
    for (const which of runner.nodes) {
      const node = tools.nodes[which]
      const major = run(node, ['--version'], cwd).output.trim().replace(/^v(\d+).*/s, '$1')
      const suite = run(node, ['--test', '--import', 'fake-wx/node', 'test/refusal.test.mjs', 'test/refusal-cjs.test.cjs'], cwd)
      checkPassing(`${id} runtime (Node ${major}): node --test --import fake-wx/node passes the suite, ES module and CommonJS files`, suite)
      checkFailing(`${id} runtime (Node ${major}): an unscripted popup fails the test`, run(node, ['--test', '--import', 'fake-wx/node', 'unscripted/unscripted.test.mjs'], cwd), UNSCRIPTED_MESSAGE)
    }
  }
}

/** tsc's errors as { file, code, text }. */
function tscErrors(output) {
  return [...output.matchAll(/^(.+?)\(\d+,\d+\): error (TS\d+): (.*)$/gm)].map(([, file, code, text]) => ({ file, code, text }))
}

function compile(tsc, cwd, config) {
  write(cwd, { 'tsconfig.matrix.json': config })
  return run(process.execPath, [tsc, '-p', 'tsconfig.matrix.json'], cwd)
}

function typeCells(id, runner, project, tools) {
  if (runner.kind === 'bun') return
  const entries = runner.kind === 'vitest' ? [runner.entry, runner.other] : [undefined]
  for (const packageType of PACKAGE_TYPES) {
    for (const resolution of RESOLUTIONS) {
      for (const ts of Object.keys(TYPESCRIPT).map(Number)) {
        for (const entry of entries) {
          const mismatch = entry !== undefined && entry !== runner.entry
          // The mismatch is checked once per Vitest, in CI's selection too.
          if (mismatch ? !(ts === 7 && resolution === 'bundler' && packageType === 'esm') : !typeCellSelected(ts, resolution, packageType)) continue
          const cell = `${id} types: TypeScript ${ts}, ${resolution}, ${packageType.toUpperCase()}${mismatch ? `, ${entry} (the other generation's entry)` : ''}`
          if (!wanted(cell)) continue
          const cwd = join(project.cwd, `types-${packageType}-${resolution}`)
          rmSync(cwd, { recursive: true, force: true })
          const program = typePrograms({ ...runner, typesEntry: entry }, packageType, resolution)
          write(cwd, { 'package.json': { private: true, type: packageType === 'esm' ? 'module' : 'commonjs' }, ...program.files })
          const result = compile(tools.tsc[ts].bin, cwd, tsconfig(ts, resolution, packageType, program.types, Object.keys(program.files)))
          if (mismatch) {
            const fix = runner.entry
            const said = result.output.includes(`write '${fix}'`)
            record(cell, result.status !== 0 && said ? 'pass' : 'fail', result.status !== 0 && said ? '' : `expected tsc to fail naming '${fix}'; exit ${result.status}\n${result.output}`)
            continue
          }
          if (result.status === 0) {
            record(cell, 'pass')
            continue
          }
          const errors = tscErrors(result.output)
          const optionError = /error (TS5\d\d\d|TS6046): (.*)/.exec(result.output)
          if (optionError !== null && errors.every((error) => error.file.includes('tsconfig'))) {
            record(cell, 'n/a', `TypeScript ${ts} rejects the option: ${optionError[1]} ${optionError[2]}`)
            continue
          }
          const outsideRunner = errors.filter((error) => !error.file.includes('node_modules/') || error.file.includes('node_modules/fake-wx/'))
          if (errors.length > 0 && outsideRunner.length === 0) {
            // Only the runner's typings failed: the same set-up without fake-wx tells whose failure it is.
            const base = join(project.cwd, `types-baseline-${packageType}-${resolution}`)
            rmSync(base, { recursive: true, force: true })
            write(base, { 'package.json': { private: true, type: packageType === 'esm' ? 'module' : 'commonjs' }, ...program.baseline })
            const baseline = compile(tools.tsc[ts].bin, base, tsconfig(ts, resolution, packageType, program.baselineTypes, Object.keys(program.baseline)))
            const baselineCodes = new Set(tscErrors(baseline.output).map((error) => `${error.code} ${error.text}`))
            if (baseline.status !== 0 && errors.every((error) => baselineCodes.has(`${error.code} ${error.text}`))) {
              record(cell, 'n/a', `the runner's own typings fail here without fake-wx: ${errors[0].code} in ${errors[0].file.replace(/.*node_modules\//, '')}`)
              continue
            }
          }
          record(cell, 'fail', result.output)
        }
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// The README table and the record

function summary(versions, tools) {
  const byRunner = {}
  for (const [id, runner] of Object.entries(RUNNERS)) {
    const mine = results.filter((r) => r.cell.startsWith(`${id} `))
    const runtime = mine.filter((r) => r.cell.includes(' runtime'))
    const typesBy = {}
    for (const ts of Object.keys(TYPESCRIPT)) {
      const cells = mine.filter((r) => r.cell.includes(` types: TypeScript ${ts}, `) && !r.cell.includes('other generation'))
      typesBy[ts] = {
        pass: cells.filter((r) => r.status === 'pass').map((r) => r.cell.replace(/.* types: TypeScript \d+, /, '')),
        na: cells.filter((r) => r.status === 'n/a').map((r) => ({ cell: r.cell.replace(/.* types: TypeScript \d+, /, ''), why: r.detail })),
        fail: cells.filter((r) => r.status === 'fail').map((r) => r.cell.replace(/.* types: TypeScript \d+, /, '')),
      }
    }
    byRunner[id] = { title: runner.title, versions: versions[id] ?? {}, runtime: runtime.map(({ cell, status }) => ({ cell, status })), types: typesBy }
  }
  return { typescript: Object.fromEntries(Object.entries(tools.tsc).map(([major, { version }]) => [major, version])), runners: byRunner }
}

function typesText(types) {
  const total = types.pass.length + types.na.length + types.fail.length
  if (total === 0) return '—'
  if (types.fail.length > 0) return `✗ ${types.fail.join('; ')}`
  if (types.pass.length === 0) return `n/a (${total})`
  return `✓ ${types.pass.length} of ${total}${types.na.length > 0 ? ` (${types.na.length} n/a)` : ''}`
}

/** An n/a cell's reason, as the README's notes say it. */
function shortWhy(why) {
  const option = /rejects the option: (TS\d+) ([^.]*)/.exec(why)
  if (option !== null) return `TypeScript rejects the setting (${option[1]}: ${option[2]})`
  const runner = /without fake-wx: (TS\d+ in \S+)/.exec(why)
  if (runner !== null) return `the runner's typings fail the same way without fake-wx (${runner[1]})`
  return why
}

function readmeTable(matrix) {
  const ts = Object.entries(matrix.typescript)
  const lines = [
    `| runner | setup line | runtime checks | ${ts.map(([, version]) => `types, TypeScript ${version}`).join(' | ')} |`,
    `| --- | --- | --- | ${ts.map(() => '---').join(' | ')} |`,
  ]
  for (const [id, runner] of Object.entries(matrix.runners)) {
    const def = RUNNERS[id]
    if (def === undefined) continue
    const version = Object.values(runner.versions)[0] ?? ''
    const entry = { vitest: `\`${def.entry}\``, jest: '`fake-wx/jest`', node: '`--import fake-wx/node`', bun: '`preload = ["fake-wx/jest"]`' }[def.kind]
    const passed = runner.runtime.filter((r) => r.status === 'pass').length
    const where = {
      node: () => [...new Set(runner.runtime.map((r) => /\(Node (\d+)\)/.exec(r.cell)?.[1]).filter(Boolean))].map((n) => `Node ${n}`).join(', '),
      jest: () => 'CommonJS and native ES modules, Node 20',
      vitest: () => `Node ${/\(Node (\d+)\)/.exec(runner.runtime[0]?.cell ?? '')?.[1] ?? '?'}`,
      bun: () => `bun ${version}`,
    }[def.kind]()
    const runtime = runner.runtime.length === 0 ? '—' : `${passed === runner.runtime.length ? '✓' : '✗'} ${passed}/${runner.runtime.length}, ${where}`
    const name = def.kind === 'node' ? 'node:test' : def.kind === 'bun' ? `bun:test ${version}` : `${def.title.split(' ')[0]} ${version}`
    lines.push(`| ${name} | ${entry} | ${runtime} | ${ts.map(([major]) => typesText(runner.types[major])).join(' | ')} |`)
  }
  // n/a cells, grouped by why: "TS2300 in @types/chai/index.d.ts: Vitest 3 with TypeScript 7 (node16, nodenext, bundler)".
  const byWhy = new Map()
  for (const runner of Object.values(matrix.runners)) {
    for (const [major, types] of Object.entries(runner.types)) {
      for (const { cell, why } of types.na) {
        const key = shortWhy(why)
        const where = byWhy.get(key) ?? new Map()
        const at = `${runner.title} with TypeScript ${major}`
        where.set(at, new Set([...(where.get(at) ?? []), cell.replace(/, (ESM|CJS)$/, '')]))
        byWhy.set(key, where)
      }
    }
  }
  const notes = [...byWhy.entries()].map(([why, where]) => `- ${[...where.entries()].map(([at, cells]) => `${at}, ${[...cells].join(', ')}`).join('; ')}: ${why}.`)
  const legend =
    'Runtime checks: the suite passes, and an unscripted popup fails its test with the message that names the line to add' +
    " (Vitest: also, the other generation's entry refuses to load, naming this one). Types: ESM and CommonJS packages" +
    ' under node10, node16, nodenext and bundler, `skipLibCheck: false`.'
  return `${lines.join('\n')}\n\n${legend}${notes.length > 0 ? ` The n/a cells, ESM and CommonJS alike:\n\n${notes.join('\n')}\n` : '\n'}`
}

function replaceGenerated(text, name, content) {
  const start = `<!-- generated:${name}:start -->`
  const end = `<!-- generated:${name}:end -->`
  const from = text.indexOf(start)
  const to = text.indexOf(end)
  if (from < 0 || to < 0) throw new Error(`README.md has no ${start} ... ${end} markers`)
  return `${text.slice(0, from + start.length)}\n${content}${text.slice(to)}`
}

/** Cells this run measured whose status differs from the recorded matrix. */
function differences(recorded) {
  if (recorded === undefined) return []
  const known = new Map(recorded.cells.map((c) => [c.cell, c.status]))
  return results.filter((r) => known.has(r.cell) && known.get(r.cell) !== r.status).map((r) => `${r.cell}: recorded ${known.get(r.cell)}, measured ${r.status}`)
}

// ---------------------------------------------------------------------------------------------------

if (args.includes('--readme')) {
  // The README's table again from the recorded matrix, without running anything.
  writeFileSync(README, replaceGenerated(readFileSync(README, 'utf8'), 'runner-matrix', readmeTable(JSON.parse(readFileSync(RECORD, 'utf8')))))
  console.log('matrix: the README table regenerated from test/matrix/runner-matrix.json')
  process.exit(0)
}

const started = performance.now()
mkdirSync(scratch, { recursive: true })
const tarball = pack()
console.log(`matrix: packed ${tarball}; scratch projects in ${scratch}`)
const [tools, ...installs] = await Promise.all([
  installTools(),
  ...Object.entries(RUNNERS)
    .filter(([, runner]) => FULL || !runner.fullOnly)
    .filter(([id]) => ONLY === undefined || !Object.keys(RUNNERS).some((other) => ONLY.startsWith(other)) || ONLY.startsWith(id))
    .map(async ([id, runner]) => [id, await installProject(id, runner, tarball)]),
])
const versions = {}
for (const [id, project] of installs) {
  const runner = RUNNERS[id]
  const label = Object.entries(project.versions).map(([name, version]) => `${name}@${version}`).join(', ')
  if (wanted(`${id} install`)) record(`${id} install: npm install of the runner and the packed fake-wx`, project.ok ? 'pass' : 'fail', project.ok ? label : project.output)
  if (!project.ok) continue
  versions[id] = project.versions
  runtimeCells(id, runner, project, tools)
  typeCells(id, runner, project, tools)
}

const recorded = existsSync(RECORD) ? JSON.parse(readFileSync(RECORD, 'utf8')) : undefined
const changed = differences(recorded)
const failed = results.filter((r) => r.status === 'fail')
if (FULL && WRITE && ONLY === undefined) {
  const matrix = { ...summary(versions, tools), cells: results.map(({ cell, status, detail }) => ({ cell, status, ...(status === 'n/a' ? { why: detail } : {}) })) }
  mkdirSync(dirname(RECORD), { recursive: true })
  writeFileSync(RECORD, `${JSON.stringify(matrix, null, 2)}\n`)
  writeFileSync(README, replaceGenerated(readFileSync(README, 'utf8'), 'runner-matrix', readmeTable(matrix)))
  console.log(`matrix: wrote ${RECORD.slice(root.length)} and the README's table`)
} else if (changed.length > 0) {
  console.error(`\nmatrix: cells that differ from the recorded matrix (test/matrix/runner-matrix.json); if the change is meant, run npm run test:matrix -- --full --write:\n${changed.map((line) => `  ${line}`).join('\n')}`)
}

const passed = results.filter((r) => r.status === 'pass').length
const notApplicable = results.filter((r) => r.status === 'n/a').length
console.log(`matrix: ${((performance.now() - started) / 1000).toFixed(0)} s`)
console.log(`${passed} passed, ${failed.length + (FULL && WRITE ? 0 : changed.length)} failed, ${notApplicable} skipped`)
process.exit(failed.length > 0 || (!(FULL && WRITE) && changed.length > 0) ? 1 : 0)
