#!/usr/bin/env node
// npm run test:smoke: install the packed package into throwaway projects and run a small test in each,
// the way the README tells users to set them up. This catches what the repository's own suites cannot:
// a file missing from the tarball, a wrong "exports" condition, a runtime dependency that is not bundled.
//
//   1. `npm pack` into .tmp/ (building first if dist/ is stale), and check the tarball's files, source
//      maps included (none is shipped; one that comes back must carry its sources);
//   2. per project under .tmp/smoke/<name>: write it, `npm install <tarball>` (offline: fake-wx has no
//      runtime dependencies, so only the tarball is installed), then run its test. The runner projects
//      also run a failing misuse and check that the frames printed inside fake-wx name shipped files.
// The test runners (vitest, jest) and typescript are not installed: the projects find this repository's
// copies by walking up from .tmp/smoke. So that the walk cannot hide an unbundled dependency of fake-wx,
// the plain Node projects check that every module fake-wx loaded came from its own install.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureBuilt, root } from './lib/build.mjs'

const smokeDir = join(root, '.tmp/smoke')
const bin = {
  vitest: join(root, 'node_modules/vitest/vitest.mjs'),
  jest: join(root, 'node_modules/jest/bin/jest.js'),
  tsc: join(root, 'node_modules/typescript/bin/tsc'),
}

// One scenario for every project: the user refuses the location popup.
const SCENARIO_TEST = `
test('a refusal is recorded and matched', async () => {
  user.willDeny('scope.userLocation')
  const err = await wx.getLocation({ type: 'gcj02' }).catch((e) => e)
  expect(err).toEqual({ errMsg: 'getLocation:fail auth deny', errno: 103 })
  expect(wx).toHavePrompted('scope.userLocation')
  expect(wx.getLocation).toHaveFailedWithAuthDeny()
  expect(wx).toHaveScope('scope.userLocation', 'denied')
  expect(fakeWx.log).toMatchInlineSnapshot(\`
    #1 wx.getLocation({ type: 'gcj02' })
      popup scope.userLocation: 获取你的位置信息
      user denies
      reject { errMsg: 'getLocation:fail auth deny', errno: 103 }
  \`)
})

test('each test starts from a fresh fake', () => {
  expect(wx).toHaveScope('scope.userLocation', 'unasked')
  expect(fakeWx.log.entries).toHaveLength(0)
})
`

/** The plain Node scenario: the root entry, fake-wx/auto and fake-wx/serializer, no runner. */
const NODE_SCENARIO = `
user.willDeny('scope.userLocation').willAllow('scope.werun')
const err = await wx.getLocation({ type: 'gcj02' }).catch((e) => e)
assert.deepEqual(err, { errMsg: 'getLocation:fail auth deny', errno: 103 })
assert.equal(isAuthDenyErrMsg(err.errMsg), true)
const werun = await wx.getWeRunData() // result data: loads the bundled faker chunk
assert.equal(typeof werun.encryptedData, 'string')
assert.match(printTimeline(fakeWx.log), /user denies\\n {2}reject \\{ errMsg: 'getLocation:fail auth deny', errno: 103 \\}/)
fakeWx.verify()
// Everything fake-wx loaded must come from its own install, not from a package found by walking up.
const own = join(dirname(requireHere.resolve('fake-wx/package.json')), 'dist')
const foreign = Object.keys(requireHere.cache).filter((file) => !file.startsWith(own) && !file.startsWith(here))
assert.deepEqual(foreign, [], 'fake-wx loaded modules from outside its package')
console.log('ok: refusal recorded, result data loaded, nothing loaded from outside the package')
`

const PROJECTS = {
  'vitest-esm': {
    files: {
      'package.json': { private: true, type: 'module' },
      // The README's config, verbatim.
      'vitest.config.js': `import { defineConfig } from 'vitest/config'

export default defineConfig({ test: { globals: true, setupFiles: ['fake-wx/vitest'] } })
`,
      'test/refusal.test.js': `import { fakeWx, user } from 'fake-wx'\n${SCENARIO_TEST}`,
    },
    run: (cwd) => [runVitest(cwd), runVitest(cwd, { frames: "import { user } from 'fake-wx'" })],
  },
  'jest-cjs': {
    files: {
      'package.json': { private: true, type: 'commonjs' },
      // The README's config, verbatim.
      'jest.config.js': `module.exports = {
  setupFilesAfterEnv: ['fake-wx/jest'],
}
`,
      'test/refusal.test.js': `const { fakeWx, user } = require('fake-wx')\n${SCENARIO_TEST}`,
    },
    run: (cwd) => [
      exec('jest', process.execPath, [bin.jest, '--ci'], cwd),
      framesStep('jest', cwd, process.execPath, [bin.jest, '--ci'], "const { user } = require('fake-wx')"),
    ],
  },
  'jest-esm': {
    files: {
      'package.json': { private: true, type: 'module' },
      'jest.config.js': `export default { setupFilesAfterEnv: ['fake-wx/jest'], transform: {} }\n`,
      'test/refusal.test.js': `import { fakeWx, user } from 'fake-wx'\n${SCENARIO_TEST}`,
    },
    run: (cwd) => {
      const args = ['--experimental-vm-modules', '--no-warnings', bin.jest, '--ci']
      return [exec('jest (ESM)', process.execPath, args, cwd), framesStep('jest (ESM)', cwd, process.execPath, args, "import { user } from 'fake-wx'")]
    },
  },
  typescript: {
    files: {
      'package.json': { private: true, type: 'module' },
      // The README's setting for Vitest: the runner's globals and fake-wx's matcher types.
      'tsconfig.json': {
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'bundler',
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: ['vitest/globals', 'fake-wx/vitest'],
        },
        include: ['test'],
      },
      // The README's setting for Jest with an older, CommonJS-style config (moduleResolution node10,
      // which reads no "exports": package.json "typesVersions" is what resolves fake-wx/jest there).
      'tsconfig.jest.json': {
        compilerOptions: {
          target: 'ES2022',
          module: 'CommonJS',
          moduleResolution: 'node10',
          ignoreDeprecations: '6.0',
          strict: true,
          noEmit: true,
          types: ['node', 'fake-wx/jest'],
        },
        include: ['jest'],
      },
      'vitest.config.ts': `import { defineConfig } from 'vitest/config'\n\nexport default defineConfig({ test: { globals: true, setupFiles: ['fake-wx/vitest'], include: ['test/**'] } })\n`,
      'test/refusal.test.ts': `import { fakeWx, user, type FakeWxApi } from 'fake-wx'

declare const wx: FakeWxApi
${SCENARIO_TEST}
test('the matchers are typed', () => {
  // @ts-expect-error a misspelt matcher does not compile
  expect(() => expect(wx).toHavePromted()).toThrow()
  // @ts-expect-error an unknown scope does not compile
  expect(() => expect(wx).toHavePrompted('scope.userLoction')).toThrow()
})
`,
      // Type-checked only: running TypeScript under Jest needs a transform, which is the user's choice.
      'jest/refusal.test.ts': `import { expect, test } from '@jest/globals'
import { fakeWx, user } from 'fake-wx'

test('a refusal is recorded', async () => {
  user.willDeny('scope.userLocation')
  await fakeWx.wx.getLocation!({}).catch(() => undefined)
  expect(fakeWx.wx).toHaveFailedWithAuthDeny('getLocation')
  expect(fakeWx.wx).toHaveScope('scope.userLocation', 'denied')
  // @ts-expect-error a scope state that does not exist
  expect(fakeWx.wx).toHaveScope('scope.userLocation', 'maybe')
})
`,
    },
    run: (cwd) => [
      exec('tsc (Vitest: types ["vitest/globals", "fake-wx/vitest"])', process.execPath, [bin.tsc, '-p', 'tsconfig.json'], cwd),
      exec('tsc (Jest, moduleResolution node10: types ["node", "fake-wx/jest"])', process.execPath, [bin.tsc, '-p', 'tsconfig.jest.json'], cwd),
      runVitest(cwd),
    ],
  },
  'node-cjs': {
    files: {
      'package.json': { private: true, type: 'commonjs' },
      'main.js': `const assert = require('node:assert/strict')
const { dirname, join } = require('node:path')
const { fakeWx, user, isAuthDenyErrMsg } = require('fake-wx')
const { printTimeline } = require('fake-wx/serializer')
require('fake-wx/auto')
const requireHere = require
const here = __filename

async function main() {
${NODE_SCENARIO}
}
main().catch((error) => {
  console.error(error)
  process.exit(1)
})
`,
    },
    run: (cwd) => [exec('node main.js', process.execPath, ['main.js'], cwd)],
  },
  'node-esm': {
    files: {
      'package.json': { private: true, type: 'module' },
      'main.js': `import assert from 'node:assert/strict'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import 'fake-wx/auto'
import { fakeWx, user, isAuthDenyErrMsg } from 'fake-wx'
import { printTimeline } from 'fake-wx/serializer'

const requireHere = createRequire(import.meta.url) // its cache is the process-wide CommonJS cache
const here = fileURLToPath(import.meta.url)
${NODE_SCENARIO}`,
    },
    run: (cwd) => [exec('node main.js', process.execPath, ['main.js'], cwd)],
  },
}

let vitestNode
/** Runs the project's tests, or with `frames` (the line importing fake-wx) the frames check instead. */
function runVitest(cwd, { frames } = {}) {
  // Vitest 5 needs Node >= 22.12: scripts/lts-node.mjs names this Node if it fits, else installs the LTS.
  vitestNode ??= execFileSync(process.execPath, [join(root, 'scripts/lts-node.mjs')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
    .trim()
    .split('\n')
    .pop() // the path is the last line
  if (frames !== undefined) return framesStep('vitest', cwd, vitestNode, [bin.vitest, 'run'], frames)
  return exec('vitest', vitestNode, [bin.vitest, 'run'], cwd)
}

function exec(label, node, args, cwd) {
  const result = spawnSync(node, args, { cwd, encoding: 'utf8', env: { ...process.env, CI: 'true', NO_COLOR: '1', FORCE_COLOR: '0' } })
  if (result.error) return { label, ok: false, output: `${node} ${args.join(' ')}: ${result.error.message}` }
  return { label, ok: result.status === 0, output: `${result.stdout}${result.stderr}` }
}

function write(dir, files) {
  for (const [name, content] of Object.entries(files)) {
    const file = join(dir, name)
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`)
  }
}

function pack() {
  const into = join(root, '.tmp')
  mkdirSync(into, { recursive: true })
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', into], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
  const [{ filename, files }] = JSON.parse(out)
  return { tarball: join(into, filename), files: files.map((f) => f.path) }
}

function install(tarball, cwd) {
  // --offline: nothing but the tarball may be needed. No lockfile, no save: the project stays as written.
  execFileSync(
    'npm',
    ['install', tarball, '--offline', '--no-save', '--no-package-lock', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'],
    { cwd, stdio: ['ignore', 'ignore', 'pipe'] },
  )
}

/**
 * The package ships no source maps (tsup.config.ts says why). Should one come back, it must carry the
 * text of every source it names, since the sources themselves are not shipped; and no shipped file may
 * point at a map that is not in the tarball (tools warn about it, and frames map to nothing).
 */
function sourceMapProblems(files) {
  const found = []
  for (const file of files) {
    if (file.endsWith('.map')) {
      const map = JSON.parse(readFileSync(join(root, file), 'utf8'))
      const bare = map.sources.filter((_, i) => typeof map.sourcesContent?.[i] !== 'string')
      if (bare.length > 0) found.push(`${file} names sources it does not contain (sourcesContent), which the package does not ship: ${bare.join(', ')}`)
    } else if (/\.[cm]?js$/.test(file)) {
      const url = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(readFileSync(join(root, file), 'utf8'))?.[1]
      const target = url === undefined || url.startsWith('data:') ? undefined : join(dirname(file), url)
      if (target !== undefined && !files.includes(target)) found.push(`${file} points at the source map ${target}, which the tarball lacks`)
    }
  }
  return found
}

/**
 * A misuse run through the project's runner, failing on purpose: every frame it prints inside fake-wx
 * must name a file of the installed package, so that the user's IDE can open it (a map whose sources
 * are ../src/*.ts sends the frames to files the package does not ship).
 */
function framesStep(label, cwd, node, args, importLine) {
  const file = 'frames/misuse.test.js'
  write(cwd, { [file]: `${importLine}\ntest('misuse', () => {\n  user.willDeny('scope.userLocation', { onse: true })\n})\n` })
  const result = exec(`${label}: frames of a failure inside fake-wx`, node, [...args, file], cwd)
  rmSync(join(cwd, 'frames'), { recursive: true, force: true })
  const paths = [...result.output.matchAll(/node_modules\/fake-wx\/([^\s:)]+):\d+/g)].map((match) => match[1])
  const absent = paths.filter((path) => !existsSync(join(cwd, 'node_modules/fake-wx', path)))
  let why
  if (result.ok || !result.output.includes("unknown option 'onse'")) why = 'the misuse did not fail with its message'
  else if (paths.length === 0) why = 'no frame inside fake-wx was printed'
  else if (absent.length > 0) why = `frames name files the package does not ship: ${[...new Set(absent)].join(', ')}`
  return why === undefined ? { label: result.label, ok: true } : { label: result.label, ok: false, output: `${why}\n${result.output}` }
}

const started = performance.now()
ensureBuilt()
const { tarball, files } = pack()
const required = ['package.json', 'README.md', 'LICENSE', 'dist/index.js', 'dist/index.cjs', 'dist/faker-zh-cn.cjs']
const missing = required.filter((file) => !files.includes(file))
const problems = missing.length > 0 ? [`the tarball lacks ${missing.join(', ')}`] : []
problems.push(...sourceMapProblems(files))
console.log(`smoke: packed ${files.length} files into .tmp/${tarball.split(/[\\/]/).pop()}`)

let passed = 0
const only = process.argv.slice(2)
for (const [name, project] of Object.entries(PROJECTS)) {
  if (only.length > 0 && !only.includes(name)) continue
  const cwd = join(smokeDir, name)
  rmSync(cwd, { recursive: true, force: true })
  write(cwd, project.files)
  install(tarball, cwd)
  const version = JSON.parse(readFileSync(join(cwd, 'node_modules/fake-wx/package.json'), 'utf8')).version
  for (const step of project.run(cwd)) {
    if (step.ok) {
      passed++
      console.log(`smoke: ${name}: ${step.label} passed (fake-wx ${version} installed from the tarball)`)
    } else {
      problems.push(`${name}: ${step.label} failed:\n${step.output}`)
    }
  }
}
rmSync(tarball, { force: true })

const seconds = ((performance.now() - started) / 1000).toFixed(1)
if (problems.length > 0) console.error(`\n${problems.join('\n\n')}`)
console.log(`smoke: ${seconds} s`)
console.log(`${passed} passed, ${problems.length} failed`)
process.exit(problems.length > 0 ? 1 : 0)
