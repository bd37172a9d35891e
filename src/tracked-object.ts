/**
 * The objects a test may assign on by hand (the fake `wx` and its namespaces): what a test assigns works for the
 * rest of the test, and reset() undoes it, without reset() looking at the ~500 properties.
 *
 * Each property is an own, enumerable, non-configurable accessor over a slot of the object's values. The setters
 * are made once per host and shared by every fake (each writes the slot of the object assigned to, a
 * non-enumerable symbol property) and record how to undo the write in `engine.handWrites`; an assignment of a new
 * name walks up to the prototype, a proxy that records it too. Reading `wx.getLocation` stays an own-property read: the proxy is
 * never on that path.
 */
import { CONTROLLER, brand } from './brand'
import type { Engine } from './engine'

const SLOTS: unique symbol = Symbol('fake-wx.slots')

/** A property with no value of its own: its `fallback` answers (`wx.env.USER_DATA_PATH`). */
export const UNSET: unique symbol = Symbol('fake-wx.unset')

interface Slots {
  readonly engine: Engine
  readonly values: unknown[]
  readonly originals: readonly unknown[]
}

interface Holder {
  readonly [SLOTS]: Slots
}

/** What a property answers while it holds UNSET. */
export type Fallback = (engine: Engine) => unknown

const SETTERS = new WeakMap<readonly string[], ((this: Holder, value: unknown) => void)[]>()

/** The setters of `keys`, made once per list: setter i writes slot i of the object assigned to. */
function settersOf(keys: readonly string[]): ((this: Holder, value: unknown) => void)[] {
  let setters = SETTERS.get(keys)
  if (setters === undefined) {
    setters = keys.map((_key, i) => function (this: Holder, value: unknown) {
      const { values, originals, engine } = this[SLOTS]
      if (values[i] === originals[i]) engine.handWrites.push(() => void (values[i] = originals[i]))
      values[i] = value
    })
    SETTERS.set(keys, setters)
  }
  return setters
}

/**
 * An object whose property `keys[i]` starts as `values[i]` (UNSET: `fallbacks[i]` answers). `keys` must be the
 * same array for every fake of a host: the setters are made for it once. The getters are the object's own:
 * vi.spyOn calls a getter without `this` (it takes one for a bundler's re-export), so a getter must not need one.
 */
export function trackedObject(engine: Engine, controller: object, keys: readonly string[], values: unknown[], fallbacks?: readonly Fallback[]): Record<string, unknown> {
  const object: Record<string, unknown> = {}
  const slots: Slots = { engine, values, originals: values.slice() }
  Object.defineProperty(object, SLOTS, { value: slots })
  const setters = settersOf(keys)
  const descriptors: PropertyDescriptorMap = {}
  for (let i = 0; i < keys.length; i++) {
    const fallback = fallbacks?.[i]
    descriptors[keys[i]!] = {
      enumerable: true,
      configurable: false,
      get: fallback === undefined ? () => values[i] : () => (values[i] === UNSET ? fallback(engine) : values[i]),
      set: setters[i],
    }
  }
  Object.defineProperties(object, descriptors)
  // Enumerable (a symbol, so not in Object.keys): `{ ...wx }` and miniprogram-simulate's Object.assign(api, wx)
  // merge keep pointing at this fake, so matchers accept them too.
  brand(object, CONTROLLER, controller, true)
  recordNewNames(engine, object)
  return object
}

/** An assignment of a name the object does not have reaches this proxy: it records it and defines the name. */
function recordNewNames(engine: Engine, object: Record<string, unknown>): void {
  const recorder = new Proxy(Object.create(Object.prototype) as object, {
    set(target, key, value, receiver) {
      // An object made from wx (Object.create(wx)) keeps its own assignments, as it would.
      if (receiver !== object) return Reflect.set(target, key, value, receiver)
      engine.handWrites.push(() => delete object[key as string])
      return Reflect.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true })
    },
  })
  Object.setPrototypeOf(object, recorder)
}
