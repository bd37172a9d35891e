/** The scheduler (src/scheduler.ts): plain jobs on promise jobs, tap-state jobs in macrotasks of their own, FIFO. */
import { Scheduler, nextMacrotask } from '../../../src/scheduler'

function scheduler(idle = () => true) {
  const errors: unknown[] = []
  const ran: string[] = []
  const s = new Scheduler(idle, (error) => errors.push(error))
  const fn = (name: string) => () => void ran.push(name)
  const carrying = (name: string, tapToken: object | null | undefined) => ({ run: () => void ran.push(name), tapToken })
  return { s, ran, errors, fn, carrying }
}

/** Lets the promise-job queue run a few rounds, without a macrotask. */
async function promiseJobs(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve()
}

describe('the scheduler', () => {
  it('runs plain jobs and jobs without a tap token on promise jobs, in order', async () => {
    const { s, ran, fn, carrying } = scheduler()
    s.defer(fn('a'))
    s.defer(carrying('b', null))
    s.defer(carrying('c', undefined))
    expect(ran).toEqual([])
    expect(s.pending).toBe(3)
    await promiseJobs()
    expect(ran).toEqual(['a', 'b', 'c'])
    expect(s.pending).toBe(0)
  })

  it('runs a job that carries a tap token in a macrotask of its own, and keeps the later jobs behind it', async () => {
    const { s, ran, fn, carrying } = scheduler()
    s.defer(fn('a'))
    s.defer(carrying('tap', {}))
    s.defer(fn('b'))
    await promiseJobs()
    expect(ran).toEqual(['a'])
    await nextMacrotask()
    await promiseJobs()
    expect(ran).toEqual(['a', 'tap', 'b'])
  })

  it('gives each tap-token job a macrotask of its own: other macrotasks queued meanwhile run between them', async () => {
    const { s, ran, carrying } = scheduler()
    s.defer(carrying('tap 1', {}))
    s.defer(carrying('tap 2', {}))
    setImmediate(() => ran.push('other'))
    await s.settled()
    expect(ran).toEqual(['tap 1', 'other', 'tap 2'])
  })

  it('while a tap turn is live, even plain jobs wait for a macrotask', async () => {
    let idle = false
    const { s, ran, fn } = scheduler(() => idle)
    s.defer(fn('a'))
    await promiseJobs()
    expect(ran).toEqual([])
    idle = true
    await nextMacrotask()
    expect(ran).toEqual(['a'])
  })

  it('hands what a job throws to onError and runs the other jobs', async () => {
    const { s, ran, errors, fn } = scheduler()
    const boom = new Error('boom')
    s.defer(() => {
      throw boom
    })
    s.defer(fn('after'))
    await promiseJobs()
    expect(errors).toEqual([boom])
    expect(ran).toEqual(['after'])
  })

  it('reset() drops what was queued, also a macrotask already scheduled', async () => {
    const { s, ran, errors, fn, carrying } = scheduler()
    s.defer(carrying('tap', {}))
    s.defer(fn('a'))
    expect(s.queued()).toHaveLength(2)
    s.reset()
    await nextMacrotask()
    await promiseJobs()
    expect(ran).toEqual([])
    expect(errors).toEqual([])
    expect(s.pending).toBe(0)
  })

  it('settled() waits for macrotask jobs queued by other jobs', async () => {
    const { s, ran, carrying } = scheduler()
    s.defer({ run: () => s.defer(carrying('second', {})), tapToken: {} })
    await s.settled()
    expect(ran).toEqual(['second'])
  })
})
