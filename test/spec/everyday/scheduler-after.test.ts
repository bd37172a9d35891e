/** The scheduler's timers (Scheduler.after): a toast's duration on the test's timers, never pending work. */
import { Scheduler } from '../../../src/scheduler'
import { spies, timers } from '../../support/runner'

function scheduler() {
  const errors: unknown[] = []
  return { s: new Scheduler(() => true, (error) => errors.push(error)), errors }
}

describe('Scheduler.after', () => {
  it('runs the job once the time has passed on fake timers, and is not pending meanwhile', async () => {
    timers.useFakeTimers()
    try {
      const { s } = scheduler()
      const ran: number[] = []
      s.after(100, () => ran.push(100))
      s.after(50, () => ran.push(50))
      expect(s.pending).toBe(0)
      timers.advanceTimersByTime(99)
      expect(ran).toEqual([50])
      timers.advanceTimersByTime(1)
      expect(ran).toEqual([50, 100])
    } finally {
      timers.useRealTimers()
    }
  })

  it('reset() cancels the timers that have not fired', () => {
    timers.useFakeTimers()
    try {
      const { s } = scheduler()
      const ran: string[] = []
      s.after(10, () => ran.push('fired'))
      s.after(0, () => ran.push('early'))
      timers.advanceTimersByTime(0)
      s.reset()
      timers.advanceTimersByTime(100)
      expect(ran).toEqual(['early'])
    } finally {
      timers.useRealTimers()
    }
  })

  it('the function after() returns cancels that timer, and reset() then has nothing left to cancel', () => {
    timers.useFakeTimers()
    try {
      const { s } = scheduler()
      const ran: string[] = []
      const cancel = s.after(10, () => ran.push('cancelled'))
      s.after(10, () => ran.push('kept'))
      cancel()
      expect(timers.getTimerCount()).toBe(1)
      timers.advanceTimersByTime(10)
      expect(ran).toEqual(['kept'])
      const clear = spies.spyOn(globalThis, 'clearTimeout') as { mock: { calls: unknown[] }; mockRestore(): void }
      try {
        s.after(5, () => {})()
        const before = clear.mock.calls.length
        s.reset()
        expect(clear.mock.calls.length).toBe(before)
      } finally {
        clear.mockRestore()
      }
    } finally {
      timers.useRealTimers()
    }
  })

  it('a job that throws is reported, and the later ones still run', () => {
    timers.useFakeTimers()
    try {
      const { s, errors } = scheduler()
      const ran: string[] = []
      s.after(1, () => {
        throw new Error('boom')
      })
      s.after(2, () => ran.push('after'))
      timers.advanceTimersByTime(2)
      expect(errors.map((e) => (e as Error).message)).toEqual(['boom'])
      expect(ran).toEqual(['after'])
    } finally {
      timers.useRealTimers()
    }
  })

  it('on real timers the job runs after the time', async () => {
    const { s } = scheduler()
    let ran = false
    s.after(5, () => (ran = true))
    await new Promise((resolve) => setTimeout(resolve, 30))
    expect(ran).toBe(true)
  })

  it('unrefs the timer, so a toast still showing does not keep the test process alive', () => {
    const { s } = scheduler()
    const unrefs: number[] = []
    const original = globalThis.setTimeout
    globalThis.setTimeout = ((_job: () => void, ms: number) => ({ unref: () => unrefs.push(ms) })) as never
    try {
      s.after(1500, () => undefined)
    } finally {
      globalThis.setTimeout = original
    }
    expect(unrefs).toEqual([1500])
    s.reset()
  })
})
