/**
 * The side tables a host's records and profiles give (src/hosts/host.ts): each test builds a host of its own,
 * so its tables are derived afresh, and compares them with the literals its records imply.
 */
import { ok, type ApiRecord } from '../../../src/api-record'
import { tablesOf, type Host, type PlatformProfile } from '../../../src/hosts/host'
import { PROFILES } from '../../../src/hosts/wechat/profiles'

function profile(platform: string, deny: string, systemDeny: string, switchOff: string): PlatformProfile {
  const spellings = {
    ...PROFILES.ios.spellings,
    'authorize-deny': { text: ` ${deny}` },
    'auth-deny': { text: ` ${deny}`, errno: 1 },
    'legacy-deny': { text: ' legacy deny' },
    'no-response': { text: ' no response' },
    'system-deny': { text: ` ${systemDeny}` },
    'legacy-system-deny': { text: ' old os denied' },
    'location-switch-off': { text: ` ${switchOff}` },
  }
  return { platform, spellings, tapSurvivesPromises: true, iosOnlySettings: false, localFiles: { temp: 'file://tmp/', userData: 'file://usr', store: 'file://store/' } }
}

function host(apis: ApiRecord[]): Host {
  return {
    globalName: 'tt',
    scopes: [
      { scope: 'scope.album', kind: 'prompt', popup: '访问你的相册' },
      { scope: 'scope.camera', kind: 'prompt', popup: '使用你的摄像头' },
    ],
    otherScopes: [],
    apis,
    apiNames: ['getAlbum', 'saveAlbum', 'login'],
    profiles: {
      phone: profile('phone', 'user denied', 'os denied', 'switch off'),
      pad: profile('pad', 'user refused', 'os denied', 'gps off'),
    },
    defaultPlatform: 'phone',
    recognisedDenySpellings: [' old deny'],
    exampleScopes: ['scope.album', 'scope.camera'],
  }
}

const result = () => ({})
const records = (): ApiRecord[] => [
  { name: 'getAlbum', scopes: ['scope.album'], result },
  { name: 'saveAlbum', scopes: ['scope.camera', 'scope.album'], steps: [() => ok()] },
  { name: 'locate', privateInfo: 'precise', picker: false, result },
  { name: 'roughLocate', privateInfo: 'fuzzy', steps: [() => ok()] },
  { name: 'watchLocation', privateInfo: 'other' },
  { name: 'pickPhoto', picker: true, result },
  { name: 'ask', scopeOption: 'scope', result },
  { name: 'camera', surface: 'component', label: '<camera>', result },
  { name: 'readSync', sync: () => 1 },
]

describe('the tables derived from a host', () => {
  it('lists each scope and the APIs it gates, in record order', () => {
    const tables = tablesOf(host(records()))
    expect(tables.scopeNames).toEqual(['scope.album', 'scope.camera'])
    expect(tables.apisOf('scope.album')).toEqual(['getAlbum', 'saveAlbum'])
    expect(tables.apisOf('scope.camera')).toEqual(['saveAlbum'])
    expect(tables.apisOf('scope.werun')).toEqual([])
    expect(tables.scope('scope.camera')?.popup).toBe('使用你的摄像头')
    expect(tables.record('locate')?.privateInfo).toBe('precise')
  })

  it('lists the private-info APIs, and the precise and fuzzy ones apart', () => {
    const tables = tablesOf(host(records()))
    expect(tables.privateInfos).toEqual(['locate', 'roughLocate', 'watchLocation'])
    expect(tables.preciseInfos).toEqual(['locate'])
    expect(tables.fuzzyInfos).toEqual(['roughLocate'])
  })

  it('lists the pickers and finds the API that asks for a scope in advance', () => {
    const tables = tablesOf(host(records()))
    expect(tables.pickers).toEqual(['pickPhoto'])
    expect(tables.authorizeApi).toBe('ask')
    expect(tablesOf(host(records().filter((r) => r.name !== 'ask'))).authorizeApi).toBeUndefined()
  })

  it('defines the declared names and the modelled records on the global, not components or bare facts', () => {
    const tables = tablesOf(host(records()))
    expect([...tables.names].sort()).toEqual(['ask', 'getAlbum', 'locate', 'login', 'pickPhoto', 'readSync', 'roughLocate', 'saveAlbum'])
  })

  it('labels an API by its record, else by the global', () => {
    const tables = tablesOf(host(records()))
    expect(tables.label('camera')).toBe('<camera>')
    expect(tables.label('getAlbum')).toBe('tt.getAlbum')
    expect(tables.label('nothing')).toBe('tt.nothing')
  })

  it('collects every refusal and OS spelling once, with the recognised extra ones', () => {
    const tables = tablesOf(host(records()))
    expect(tables.denySpellings).toEqual([' user denied', ' legacy deny', ' no response', ' user refused', ' old deny'])
    expect(tables.systemDenySpellings).toEqual([' os denied', ' old os denied', ' switch off', ' gps off'])
  })

  it('derives a host’s tables once', () => {
    const tiny = host(records())
    expect(tablesOf(tiny)).toBe(tablesOf(tiny))
  })
})
