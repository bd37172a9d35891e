/**
 * Asynchronous delivery. WeChat answers over the native bridge, so callbacks never run inside the call
 * (§8.4). We deliver on promise jobs, which no fake-timer library can fake (Jest fakes queueMicrotask and
 * nextTick by default), and wait for idleness with the real `setImmediate` from node:timers, which fake
 * timers replace only on the global object. So everything works under `useFakeTimers()` untouched.
 */
import { setImmediate as realSetImmediate } from 'node:timers'

const resolved = Promise.resolve()

export class Scheduler {
  /** Work the fake will finish by itself: deliveries and popups answered by the script. */
  #pending = 0
  /** Bumped by reset(): work queued before it is dropped. */
  #generation = 0

  get pending(): number {
    return this.#pending
  }

  /** Runs `job` on a later promise job, unless the fake is reset first. */
  defer(job: () => void): void {
    const generation = this.#generation
    this.#pending++
    resolved.then(() => {
      if (generation !== this.#generation) return
      this.#pending--
      job()
    })
  }

  /** Marks work that finishes later by other means (e.g. a privacy listener's resolve). */
  hold(): () => void {
    const generation = this.#generation
    this.#pending++
    let released = false
    return () => {
      if (released || generation !== this.#generation) return
      released = true
      this.#pending--
    }
  }

  reset(): void {
    this.#generation++
    this.#pending = 0
  }

  /**
   * Resolves once nothing is pending after the promise-job queue has drained, so chains the app builds
   * on our promises (`await wx.getSetting(); await wx.authorize(...)`) are waited for too.
   */
  async settled(): Promise<void> {
    do await nextMacrotask()
    while (this.#pending > 0)
  }
}

export function nextMacrotask(): Promise<void> {
  return new Promise((resolve) => realSetImmediate(resolve))
}
