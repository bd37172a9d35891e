/**
 * Location updates: after startLocationUpdate (or its background form) succeeds, every move of the user
 * (`user.isAt`) reaches the onLocationChange listeners, in the coordinates the start asked for (gcj02 by
 * default), until stopLocationUpdate (rules LOCATION-UPDATES, LOCATION-UPDATE-GCJ02).
 *
 * The listeners are the global's event listeners (src/events.ts): `wx.onLocationChange(listener)` and
 * `fakeWx.emit('locationChange', payload)` reach the same list.
 */
import type { CoordinateType } from '../data/types'
import type { Engine } from '../engine'
import { emitEvent } from '../events'
import { familyState } from '../family-state'
import { locationAt, type UserPosition } from './position'

interface UpdatesState {
  /** The coordinate type of the running updates, or undefined when none run. */
  running: CoordinateType | undefined
}

const UPDATES = Symbol('location-updates')

export const updatesOf = (engine: Engine): UpdatesState => familyState(engine, UPDATES, () => ({ running: undefined }))

export function startUpdates(engine: Engine, type: CoordinateType): void {
  updatesOf(engine).running = type
  watchMoves(engine)
}

export function stopUpdates(engine: Engine): void {
  updatesOf(engine).running = undefined
}

/** Tells the listeners where the user is now, on a later job, and logs it. */
export function emitLocationChange(engine: Engine, position: UserPosition): void {
  const state = updatesOf(engine)
  if (state.running === undefined) return
  const payload: Record<string, unknown> = { ...locationAt(position, state.running, true) }
  engine.scheduler.defer(() => void emitEvent(engine, 'locationChange', payload))
}

/** The user's moves reach this fake's updates: one hook per fake, kept across resets. */
function watchMoves(engine: Engine): void {
  engine.user.onMove ??= (position) => emitLocationChange(engine, position)
}
