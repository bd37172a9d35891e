/**
 * Synchronous calls and mockWxMethod stubs at the edges: what a stub receives and the log shows for one
 * argument, what a synchronous call that throws leaves in mock.results, and which returns the log shows.
 */
import { fresh } from '../../support/fixtures'

interface MockView {
  mock: { results: { type: string; value: unknown }[] }
}
const resultsOf = (fn: unknown) => (fn as MockView).mock.results

describe('a mockWxMethod stub', () => {
  it('called with one argument: the log shows that argument itself, not a list of one', () => {
    const fake = fresh()
    fake.mockWxMethod('request', () => ({ abort() {} }))
    fake.wx.request!({ url: 'https://a.example/x' })
    expect(fake.log.entries[0]).toEqual({ id: 1, type: 'call', api: 'request', args: { url: 'https://a.example/x' }, style: 'mock', tap: false })
  })

  it("of a tap carrier, called outside a tap, gets the app's options object itself", () => {
    const fake = fresh()
    const received: unknown[] = []
    fake.mockWxMethod('request', (options: never) => void received.push(options))
    const options = { url: 'https://a.example/x', success: () => {} }
    fake.wx.request!(options)
    expect(received).toHaveLength(1)
    expect(received[0]).toBe(options)
  })
})

describe('a synchronous call', () => {
  it('whose handler throws: mock.results shows the throw', () => {
    const fake = fresh()
    const error = new Error('battery unavailable')
    fake.use({
      getBatteryInfoSync: () => {
        throw error
      },
    })
    expect(() => fake.wx.getBatteryInfoSync!()).toThrow(error)
    expect(resultsOf(fake.wx.getBatteryInfoSync)).toEqual([{ type: 'throw', value: error }])
  })

  it('returning an empty object: the log shows the return (it is data, not an object of methods)', () => {
    const fake = fresh()
    fake.use({ getBatteryInfoSync: () => ({}) })
    fake.wx.getBatteryInfoSync!()
    expect(fake.log.entries.map((entry) => entry.type)).toEqual(['call', 'return'])
    expect(fake.log.entries[1]).toEqual({ id: 2, type: 'return', call: 1, result: {} })
  })
})
