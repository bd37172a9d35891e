/**
 * fake-wx/node's set-up, given stand-in hooks in place of node:test's, and the plain matcher context
 * assertWx runs the matchers with. That node:test runs the hooks (reset, verify, snapshots) is proven
 * under node:test itself (test/node/) and on Node 20, 22 and the LTS by scripts/runner-matrix.mjs.
 */
import { createFakeWx, fakeWx } from 'fake-wx'
import { serializeSnapshot, setUpNodeTest, type NodeTestHooks } from '../../../presets/node-set-up'
import { assertionName, plainEquals, plainMatcherContext, printPlain } from '../../../presets/plain-matcher-context'

/** The global as the runtime sees it. */
const host = globalThis as { wx?: unknown }

function standIn(withSnapshots: boolean) {
  const registered = {
    beforeEach: [] as (() => void)[],
    afterEach: [] as ((context: unknown) => void)[],
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

  it("installs the mini program's globals where the names are free", () => {
    const { hooks } = standIn(false)
    setUpNodeTest(hooks)
    const globals = globalThis as { getApp?: unknown; getCurrentPages?: unknown; Page?: unknown }
    expect(typeof globals.getApp).toBe('function')
    expect(typeof globals.getCurrentPages).toBe('function')
    expect(typeof globals.Page).toBe('function')
  })

  it("records each test's permission paths for fake-wx/reporter and writes them when the file ends", async () => {
    const { mkdtempSync, readdirSync, readFileSync } = await import('node:fs')
    const { join } = await import('node:path')
    const { tmpdir } = await import('node:os')
    const dir = mkdtempSync(join(tmpdir(), 'fake-wx-node-coverage-'))
    const saved = process.env.FAKE_WX_COVERAGE
    process.env.FAKE_WX_COVERAGE = dir
    try {
      const { hooks, registered } = standIn(false)
      setUpNodeTest(hooks)
      registered.beforeEach[0]!()
      fakeWx.user.willDeny('scope.userLocation')
      await fakeWx.wx.getLocation!({}).catch(() => undefined)
      registered.afterEach[0]!({ name: 'refused', fullName: 'shop > refused', filePath: '/app/shop.test.mjs' })
      expect(readdirSync(dir)).toEqual([])
      registered.after[0]!()
      const [file] = readdirSync(dir)
      const record = JSON.parse(readFileSync(join(dir, file!), 'utf8').trim())
      expect(record).toMatchObject({ file: '/app/shop.test.mjs', name: 'shop > refused', platform: 'devtools' })
      expect(Object.keys(record.scopes)).toEqual(['scope.userLocation'])
    } finally {
      if (saved === undefined) delete process.env.FAKE_WX_COVERAGE
      else process.env.FAKE_WX_COVERAGE = saved
      fakeWx.reset()
    }
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
