#!/usr/bin/env node
// npm run test:reporter: fake-wx/reporter end to end. The fixture suite (test/reporter/fixture/, known
// permission paths in five test files) runs under each runner with the reporter, on the built package:
//  - Jest with 2 parallel workers;
//  - Vitest with threads, forks, threads without isolation, and vmThreads;
//  - node:test (one process per file, and --test-isolation=none where Node has it), with the collection
//    fake-wx/node runs;
// each time checking that several workers ran the files, the JSON (the same for every runner), the table
// printed after the run, and the exit code. Then `require`: the run fails with a message naming each
// missing pair. Last, the HTML page is opened in headless Chromium, which must render the matrix with its colours.
//
//   node test/reporter/run.mjs [jest|vitest|node|html ...]   (default: all)
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { deepStrictEqual, ok, strictEqual } from 'node:assert/strict'
import { ensureBuilt, root } from '../../scripts/lib/build.mjs'
import { linkSelf } from '../../scripts/link-self.mjs'
import { evaluateInChromium } from './chromium.mjs'

const fixture = join(root, 'test/reporter/fixture')
const work = join(root, '.tmp/reporter-e2e')
const only = new Set(process.argv.slice(2))
const wanted = (part) => only.size === 0 || only.has(part)

const none = { tests: 0, platforms: [] }
const row = (apis, reached = {}) => ({
  apis,
  outcomes: {
    allowed: none,
    denied: none,
    deniedEarlier: none,
    dismissed: none,
    noResponse: none,
    enabledInSettings: none,
    disabledInSettings: none,
    systemDenied: none,
    privacyDenied: none,
    privacyUndeclared: none,
    appJsonUndeclared: none,
    tapMissing: none,
    ...reached,
  },
})

/** The fixture's paths, written from its tests (test/reporter/fixture/tests/) and app.json. */
const EXPECTED = {
  version: 1,
  scopes: {
    'scope.userLocation': row(['getLocation'], {
      allowed: { tests: 1, platforms: ['android'] },
      denied: { tests: 2, platforms: ['ios', 'android'] },
      deniedEarlier: { tests: 1, platforms: ['devtools'] },
      systemDenied: { tests: 1, platforms: ['android'] },
    }),
    'scope.userLocationBackground': row([]), // declared in app.json only
    'scope.camera': row(['authorize'], { allowed: { tests: 1, platforms: ['devtools'] } }),
    'scope.writePhotosAlbum': row(['authorize'], {
      denied: { tests: 2, platforms: ['ios', 'devtools'] },
      enabledInSettings: { tests: 1, platforms: ['ios'] },
      tapMissing: { tests: 1, platforms: ['devtools'] },
    }),
    'scope.werun': row(['getWeRunData'], { privacyDenied: { tests: 1, platforms: ['devtools'] } }),
  },
  missing: [
    { scope: 'scope.userLocationBackground', outcome: 'denied' },
    { scope: 'scope.camera', outcome: 'denied' },
    { scope: 'scope.werun', outcome: 'denied' },
  ],
}

const TABLE = [
  'fake-wx permission paths: the platforms on which some test took each path (-: none)',
  '',
  '| scope                        | allowed  | denied       | deniedEarlier | dismissed | noResponse | enabledInSettings | disabledInSettings | systemDenied | privacyDenied | privacyUndeclared | appJsonUndeclared | tapMissing |',
  '|------------------------------|----------|--------------|---------------|-----------|------------|-------------------|--------------------|--------------|---------------|-------------------|-------------------|------------|',
  '| scope.userLocation           | android  | ios android  | devtools      | -         | -          | -                 | -                  | android      | -             | -                 | -                 | -          |',
  '| scope.userLocationBackground | -        | -            | -             | -         | -          | -                 | -                  | -            | -             | -                 | -                 | -          |',
  '| scope.camera                 | devtools | -            | -             | -         | -          | -                 | -                  | -            | -             | -                 | -                 | -          |',
  '| scope.writePhotosAlbum       | -        | ios devtools | -             | -         | -          | ios               | -                  | -            | -             | -                 | -                 | devtools   |',
  '| scope.werun                  | -        | -            | -             | -         | -          | -                 | -                  | -            | devtools      | -                 | -                 | -          |',
  '',
  'Gaps: scopes the app uses that no test refuses (no denied, no deniedEarlier):',
  '  scope.userLocationBackground (declared in app.json; no test calls its APIs)',
  '  scope.camera',
  '  scope.werun',
].join('\n')

const REQUIRED_MISSING = [
  { scope: 'scope.userLocationBackground', outcome: 'denied' },
  { scope: 'scope.userLocationBackground', outcome: 'deniedEarlier' },
  { scope: 'scope.camera', outcome: 'denied' },
  { scope: 'scope.camera', outcome: 'deniedEarlier' },
  { scope: 'scope.writePhotosAlbum', outcome: 'deniedEarlier' },
  { scope: 'scope.werun', outcome: 'denied' },
  { scope: 'scope.werun', outcome: 'deniedEarlier' },
]

const REQUIRE_MESSAGE = [
  'fake-wx/reporter: 7 required permission paths were never exercised (require: denied, deniedEarlier):',
  ...REQUIRED_MISSING.map(({ scope, outcome }) => `  ${scope}: ${outcome}`),
  'Add a test that takes each path, or drop the outcome from `require`.',
].join('\n')

function ltsNode() {
  const result = spawnSync(process.execPath, [join(root, 'scripts/lts-node.mjs')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
  if (result.status !== 0) throw new Error('scripts/lts-node.mjs could not provide a Node for Vitest')
  return result.stdout.trim().split('\n').pop()
}

/** Runs a runner in `cwd`; the environment is the caller's less any reporter variable of an outer run. */
function run(label, cwd, node, args) {
  const workers = join(work, `${label.replace(/\W+/g, '-')}.workers`)
  rmSync(workers, { force: true })
  const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', FIXTURE_WORKERS_FILE: workers }
  delete env.FAKE_WX_COVERAGE
  const started = Date.now()
  const result = spawnSync(node, args, { cwd, encoding: 'utf8', env })
  const output = `${result.stdout}${result.stderr}`
  let processes = []
  try {
    processes = [...new Set(readFileSync(workers, 'utf8').trim().split('\n'))]
  } catch {
    // No test file ran.
  }
  return { status: result.status, stdout: result.stdout, output, processes, ms: Date.now() - started }
}

let failures = 0
function check(label, fn) {
  try {
    fn()
    console.log(`  ok   ${label}`)
  } catch (error) {
    failures++
    console.log(`  FAIL ${label}\n${String(error.message ?? error).replace(/^/gm, '       ')}`)
  }
}

/** The checks every runner's run must pass: several workers, exit 0, the JSON, the table. */
function checkRun(label, result, outputFile, { minProcesses = 2 } = {}) {
  check(`${label}: passes (exit 0)`, () => strictEqual(result.status, 0, result.output))
  check(`${label}: ran the 5 test files in ${minProcesses}+ workers`, () => {
    ok(result.processes.length >= minProcesses, `workers: ${JSON.stringify(result.processes)}`)
  })
  check(`${label}: the JSON`, () => deepStrictEqual(JSON.parse(readFileSync(outputFile, 'utf8')), EXPECTED))
  check(`${label}: the table after the run`, () => ok(result.stdout.includes(TABLE), `printed:\n${result.output}`))
}

function checkRequireRun(label, result, outputFile) {
  check(`${label} with require: fails (exit 1)`, () => strictEqual(result.status, 1, result.output))
  check(`${label} with require: names each missing pair`, () => ok(result.output.includes(REQUIRE_MESSAGE), result.output))
  check(`${label} with require: the JSON's missing`, () => deepStrictEqual(JSON.parse(readFileSync(outputFile, 'utf8')).missing, REQUIRED_MISSING))
}

/** The fixture's tests with another first line (the import), for the ES-module runners. */
function copyTests(to, importLine, extension) {
  mkdirSync(join(to, 'tests'), { recursive: true })
  for (const name of readdirSync(join(fixture, 'tests'))) {
    const text = readFileSync(join(fixture, 'tests', name), 'utf8')
    writeFileSync(join(to, 'tests', name.replace(/\.js$/, extension)), `${importLine}${text.slice(text.indexOf('\n'))}`)
  }
  cpSync(join(fixture, 'app.json'), join(to, 'app.json'))
  cpSync(join(fixture, 'record-worker.mjs'), join(to, 'record-worker.mjs'))
}

ensureBuilt()
rmSync(work, { recursive: true, force: true })
mkdirSync(work, { recursive: true })
const timings = []

if (wanted('jest')) {
  console.log('fake-wx/reporter under Jest')
  linkSelf(fixture)
  const jest = (label, options, extra = []) => {
    const outputFile = join(work, `${label}.json`)
    const reporter = JSON.stringify(['fake-wx/reporter', { outputFile, appJson: 'app.json', ...options }])
    // A fresh cache: with timings cached, Jest runs fast suites in band.
    const args = [join(root, 'node_modules/jest/bin/jest.js'), '--maxWorkers=2', `--cacheDirectory=${join(work, `${label}.cache`)}`]
    const config = join(work, `${label}.config.cjs`)
    writeFileSync(config, `module.exports = { ...require(${JSON.stringify(join(fixture, 'jest.config.js'))}), rootDir: ${JSON.stringify(fixture)}, reporters: ['default', ${reporter}] }\n`)
    const result = run(`jest-${label}`, fixture, process.execPath, [args[0], '--config', config, ...args.slice(1), ...extra])
    timings.push([`jest ${label}`, result.ms])
    return { result, outputFile }
  }
  const plain = jest('workers', {})
  checkRun('jest --maxWorkers=2', plain.result, plain.outputFile)
  const required = jest('require', { require: ['denied', 'deniedEarlier'] })
  checkRequireRun('jest', required.result, required.outputFile)
  const json = jest('json', {}, ['--json'])
  check('jest --json: its results alone on stdout, the table on stderr', () => {
    strictEqual(json.result.status, 0, json.result.output)
    strictEqual(JSON.parse(json.result.stdout).numPassedTests, 9)
    ok(json.result.output.includes(TABLE), json.result.output)
  })
}

if (wanted('vitest')) {
  console.log('fake-wx/reporter under Vitest')
  const project = join(work, 'vitest')
  copyTests(project, "import { fakeWx, user } from 'fake-wx'", '.test.mjs')
  linkSelf(project)
  const node = ltsNode()
  const vitest = (label, pool, extra, options) => {
    const outputFile = join(work, `vitest-${label}.json`)
    const config = join(project, `vitest.${label}.config.mjs`)
    const reporter = JSON.stringify(['fake-wx/reporter', { outputFile, appJson: 'app.json', ...options }])
    writeFileSync(
      config,
      `export default { test: { globals: true, pool: '${pool}', maxWorkers: 2, ${extra} setupFiles: ['fake-wx/vitest', './record-worker.mjs'], include: ['tests/**/*.test.mjs'], reporters: ['default', ${reporter}] } }\n`,
    )
    const result = run(`vitest-${label}`, project, node, [join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--config', config])
    timings.push([`vitest ${label}`, result.ms])
    return { result, outputFile }
  }
  for (const [label, pool, extra] of [
    ['threads', 'threads', ''],
    ['forks', 'forks', ''],
    ['threads-no-isolate', 'threads', 'isolate: false,'],
    ['vmThreads', 'vmThreads', ''],
  ]) {
    const { result, outputFile } = vitest(label, pool, extra, {})
    checkRun(`vitest ${label}`, result, outputFile)
  }
  const required = vitest('require', 'forks', '', { require: ['denied', 'deniedEarlier'] })
  checkRequireRun('vitest', required.result, required.outputFile)
}

if (wanted('node')) {
  console.log('fake-wx/reporter under node:test')
  const project = join(work, 'node')
  copyTests(project, "import { test } from 'node:test'; import { fakeWx, user } from 'fake-wx'", '.test.mjs')
  linkSelf(project)
  // The reporter with options: a module of the user's own, as the README shows.
  const withOptions = (name, options) =>
    writeFileSync(join(project, name), `import { nodeTestReporter } from 'fake-wx/reporter'\nexport default nodeTestReporter(${JSON.stringify(options)})\n`)
  const files = readdirSync(join(project, 'tests')).map((name) => `tests/${name}`)
  const nodeTest = (label, node, reporter, extra = []) => {
    // fake-wx/node, node:test's preset, records each test's paths for the reporter.
    const args = ['--test', '--import', './record-worker.mjs', '--import', 'fake-wx/node', ...extra]
    args.push('--test-reporter=spec', '--test-reporter-destination=stderr', `--test-reporter=${reporter}`, '--test-reporter-destination=stdout', ...files)
    const result = run(`node-${label}`, project, node, args)
    timings.push([`node:test ${label}`, result.ms])
    return result
  }
  const lts = ltsNode()
  for (const [label, node, extra, minProcesses] of [
    [`node ${process.versions.node}`, process.execPath, [], 2],
    ['node LTS', lts, [], 2],
    ['node LTS --test-isolation=none', lts, ['--test-isolation=none'], 1],
  ]) {
    const outputFile = join(work, `${label.replace(/\W+/g, '-')}.json`)
    withOptions(`reporter-${label.replace(/\W+/g, '-')}.mjs`, { outputFile, appJson: 'app.json' })
    const result = nodeTest(label, node, `./reporter-${label.replace(/\W+/g, '-')}.mjs`, extra)
    checkRun(`node:test (${label})`, result, outputFile, { minProcesses })
  }
  // The bare reporter: default options, the JSON in the working directory.
  const bare = nodeTest('bare', process.execPath, 'fake-wx/reporter')
  check('node:test --test-reporter=fake-wx/reporter: the JSON in the working directory, no app.json', () => {
    strictEqual(bare.status, 0, bare.output)
    const json = JSON.parse(readFileSync(join(project, 'fake-wx-coverage.json'), 'utf8'))
    deepStrictEqual(Object.keys(json.scopes), ['scope.userLocation', 'scope.camera', 'scope.writePhotosAlbum', 'scope.werun'])
  })
  const outputFile = join(work, 'node-require.json')
  withOptions('reporter-require.mjs', { outputFile, appJson: 'app.json', require: ['denied', 'deniedEarlier'] })
  checkRequireRun('node:test', nodeTest('require', process.execPath, './reporter-require.mjs'), outputFile)
}

if (wanted('html')) {
  console.log('the HTML page in headless Chromium')
  const project = join(work, 'html')
  mkdirSync(project, { recursive: true })
  linkSelf(fixture)
  const html = join(work, 'fake-wx-coverage.html')
  const config = join(work, 'html.config.cjs')
  const reporter = JSON.stringify(['fake-wx/reporter', { outputFile: join(work, 'html.json'), html, appJson: 'app.json', require: ['deniedEarlier'] }])
  writeFileSync(config, `module.exports = { ...require(${JSON.stringify(join(fixture, 'jest.config.js'))}), rootDir: ${JSON.stringify(fixture)}, reporters: [${reporter}] }\n`)
  const result = run('html', fixture, process.execPath, [join(root, 'node_modules/jest/bin/jest.js'), '--config', config, '--maxWorkers=2'])
  check('jest with html and require: fails, and writes the page', () => strictEqual(result.status, 1, result.output))
  const screenshot = join(work, 'fake-wx-coverage.png')
  // Everything the page shows, read back from the rendered page: computed colours, not the markup.
  const seen = await evaluateInChromium(
    html,
    `(() => {
      const cell = (scope, outcome) => document.querySelector('tr[data-scope="' + scope + '"] td[data-outcome="' + outcome + '"]')
      const look = (el) => ({ text: el.innerText.trim(), background: getComputedStyle(el).backgroundColor, width: el.getBoundingClientRect().width })
      const details = cell('scope.camera', 'allowed').querySelector('details')
      details.open = true
      return {
        title: document.title,
        headers: [...document.querySelectorAll('thead th')].map((th) => th.innerText.trim()),
        rows: [...document.querySelectorAll('tbody tr')].map((tr) => tr.dataset.scope),
        covered: look(cell('scope.userLocation', 'denied')),
        gap: look(cell('scope.camera', 'denied')),
        required: look(cell('scope.writePhotosAlbum', 'deniedEarlier')), // required, though not a gap
        none: look(cell('scope.camera', 'dismissed')),
        cameraTests: [...details.querySelectorAll('li')].map((li) => li.innerText),
        visible: details.getBoundingClientRect().height > 0,
      }
    })()`,
    { screenshot },
  )
  check('Chromium renders the matrix: title, a column per outcome, a row per scope', () => {
    strictEqual(seen.title, 'fake-wx permission paths')
    deepStrictEqual(seen.headers, ['scope', ...Object.keys(EXPECTED.scopes['scope.camera'].outcomes)])
    deepStrictEqual(seen.rows, Object.keys(EXPECTED.scopes))
  })
  check('Chromium: a covered cell is green with its platforms, a gap and a required pair red, the rest plain', () => {
    deepStrictEqual({ text: seen.covered.text.split('\n')[0], background: seen.covered.background }, { text: 'ios android', background: 'rgb(218, 251, 225)' })
    deepStrictEqual({ text: seen.gap.text, background: seen.gap.background }, { text: 'missing', background: 'rgb(255, 216, 211)' })
    deepStrictEqual({ text: seen.required.text, background: seen.required.background }, { text: 'missing', background: 'rgb(255, 216, 211)' })
    deepStrictEqual({ text: seen.none.text, background: seen.none.background }, { text: '–', background: 'rgba(0, 0, 0, 0)' })
    ok(seen.covered.width > 0 && seen.gap.width > 0, 'cells have no width')
  })
  check("Chromium: a cell's tests, escaped text shown as written", () => {
    deepStrictEqual(seen.cameraTests, ['tests/camera.test.js › the scanner is allowed <camera> & all (devtools)'])
    ok(seen.visible)
  })
  console.log(`  (screenshot: ${screenshot})`)
}

console.log(`\ntimings: ${timings.map(([label, ms]) => `${label} ${(ms / 1000).toFixed(1)} s`).join(', ')}`)
if (failures > 0) {
  console.log(`\ntest:reporter: ${failures} check${failures === 1 ? '' : 's'} failed`)
  process.exit(1)
}
console.log('\ntest:reporter: every check passed')
