/**
 * Asynchronous delivery. WeChat answers over the native bridge: every answer (a popup's, a callback's)
 * arrives in a later macrotask, after the app's promise continuations of the current one (rule TIMING-ASYNC-CALLBACKS).
 *
 * What that timing changes for a test is tap state (src/tap.ts): a delivery must never land between a
 * tap handler and its own promise continuations, nor between a delivery that carries tap state and its
 * continuations. So a job runs in a macrotask of its own whenever tap state is involved (a tap turn is
 * live, or the job grants or continues a tap token). Every other job runs on a promise job, in order: a
 * test makes thousands of plain calls, and a macrotask hop costs microseconds each.
 *
 * Promise jobs and the real `setImmediate` from node:timers are both out of reach of fake timers (which
 * replace the global setImmediate, setTimeout and queueMicrotask only), so everything works under
 * `useFakeTimers()` untouched.
 */
import { setImmediate as realSetImmediate } from 'node:timers'

/** A job: a function, or an object that runs itself and may carry the tap token it delivers with. */
export type Job = (() => void) | QueuedJob

export interface QueuedJob {
  run(): void
  readonly tapToken?: object | null
}

const resolved = Promise.resolve()

export class Scheduler {
  #queue: Job[] = []
  readonly #holds = new Set<object>()
  #microtaskScheduled = false
  #macrotaskScheduled = false
  /** Cancels the timers of after() that have not fired. */
  readonly #timers = new Set<() => void>()
  readonly #tapIdle: () => boolean
  readonly #onError: (error: unknown) => void

  /**
   * `tapIdle` says whether no tap turn is live; `onError` receives what a job threw (the other jobs run
   * regardless).
   */
  constructor(tapIdle: () => boolean, onError: (error: unknown) => void) {
    this.#tapIdle = tapIdle
    this.#onError = onError
  }

  /** Work the fake will finish by itself: queued deliveries, popups answered by the script, held work. */
  get pending(): number {
    return this.#queue.length + this.#holds.size
  }

  /** Work outside the queue that the fake will finish (a page module loading for a route): settled() waits for it. */
  hold(): () => void {
    const token = {}
    this.#holds.add(token)
    return () => void this.#holds.delete(token)
  }

  /** Runs `job` later, after the jobs queued before it, unless the fake is reset first. */
  defer(job: Job): void {
    this.#queue.push(job)
    this.#pump()
  }

  #canRunOnPromiseJob(job: Job): boolean {
    return (typeof job === 'function' || job.tapToken == null) && this.#tapIdle()
  }

  #pump(): void {
    const head = this.#queue[0]
    if (head === undefined) return
    if (this.#canRunOnPromiseJob(head)) {
      if (!this.#microtaskScheduled) {
        this.#microtaskScheduled = true
        void resolved.then(this.#drain)
      }
    } else if (!this.#macrotaskScheduled) {
      this.#macrotaskScheduled = true
      realSetImmediate(this.#runInMacrotask)
    }
  }

  readonly #drain = (): void => {
    this.#microtaskScheduled = false
    while (this.#queue.length > 0 && this.#canRunOnPromiseJob(this.#queue[0]!)) this.#runHead()
    this.#pump()
  }

  /** A fresh macrotask: the continuations of everything before have run, so the head may go now. */
  readonly #runInMacrotask = (): void => {
    this.#macrotaskScheduled = false
    if (this.#queue.length > 0) this.#runHead()
    this.#pump()
  }

  #runHead(): void {
    const job = this.#queue.shift()!
    try {
      if (typeof job === 'function') job()
      else job.run()
    } catch (error) {
      this.#onError(error)
    }
  }

  /** The jobs not run yet, in order. */
  queued(): readonly Job[] {
    return this.#queue
  }

  reset(): void {
    this.#queue = []
    this.#holds.clear()
    for (const cancel of this.#timers) cancel()
    this.#timers.clear()
  }

  /**
   * Runs `job` once `ms` of the test's time have passed (a toast's duration): on the timers the test sees,
   * looked up at the call, so fake timers (`vi.advanceTimersByTime`, `jest.advanceTimersByTime`) move it and
   * nothing depends on the wall clock. Not pending work: settled() and user.tap() do not wait for it, as a
   * test does not wait for a toast to fade. reset() cancels it, and so does the function it returns.
   */
  after(ms: number, job: () => void): () => void {
    const { setTimeout: set, clearTimeout: clear } = globalThis
    const cancel = (): void => {
      clear(handle)
      this.#timers.delete(cancel)
    }
    const handle = set(() => {
      this.#timers.delete(cancel)
      try {
        job()
      } catch (error) {
        this.#onError(error)
      }
    }, ms)
    // A real timer must not keep the test process alive (Node's timers have unref; fake ones may not).
    ;(handle as { unref?: () => void }).unref?.()
    this.#timers.add(cancel)
    return cancel
  }

  /**
   * Resolves once nothing is pending after the promise-job queue has drained, so chains the app builds
   * on our promises (`await wx.getSetting(); await wx.authorize(...)`) are waited for too.
   */
  async settled(): Promise<void> {
    do await nextMacrotask()
    while (this.pending > 0)
  }
}

export function nextMacrotask(): Promise<void> {
  return new Promise((resolve) => realSetImmediate(resolve))
}
