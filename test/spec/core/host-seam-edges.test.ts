/**
 * The host seam at its edges: a host's namespaces (`tt.cloud.callFunction`) and data namespaces
 * (`tt.env.USER_DATA_PATH`) become objects of its global, and its APIs answered by handlers are marked so in the
 * log. Each test builds its own host, so what is worked out once per host is worked out in the test that checks it.
 */
import { ok, type ApiRecord } from '../../../src/api-record'
import { createFake } from '../../../src/controller'
import type { Host, PlatformProfile } from '../../../src/hosts/host'
import { PROFILES } from '../../../src/hosts/wechat/profiles'

const phone: PlatformProfile = { platform: 'phone', spellings: PROFILES.ios.spellings, tapSurvivesPromises: true, iosOnlySettings: false, localFiles: { temp: 'file://tmp/', userData: 'file://usr', store: 'file://store/' } }
const ping: ApiRecord = { name: 'ping', promise: true, steps: [() => ok({ pong: true })] }

function tinyHost(): Host {
  return {
    globalName: 'tt',
    scopes: [{ scope: 'scope.album', kind: 'prompt', popup: '访问你的相册' }],
    otherScopes: [],
    apis: [ping],
    apiNames: ['ping'],
    profiles: { phone },
    defaultPlatform: 'phone',
    recognisedDenySpellings: [],
    exampleScopes: ['scope.album', 'scope.album'],
    namespaces: { cloud: { functions: ['callFunction', 'init'], promise: ['callFunction'] } },
    dataNamespaces: { env: { USER_DATA_PATH: (profile) => profile.localFiles.userData } },
  }
}

type Namespace = Record<string, unknown>

describe("a host's namespaces", () => {
  it('are objects of its global, after its APIs, holding the functions the host lists', async () => {
    const fake = createFake(tinyHost())
    const wx = fake.wx as unknown as Record<string, Namespace>
    expect(Object.keys(wx)).toEqual(['ping', 'cloud', 'env'])
    expect(Object.keys(wx.cloud!)).toEqual(['callFunction', 'init'])
    fake.use({ 'cloud.callFunction': () => ({ result: 1 }) })
    await expect((wx.cloud!.callFunction as (options: object) => Promise<unknown>)({ name: 'f' })).resolves.toEqual({ result: 1, errMsg: 'cloud.callFunction:ok' })
  })

  it("a data namespace's field reads the platform's value, and a handler for it answers first", () => {
    const fake = createFake(tinyHost())
    const env = (fake.wx as unknown as Record<string, Namespace>).env!
    expect(Object.keys(env)).toEqual(['USER_DATA_PATH'])
    expect(env.USER_DATA_PATH).toBe('file://usr')
    fake.use({ 'env.USER_DATA_PATH': () => 'file://test-usr' })
    expect(env.USER_DATA_PATH).toBe('file://test-usr')
  })

  it("two fakes of one host share their global's setters (the layout is worked out once per host)", () => {
    const host = tinyHost()
    const setterOf = () => Object.getOwnPropertyDescriptor(createFake(host).wx, 'ping')!.set
    expect(setterOf()).toBe(setterOf())
  })
})

describe("a host's API answered by a handler", () => {
  it('is answered by the handler and marked [handler] in the log', async () => {
    const fake = createFake(tinyHost())
    fake.use({ ping: () => ({ pong: 2 }) })
    await expect((fake.wx as unknown as Record<string, () => Promise<unknown>>).ping!()).resolves.toEqual({ pong: 2, errMsg: 'ping:ok' })
    expect(fake.log.entries[0]).toEqual({ id: 1, type: 'call', api: 'ping', args: undefined, style: 'promise', tap: false, handler: true })
  })
})
