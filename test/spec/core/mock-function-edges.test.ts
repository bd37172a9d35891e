/**
 * The mock view of the fake's functions at its edges: what a mock implementation's return value settles as,
 * lastCall of several calls, and which implementation the mock* methods see and drop (their own, never the
 * test's `use` handlers). Runs under both runners, as test/spec/core/mock-functions.test.ts does.
 */
import { fresh } from '../../support/fixtures'

interface MockView {
  mock: { results: { type: string; value: unknown }[]; settledResults: { type: string; value: unknown }[]; lastCall: unknown[] | undefined }
  mockReset(): MockView
  mockReturnValue(value: unknown): MockView
  getMockImplementation(): unknown
}
const view = (fn: unknown) => fn as MockView

describe('settledResults of a call answered by a mock implementation', () => {
  it('a value is fulfilled at once; only a thenable (an object or a function with then) is incomplete', () => {
    const fake = fresh()
    const thenableFunction = Object.assign(() => {}, { then: () => {} })
    const returns: unknown[] = [null, { then: 1 }, { cardList: [] }, thenableFunction, { then: () => {} }]
    let next = 0
    fake.mockWxMethod('addCard', () => returns[next++])
    for (let i = 0; i < returns.length; i++) fake.wx.addCard!()
    expect(view(fake.wx.addCard).mock.settledResults).toEqual([
      { type: 'fulfilled', value: null },
      { type: 'fulfilled', value: { then: 1 } },
      { type: 'fulfilled', value: { cardList: [] } },
      { type: 'incomplete', value: undefined },
      { type: 'incomplete', value: undefined },
    ])
  })
})

describe('mock.results of a promise-style call that was rejected', () => {
  it('holds a rejected promise that is marked handled: reading it and never awaiting it is no unhandled rejection', async () => {
    const fake = fresh()
    fake.user.willDeny('scope.userLocation')
    await fake.wx.getLocation!({}).catch(() => undefined)
    const unhandled: unknown[] = []
    const record = (reason: unknown) => void unhandled.push(reason)
    process.on('unhandledRejection', record)
    try {
      expect(view(fake.wx.getLocation).mock.results[0]!.type).toBe('return')
      // Node reports an unhandled rejection once the promise jobs of the macrotask have run.
      await new Promise((resolve) => setImmediate(resolve))
      await new Promise((resolve) => setImmediate(resolve))
    } finally {
      process.off('unhandledRejection', record)
    }
    expect(unhandled).toEqual([])
  })
})

describe('lastCall', () => {
  it('is the arguments of the last of several calls', async () => {
    const fake = fresh()
    await fake.wx.showToast!({ title: 'a' })
    await fake.wx.showToast!({ title: 'b' })
    await fake.wx.showToast!({ title: 'c' })
    expect(view(fake.wx.showToast).mock.lastCall).toEqual([{ title: 'c' }])
  })
})

describe("the mock* methods and the test's handlers", () => {
  it('getMockImplementation does not report a use() handler as the implementation', () => {
    const fake = fresh()
    fake.use({ addCard: () => ({ cardList: [] }) })
    expect(view(fake.wx.addCard).getMockImplementation()).toBeUndefined()
  })

  it('mockReset drops the mock implementation and leaves the use() handler answering', async () => {
    const fake = fresh()
    fake.use({ addCard: () => ({ cardList: ['from use'] }) })
    view(fake.wx.addCard).mockReturnValue('mocked')
    expect(fake.wx.addCard!()).toBe('mocked')
    view(fake.wx.addCard).mockReset()
    await expect(fake.wx.addCard!()).resolves.toEqual({ errMsg: 'addCard:ok', cardList: ['from use'] })
  })
})
