/**
 * Asynchronous delivery. WeChat answers over the native bridge: every answer (a popup's, a callback's)
 * arrives in a later macrotask, after the app's promise continuations of the current one have run
 * (§8.4). The fake does the same: each job runs in its own macrotask of the real `setImmediate` from
 * node:timers, which fake timers replace only on the global object, so everything works under
 * `useFakeTimers()` untouched. One job per macrotask is also what keeps tap state right (src/tap.ts):
 * a delivery never lands between a tap handler and its own promise continuations.
 */
import { setImmediate as realSetImmediate } from 'node:timers'

/** A job: a function, or an object that knows how to run itself (saves a closure per call). */
export type Job = (() => void) | { run(): void }

export class Scheduler {
  #queue: Job[] = []
  #head = 0
  readonly #onError: (error: unknown) => void

  /** `onError` receives what a job threw; the other jobs run regardless. */
  constructor(onError: (error: unknown) => void) {
    this.#onError = onError
  }

  /** Work the fake will finish by itself: queued deliveries and popups answered by the script. */
  get pending(): number {
    return this.#queue.length - this.#head
  }

  /** Runs `job` in a later macrotask (FIFO), unless the fake is reset first. */
  defer(job: Job): void {
    this.#queue.push(job)
    realSetImmediate(this.#runOne)
  }

  readonly #runOne = (): void => {
    if (this.#head >= this.#queue.length) return // dropped by reset()
    const job = this.#queue[this.#head]!
    this.#queue[this.#head++] = undefined as never
    if (this.#head === this.#queue.length) {
      this.#queue.length = 0
      this.#head = 0
    }
    try {
      if (typeof job === 'function') job()
      else job.run()
    } catch (error) {
      this.#onError(error)
    }
  }

  reset(): void {
    this.#queue = []
    this.#head = 0
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
