/**
 * API families load on their first call (src/hosts/host.ts, ApiFamily): the names are known up front, the
 * records are not. Each test builds a host of its own, with a family whose load() it counts.
 */
import { ok, type ApiRecord } from '../../../src/api-record'
import { createFake } from '../../../src/controller'
import { tablesOf, type ApiFamily, type Host } from '../../../src/hosts/host'
import { PROFILES } from '../../../src/hosts/wechat/profiles'
import { FAMILIES } from '../../../src/hosts/wechat/families'
import { loadFamily } from '../../../src/hosts/wechat/load-family'

const ping: ApiRecord = { name: 'ping', promise: true, steps: [() => ok({ pong: true })] }
const readSync: ApiRecord = { name: 'readSync', sync: () => ({ read: 1 }) }

function familyOf(records: readonly ApiRecord[], apis = records.map((r) => r.name)): ApiFamily & { loads: number } {
  const family = {
    name: 'test',
    apis,
    loads: 0,
    load() {
      family.loads++
      return records
    },
  }
  return family
}

function host(families: readonly ApiFamily[]): Host {
  return {
    globalName: 'tt',
    scopes: [],
    otherScopes: [],
    apis: [{ name: 'eager', promise: true, steps: [() => ok()] }, { name: 'factOnly', carriesTap: true }],
    families,
    apiNames: ['eager', 'factOnly', 'unmodelled'],
    profiles: { phone: { ...PROFILES.ios, platform: 'phone' } },
    defaultPlatform: 'phone',
    recognisedDenySpellings: [],
    exampleScopes: ['scope.album', 'scope.album'],
  }
}

describe('a family of APIs', () => {
  it('defines its names on the global and says they are modelled, without loading', () => {
    const family = familyOf([ping, readSync])
    const tables = tablesOf(host([family]))
    expect([...tables.names].sort()).toEqual(['eager', 'factOnly', 'ping', 'readSync', 'unmodelled'])
    expect([tables.isModelled('ping'), tables.isModelled('readSync'), tables.isModelled('eager')]).toEqual([true, true, true])
    expect([tables.isModelled('factOnly'), tables.isModelled('unmodelled'), tables.isModelled('nothing')]).toEqual([false, false, false])
    expect(tables.label('ping')).toBe('tt.ping')
    expect(family.loads).toBe(0)
  })

  it('loads once, on the first ask for one of its records, and then holds all of them', () => {
    const family = familyOf([ping, readSync])
    const tables = tablesOf(host([family]))
    expect(tables.record('eager')?.name).toBe('eager')
    expect(tables.record('unmodelled')).toBeUndefined()
    expect(family.loads).toBe(0)
    expect(tables.record('readSync')).toBe(readSync)
    expect(tables.record('ping')).toBe(ping)
    expect(tables.isModelled('ping')).toBe(true)
    expect(family.loads).toBe(1)
  })

  it('is not loaded by making a fake, nor by calling other APIs; its first call loads it', async () => {
    const family = familyOf([ping, readSync])
    const fake = createFake(host([family]))
    await fake.wx.eager!()
    expect(() => fake.wx.unmodelled!()).toThrow('tt.unmodelled is not modelled by fake-wx')
    expect(family.loads).toBe(0)
    await expect(fake.wx.ping!()).resolves.toEqual({ errMsg: 'ping:ok', pong: true })
    expect(fake.wx.readSync!()).toEqual({ read: 1 })
    await expect(fake.wx.ping!()).resolves.toEqual({ errMsg: 'ping:ok', pong: true })
    expect(family.loads).toBe(1)
  })

  it('a mocked API of a family is answered by the mock', () => {
    const family = familyOf([ping, readSync])
    const fake = createFake(host([family]))
    fake.mockWxMethod('readSync', () => 'mocked')
    expect(fake.wx.readSync!()).toBe('mocked')
    fake.restoreWxMethod('readSync')
    expect(fake.wx.readSync!()).toEqual({ read: 1 })
  })

  it('a mocked API whose record only holds facts still gets them (the tap state it carries)', async () => {
    const fake = createFake(host([]))
    fake.mockWxMethod('factOnly', (options: { success: () => void }) => setTimeout(() => options.success(), 0))
    await fake.user.tap(() => new Promise<void>((resolve) => fake.wx.factOnly!({ success: () => resolve(void fake.wx.eager!()) })))
    // The call made in the mock's success callback, a macrotask later, still has the tap state.
    expect(fake.log.calls().map((c) => [c.api, c.tap])).toEqual([
      ['factOnly', true],
      ['eager', true],
    ])
  })

  it('that loads other records than it declared is refused when it loads', () => {
    const tables = tablesOf(host([familyOf([ping], ['ping', 'readSync'])]))
    expect(() => tables.record('ping')).toThrow('fake-wx: the test family declares ping, readSync but loads ping')
    const renamed = tablesOf(host([familyOf([ping, readSync], ['ping', 'other'])]))
    expect(() => renamed.record('other')).toThrow('fake-wx: the test family declares ping, other but loads ping, readSync')
  })

  it.each([
    ['scopes', { scopes: ['scope.album'] }],
    ['privacy', { privacy: true }],
    ['privateInfo', { privateInfo: 'precise' }],
    ['picker', { picker: true }],
    ['label', { label: '<ping>' }],
    ['surface', { surface: 'component' }],
    ['scopeOption', { scopeOption: 'scope' }],
  ])('whose record sets %s, a fact the side tables need up front, is refused', (fact, extra) => {
    const tables = tablesOf(host([familyOf([{ ...ping, ...extra } as ApiRecord])]))
    expect(() => tables.record('ping')).toThrow(`fake-wx: ping of the test family sets '${fact}', a fact the side tables need before the family loads`)
  })

  it('whose record models nothing is refused', () => {
    const tables = tablesOf(host([familyOf([{ name: 'ping', promise: true }])]))
    expect(() => tables.record('ping')).toThrow('fake-wx: ping of the test family models nothing')
  })
})

describe("WeChat's families", () => {
  it.each(FAMILIES.map((family) => [family.name, family] as const))('%s loads exactly the APIs it declares, each a name of wx', (name, family) => {
    expect(loadFamily(name as never).map((record) => record.name)).toEqual(family.apis)
    const tables = tablesOf(host([family]))
    expect(() => tables.record(family.apis[0]!)).not.toThrow()
  })
})
