/**
 * Location updates: after startLocationUpdate (or its background form) succeeds, every move of the user
 * (`user.isAt`) reaches the onLocationChange listeners, in the coordinates the start asked for (gcj02 by
 * default), until stopLocationUpdate (rules LOCATION-UPDATES, LOCATION-UPDATE-GCJ02).
 *
 * The listeners are a list of this module's own, and `emitLocationChange` is the one place that calls
 * them: a generic event registry can take over both without touching the APIs.
 */
import type { CoordinateType } from '../data/types'
import type { Engine } from '../engine'
import { familyState } from '../family-state'
import { locationAt, type UserPosition } from './position'

type Listener = (result: Record<string, unknown>) => void

interface UpdatesState {
  /** The coordinate type of the running updates, or undefined when none run. */
  running: CoordinateType | undefined
  readonly listeners: Listener[]
  readonly errorListeners: Listener[]
}

const UPDATES = Symbol('location-updates')

export const updatesOf = (engine: Engine): UpdatesState => familyState(engine, UPDATES, () => ({ running: undefined, listeners: [], errorListeners: [] }))

export function startUpdates(engine: Engine, type: CoordinateType): void {
  updatesOf(engine).running = type
  watchMoves(engine)
}

export function stopUpdates(engine: Engine): void {
  updatesOf(engine).running = undefined
}

/** on*: adds a listener (a second add of the same function is ignored). */
export function addListener(list: Listener[], listener: unknown): void {
  if (typeof listener === 'function' && !list.includes(listener as Listener)) list.push(listener as Listener)
}

/** off*: removes that listener, or every listener when none is given. */
export function removeListener(list: Listener[], listener: unknown): void {
  if (listener === undefined) list.length = 0
  else if (list.includes(listener as Listener)) list.splice(list.indexOf(listener as Listener), 1)
}

/** Tells the listeners where the user is now, on a later job, and logs it. */
export function emitLocationChange(engine: Engine, position: UserPosition): void {
  const state = updatesOf(engine)
  if (state.running === undefined) return
  const payload: Record<string, unknown> = { ...locationAt(position, state.running, true) }
  engine.scheduler.defer(() => {
    engine.log.add({ type: 'event', call: undefined, name: 'locationChange', payload })
    for (const listener of [...state.listeners]) {
      try {
        listener({ ...payload })
      } catch (error) {
        engine.problem(undefined, 'callback-threw', `an onLocationChange listener threw: ${error instanceof Error ? error.stack ?? error.message : String(error)}`)
      }
    }
  })
}

/** The user's moves reach this fake's updates: one hook per fake, kept across resets. */
function watchMoves(engine: Engine): void {
  engine.user.onMove ??= (position) => emitLocationChange(engine, position)
}
