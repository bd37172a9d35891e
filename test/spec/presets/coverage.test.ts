/**
 * The test workers' half of fake-wx/reporter (presets/coverage.ts): off unless the reporter set
 * FAKE_WX_COVERAGE; then each test's paths go to Vitest's task meta, or to a file for Jest and node:test.
 * That the reporter receives them under real runners and workers is proven from outside (test/reporter/).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { threadId } from 'node:worker_threads'
import { fakeWx, user } from 'fake-wx'
import { COVERAGE_ENV, currentTestCoverage, fileCoverage, taskMetaCoverage } from '../../../presets/coverage'
import { setUpFakeWx } from '../../../presets/set-up'

const saved = process.env[COVERAGE_ENV]
afterEach(() => {
  if (saved === undefined) delete process.env[COVERAGE_ENV]
  else process.env[COVERAGE_ENV] = saved
})

async function refuseLocation(): Promise<void> {
  user.willDeny('scope.userLocation')
  await wx.getLocation({}).catch(() => undefined)
}

describe("the current test's paths", () => {
  it('are undefined when the test used no scope', async () => {
    await wx.getSetting({})
    expect(currentTestCoverage()).toBeUndefined()
  })

  it('carry the platform in force and the paths, by scope', async () => {
    fakeWx.configure({ platform: 'android' })
    await refuseLocation()
    expect(currentTestCoverage()).toEqual({ platform: 'android', scopes: { 'scope.userLocation': { apis: ['getLocation'], outcomes: ['denied'] } } })
  })

  it('count openSetting without a tap for a scope refused before the test (read from the fake)', async () => {
    user.hasDenied('scope.camera')
    await wx.openSetting().catch(() => undefined)
    expect(currentTestCoverage()).toEqual({ platform: 'devtools', scopes: { 'scope.camera': { apis: [], outcomes: ['tapMissing'] } } })
  })
})

describe("Vitest's task meta", () => {
  it('is left alone when the reporter is off', () => {
    delete process.env[COVERAGE_ENV]
    expect(taskMetaCoverage()).toBeUndefined()
  })

  it("gets the test's paths when the reporter is on, and nothing for a test that used no scope", async () => {
    process.env[COVERAGE_ENV] = 'vitest'
    const hook = taskMetaCoverage()!
    const idle = { task: { meta: {} as Record<string, unknown> } }
    hook(idle)
    expect(idle.task.meta).toEqual({})
    await refuseLocation()
    const context = { task: { meta: {} as Record<string, unknown> } }
    hook(context)
    expect(context.task.meta).toEqual({ fakeWx: { platform: 'devtools', scopes: { 'scope.userLocation': { apis: ['getLocation'], outcomes: ['denied'] } } } })
    expect(() => hook(undefined)).not.toThrow()
  })
})

describe('the files of Jest and node:test', () => {
  const runner = () => {
    const afterAll: (() => void)[] = []
    return { afterAll, hooks: { afterAll: (fn: () => void) => afterAll.push(fn), current: (context: unknown) => ({ name: `test ${String(context)}`, file: '/project/a.test.js' }) } }
  }

  it.each([undefined, 'vitest'])('are not written when FAKE_WX_COVERAGE is %s', (value) => {
    if (value === undefined) delete process.env[COVERAGE_ENV]
    else process.env[COVERAGE_ENV] = value
    const { afterAll, hooks } = runner()
    expect(fileCoverage(hooks)).toBeUndefined()
    expect(afterAll).toEqual([])
  })

  it("get one JSON line per test that used a scope, in one file per process and thread, when the file's tests end", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fake-wx-coverage-test-'))
    process.env[COVERAGE_ENV] = dir
    const { afterAll, hooks } = runner()
    const hook = fileCoverage(hooks)!
    hook(1) // used no scope: no record
    await refuseLocation()
    hook(2)
    expect(readdirSync(dir)).toEqual([])
    afterAll[0]!()
    afterAll[0]!() // a second end writes nothing more
    const file = join(dir, `${process.pid}-${threadId}.jsonl`)
    expect(readdirSync(dir)).toEqual([`${process.pid}-${threadId}.jsonl`])
    expect(readFileSync(file, 'utf8')).toBe(
      `${JSON.stringify({ file: '/project/a.test.js', name: 'test 2', platform: 'devtools', scopes: { 'scope.userLocation': { apis: ['getLocation'], outcomes: ['denied'] } } })}\n`,
    )
  })

  it('read each test as it ended, though the fake was reset before its file ended', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fake-wx-coverage-test-'))
    process.env[COVERAGE_ENV] = dir
    const { afterAll, hooks } = runner()
    const hook = fileCoverage(hooks)!
    await wx.getSetting({}) // a call, but no scope: no record
    hook(1)
    fakeWx.reset()
    await refuseLocation()
    hook(2)
    fakeWx.reset()
    // openSetting without a tap counts for the scopes refused when the test ended, not when its file ends.
    user.hasDenied('scope.camera')
    await wx.openSetting().catch(() => undefined)
    hook(3)
    fakeWx.reset()
    afterAll[0]!()
    const lines = readFileSync(join(dir, `${process.pid}-${threadId}.jsonl`), 'utf8').split('\n')
    expect(lines.map((line) => (line === '' ? line : JSON.parse(line)))).toEqual([
      { file: '/project/a.test.js', name: 'test 2', platform: 'devtools', scopes: { 'scope.userLocation': { apis: ['getLocation'], outcomes: ['denied'] } } },
      { file: '/project/a.test.js', name: 'test 3', platform: 'devtools', scopes: { 'scope.camera': { apis: [], outcomes: ['tapMissing'] } } },
      '',
    ])
  })

  it('write no file for a test file whose tests used no scope', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fake-wx-coverage-test-'))
    process.env[COVERAGE_ENV] = dir
    const { afterAll, hooks } = runner()
    fileCoverage(hooks)!(1)
    afterAll[0]!()
    expect(existsSync(join(dir, `${process.pid}-${threadId}.jsonl`))).toBe(false)
  })
})

describe('the preset runs the collection after each test', () => {
  it('with the hook argument, before verify(), and even when verify() fails the test', async () => {
    const afterEachHooks: ((...args: unknown[]) => void)[] = []
    const seen: unknown[] = []
    setUpFakeWx({
      expect: { extend: () => {}, addSnapshotSerializer: () => {} },
      beforeEach: () => {},
      afterEach: (fn) => afterEachHooks.push(fn),
      coverage: (context) => seen.push([context, fakeWx.log.prompts().length]),
    })
    await wx.getLocation({}).catch(() => undefined) // unscripted: verify() fails
    expect(() => afterEachHooks[0]!('the context')).toThrow("showed the permission popup for 'scope.userLocation'")
    expect(seen).toEqual([['the context', 1]])
    fakeWx.reset()
  })
})
