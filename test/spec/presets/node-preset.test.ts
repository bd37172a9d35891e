/**
 * fake-wx/node's set-up, given stand-in hooks in place of node:test's, and the plain matcher context
 * assertWx runs the matchers with. That node:test runs the hooks (reset, verify, snapshots) is proven
 * under node:test itself (test/node/) and on Node 20, 22 and the LTS by scripts/runner-matrix.mjs.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createFakeWx, fakeWx } from 'fake-wx'
import { COVERAGE_ENV } from '../../../presets/coverage'
import { currentNodeTest, serializeSnapshot, setUpNodeTest, type NodeTestHooks } from '../../../presets/node-set-up'
import { assertionName, plainEquals, plainMatcherContext, printPlain } from '../../../presets/plain-matcher-context'

/** The global as the runtime sees it. */
const host = globalThis as { wx?: unknown }

function standIn(withSnapshots: boolean) {
  const registered = {
    beforeEach: [] as (() => void)[],
    afterEach: [] as ((context: object) => void)[],
    after: [] as (() => void)[],
    serializers: [] as ((value: unknown) => unknown)[][],
  }
  const hooks: NodeTestHooks = {
    beforeEach: (fn) => registered.beforeEach.push(fn),
    afterEach: (fn) => registered.afterEach.push(fn),
    after: (fn) => registered.after.push(fn),
    snapshot: withSnapshots ? { setDefaultSnapshotSerializers: (serializers) => registered.serializers.push(serializers) } : undefined,
  }
  return { hooks, registered }
}

describe('the node:test set-up', () => {
  it('installs the global wx and registers one beforeEach, one afterEach and the snapshot serializer', () => {
    const { hooks, registered } = standIn(true)
    setUpNodeTest(hooks)
    expect(host.wx).toBe(fakeWx.wx)
    expect(registered.beforeEach).toHaveLength(1)
    expect(registered.afterEach).toHaveLength(1)
    expect(registered.serializers).toEqual([[serializeSnapshot]])
  })

  it('registers no serializer where node:test has no snapshots (Node 20)', () => {
    const { hooks, registered } = standIn(false)
    expect(() => setUpNodeTest(hooks)).not.toThrow()
    expect(registered.serializers).toEqual([])
  })

  it("registers no serializer where node:test's snapshot cannot take default serializers (bun)", () => {
    const registered: (() => void)[] = []
    expect(() => setUpNodeTest({ beforeEach: (fn) => registered.push(fn), afterEach: () => {}, after: () => {}, snapshot: {} })).not.toThrow()
    expect(registered).toHaveLength(1)
  })

  it('resets the default fake and puts it back as the global wx before each test', async () => {
    const { hooks, registered } = standIn(false)
    setUpNodeTest(hooks)
    fakeWx.user.willDeny('scope.userLocation')
    await fakeWx.wx.getLocation!({}).catch(() => undefined)
    createFakeWx().install(globalThis, { replace: true })
    expect(host.wx).not.toBe(fakeWx.wx)
    registered.beforeEach[0]!()
    expect(host.wx).toBe(fakeWx.wx)
    expect(fakeWx.log.entries).toEqual([])
    expect(fakeWx.scopeState('scope.userLocation')).toBe('unasked')
  })

  it('fails a test after it ends when it left a popup unscripted, with the message of the other presets', async () => {
    const { hooks, registered } = standIn(false)
    setUpNodeTest(hooks)
    const afterEachHook = registered.afterEach[0]!
    expect(() => afterEachHook({})).not.toThrow()
    await fakeWx.wx.getLocation!({}).catch(() => undefined)
    expect(() => afterEachHook({})).toThrow(
      "wx.getLocation showed the permission popup for 'scope.userLocation', but the test scripted no answer.\nAdd one before the code runs:\n  user.willAllow('scope.userLocation')",
    )
    fakeWx.reset()
  })

  it("records each test's permission paths for fake-wx/reporter, and writes them when the process's tests end", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fake-wx-node-coverage-'))
    const before = process.env[COVERAGE_ENV]
    process.env[COVERAGE_ENV] = dir
    try {
      const { hooks, registered } = standIn(false)
      setUpNodeTest(hooks)
      expect(registered.after).toHaveLength(1)
      fakeWx.user.willDeny('scope.userLocation')
      await fakeWx.wx.getLocation!({}).catch(() => undefined)
      registered.afterEach[0]!({ name: 'refuses', fullName: 'location > refuses', filePath: '/app/test/location.test.mjs' })
      fakeWx.reset()
      registered.afterEach[0]!({ name: 'nothing gated' })
      registered.after[0]!()
      const [file] = readdirSync(dir)
      const records = readFileSync(join(dir, file!), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { file: string; name: string; scopes: object })
      expect(records).toHaveLength(1)
      expect(records[0]).toMatchObject({ file: '/app/test/location.test.mjs', name: 'location > refuses', platform: 'devtools' })
      expect(Object.keys(records[0]!.scopes)).toEqual(['scope.userLocation'])
    } finally {
      if (before === undefined) delete process.env[COVERAGE_ENV]
      else process.env[COVERAGE_ENV] = before
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('registers nothing after all tests when the reporter is off', () => {
    const { hooks, registered } = standIn(false)
    const before = process.env[COVERAGE_ENV]
    delete process.env[COVERAGE_ENV]
    setUpNodeTest(hooks)
    if (before !== undefined) process.env[COVERAGE_ENV] = before
    expect(registered.after).toEqual([])
  })

  it("names the test for the reporter: its full name and file, or on Node 20 its name and the process's test file", () => {
    expect(currentNodeTest({ name: 'b', fullName: 'a > b', filePath: '/t/x.test.mjs' })).toEqual({ name: 'a > b', file: '/t/x.test.mjs' })
    expect(currentNodeTest({ name: 'b' })).toEqual({ name: 'b', file: process.argv[1] })
    expect(currentNodeTest(undefined)).toEqual({ name: '', file: process.argv[1] })
  })

  it("stores a log or a controller as its timeline, anything else as node:test's default (JSON)", async () => {
    const fake = createFakeWx()
    fake.user.willDeny('scope.userLocation')
    await fake.wx.getLocation!({ type: 'gcj02' }).catch(() => undefined)
    const timeline = [
      "#1 wx.getLocation({ type: 'gcj02' })",
      '  popup scope.userLocation: 获取你的位置信息',
      '  user denies',
      "  reject { errMsg: 'getLocation:fail auth deny', errno: 103 }",
    ].join('\n')
    expect(serializeSnapshot(fake.log)).toBe(timeline)
    expect(serializeSnapshot(fake)).toBe(timeline)
    expect(serializeSnapshot({ a: 1, b: ['x'] })).toBe('{\n  "a": 1,\n  "b": [\n    "x"\n  ]\n}')
    expect(serializeSnapshot('text')).toBe('"text"')
    expect(serializeSnapshot(undefined)).toBeUndefined()
  })
})

describe('the plain matcher context', () => {
  it('names each matcher as assertWx does', () => {
    expect(['toHavePrompted', 'toHavePromptedTimes', 'toHaveFailedWithAuthDeny', 'toHaveScope'].map(assertionName)).toEqual([
      'prompted',
      'promptedTimes',
      'failedWithAuthDeny',
      'scope',
    ])
  })

  it('writes the hint as the call, with .not and the arguments it is given', () => {
    const { utils } = plainMatcherContext(false)
    expect(utils.matcherHint('toHavePrompted', 'wx', '')).toBe('assertWx.prompted(wx)')
    expect(utils.matcherHint('toHavePrompted')).toBe('assertWx.prompted(received)')
    expect(utils.matcherHint('toHavePromptedTimes', 'wx', "'scope.camera'", { isNot: true, secondArgument: '2' })).toBe(
      "assertWx.not.promptedTimes(wx, 'scope.camera', 2)",
    )
    expect(utils.matcherHint('toHaveScope', 'fakeWx', "'scope.camera'", { isNot: false })).toBe("assertWx.scope(fakeWx, 'scope.camera')")
  })

  it('carries isNot, and plain text without colours', () => {
    expect(plainMatcherContext(true).isNot).toBe(true)
    expect(plainMatcherContext(false).isNot).toBe(false)
    const { utils } = plainMatcherContext(false)
    for (const colour of [utils.EXPECTED_COLOR, utils.RECEIVED_COLOR, utils.BOLD_WEIGHT, utils.DIM_COLOR]) expect(colour('text')).toBe('text')
  })

  it('prints values as the timeline does, strings whole, functions by name, asymmetric matchers as the runners do', () => {
    const long = '请在设置中打开位置权限，以便为你推荐附近的门店和自提点，谢谢你的理解和支持'
    expect(printPlain(long)).toBe(`'${long}'`)
    expect(printPlain({ title: 't', n: 1 })).toBe("{ title: 't', n: 1 }")
    expect(printPlain(function locate() {})).toBe('[Function locate]')
    expect(printPlain(() => undefined)).toBe('[Function anonymous]')
    expect(printPlain(expect.stringContaining('设置'))).toBe('StringContaining "设置"')
    expect(printPlain({ asymmetricMatch: () => true, toAsymmetricMatcher: () => 'Custom<1>' })).toBe('Custom<1>')
    expect(printPlain({ asymmetricMatch: () => true, sample: [1], toString: () => 'ArrayContaining' })).toBe('ArrayContaining [1]')
    expect(printPlain({ asymmetricMatch: () => true, toString: () => 'Anything' })).toBe('Anything')
  })

  it('prints a value with its type, except null and undefined', () => {
    const { utils } = plainMatcherContext(false)
    expect(utils.printWithType('Received', { a: 1 }, printPlain)).toBe('Received has type:  object\nReceived has value: { a: 1 }')
    expect(utils.printWithType('Expected', [1], printPlain)).toBe('Expected has type:  array\nExpected has value: [1]')
    expect(utils.printWithType('Received', null, printPlain)).toBe('Received has value: null')
    expect(utils.printWithType('Received', undefined, printPlain)).toBe('Received has value: undefined')
  })

  it('compares deeply, an asymmetric matcher on either side deciding for itself', () => {
    const containing = expect.stringContaining('设置')
    expect(plainEquals('请在设置中打开', containing)).toBe(true)
    expect(plainEquals(containing, '请在设置中打开')).toBe(true)
    expect(plainEquals('请打开', containing)).toBe(false)
    expect(plainEquals(NaN, NaN)).toBe(true)
    expect(plainEquals(1, '1')).toBe(false)
    expect(plainEquals(null, {})).toBe(false)
    expect(plainEquals({}, null)).toBe(false)
    expect(plainEquals({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true)
    expect(plainEquals({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] })).toBe(false)
    expect(plainEquals({ a: 1 }, { a: 1, b: undefined })).toBe(false)
    expect(plainEquals({ a: 1, b: undefined }, { a: 1, c: undefined })).toBe(false)
    expect(plainEquals([1], { 0: 1 })).toBe(false)
    expect(plainEquals({ 0: 1 }, [1])).toBe(false)
    expect(plainEquals({ title: containing }, { title: '请在设置中打开' })).toBe(true)
  })
})
