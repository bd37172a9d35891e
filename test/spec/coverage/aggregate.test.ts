/**
 * Adding the tests' records up into the report: the matrix, the JSON, the gaps, `require`. The records are
 * written by hand, as the workers would send them; the expected JSON is written from the report's format.
 */
import { CoverageCollector, canReach, coverageJson, declaredScopes, requireFailure, sortBy, type TestRecord } from '../../../src/coverage/aggregate'
import { scopeFactsOf } from '../../../src/coverage/scope-facts'
import { WECHAT_SCOPE_FACTS } from '../../../src/coverage/wechat-scope-facts'
import { tablesOf } from '../../../src/hosts/host'
import { PROFILES } from '../../../src/hosts/wechat/profiles'


const record = (file: string, name: string, platform: string, scopes: TestRecord['scopes']): TestRecord => ({ file, name, platform, scopes })

const none = { tests: 0, platforms: [] }
/** Every outcome of a JSON row, none reached unless given. */
const outcomes = (reached: Record<string, { tests: number; platforms: string[] }> = {}) => ({
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
  apiNotEnabled: none,
  tapMissing: none,
  ...reached,
})

function collect(...records: TestRecord[]): CoverageCollector {
  const collector = new CoverageCollector()
  for (const r of records) collector.add(r)
  return collector
}

describe('the JSON of a run', () => {
  it('counts tests per cell across files and workers, and lists platforms in the host order', () => {
    const collector = collect(
      record('test/a.test.js', 'refuses on android', 'android', { 'scope.userLocation': { apis: ['getLocation'], outcomes: ['denied'] } }),
      record('test/b.test.js', 'refuses on ios', 'ios', { 'scope.userLocation': { apis: ['authorize'], outcomes: ['denied', 'deniedEarlier'] } }),
      record('test/b.test.js', 'allows', 'devtools', { 'scope.userLocation': { apis: ['getLocation'], outcomes: ['allowed'] } }),
    )
    expect(coverageJson(collector.coverage(WECHAT_SCOPE_FACTS))).toEqual({
      version: 1,
      scopes: {
        'scope.userLocation': {
          apis: ['authorize', 'getLocation'],
          outcomes: outcomes({
            allowed: { tests: 1, platforms: ['devtools'] },
            denied: { tests: 2, platforms: ['ios', 'android'] },
            deniedEarlier: { tests: 1, platforms: ['ios'] },
          }),
        },
      },
      missing: [],
    })
  })

  it('one test seen twice (a retry, or twice on two platforms) counts once, with both platforms', () => {
    const paths = { 'scope.camera': { apis: ['authorize'], outcomes: ['denied' as const] } }
    const collector = collect(record('a.test.js', 't', 'android', paths), record('a.test.js', 't', 'ios', paths))
    expect(coverageJson(collector.coverage(WECHAT_SCOPE_FACTS)).scopes['scope.camera']!.outcomes.denied).toEqual({ tests: 1, platforms: ['ios', 'android'] })
  })

  it('the same test name in two files is two tests', () => {
    const paths = { 'scope.camera': { apis: ['authorize'], outcomes: ['denied' as const] } }
    const collector = collect(record('a.test.js', 't', 'ios', paths), record('b.test.js', 't', 'ios', paths))
    expect(coverageJson(collector.coverage(WECHAT_SCOPE_FACTS)).scopes['scope.camera']!.outcomes.denied.tests).toBe(2)
  })

  it('lists scopes in the scope table order, whatever order the tests came in', () => {
    const collector = collect(
      record('a.test.js', 'w', 'ios', { 'scope.werun': { apis: ['getWeRunData'], outcomes: ['denied'] } }),
      record('a.test.js', 'l', 'ios', { 'scope.userLocation': { apis: ['getLocation'], outcomes: ['denied'] } }),
      record('a.test.js', 'c', 'ios', { 'scope.camera': { apis: ['authorize'], outcomes: ['denied'] } }),
    )
    expect(Object.keys(coverageJson(collector.coverage(WECHAT_SCOPE_FACTS)).scopes)).toEqual(['scope.userLocation', 'scope.camera', 'scope.werun'])
  })

  it("scopes the host does not know (another host's records) come last, sorted, and are never gaps", () => {
    const collector = collect(
      record('a.test.js', 'z', 'ios', { 'scope.zz': { apis: ['z'], outcomes: [] } }),
      record('a.test.js', 'a', 'ios', { 'scope.aa': { apis: ['a'], outcomes: [] } }),
      record('a.test.js', 'c', 'ios', { 'scope.camera': { apis: ['authorize'], outcomes: ['denied'] } }),
    )
    const coverage = collector.coverage(WECHAT_SCOPE_FACTS)
    expect(coverage.scopes.map((s) => s.scope)).toEqual(['scope.camera', 'scope.aa', 'scope.zz'])
    expect(coverage.gaps).toEqual([])
  })

  it('lists the missing pairs: a gap, and each required outcome no test reached', () => {
    const collector = collect(record('a.test.js', 't', 'ios', { 'scope.camera': { apis: ['authorize'], outcomes: ['allowed'] } }))
    expect(coverageJson(collector.coverage(WECHAT_SCOPE_FACTS, { require: ['dismissed'] })).missing).toEqual([
      { scope: 'scope.camera', outcome: 'denied' },
      { scope: 'scope.camera', outcome: 'dismissed' },
    ])
  })

  it('a run in which no test used a scope: no scopes, nothing missing', () => {
    expect(coverageJson(new CoverageCollector().coverage(WECHAT_SCOPE_FACTS))).toEqual({ version: 1, scopes: {}, missing: [] })
  })
})

describe('gaps: a scope the app uses that no test refuses', () => {
  it('is listed as missing its denied path, though `require` is not set', () => {
    const coverage = collect(record('a.test.js', 't', 'ios', { 'scope.camera': { apis: ['authorize'], outcomes: ['allowed'] } })).coverage(WECHAT_SCOPE_FACTS)
    expect(coverage.gaps).toEqual(['scope.camera'])
    expect(coverage.missing).toEqual([{ scope: 'scope.camera', outcome: 'denied' }])
    expect(coverage.requiredMissing).toEqual([])
    expect(requireFailure(coverage)).toBeUndefined()
  })

  it.each(['denied', 'deniedEarlier'] as const)('is closed by %s alone', (outcome) => {
    const coverage = collect(record('a.test.js', 't', 'ios', { 'scope.camera': { apis: ['authorize'], outcomes: [outcome] } })).coverage(WECHAT_SCOPE_FACTS)
    expect(coverage.gaps).toEqual([])
    expect(coverage.missing).toEqual([])
  })

  it('a scope WeChat no longer asks for (retired, auto-granted) is never a gap', () => {
    const coverage = collect(
      record('a.test.js', 't', 'ios', { 'scope.address': { apis: ['chooseAddress'], outcomes: [] }, 'scope.userInfo': { apis: ['getUserInfo'], outcomes: [] } }),
    ).coverage(WECHAT_SCOPE_FACTS, { require: ['denied'] })
    expect(coverage.scopes.map((s) => [s.scope, s.refusable])).toEqual([
      ['scope.userInfo', false],
      ['scope.address', false],
    ])
    expect(coverage.missing).toEqual([])
  })

  it('a scope app.json declares counts as used even when no test calls its APIs', () => {
    const coverage = new CoverageCollector().coverage(WECHAT_SCOPE_FACTS, { appJson: { permission: { 'scope.userLocation': { desc: '门店' } }, requiredPrivateInfos: ['chooseAddress'] } })
    expect(coverage.scopes.map((s) => ({ scope: s.scope, declared: s.declared, touched: s.touched, apis: s.apis }))).toEqual([
      { scope: 'scope.userLocation', declared: true, touched: false, apis: [] },
      { scope: 'scope.address', declared: true, touched: false, apis: [] },
    ])
    expect(coverage.missing).toEqual([{ scope: 'scope.userLocation', outcome: 'denied' }])
  })
})

describe('the scopes app.json declares', () => {
  it('its permission keys and the scopes of the APIs in requiredPrivateInfos; unknown keys and scope-free APIs add none', () => {
    expect([
      ...declaredScopes(WECHAT_SCOPE_FACTS, {
        permission: { 'scope.userFuzzyLocation': { desc: '附近' }, 'scope.nonsense': { desc: 'x' } },
        requiredPrivateInfos: ['getFuzzyLocation', 'chooseLocation', 'startLocationUpdateBackground'],
      }),
    ]).toEqual(['scope.userFuzzyLocation', 'scope.userLocationBackground'])
  })

  it('an API requiredPrivateInfos names that is no private-info API (a typo, an Object key) declares nothing', () => {
    expect([...declaredScopes(WECHAT_SCOPE_FACTS, { requiredPrivateInfos: ['getLocaton', 'toString', 'constructor'] })]).toEqual([])
  })

  it('none without an app.json, or with an empty one', () => {
    expect([...declaredScopes(WECHAT_SCOPE_FACTS, undefined)]).toEqual([])
    expect([...declaredScopes(WECHAT_SCOPE_FACTS, {})]).toEqual([])
  })
})

describe('require', () => {
  const run = () =>
    collect(
      record('a.test.js', 'x', 'ios', {
        'scope.userLocation': { apis: ['getLocation'], outcomes: ['denied', 'systemDenied'] },
        'scope.addPhoneContact': { apis: ['addPhoneContact'], outcomes: ['allowed'] },
      }),
    )

  it('lists each used scope and outcome no test reached, in scope then outcome order, and fails with every pair', () => {
    const coverage = run().coverage(WECHAT_SCOPE_FACTS, { require: ['deniedEarlier', 'denied', 'deniedEarlier'] })
    expect(coverage.required).toEqual(['deniedEarlier', 'denied'])
    expect(coverage.requiredMissing).toEqual([
      { scope: 'scope.userLocation', outcome: 'deniedEarlier' },
      { scope: 'scope.addPhoneContact', outcome: 'denied' },
      { scope: 'scope.addPhoneContact', outcome: 'deniedEarlier' },
    ])
    // The gap of scope.addPhoneContact and its required `denied` are one pair.
    expect(coverage.missing).toEqual(coverage.requiredMissing)
    expect(requireFailure(coverage)).toBe(
      'fake-wx/reporter: 3 required permission paths were never exercised (require: deniedEarlier, denied):\n' +
        '  scope.userLocation: deniedEarlier\n' +
        '  scope.addPhoneContact: denied\n' +
        '  scope.addPhoneContact: deniedEarlier\n' +
        'Add a test that takes each path, or drop the outcome from `require`.',
    )
  })

  it('one missing pair is said in the singular', () => {
    const coverage = run().coverage(WECHAT_SCOPE_FACTS, { require: ['allowed'] })
    expect(requireFailure(coverage)).toBe(
      'fake-wx/reporter: 1 required permission path was never exercised (require: allowed):\n' +
        '  scope.userLocation: allowed\n' +
        'Add a test that takes each path, or drop the outcome from `require`.',
    )
  })

  it('does not ask systemDenied of a scope with no OS permission (scope.addPhoneContact)', () => {
    const coverage = run().coverage(WECHAT_SCOPE_FACTS, { require: ['systemDenied'] })
    expect(coverage.requiredMissing).toEqual([])
  })

  it('is met when every used scope reached every required outcome', () => {
    const coverage = run().coverage(WECHAT_SCOPE_FACTS, { require: ['denied'] })
    expect(coverage.requiredMissing).toEqual([{ scope: 'scope.addPhoneContact', outcome: 'denied' }])
    const met = collect(record('a.test.js', 'x', 'ios', { 'scope.camera': { apis: ['authorize'], outcomes: ['denied', 'allowed'] } })).coverage(WECHAT_SCOPE_FACTS, {
      require: ['denied', 'allowed'],
    })
    expect(met.requiredMissing).toEqual([])
    expect(requireFailure(met)).toBeUndefined()
  })
})

describe('which scopes can be systemDenied', () => {
  it.each([
    ['scope.userLocation', true], // OS permission and switch
    ['scope.camera', true], // OS permission
    ['scope.bluetooth', true], // OS permission, and openBluetoothAdapter's own switch
    ['scope.addPhoneContact', false],
    ['scope.werun', false],
    ['scope.unknown', false],
  ])('%s: %s', (scope, expected) => {
    expect(canReach(WECHAT_SCOPE_FACTS, scope, 'systemDenied')).toBe(expected)
  })

  it("a scope with no OS permission of its own whose API (one of them) has an OS switch can, as can one with an OS switch of its own (another host's)", () => {
    const tiny = tablesOf({
      globalName: 'tt',
      scopes: [
        { scope: 'scope.radio', kind: 'prompt', popup: '使用收音机' },
        { scope: 'scope.notes', kind: 'prompt', popup: '读取便签' },
        { scope: 'scope.compass', kind: 'prompt', popup: '使用指南针', osSwitch: 'locationEnabled' },
      ],
      otherScopes: [],
      apis: [
        { name: 'listenRadio', scopes: ['scope.radio'] },
        { name: 'tuneRadio', scopes: ['scope.radio'], osSwitch: { option: 'bluetoothEnabled', failure: 'bluetooth-off' } },
        { name: 'readNotes', scopes: ['scope.notes'] },
      ],
      apiNames: ['listenRadio', 'tuneRadio', 'readNotes'],
      profiles: { ios: PROFILES.ios },
      defaultPlatform: 'ios',
      recognisedDenySpellings: [],
      exampleScopes: ['scope.radio', 'scope.notes'],
    })
    expect(canReach(scopeFactsOf(tiny), 'scope.radio', 'systemDenied')).toBe(true)
    expect(canReach(scopeFactsOf(tiny), 'scope.notes', 'systemDenied')).toBe(false)
    expect(canReach(scopeFactsOf(tiny), 'scope.compass', 'systemDenied')).toBe(true)
  })

  it('every scope can reach the other outcomes', () => {
    expect(canReach(WECHAT_SCOPE_FACTS, 'scope.werun', 'privacyDenied')).toBe(true)
    expect(canReach(WECHAT_SCOPE_FACTS, 'scope.werun', 'deniedEarlier')).toBe(true)
  })
})

describe('sortBy', () => {
  it('puts names in the given order, unknown names after it, sorted', () => {
    expect(sortBy(['zeta', 'mac', 'alpha', 'ios'], ['ios', 'android', 'mac'])).toEqual(['ios', 'mac', 'alpha', 'zeta'])
  })
  it('sorts the unknown names whatever order they come in', () => {
    for (const names of [['d', 'b', 'c', 'a'], ['b', 'd', 'a', 'c'], ['c', 'a', 'd', 'b'], ['a', 'b', 'c', 'd']]) {
      expect(sortBy(names, ['ios'])).toEqual(['a', 'b', 'c', 'd'])
    }
  })
})
