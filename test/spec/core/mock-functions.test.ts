/**
 * The functions of the fake wx are mock functions to Jest and Vitest: the runners' own call matchers work on them
 * unchanged, with the calls read from the log, and the runners' spyOn leaves them in place. This file runs under
 * both runners (Vitest on src/, Jest on dist/), so each assertion is checked against each runner's expect.
 */
import type { FakeWx, WxApiFunction, WxResult } from 'fake-wx'
import { fresh, outcome } from '../../support/fixtures'
import { runner, spies } from '../../support/runner'

interface MockView {
  mock: {
    calls: unknown[][]
    results: { type: string; value: unknown }[]
    settledResults: { type: string; value: unknown }[]
    invocationCallOrder: number[]
    contexts: unknown[]
    instances: unknown[]
    lastCall: unknown[] | undefined
  }
  getMockName(): string
  mockClear(): MockView
  mockReset(): MockView
  mockRestore(): void
  mockImplementation(fn: (...args: never[]) => unknown): MockView
  mockReturnValue(value: unknown): MockView
  mockResolvedValue(value: unknown): MockView
  mockRejectedValue(value: unknown): MockView
  getMockImplementation(): unknown
}

const view = (fn: unknown) => fn as MockView
const cloud = (fake: FakeWx) => fake.wx.cloud as unknown as Record<string, WxApiFunction>

/** What the app under test does on its save path. */
async function saveAndTell(fake: FakeWx): Promise<void> {
  fake.wx.showToast!({ title: '已保存', icon: 'success' })
  await fake.wx.showToast!({ title: '已同步' })
}

describe("the runners' call matchers", () => {
  it('toHaveBeenCalledWith, toHaveBeenCalledTimes, toHaveBeenLastCalledWith, toHaveBeenNthCalledWith', async () => {
    const fake = fresh()
    expect(fake.wx.showToast).not.toHaveBeenCalled()
    await saveAndTell(fake)
    expect(fake.wx.showToast).toHaveBeenCalled()
    expect(fake.wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已保存' }))
    expect(fake.wx.showToast).toHaveBeenCalledWith({ title: '已保存', icon: 'success' })
    expect(fake.wx.showToast).toHaveBeenCalledTimes(2)
    expect(fake.wx.showToast).toHaveBeenLastCalledWith({ title: '已同步' })
    expect(fake.wx.showToast).toHaveBeenNthCalledWith(1, { title: '已保存', icon: 'success' })
    expect(fake.wx.showToast).not.toHaveBeenCalledWith({ title: '已删除' })
    expect(fake.wx.showModal).not.toHaveBeenCalled()
  })

  it('the calls are the arguments as passed, callbacks included; an options object is the copy taken at the call', async () => {
    const fake = fresh()
    const options = { title: '已保存', success: () => {} }
    fake.wx.showToast!(options)
    options.title = 'changed'
    fake.wx.getSetting!()
    await fake.settled()
    expect(fake.wx.showToast).toHaveBeenCalledWith({ title: '已保存', success: expect.any(Function) })
    expect(fake.wx.getSetting).toHaveBeenCalledWith()
    expect(view(fake.wx.getSetting).mock.calls).toEqual([[]])
  })

  it('a synchronous call with several arguments, and one made with a primitive', () => {
    const fake = fresh()
    fake.use({ getBatteryInfoSync: () => ({ level: 1 }) })
    ;(fake.wx.getBatteryInfoSync as (...a: unknown[]) => unknown)('a', 2)
    fake.wx.canIUse!('getLocation')
    expect(fake.wx.getBatteryInfoSync).toHaveBeenCalledWith('a', 2)
    expect(fake.wx.canIUse).toHaveBeenCalledWith('getLocation')
    expect(fake.wx.canIUse).toHaveReturnedWith(true)
    expect(fake.wx.getBatteryInfoSync).toHaveReturnedWith({ level: 1 })
  })

  it('a namespaced function, and a mocked one', () => {
    const fake = fresh()
    fake.mockWxMethod('cloud.callFunction', () => undefined)
    cloud(fake).callFunction!({ name: 'add', data: { a: 1 } })
    expect(cloud(fake).callFunction).toHaveBeenCalledWith({ name: 'add', data: { a: 1 } })
    expect(cloud(fake).callFunction).toHaveBeenCalledTimes(1)
  })

  it("another fake's calls are not this one's", async () => {
    const one = fresh()
    const other = fresh()
    await other.wx.showToast!({ title: 'x' })
    expect(one.wx.showToast).not.toHaveBeenCalled()
  })

  it('reset() starts the calls afresh', async () => {
    const fake = fresh()
    await fake.wx.showToast!({ title: 'x' })
    fake.reset()
    expect(fake.wx.showToast).not.toHaveBeenCalled()
  })

  it('a failing assertion names the function', async () => {
    const fake = fresh()
    await fake.wx.showToast!({ title: 'x' })
    let message = ''
    try {
      expect(fake.wx.showToast).toHaveBeenCalledTimes(2)
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).toContain('wx.showToast')
  })

  it("fake-wx's own matchers still read the same functions", async () => {
    const fake = fresh({ onUnscriptedPrompt: 'allow' })
    await fake.wx.getLocation!({ type: 'gcj02' })
    expect(fake.wx.getLocation).toHavePrompted('scope.userLocation')
    expect(fake.wx.getLocation).toHaveBeenCalledWith({ type: 'gcj02' })
  })
})

describe('mock', () => {
  it('results: what each call returned (for a promise-style call, a promise settled as its was) or threw', async () => {
    const fake = fresh()
    fake.user.willDeny('scope.userLocation')
    await fake.wx.showToast!({ title: 'x' })
    fake.wx.showToast!({ title: 'y', complete: () => {} })
    await outcome(fake.wx.getLocation!({}))
    expect(() => fake.wx.getExtConfigSync!()).toThrow(/not modelled/)
    await fake.settled()
    const [promiseStyle, callbackStyle] = view(fake.wx.showToast).mock.results
    expect(promiseStyle!.type).toBe('return')
    await expect(promiseStyle!.value).resolves.toEqual({ errMsg: 'showToast:ok' })
    expect(callbackStyle).toEqual({ type: 'return', value: undefined })
    await expect(view(fake.wx.getLocation).mock.results[0]!.value).rejects.toEqual({ errMsg: 'getLocation:fail auth deny', errno: 103 })
    const [thrown] = view(fake.wx.getExtConfigSync).mock.results
    expect(thrown!.type).toBe('throw')
    expect((thrown!.value as Error).message).toMatch(/wx\.getExtConfigSync is not modelled/)
  })

  it('a mock that throws: the throw reaches the app and mock.results says so', () => {
    const fake = fresh()
    const error = new Error('mock broke')
    fake.mockWxMethod('addCard', () => {
      throw error
    })
    expect(() => fake.wx.addCard!({})).toThrow(error)
    expect(view(fake.wx.addCard).mock.results).toEqual([{ type: 'throw', value: error }])
    expect(view(fake.wx.addCard).mock.calls).toEqual([[{}]])
  })

  it('the promise in mock.results of a call still waiting stays pending', async () => {
    const fake = fresh()
    fake.use({ addCard: () => new Promise(() => {}) })
    void fake.wx.addCard!({ cardList: [] })
    const [result] = view(fake.wx.addCard).mock.results
    const first = await Promise.race([(result!.value as Promise<unknown>).then(() => 'settled'), new Promise((resolve) => setImmediate(() => resolve('pending')))])
    expect(first).toBe('pending')
    fake.reset()
  })

  it('settledResults: how a promise-style call settled; incomplete until it has', async () => {
    const fake = fresh()
    fake.user.willDeny('scope.userLocation')
    const located = fake.wx.getLocation!({})
    expect(view(fake.wx.getLocation).mock.settledResults).toEqual([{ type: 'incomplete', value: undefined }])
    await outcome(located)
    await fake.wx.showToast!({ title: 'x' })
    fake.wx.showToast!({ title: 'y', complete: () => {} })
    fake.mockWxMethod('addCard', () => Promise.resolve(1))
    void fake.wx.addCard!()
    expect(view(fake.wx.getLocation).mock.settledResults).toEqual([{ type: 'rejected', value: { errMsg: 'getLocation:fail auth deny', errno: 103 } }])
    expect(view(fake.wx.showToast).mock.settledResults).toEqual([
      { type: 'fulfilled', value: { errMsg: 'showToast:ok' } },
      { type: 'fulfilled', value: undefined },
    ])
    expect(view(fake.wx.addCard).mock.settledResults).toEqual([{ type: 'incomplete', value: undefined }])
    expect(() => fake.wx.getExtConfigSync!()).toThrow(/not modelled/)
    expect(view(fake.wx.getExtConfigSync).mock.settledResults).toEqual([{ type: 'rejected', value: expect.any(Error) }])
  })

  it('invocationCallOrder, lastCall, contexts and instances', async () => {
    const fake = fresh()
    await fake.wx.showToast!({ title: 'a' })
    await fake.wx.getSetting!()
    await fake.wx.showToast!({ title: 'b' })
    const toast = view(fake.wx.showToast).mock
    const [first, second] = toast.invocationCallOrder
    expect(first).toBeLessThan(view(fake.wx.getSetting).mock.invocationCallOrder[0]!)
    expect(view(fake.wx.getSetting).mock.invocationCallOrder[0]).toBeLessThan(second!)
    expect(toast.lastCall).toEqual([{ title: 'b' }])
    expect(toast.contexts).toEqual([undefined, undefined])
    expect(toast.instances).toEqual([undefined, undefined])
    expect(view(fake.wx.showModal).mock.lastCall).toBeUndefined()
  })

  it('the calls are copies: changing them changes nothing', async () => {
    const fake = fresh()
    await fake.wx.showToast!({ title: 'a' })
    view(fake.wx.showToast).mock.calls[0]!.push('extra')
    expect(view(fake.wx.showToast).mock.calls).toEqual([[{ title: 'a' }]])
  })

  it('getMockName names the function as the timeline does', () => {
    const fake = fresh()
    expect([view(fake.wx.showToast).getMockName(), view(cloud(fake).callFunction).getMockName()]).toEqual(['wx.showToast', 'wx.cloud.callFunction'])
  })
})

describe('the mock* methods are thin forms of mockWxMethod', () => {
  it('mockImplementation, mockReturnValue, mockResolvedValue, mockRejectedValue; getMockImplementation', async () => {
    const fake = fresh()
    const impl = () => 'impl'
    expect(view(fake.wx.getExtConfigSync).getMockImplementation()).toBeUndefined()
    expect(view(fake.wx.getExtConfigSync).mockImplementation(impl)).toBe(fake.wx.getExtConfigSync)
    expect(fake.wx.getExtConfigSync!()).toBe('impl')
    expect(view(fake.wx.getExtConfigSync).getMockImplementation()).toBe(impl)
    view(fake.wx.getExtConfigSync).mockReturnValue({ ext: 1 })
    expect(fake.wx.getExtConfigSync!()).toEqual({ ext: 1 })
    view(fake.wx.addCard).mockResolvedValue({ cardList: [] })
    await expect(fake.wx.addCard!()).resolves.toEqual({ cardList: [] })
    view(fake.wx.addCard).mockRejectedValue({ errMsg: 'addCard:fail x' })
    await expect(fake.wx.addCard!()).rejects.toEqual({ errMsg: 'addCard:fail x' })
    expect(fake.log.calls().map((c) => c.style)).toEqual(['mock', 'mock', 'mock', 'mock'])
    fake.reset()
    expect(() => fake.wx.getExtConfigSync!()).toThrow(/not modelled/)
  })

  it('mockClear starts mock.calls afresh; mockReset and mockRestore also drop the implementation', async () => {
    const fake = fresh()
    await fake.wx.showToast!({ title: 'a' })
    expect(view(fake.wx.showToast).mockClear()).toBe(fake.wx.showToast)
    expect(fake.wx.showToast).not.toHaveBeenCalled()
    await fake.wx.showToast!({ title: 'b' })
    expect(fake.wx.showToast).toHaveBeenCalledTimes(1)
    expect(fake.log.calls('showToast')).toHaveLength(2)
    view(fake.wx.getExtConfigSync).mockReturnValue(1)
    expect(fake.wx.getExtConfigSync!()).toBe(1)
    expect(view(fake.wx.getExtConfigSync).mockReset()).toBe(fake.wx.getExtConfigSync)
    expect(fake.wx.getExtConfigSync).not.toHaveBeenCalled()
    expect(() => fake.wx.getExtConfigSync!()).toThrow(/not modelled/)
    view(fake.wx.getExtConfigSync).mockReturnValue(2)
    expect(view(fake.wx.getExtConfigSync).mockRestore()).toBeUndefined()
    expect(() => fake.wx.getExtConfigSync!()).toThrow(/not modelled/)
    expect(fake.wx.getExtConfigSync).toHaveBeenCalledTimes(1)
  })

  it('mockClear on one function leaves the others’ calls', async () => {
    const fake = fresh()
    await fake.wx.showToast!({ title: 'a' })
    await fake.wx.getSetting!()
    view(fake.wx.showToast).mockClear()
    expect(fake.wx.getSetting).toHaveBeenCalledTimes(1)
  })
})

describe(`the runner's spyOn (${runner})`, () => {
  it('returns the function itself and leaves wx as it is; mockImplementation on it is mockWxMethod', async () => {
    const fake = fresh()
    const own = fake.wx.showToast
    const spy = spies.spyOn(fake.wx, 'showToast') as MockView
    expect(spy).toBe(own)
    expect(fake.wx.showToast).toBe(own)
    spy.mockImplementation((options: { success?: (r: WxResult) => void }) => options.success?.({ errMsg: 'showToast:ok' }))
    const result = await new Promise<WxResult>((resolve) => fake.wx.showToast!({ title: 'x', success: resolve }))
    expect(result).toEqual({ errMsg: 'showToast:ok' })
    expect(spy).toHaveBeenCalledWith({ title: 'x', success: expect.any(Function) })
    fake.reset()
    await expect(fake.wx.showToast!({ title: 'y' })).resolves.toEqual({ errMsg: 'showToast:ok' })
    expect(fake.log.calls()).toEqual([expect.objectContaining({ api: 'showToast', style: 'promise' })])
  })

  it("a runner's own mock assigned to wx by hand works for the test and is gone after reset()", () => {
    const fake = fresh()
    const own = fake.wx.showToast
    const byHand = spies.fn()
    ;(fake.wx as unknown as Record<string, unknown>).showToast = byHand
    fake.wx.showToast!({ title: 'x' })
    expect(byHand).toHaveBeenCalledWith({ title: 'x' })
    fake.reset()
    expect(fake.wx.showToast).toBe(own)
  })
})
