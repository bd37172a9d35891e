/**
 * The app.json step for another host's records: a record is checked for each declaration it needs, a
 * permission desc, a background mode or a private-info entry, whichever of them it has.
 */
import type { ApiRecord } from '../../../src/api-record'
import { createFake } from '../../../src/controller'
import type { Host } from '../../../src/hosts/host'
import { PROFILES } from '../../../src/hosts/wechat/profiles'

const result = () => ({})

function host(): Host {
  const apis: ApiRecord[] = [
    { name: 'locate', promise: true, scopes: ['scope.where'], result },
    { name: 'locateLater', promise: true, scopes: ['scope.whereLater'], result },
    { name: 'track', promise: true, backgroundMode: 'location', result },
    { name: 'peek', promise: true, privateInfo: 'other', result },
    { name: 'ping', promise: true, scopes: ['scope.plain'], result },
  ]
  return {
    globalName: 'tt',
    scopes: [
      { scope: 'scope.where', kind: 'prompt', popup: '获取你的位置', needsPermissionDesc: true },
      { scope: 'scope.whereLater', kind: 'prompt', popup: '离开后获取你的位置', needsPermissionDesc: true, describedBy: 'scope.where' },
      { scope: 'scope.plain', kind: 'prompt', popup: '普通权限' },
    ],
    otherScopes: [],
    apis,
    apiNames: apis.map((r) => r.name),
    profiles: { ios: PROFILES.ios },
    defaultPlatform: 'ios',
    recognisedDenySpellings: [],
    exampleScopes: ['scope.where', 'scope.plain'],
  }
}

async function errMsgs(appJson: Record<string, unknown>): Promise<string[]> {
  const fake = createFake(host(), { appJson, onUnscriptedPrompt: 'allow' })
  const settled = await Promise.allSettled(['locate', 'locateLater', 'track', 'peek', 'ping'].map((api) => fake.wx[api]!()))
  return settled.map((s) => ((s.status === 'fulfilled' ? s.value : s.reason) as { errMsg: string }).errMsg)
}

describe('the app.json step for any host', () => {
  it('with nothing declared, each record fails for what it needs and only for that', async () => {
    expect(await errMsgs({})).toEqual([
      'locate:fail require permission desc',
      'locateLater:fail require permission desc',
      'track:fail [fake-wx] app.json lacks "requiredBackgroundModes": ["location"]',
      'peek:fail the api need to be declared in the requiredPrivateInfos field in app.json/ext.json',
      'ping:ok',
    ])
  })

  it('with everything declared, all pass; a desc of the describing scope counts for the described one', async () => {
    expect(
      await errMsgs({ permission: { 'scope.where': { desc: '查找附近门店' } }, requiredBackgroundModes: ['location'], requiredPrivateInfos: ['peek'] }),
    ).toEqual(['locate:ok', 'locateLater:ok', 'track:ok', 'peek:ok', 'ping:ok'])
  })
})
