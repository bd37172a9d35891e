/** The scheduler (src/scheduler.ts) at its edges: reset() and held work, and timers whose handles are numbers. */
import { Scheduler } from '../../../src/scheduler'

describe('the scheduler', () => {
  it('reset() forgets held work: settled() does not wait for what the old test held', async () => {
    const s = new Scheduler(() => true, () => {})
    s.hold()
    expect(s.pending).toBe(1)
    s.reset()
    expect(s.pending).toBe(0)
    await s.settled()
  })

  it('after() works with timers whose handles are numbers (as in a browser-like environment), and its cancel clears the timer', () => {
    const timers = new Map<number, () => void>()
    let nextId = 1
    const original = { setTimeout: globalThis.setTimeout, clearTimeout: globalThis.clearTimeout }
    globalThis.setTimeout = ((fn: () => void) => {
      timers.set(nextId, fn)
      return nextId++
    }) as unknown as typeof setTimeout
    globalThis.clearTimeout = ((id: number) => void timers.delete(id)) as unknown as typeof clearTimeout
    try {
      const ran: string[] = []
      const s = new Scheduler(() => true, () => {})
      s.after(1500, () => ran.push('first'))
      const cancel = s.after(1500, () => ran.push('second'))
      cancel()
      expect([...timers.keys()]).toEqual([1])
      timers.get(1)!()
      expect(ran).toEqual(['first'])
    } finally {
      globalThis.setTimeout = original.setTimeout
      globalThis.clearTimeout = original.clearTimeout
    }
  })
})
