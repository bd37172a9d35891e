/**
 * The synchronous methods of objects WeChat hands back (FileSystemManager.readFileSync, ...): how they are logged,
 * and a model of one that throws (a bug of the fake or of a host), which fails the call instead of crashing it.
 */
import type { FakeWx } from 'fake-wx'
import type { ApiRecord } from '../../../src/api-record'
import { createFake } from '../../../src/controller'
import type { Host } from '../../../src/hosts/host'
import { PROFILES } from '../../../src/hosts/wechat/profiles'
import { callSyncMethod } from '../../../src/sync-call'
import { fresh } from '../../support/fixtures'

interface Fs {
  writeFileSync(path: string, data: string, encoding?: string): void
  readFileSync(path: string, encoding?: string): unknown
}
const fsOf = (fake: FakeWx) => (fake.wx as unknown as { getFileSystemManager(): Fs }).getFileSystemManager()

describe('a synchronous method in the log', () => {
  it('one argument is logged as it is; several as the list', () => {
    const fake = fresh()
    const fs = fsOf(fake)
    fs.writeFileSync('http://usr/a.txt', 'hello', 'utf8')
    expect(fs.readFileSync('http://usr/a.txt')).toBeInstanceOf(ArrayBuffer)
    expect(fake.log.calls().map((c) => [c.api, c.args])).toEqual([
      ['getFileSystemManager', undefined],
      ['FileSystemManager.writeFileSync', ['http://usr/a.txt', 'hello', 'utf8']],
      ['FileSystemManager.readFileSync', 'http://usr/a.txt'],
    ])
  })

  // rule: TAP-HANDLER
  it('is marked as made with tap state inside a tap handler, and without it outside', async () => {
    const fake = fresh()
    const fs = fsOf(fake)
    fs.writeFileSync('http://usr/a.txt', 'hello', 'utf8')
    await fake.user.tap(() => fs.readFileSync('http://usr/a.txt', 'utf8'))
    expect(fake.log.calls().map((c) => [c.api, c.tap])).toEqual([
      ['getFileSystemManager', false],
      ['FileSystemManager.writeFileSync', false],
      ['FileSystemManager.readFileSync', true],
    ])
  })
})

describe('a synchronous method whose model throws (a bug of the fake or of a host)', () => {
  const boom: ApiRecord = {
    name: 'getThing',
    sync: (engine) => ({
      thingSync: (...args: unknown[]) =>
        callSyncMethod(engine, 'Thing.thingSync', 'thingSync', args, {}, () => {
          throw new Error('kaput')
        }),
    }),
  }
  const host = (): Host => ({
    globalName: 'tt',
    scopes: [],
    otherScopes: [],
    apis: [boom, { name: 'Thing.thingSync', surface: 'method', label: 'Thing.thingSync' } as ApiRecord],
    apiNames: ['getThing'],
    profiles: { ios: PROFILES.ios },
    defaultPlatform: 'ios',
    recognisedDenySpellings: [],
    exampleScopes: ['scope.x', 'scope.x'],
  })

  it('throws the fake-wx failure into the app, and reports the error with its stack', () => {
    const fake = createFake(host())
    const thing = (fake.wx as unknown as { getThing(): { thingSync(): unknown } }).getThing()
    expect(() => thing.thingSync()).toThrow(new Error('thingSync:fail [fake-wx] internal error in Thing.thingSync: Error: kaput'))
    const [problem] = fake.log.problems()
    expect(problem!.kind).toBe('callback-threw')
    expect(problem!.message).toMatch(/^internal error in Thing\.thingSync: Error: kaput\n\s+at /)
    expect(fake.log.results('Thing.thingSync').map((r) => [r.type, r.result])).toEqual([
      ['fail', { errMsg: 'thingSync:fail [fake-wx] internal error in Thing.thingSync: Error: kaput' }],
    ])
  })
})
