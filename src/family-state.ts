/**
 * State that a family of APIs keeps per fake (the files, the clipboard, the user's position), made on the
 * family's first use and dropped by reset(). A fake whose test never touches a family pays nothing for it,
 * and no family needs a line in the controller.
 */
import type { Engine } from './engine'

const STATES = new WeakMap<Engine, Map<symbol, unknown>>()

/** The family's state for this fake: `create()` on first use after construction or a reset(). */
export function familyState<T>(engine: Engine, key: symbol, create: () => T): T {
  let states = STATES.get(engine)
  if (states === undefined) {
    const made = new Map<symbol, unknown>()
    STATES.set(engine, (states = made))
    // One hook per fake, however many families it uses: a new test starts with none of their state.
    engine.resetHooks.push(() => made.clear())
  }
  let state = states.get(key) as T | undefined
  if (state === undefined) states.set(key, (state = create()))
  return state
}
