/**
 * The global's event listeners at their edges (the last listener removed, a listener registered while its event
 * is delivered, an unhandledRejection emitted with its reason only), log.events(name), and names a test assigns
 * on wx by hand.
 */
import type { FakeWx } from 'fake-wx'
import { fresh } from '../../support/fixtures'

const on = (fake: FakeWx, name: string, listener: unknown) => (fake.wx[name] as unknown as (l: unknown) => void)(listener)
const off = (fake: FakeWx, name: string, listener: unknown) => (fake.wx[name] as unknown as (l: unknown) => void)(listener)

/** Runs `body`, then lets Node report unhandled rejections (after the promise jobs of a macrotask), and returns them. */
async function unhandledRejectionsOf(body: () => void): Promise<unknown[]> {
  const unhandled: unknown[] = []
  const record = (reason: unknown) => void unhandled.push(reason)
  process.on('unhandledRejection', record)
  try {
    body()
    await new Promise((resolve) => setImmediate(resolve))
    await new Promise((resolve) => setImmediate(resolve))
  } finally {
    process.off('unhandledRejection', record)
  }
  return unhandled
}

describe('on/off at their edges', () => {
  it('off(listener) of the only listener leaves the event with none', () => {
    const fake = fresh()
    const calls: string[] = []
    const only = () => calls.push('only')
    on(fake, 'onNetworkStatusChange', only)
    off(fake, 'offNetworkStatusChange', only)
    expect(fake.emit('networkStatusChange', { isConnected: false, networkType: 'none' })).toBe(0)
    expect(calls).toEqual([])
  })

  it('a listener registered while its event is delivered is called from the next emit on; emit counts those it called', () => {
    const fake = fresh()
    const calls: string[] = []
    const late = () => calls.push('late')
    on(fake, 'onAppShow', () => {
      calls.push('first')
      if (!calls.includes('late')) on(fake, 'onAppShow', late)
    })
    expect(fake.emit('appShow', {})).toBe(1)
    expect(calls).toEqual(['first'])
    expect(fake.emit('appShow', {})).toBe(2)
    expect(calls).toEqual(['first', 'first', 'late'])
  })
})

describe('emit("unhandledRejection", { reason })', () => {
  // rule: EVENT-UNHANDLED-REJECTION-PAYLOAD
  it('hands the listeners a promise rejected with the reason, which is itself no unhandled rejection', async () => {
    const fake = fresh()
    const received: { reason: unknown; promise: unknown }[] = []
    on(fake, 'onUnhandledRejection', (payload: { reason: unknown; promise: unknown }) => received.push(payload))
    const unhandled = await unhandledRejectionsOf(() => fake.emit('unhandledRejection', { reason: 'lost' }))
    expect(unhandled).toEqual([])
    expect(received).toHaveLength(1)
    expect(received[0]!.reason).toBe('lost')
    await expect(received[0]!.promise).rejects.toBe('lost')
  })
})

describe('log.events(name)', () => {
  it('lists the events of that name only', () => {
    const fake = fresh()
    fake.emit('appShow', { scene: 1001 })
    fake.emit('appHide', {})
    fake.emit('appShow', { scene: 1089 })
    expect(fake.log.events('appShow').map((e) => e.payload)).toEqual([{ scene: 1001 }, { scene: 1089 }])
    expect(fake.log.events('appHide').map((e) => e.payload)).toEqual([{}])
  })
})

describe('a name a test assigns on wx by hand', () => {
  it('can be assigned again in the same test, and reset() removes it', () => {
    const fake = fresh()
    const wx = fake.wx as unknown as Record<string, unknown>
    wx.myHelper = 1
    wx.myHelper = 2
    expect(wx.myHelper).toBe(2)
    fake.reset()
    expect('myHelper' in wx).toBe(false)
  })
})
