// npm run test:projects: the tiny projects under test/projects/ use fake-wx exactly as the README says
// (one setup line per runner), against the package as npm would install it: the output of `npm pack`
// unpacked into each project's node_modules/fake-wx. They run with this repository's vitest and jest
// (found by walking up from the projects), so nothing else is installed.
//
// Each project must pass, and its expected-failure test must fail through the preset's afterEach
// check, with the message that names the unscripted popup and the line to add. A project that cannot
// be run (see defaultControllerProblem) fails the run too.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureBuilt } from '../../scripts/lib/build.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const projects = join(root, 'test/projects')
const vitest = join(root, 'node_modules/vitest/vitest.mjs')
// Vitest 5 needs Node >= 22.12; scripts/lts-node.mjs names a Node that fits (this one, if it does).
const vitestNode = existsSync(join(root, 'scripts/lts-node.mjs'))
  ? execFileSync(process.execPath, [join(root, 'scripts/lts-node.mjs')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim()
  : process.execPath
const jest = join(root, 'node_modules/jest/bin/jest.js')

/** What the expected failure must say (src/gates/scope-gate.ts writes it; the preset throws it). */
const EXPECTED_MESSAGE = [
  "wx.getLocation showed the permission popup for 'scope.userLocation', but the test scripted no answer.",
  "user.willAllow('scope.userLocation')",
]

function pack() {
  // Pack what the sources build to now, not whatever dist/ happens to hold.
  ensureBuilt()
  const into = mkdtempSync(join(tmpdir(), 'fake-wx-pack-'))
  const [{ filename }] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', into], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }))
  return join(into, filename)
}

function install(tarball, project) {
  const target = join(projects, project, 'node_modules/fake-wx')
  rmSync(target, { recursive: true, force: true })
  mkdirSync(target, { recursive: true })
  execFileSync('tar', ['-xzf', tarball, '--strip-components=1', '-C', target])
}

/** Runs a runner in a project; returns its exit code and everything it printed. */
function run(project, args, node = process.execPath) {
  const cwd = join(projects, project)
  // NO_COLOR: plain text to search in; the runners' own colours are not under test here.
  const result = spawnSync(node, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } })
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` }
}

const RUNNERS = {
  vitest: {
    pass: () => run('vitest', [vitest, 'run'], vitestNode),
    // The JSON report gives the failure messages and the count without parsing the console.
    fail() {
      const report = join(mkdtempSync(join(tmpdir(), 'fake-wx-report-')), 'report.json')
      const args = [vitest, 'run', '--config', 'vitest.expected-failure.config.js', '--reporter=json', `--outputFile=${report}`]
      const { status, output } = run('vitest', args, vitestNode)
      const json = existsSync(report) ? JSON.parse(readFileSync(report, 'utf8')) : { testResults: [] }
      const messages = json.testResults.flatMap((file) => file.assertionResults.flatMap((test) => test.failureMessages))
      return { status, output: `${output}\n${messages.join('\n')}`, failed: json.numFailedTests }
    },
  },
  jest: {
    pass: () => run('jest', [jest]),
    fail: () => withFailedCount(run('jest', [jest, '--config', 'jest.expected-failure.config.js'])),
  },
  'jest-esm': {
    pass: () => run('jest-esm', ['--experimental-vm-modules', '--no-warnings', jest]),
    fail: () => withFailedCount(run('jest-esm', ['--experimental-vm-modules', '--no-warnings', jest, '--config', 'jest.expected-failure.config.js'])),
  },
}

/**
 * Jest resolves setupFilesAfterEnv with `require` conditions even in ESM mode, so there the preset loads
 * dist/jest.cjs (and index.cjs) while the test's `import 'fake-wx'` loads index.js. Both must then hand
 * out the same default controller (fakeWx), or the global wx and the test's `user` belong to two fakes.
 * Returns undefined when they do, else why not.
 */
function defaultControllerProblem() {
  const probe = `const cjs = require('./dist/index.cjs'); import('./dist/index.js').then((esm) => process.exit(esm.fakeWx === cjs.fakeWx ? 0 : 3))`
  const result = spawnSync(process.execPath, ['-e', probe], { cwd: root, encoding: 'utf8' })
  if (result.status === 0) return undefined
  if (result.status === 3) {
    return (
      "dist/index.cjs and dist/index.js each create their own default controller (fakeWx): under Jest ESM the preset " +
      "(loaded with require) and the test's import would use two different fakes, and the project cannot pass. " +
      'Fix: make src/index.ts share one default controller across module copies ' +
      "(globalThis[Symbol.for('fake-wx.defaultController')] ??= createFakeWx()), then npm run build and run this again."
    )
  }
  return `loading dist/index.cjs and dist/index.js side by side failed (exit ${result.status}); fix the build, then run this again:\n${result.stderr}`
}

/** fake-wx/auto in plain Node, both module systems: the global wx is the default fake's. */
function checkAuto(project) {
  const cwd = join(projects, project)
  const esm = "import 'fake-wx/auto'; import { fakeWx } from 'fake-wx'; process.exit(globalThis.wx === fakeWx.wx ? 0 : 1)"
  const cjs = "require('fake-wx/auto'); process.exit(globalThis.wx === require('fake-wx').fakeWx.wx ? 0 : 1)"
  const failures = []
  if (spawnSync(process.execPath, ['--input-type=module', '-e', esm], { cwd }).status !== 0) failures.push('import')
  if (spawnSync(process.execPath, ['-e', cjs], { cwd }).status !== 0) failures.push('require')
  return failures
}

function withFailedCount(result) {
  const match = result.output.match(/Tests:\s+(\d+) failed/)
  return { ...result, failed: match ? Number(match[1]) : 0 }
}

const tarball = pack()
const problems = []
let passed = 0
// A project that cannot run is a failure, not a skipped line: a green run must mean every runner's
// project ran. The message says what is wrong and what to change.
const blocked = defaultControllerProblem()
if (blocked !== undefined) {
  delete RUNNERS['jest-esm']
  problems.push(`jest-esm: NOT RUN, so this check fails. ${blocked}`)
}
for (const [project, runner] of Object.entries(RUNNERS)) {
  install(tarball, project)
  const passing = runner.pass()
  if (passing.status !== 0) problems.push(`${project}: the project's tests failed (exit ${passing.status}):\n${passing.output}`)
  else {
    passed++
    console.log(`projects: ${project} passed`)
  }

  const failing = runner.fail()
  const missing = EXPECTED_MESSAGE.filter((text) => !failing.output.includes(text))
  if (failing.status !== 1 || failing.failed !== 1 || missing.length > 0) {
    problems.push(
      `${project}: the unscripted popup should fail exactly one test through the afterEach check (exit ${failing.status}, ` +
        `${failing.failed} failed${missing.length > 0 ? `, missing: ${missing.join(' | ')}` : ''}):\n${failing.output}`,
    )
  } else {
    passed++
    console.log(`projects: ${project} failed the unscripted-popup test after it ended, naming the line to add`)
  }
}
const autoFailures = checkAuto('jest')
if (autoFailures.length > 0) problems.push(`fake-wx/auto did not install the default fake as globalThis.wx in plain Node (${autoFailures.join(', ')})`)
else {
  passed++
  console.log('projects: fake-wx/auto installs the global wx in plain Node (import and require)')
}
rmSync(dirname(tarball), { recursive: true, force: true })

if (problems.length > 0) console.error(`\n${problems.join('\n\n')}\n`)
console.log(`${passed} passed, ${problems.length} failed`)
process.exit(problems.length > 0 ? 1 : 0)
