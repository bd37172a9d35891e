/**
 * Asynchronous delivery. WeChat answers over the native bridge, so callbacks never run inside the call
 * (§8.4). We deliver on promise jobs, which no fake-timer library can fake (Jest fakes queueMicrotask and
 * nextTick by default), and wait for idleness with the real `setImmediate` from node:timers, which fake
 * timers replace only on the global object. So everything works under `useFakeTimers()` untouched.
 *
 * Jobs wait in one FIFO queue drained by a single promise job, not one promise reaction each: a test
 * toolkit makes thousands of calls, and per-call allocations showed up as a quarter of the time in GC.
 * Jobs queued while a drain runs go to the next drain, so app promise continuations queued by a delivery
 * still run before the next delivery, as they would between two bridge messages.
 */
import { setImmediate as realSetImmediate } from 'node:timers'

const resolved = Promise.resolve()

/** A job: a function, or an object that knows how to run itself (saves a closure per call). */
export type Job = (() => void) | { run(): void }

export class Scheduler {
  #queue: Job[] = []
  #next: Job[] = []
  #scheduled = false
  #draining = false

  /** Work the fake will finish by itself: queued deliveries and popups answered by the script. */
  get pending(): number {
    return this.#queue.length + this.#next.length
  }

  /** Runs `job` on a later promise job, unless the fake is reset first. */
  defer(job: Job): void {
    if (this.#draining) {
      this.#next.push(job) // the drain in progress schedules the next one when it ends
      return
    }
    this.#queue.push(job)
    if (!this.#scheduled) {
      this.#scheduled = true
      void resolved.then(this.#drain)
    }
  }

  readonly #drain = (): void => {
    this.#scheduled = false
    const jobs = this.#queue
    this.#draining = true
    try {
      // reset() from inside a job replaces the queue we are walking: stop there.
      for (let i = 0; i < jobs.length && this.#queue === jobs; i++) {
        const job = jobs[i]!
        if (typeof job === 'function') job()
        else job.run()
      }
    } finally {
      this.#draining = false
      this.#queue = this.#next
      this.#next = []
      if (this.#queue.length > 0 && !this.#scheduled) {
        this.#scheduled = true
        void resolved.then(this.#drain)
      }
    }
  }

  reset(): void {
    this.#queue = []
    this.#next = []
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
