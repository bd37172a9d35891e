/**
 * Page and component instances: `this` inside the app's code. A page gets its own copy of its definition's
 * fields (data and objects copied, functions shared); a component gets its data and properties (one object),
 * its methods and its behaviors. Methods are not bound, as in WeChat: an app that passes `this.onX` as a
 * callback loses `this` here too. setData: rules SETDATA-SYNC, SETDATA-PATHS, SETDATA-CALLBACK-ASYNC,
 * SETDATA-UNDEFINED, SETDATA-SIZE, COMPONENT-OBSERVERS, COMPONENT-PROPERTY-OBSERVER.
 */
import type { LifecycleOwner, NewEntry } from '../../log'
import type { ComponentEventObject, MountOptions } from '../types'
import { coerceProperty, triggers, type ComponentModel, type Hook, type PageLifetime } from './component-model'
import { copyData, parsePath, readPath, writePath, type PathStep } from './data-path'
import type { EventChannel } from './event-channel'

/** What instances need from the running app. */
export interface InstanceHost {
  /** The app is still the test's (no reset() since launch). */
  readonly live: boolean
  /** Logs an entry while the app lives; an ended app's entries are dropped. */
  log(entry: NewEntry): void
  /** Runs `job` after what the fake has queued (a view-layer round trip). */
  defer(job: () => void): void
  /** Runs lifecycle functions with `this` = `self`, logging the hook; errors and rejections are reported. */
  fire(owner: LifecycleOwner, target: string, hook: string, fns: readonly Hook[], self: object, args: readonly unknown[]): void
  /** Reports an error thrown by the app's code (the test fails after it ends; App.onError hears it). */
  report(error: unknown, where: string): void
}

/** A payload over this many characters of JSON is past WeChat's 1024 kB setData limit. */
export const SETDATA_LIMIT = 1024 * 1024

export type Instance = Record<string, unknown> & { data: Record<string, unknown> }

export interface ComponentRecord {
  readonly path: string
  readonly instance: Instance
  readonly model: ComponentModel
  readonly on: MountOptions['on']
  attached: boolean
}

/** setData on a page or component: `this.data` now, observers, the log, the callback after the render. */
function setData(host: InstanceHost, target: string, instance: Instance, component: ComponentRecord | undefined, patch: unknown, callback: unknown): void {
  const changes = typeof patch === 'object' && patch !== null ? Object.entries(patch as Record<string, unknown>) : []
  const keys: string[] = []
  const warnings: string[] = []
  const set: { steps: PathStep[]; old: unknown }[] = []
  for (const [key, value] of changes) {
    if (value === undefined) {
      // The key is not set; the others are (the docs' "将不被设置").
      warnings.push(`Setting data field "${key}" to undefined is invalid.`)
      continue
    }
    const steps = parsePath(key)
    if (steps.length === 0) continue
    set.push({ steps, old: instance.data[steps[0] as string] })
    writePath(instance.data, steps, value)
    keys.push(key)
  }
  const length = changes.length === 0 ? 0 : JSON.stringify(patch).length
  if (length > SETDATA_LIMIT) warnings.push(`setData 数据传输长度为 ${Math.round(length / 1024)} KB，存在有性能问题！`)
  host.log(warnings.length === 0 ? { type: 'setData', call: undefined, target, keys } : { type: 'setData', call: undefined, target, keys, warnings })
  if (component !== undefined && set.length > 0) runObservers(host, component, set)
  if (typeof callback === 'function') host.defer(() => callOwn(host, callback as Hook, instance, `the setData callback of ${target}`))
}

function callOwn(host: InstanceHost, fn: Hook, self: object, where: string): void {
  try {
    fn.call(self)
  } catch (error) {
    host.report(error, where)
  }
}

/** `observers` (once per setData, with the watched fields' values), then the changed properties' own observers. */
function runObservers(host: InstanceHost, component: ComponentRecord, set: readonly { steps: PathStep[]; old: unknown }[]): void {
  const { instance, model, path } = component
  for (const observer of model.observers) {
    if (!observer.fields.some((field) => set.some(({ steps }) => triggers(field, steps)))) continue
    const values = observer.fields.map((field) => (field.steps.length === 0 ? instance.data : readPath(instance.data, field.steps)))
    try {
      observer.fn.apply(instance, values)
    } catch (error) {
      host.report(error, `an observer of ${path}`)
    }
  }
  for (const { steps, old } of set) {
    const name = steps[0] as string
    const property = model.properties.get(name)
    if (property?.observer === undefined) continue
    // The whole property: only when its value changed. Inside it: always, with the value set there and no old value.
    const whole = steps.length === 1
    const now = whole ? instance.data[name] : readPath(instance.data, steps)
    if (whole && now === old) continue
    const fn = typeof property.observer === 'string' ? model.methods[property.observer] : property.observer
    if (fn === undefined) continue
    try {
      fn.call(instance, now, whole ? old : undefined, steps.map(String))
    } catch (error) {
      host.report(error, `the observer of property ${name} of ${path}`)
    }
  }
}

/** A page made from `Page({...})`: its own copy of every field, plus the harness' members. */
export function createPage(host: InstanceHost, route: string, definition: Readonly<Record<string, unknown>>, query: Record<string, string>, channel: EventChannel): Instance {
  const page: Record<string, unknown> = {}
  for (const key of Object.keys(definition)) page[key] = copyData(definition[key])
  const instance = page as Instance
  if (typeof instance.data !== 'object' || instance.data === null) instance.data = {}
  addPageMembers(host, instance, route, query, channel, undefined)
  return instance
}

function addPageMembers(host: InstanceHost, instance: Instance, route: string, query: Record<string, string>, channel: EventChannel, component: ComponentRecord | undefined): void {
  instance.route = route
  instance.__route__ = route
  instance.options = query
  if (component === undefined) {
    instance.is = route
    instance.setData = (patch: unknown, callback?: unknown) => setData(host, route, instance, undefined, patch, callback)
  }
  instance.getOpenerEventChannel = () => channel
}

/** A component instance, before its lifetimes run. */
export function createComponent(host: InstanceHost, path: string, model: ComponentModel, on: MountOptions['on']): ComponentRecord {
  const data = copyData({ ...model.data })
  for (const [name, property] of model.properties) data[name] = copyData(property.value)
  const instance = { is: path, id: '', dataset: {}, data, properties: data } as unknown as Instance
  const record: ComponentRecord = { path, instance, model, on, attached: false }
  for (const [name, fn] of Object.entries(model.methods)) instance[name] = fn
  instance.setData = (patch: unknown, callback?: unknown) => setData(host, path, instance, record, patch, callback)
  instance.triggerEvent = (name: unknown, detail?: unknown) => triggerEvent(host, record, String(name), detail)
  instance.hasBehavior = (behavior: unknown) => typeof behavior === 'object' && behavior !== null && model.behaviors.has(behavior)
  return record
}

/** A page made from `Component({...})`: the component, plus the page's members; its page hooks are methods. */
export function createComponentPage(host: InstanceHost, route: string, model: ComponentModel, query: Record<string, string>, channel: EventChannel): ComponentRecord {
  const record = createComponent(host, route, model, undefined)
  addPageMembers(host, record.instance, route, query, channel, record)
  return record
}

/**
 * The values a parent passes: converted to each property's type, written before `attached`, and observed
 * like a setData (rule COMPONENT-PROPERTY-TYPES).
 */
export function applyProperties(host: InstanceHost, record: ComponentRecord, values: Readonly<Record<string, unknown>>): void {
  const set: { steps: PathStep[]; old: unknown }[] = []
  for (const [name, value] of Object.entries(values)) {
    const property = record.model.properties.get(name)
    if (property === undefined) continue
    set.push({ steps: [name], old: record.instance.data[name] })
    record.instance.data[name] = coerceProperty(property.type, value)
  }
  if (set.length > 0) runObservers(host, record, set)
}

function triggerEvent(host: InstanceHost, record: ComponentRecord, name: string, detail: unknown): void {
  host.log({ type: 'triggered', call: undefined, component: record.path, name, detail })
  const handler = record.on?.[name]
  if (handler === undefined) return
  const target = { id: '', dataset: {} }
  const event: ComponentEventObject = { type: name, detail, timeStamp: 0, target, currentTarget: target }
  try {
    handler(event)
  } catch (error) {
    host.report(error, `the ${name} handler of ${record.path}`)
  }
}

/** Runs one of a component's page lifetimes (the page it lives on showed or hid). */
export function firePageLifetime(host: InstanceHost, record: ComponentRecord, name: PageLifetime): void {
  host.fire('component', record.path, `pageLifetimes.${name}`, record.model.pageLifetimes[name], record.instance, [])
}
