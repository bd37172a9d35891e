/**
 * Tap state ("点击态"; rules TAP-HANDLER, TAP-MODAL-SUCCESS, TAP-CARRIERS, TAP-TIMER-LOSES). Real WeChat ties it to the macrotask of
 * a tap handler; every answer from the native bridge arrives in a later macrotask. So the fake models
 * "turns": a tap, or the delivery of an API's result, starts a turn. A turn carries a tap token when
 * it is a tap handler, the success of showModal/showActionSheet (the user tapped a button), or the
 * callbacks of getSetting/request/downloadFile called with tap state. Any other delivery starts a turn
 * without one, so `openSetting` straight from authorize's `fail` has no tap state, as on a phone.
 *
 * Within a turn, synchronous code always sees the token. Promise continuations see it only where the
 * platform keeps tap state across promises (Android, devtools, PC; iOS, whose Promise is polyfilled, loses it: rules TAP-PROMISE-*). A turn ends at
 * the next real macrotask, so a `setTimeout` callback has no tap state, as on a phone.
 */
import { setImmediate as realSetImmediate, setTimeout as realSetTimeout } from 'node:timers'

export interface TapToken {
  /** What granted it: 'user.tap', 'showModal', ... (for messages). */
  readonly source: string
  consumed: boolean
}

interface Turn {
  readonly token: TapToken | null
  sync: boolean
}

const NO_TURN: Turn = { token: null, sync: false }

export class TapState {
  #turn: Turn = NO_TURN
  #survivesPromises: boolean

  constructor(survivesPromises: boolean) {
    this.#survivesPromises = survivesPromises
  }

  configure(survivesPromises: boolean): void {
    this.#survivesPromises = survivesPromises
  }

  newToken(source: string): TapToken {
    return { source, consumed: false }
  }

  /** No tap turn is live: a delivery now cannot land inside a tap handler's continuations. */
  get idle(): boolean {
    return this.#turn === NO_TURN
  }

  /** The tap token valid right now, if any. */
  current(): TapToken | null {
    const { token, sync } = this.#turn
    if (token === null || token.consumed) return null
    return sync || this.#survivesPromises ? token : null
  }

  /** Runs `fn` as the start of a turn that carries `token` (or none). */
  run<T>(token: TapToken | null, fn: () => T): T {
    const outer = this.#turn
    if (token === null) {
      // Only the scheduler runs a delivery without a token, never inside a turn's synchronous part: an outer
      // turn here is never sync, so there is nothing to hand back.
      this.#turn = NO_TURN
      return fn()
    }
    const turn: Turn = { token, sync: true }
    this.#turn = turn
    // The turn ends with the macrotask. Outside an I/O callback Node may run a 0 ms timer before or after
    // setImmediate, so end at whichever comes first: our timer is queued before any the handler queues.
    const end = (): void => this.#end(turn)
    realSetImmediate(end)
    realSetTimeout(end, 0)
    try {
      return fn()
    } finally {
      turn.sync = false
      this.#handBack(outer)
    }
  }

  /** A nested turn (a callback run from inside a tap handler) hands the outer one back. */
  #handBack(outer: Turn): void {
    if (outer.sync) this.#turn = outer // NO_TURN is never sync
  }

  #end(turn: Turn): void {
    if (this.#turn === turn) this.#turn = NO_TURN
  }

  reset(): void {
    this.#turn = NO_TURN
  }
}
