/**
 * Asynchronous delivery. WeChat answers over the native bridge: every answer (a popup's, a callback's)
 * arrives in a later macrotask, after the app's promise continuations of the current one (§8.4).
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

/**
 * A job: a function, or an object that runs itself and may carry the tap token it delivers with. Object
 * jobs are queued as they are (the per-call path queues its Settlement: no wrapper, no array slot).
 */
export type Job = (() => void) | QueuedJob

export interface QueuedJob {
  run(): void
  readonly tapToken?: object | null
  /**
   * The job is delivered by a promise reaction of its own (see `enqueueForReaction`), not by this queue.
   * While set, it holds its place at the head: nothing queued after it may overtake it.
   */
  awaitsReaction?: boolean
  /** The scheduler's link to the job queued after this one. */
  nextJob?: QueuedJob | undefined
}

/** A function job, wrapped so that it can sit in the linked queue. */
class FunctionJob implements QueuedJob {
  nextJob: QueuedJob | undefined = undefined
  constructor(readonly run: () => void) {}
}

const resolved = Promise.resolve()

export class Scheduler {
  // A linked queue: defer and run are O(1) and allocate nothing for object jobs.
  #head: QueuedJob | undefined = undefined
  #tail: QueuedJob | undefined = undefined
  #pending = 0
  #microtaskScheduled = false
  #macrotaskScheduled = false
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

  /** Work the fake will finish by itself: queued deliveries and popups answered by the script. */
  get pending(): number {
    return this.#pending
  }

  /** Runs `job` later, after the jobs queued before it, unless the fake is reset first. */
  defer(job: Job): void {
    const queued = typeof job === 'function' ? new FunctionJob(job) : job
    queued.nextJob = undefined
    if (this.#tail === undefined) this.#head = queued
    else this.#tail.nextJob = queued
    this.#tail = queued
    this.#pending++
    this.#pump()
  }

  /**
   * The per-call fast lane. When nothing is queued and no tap turn is live, a promise-style call can be
   * delivered by a reaction on its own promise, which is what `Promise.resolve().then(...)` costs,
   * instead of a promise whose resolve a drain calls later. The job is queued all the same, so that
   * `pending` counts it and anything deferred after it waits behind it. Its reaction then calls `shift`
   * (delivered) or `release` (a tap turn began meanwhile: the queue delivers it like any other job).
   * Returns false when the fast lane is closed; the caller then uses `defer`.
   */
  enqueueForReaction(job: QueuedJob): boolean {
    // Behind other fast-lane jobs only: their reactions run first, in order (promise jobs are FIFO).
    const tail = this.#tail
    if ((tail !== undefined && tail.awaitsReaction !== true) || !this.#tapIdle()) return false
    job.awaitsReaction = true
    job.nextJob = undefined
    if (tail === undefined) this.#head = job
    else tail.nextJob = job
    this.#tail = job
    this.#pending++
    return true
  }

  /** May `job`, whose reaction is running, be delivered now: it is first in line and no tap turn is live. */
  isDue(job: QueuedJob): boolean {
    return this.#head === job && this.#tapIdle()
  }

  /** Removes the head (a job delivered by its reaction), and wakes whatever waited behind it. */
  shift(): void {
    this.#unlinkHead().awaitsReaction = false
    this.#pump()
  }

  /** Hands a job whose reaction found it not due back to the queue, to be delivered like any other. */
  release(job: QueuedJob): void {
    job.awaitsReaction = false
    this.#pump()
  }

  #canRunOnPromiseJob(job: QueuedJob): boolean {
    return job.tapToken == null && this.#tapIdle()
  }

  #pump(): void {
    const head = this.#head
    if (head === undefined || head.awaitsReaction === true) return
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
    while (this.#head !== undefined && this.#head.awaitsReaction !== true && this.#canRunOnPromiseJob(this.#head)) this.#runHead()
    this.#pump()
  }

  /** A fresh macrotask: the continuations of everything before have run, so the head may go now. */
  readonly #runInMacrotask = (): void => {
    this.#macrotaskScheduled = false
    if (this.#head !== undefined && this.#head.awaitsReaction !== true) this.#runHead()
    this.#pump()
  }

  #unlinkHead(): QueuedJob {
    const job = this.#head!
    this.#head = job.nextJob
    if (this.#head === undefined) this.#tail = undefined
    job.nextJob = undefined
    this.#pending--
    return job
  }

  #runHead(): void {
    const job = this.#unlinkHead()
    try {
      job.run()
    } catch (error) {
      this.#onError(error)
    }
  }

  reset(): void {
    this.#head = undefined
    this.#tail = undefined
    this.#pending = 0
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
