/**
 * A record becomes its steps (src/compile.ts): each test builds a host of its own, so its records are
 * compiled afresh, and checks the steps each field adds, and only those.
 */
import { fail, type ApiRecord } from '../../../src/api-record'
import { compiledApi } from '../../../src/compile'
import { createFake } from '../../../src/controller'
import { tablesOf, type Host } from '../../../src/hosts/host'
import { PROFILES } from '../../../src/hosts/wechat/profiles'
import { outcome } from '../../support/fixtures'

const result = () => ({ done: true })

function host(): Host {
  const apis: ApiRecord[] = [
    { name: 'checked', promise: true, check: (call) => (call.options.ok === true ? undefined : fail('cancel')), result },
    { name: 'plain', promise: true, result },
    { name: 'private', promise: true, privacy: true, result },
    { name: 'profile', promise: true, promptsEveryCall: 'scope.profile', result },
  ]
  return {
    globalName: 'tt',
    scopes: [{ scope: 'scope.profile', kind: 'prompt', popup: '获取你的昵称' }],
    otherScopes: [],
    apis,
    apiNames: apis.map((r) => r.name),
    profiles: { ios: PROFILES.ios },
    defaultPlatform: 'ios',
    recognisedDenySpellings: [],
    exampleScopes: ['scope.profile', 'scope.profile'],
  }
}

describe('compiling a record', () => {
  it('an unknown name compiles to nothing', () => {
    expect(compiledApi(tablesOf(host()), 'nothing')).toBeUndefined()
  })

  it('runs the record’s own check', async () => {
    const fake = createFake(host())
    expect(await outcome(fake.wx.checked!())).toEqual(['rejected', { errMsg: 'checked:fail cancel' }])
    expect(await outcome(fake.wx.checked!({ ok: true }))).toEqual(['resolved', { errMsg: 'checked:ok', done: true }])
  })

  it('asks for privacy only for a privacy record', async () => {
    const fake = createFake(host(), { privacy: { needAuthorization: true }, onUnscriptedPrompt: 'deny' })
    expect(await outcome(fake.wx.plain!())).toEqual(['resolved', { errMsg: 'plain:ok', done: true }])
    expect(await outcome(fake.wx.private!())).toEqual(['rejected', { errMsg: 'private:fail privacy permission is not authorized', errno: 104 }])
  })

  it('a record that prompts on every call pops its popup each time, and remembers nothing', async () => {
    const fake = createFake(host())
    fake.user.willAllow('scope.profile' as never, { once: true }).willDeny('scope.profile' as never, { once: true })
    expect((await outcome(fake.wx.profile!()))[1].errMsg).toBe('profile:ok')
    expect((await outcome(fake.wx.profile!()))[1].errMsg).toBe('profile:fail auth deny')
    expect(fake.log.prompts('scope.profile' as never)).toHaveLength(2)
    expect(fake.scopeState('scope.profile' as never)).toBe('unasked')
  })
})
