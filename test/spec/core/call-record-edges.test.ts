/** What the log and the mock-function view record of a call at the edges: a handled call in a tap, an argument that is no object. */
import { fresh } from '../../support/fixtures'

interface MockView {
  mock: { calls: unknown[][] }
}
const callsOf = (fn: unknown) => (fn as MockView).mock.calls

describe('the call entry', () => {
  it('a call a handler answers, made in a tap, is marked both [tap] and [handler]', async () => {
    const fake = fresh()
    fake.use({ addFileToFavorites: () => ({}) })
    await fake.user.tap(() => fake.wx.addFileToFavorites!({ filePath: 'a.pdf' }))
    expect(fake.log.entries[0]).toEqual({ id: 1, type: 'call', api: 'addFileToFavorites', args: { filePath: 'a.pdf' }, style: 'promise', tap: true, handler: true })
  })
})

describe('mock.calls', () => {
  it.each([['a string', 'x'], ['null', null], ['a number', 3]])('an argument that is %s is recorded as it was passed', async (_, argument) => {
    const fake = fresh()
    const fn = fake.wx.getNetworkType as unknown as (options: unknown) => Promise<unknown>
    await fn(argument).catch(() => {})
    expect(callsOf(fake.wx.getNetworkType)).toEqual([[argument]])
  })
})
