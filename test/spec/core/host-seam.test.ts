/**
 * The host seam: the pipeline, the scripted user, the log and the matchers work for a host other than
 * WeChat's. This host exists only here: one scope, one gated API, its own global name and spellings.
 */
import { ok, type ApiRecord } from '../../../src/api-record'
import { createFake } from '../../../src/controller'
import type { Host, PlatformProfile } from '../../../src/hosts/host'
import { PROFILES } from '../../../src/hosts/wechat/profiles'

const spellings = { ...PROFILES.ios.spellings, 'auth-deny': { text: ' user denied', errno: 21103 } }
const phone: PlatformProfile = { platform: 'phone', spellings, tapSurvivesPromises: true, iosOnlySettings: false, localFiles: { temp: 'file://tmp/', userData: 'file://usr', store: 'file://store/' } }

const getAlbum: ApiRecord = { name: 'getAlbum', promise: true, scopes: ['scope.album'], result: () => ({ photos: 3 }) }
const ping: ApiRecord = { name: 'ping', promise: true, steps: [() => ok({ pong: true })] }

const tiny: Host = {
  globalName: 'tt',
  scopes: [{ scope: 'scope.album', kind: 'prompt', popup: '访问你的相册' }],
  otherScopes: [],
  apis: [getAlbum, ping],
  apiNames: ['getAlbum', 'ping', 'login'],
  profiles: { phone },
  defaultPlatform: 'phone',
  recognisedDenySpellings: [],
  exampleScopes: ['scope.album', 'scope.album'],
}

describe('a host other than WeChat', () => {
  it('installs under its own global name and answers with its own spellings', async () => {
    const fake = createFake(tiny)
    const target: Record<string, unknown> = {}
    fake.install(target)
    expect(target.tt).toBe(fake.wx)
    expect(target.wx).toBeUndefined()
    fake.user.willDeny('scope.album' as never)
    await expect(fake.wx.getAlbum!()).rejects.toEqual({ errMsg: 'getAlbum:fail user denied', errno: 21103 })
    expect(fake.log.prompts('scope.album' as never)).toHaveLength(1)
    await expect(fake.wx.getAlbum!()).rejects.toEqual({ errMsg: 'getAlbum:fail user denied', errno: 21103 })
    expect(fake.log.prompts('scope.album' as never)).toHaveLength(1)
    fake.uninstall()
    expect('tt' in target).toBe(false)
  })

  it('knows only its own scopes and APIs, and names calls by its global', async () => {
    const fake = createFake(tiny)
    expect(() => fake.user.willAllow('scope.userLocation')).toThrow("unknown scope 'scope.userLocation'")
    expect(Object.keys(fake.wx).sort()).toEqual(['getAlbum', 'login', 'ping'])
    await expect(fake.wx.ping!()).resolves.toEqual({ errMsg: 'ping:ok', pong: true })
    expect(() => fake.wx.login!()).toThrow('tt.login is not modelled by fake-wx')
    expect(() => fake.mockWxMethod('getLocation', () => undefined)).toThrow("tt has no API named 'getLocation'")
  })

  it("a scope of the host's other family is named as such, with the host's own global", () => {
    const fake = createFake({ ...tiny, otherScopes: ['scope.gameOnly'] })
    expect(() => fake.user.willAllow('scope.gameOnly' as never)).toThrow(
      "[fake-wx] user.willAllow: 'scope.gameOnly' is a mini-game scope; in a mini program tt.authorize fails with 'authorize:fail invalid scope'.",
    )
  })

  it('the matchers read its scopes and labels', async () => {
    const fake = createFake(tiny, { onUnscriptedPrompt: 'allow' })
    await fake.wx.getAlbum!()
    expect(fake.wx).toHavePrompted('scope.album' as never)
    expect(() => expect(fake.wx).toHavePrompted('scope.camera')).toThrow("expected value must be a scope name such as 'scope.album'")
    expect(() => expect(fake.wx.getAlbum).not.toHaveSucceeded()).toThrow('tt.getAlbum')
  })
})
