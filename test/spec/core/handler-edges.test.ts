/**
 * Handlers at their edges: what a handler sees of options that are not callbacks, odd values thrown or
 * returned (null, undefined, a thenable function), and synchronous APIs with several handlers or a mock
 * behind one that passes.
 */
import { createFakeWx } from 'fake-wx'
import { PASS } from '../../../src/handlers/kinds'
import { outcome } from '../../support/fixtures'

describe('what an asynchronous handler sees and answers', () => {
  it('sees every option as passed except the callbacks fake-wx calls: a function under another name, a callback name that is not a function', async () => {
    const fake = createFakeWx()
    let seen: unknown
    fake.use({ addFileToFavorites: (options) => void (seen = options) })
    const format = (): string => 'pdf'
    await fake.wx.addFileToFavorites!({ filePath: 'a.pdf', format, success: 'not a function', complete: () => {} } as never)
    await fake.settled()
    expect(seen).toEqual({ filePath: 'a.pdf', format, success: 'not a function' })
  })

  // rule: CLOUD-FUNCTION-NOT-FOUND
  it('a callFunction handler returning null is one returning nothing: the function does not exist', async () => {
    const fake = createFakeWx()
    const cloud = fake.wx.cloud as unknown as { callFunction(options: object): Promise<unknown> }
    fake.use({ 'cloud.callFunction': () => null })
    expect(await outcome(cloud.callFunction({ name: 'nope' }))).toEqual([
      'rejected',
      { errMsg: 'cloud.callFunction:fail -501000 FunctionName parameter could not be found', errCode: -501000 },
    ])
  })

  it.each([
    ['throws null', () => {
      throw null
    }, 'null'],
    ['throws undefined', () => {
      throw undefined
    }, 'undefined'],
    ['rejects with null', () => Promise.reject(null), 'null'],
  ])('a handler that %s fails the call naming the handler, without crashing', async (_how, handler, shown) => {
    const fake = createFakeWx()
    fake.use({ addFileToFavorites: handler })
    const [how, result] = await outcome(fake.wx.addFileToFavorites!({ filePath: 'a.pdf' }))
    expect([how, result.errMsg]).toEqual(['rejected', `addFileToFavorites:fail [fake-wx] the handler for wx.addFileToFavorites threw: ${shown}`])
    expect(fake.log.problems()).toEqual([expect.objectContaining({ kind: 'handler-threw', call: 1 })])
  })

  it('a thenable function is waited for like a promise (Promises/A+ treats any object or function with then as one)', async () => {
    const fake = createFakeWx()
    const thenable = Object.assign(() => {}, { then: (resolve: (value: unknown) => void) => resolve({ shared: true }) })
    fake.use({ addFileToFavorites: () => thenable })
    await expect(fake.wx.addFileToFavorites!({ filePath: 'a.pdf' })).resolves.toEqual({ shared: true, errMsg: 'addFileToFavorites:ok' })
  })
})

describe('a synchronous API with several handlers', () => {
  it('the first handler that does not pass answers', () => {
    const fake = createFakeWx()
    fake.use({ canIUse: () => 'the earlier handler' })
    fake.use({ canIUse: () => PASS })
    expect(fake.wx.canIUse!('getLocation')).toBe('the earlier handler')
  })

  it('a mock behind a handler that passes is not called as a handler: the model answers', () => {
    const fake = createFakeWx()
    const calls: unknown[][] = []
    fake.mockWxMethod('canIUse', (...args: unknown[]) => {
      calls.push(args)
      return 'mocked'
    })
    fake.use({ canIUse: () => PASS })
    expect(fake.wx.canIUse!('getLocation')).toBe(true)
    expect(calls).toEqual([])
  })
})
