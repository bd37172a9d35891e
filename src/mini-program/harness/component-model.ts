/**
 * A `Component({...})` definition, with its behaviors folded in, as the harness runs it: properties with their
 * types and initial values, the initial data, the methods, and the lifetimes, page lifetimes and observers in
 * the order they run. Built once per definition. Rules: COMPONENT-PROPERTY-TYPES, COMPONENT-BEHAVIORS,
 * COMPONENT-LIFETIMES-WIN.
 */
import { FakeWxError } from 'fake-wx'
import { BEHAVIOR } from '../globals'
import { copyData, parsePath, type PathStep } from './data-path'

/** A lifecycle function of the definition or of one of its behaviors. */
export type Hook = (this: unknown, ...args: unknown[]) => unknown

export interface PropertyModel {
  /** String, Number, Boolean, Object, Array, or null (any type). */
  readonly type: unknown
  readonly value: unknown
  /** The property's own observer: a function, or the name of a method. */
  readonly observer: Hook | string | undefined
}

/** One field an observer watches: its steps, and whether it ends with `.**` (or is `**`). */
export interface WatchedField {
  readonly steps: readonly PathStep[]
  readonly deep: boolean
}

export interface ObserverModel {
  readonly fields: readonly WatchedField[]
  readonly fn: Hook
}

export const COMPONENT_LIFETIMES = ['created', 'attached', 'ready', 'moved', 'detached', 'error'] as const
export const PAGE_LIFETIMES = ['show', 'hide', 'resize', 'routeDone'] as const
export type ComponentLifetime = (typeof COMPONENT_LIFETIMES)[number]
export type PageLifetime = (typeof PAGE_LIFETIMES)[number]

export interface ComponentModel {
  readonly properties: ReadonlyMap<string, PropertyModel>
  /** The initial data without the properties. */
  readonly data: Readonly<Record<string, unknown>>
  readonly methods: Readonly<Record<string, Hook>>
  readonly lifetimes: Readonly<Record<ComponentLifetime, readonly Hook[]>>
  readonly pageLifetimes: Readonly<Record<PageLifetime, readonly Hook[]>>
  readonly observers: readonly ObserverModel[]
  /** The behaviors it includes, however deep, for `this.hasBehavior(behavior)`. */
  readonly behaviors: ReadonlySet<object>
}

type Definition = Readonly<Record<string, unknown>>

/** The default of each property type (the framework's table); `null` means any type. */
export function typeDefault(type: unknown): unknown {
  switch (type) {
    case String:
      return ''
    case Number:
      return 0
    case Boolean:
      return false
    case Array:
      return []
    default:
      return null
  }
}

/**
 * A value given to a property, converted to the property's type as the component framework does: String()
 * (with '' for null and undefined), Number() with 0 for NaN, a boolean by truthiness, null for a non-object
 * Object, [] for a non-array Array. `optionalTypes` are not honoured (the framework converts to `type`).
 */
export function coerceProperty(type: unknown, value: unknown): unknown {
  switch (type) {
    case String:
      return value === null || value === undefined ? '' : String(value)
    case Number: {
      const number = Number(value)
      return Number.isNaN(number) ? 0 : number
    }
    case Boolean:
      return Boolean(value)
    case Object:
      return typeof value === 'object' && value !== null ? value : null
    case Array:
      return Array.isArray(value) ? value : []
    default:
      return value
  }
}

const isObject = (value: unknown): value is Definition => typeof value === 'object' && value !== null && !Array.isArray(value)

function propertyOf(where: string, name: string, spec: unknown): PropertyModel {
  // The short form `title: String` (or `title: null`), else `{ type, value, observer }`.
  if (!isObject(spec)) return { type: spec, value: typeDefault(spec), observer: undefined }
  const type = spec.type === undefined ? null : spec.type
  const observer = spec.observer
  if (observer !== undefined && typeof observer !== 'function' && typeof observer !== 'string') {
    throw new FakeWxError(`${where}: properties.${name}.observer must be a function or a method name.`)
  }
  return { type, value: 'value' in spec ? spec.value : typeDefault(type), observer: observer as PropertyModel['observer'] }
}

/** Merges data as behaviors do: an object field merges into the same field, anything else replaces it. */
function mergeData(into: Record<string, unknown>, from: Definition): void {
  for (const [key, value] of Object.entries(from)) {
    const existing = into[key]
    if (isObject(existing) && isObject(value)) {
      const merged = { ...existing }
      mergeData(merged, value)
      into[key] = merged
    } else into[key] = copyData(value)
  }
}

function watched(pattern: string): WatchedField[] {
  return pattern
    .split(',')
    .map((field) => field.trim())
    .filter((field) => field !== '')
    .map((field) => {
      if (field === '**') return { steps: [], deep: true }
      const deep = field.endsWith('.**')
      return { steps: parsePath(deep ? field.slice(0, -3) : field), deep }
    })
}

/** The definition's behaviors, deepest first, each once, then the definition itself. */
function layers(where: string, definition: Definition, out: Definition[], seen: Set<object>): void {
  const behaviors = definition.behaviors ?? []
  if (!Array.isArray(behaviors)) throw new FakeWxError(`${where}: behaviors must be a list of Behavior({...}) results.`)
  behaviors.forEach((behavior: unknown, index) => {
    // Built-in behaviors ('wx://form-field', 'wx://component-export') change rendering only.
    if (typeof behavior === 'string') return
    if (!isObject(behavior) || (behavior as Record<symbol, unknown>)[BEHAVIOR] !== true) {
      throw new FakeWxError(`${where}: behaviors[${index}] is not a Behavior: define it with Behavior({...}).`)
    }
    if (seen.has(behavior)) return
    seen.add(behavior)
    layers(where, behavior, out, seen)
    out.push(behavior)
  })
}

const CACHE = new WeakMap<object, ComponentModel>()

/** The model of a Component({...}) definition (`where` names it in messages: the component's path). */
export function componentModel(where: string, definition: Definition): ComponentModel {
  const cached = CACHE.get(definition)
  if (cached !== undefined) return cached
  const behaviors = new Set<object>()
  const all: Definition[] = []
  layers(where, definition, all, behaviors)
  all.push(definition)
  const properties = new Map<string, PropertyModel>()
  const data: Record<string, unknown> = {}
  const methods: Record<string, Hook> = {}
  const lifetimes = Object.fromEntries(COMPONENT_LIFETIMES.map((name) => [name, [] as Hook[]])) as Record<ComponentLifetime, Hook[]>
  const pageLifetimes = Object.fromEntries(PAGE_LIFETIMES.map((name) => [name, [] as Hook[]])) as Record<PageLifetime, Hook[]>
  const observers: ObserverModel[] = []
  for (const layer of all) {
    for (const [name, spec] of Object.entries(isObject(layer.properties) ? layer.properties : {})) properties.set(name, propertyOf(where, name, spec))
    if (isObject(layer.data)) mergeData(data, layer.data)
    for (const [name, fn] of Object.entries(isObject(layer.methods) ? layer.methods : {})) if (typeof fn === 'function') methods[name] = fn as Hook
    // `lifetimes` (base library 2.2.3) wins over the older top-level declaration of the same lifetime.
    const declared = isObject(layer.lifetimes) ? layer.lifetimes : {}
    for (const name of COMPONENT_LIFETIMES) {
      const fn = declared[name] ?? layer[name]
      if (typeof fn === 'function') lifetimes[name].push(fn as Hook)
    }
    const pageDeclared = isObject(layer.pageLifetimes) ? layer.pageLifetimes : {}
    for (const name of PAGE_LIFETIMES) if (typeof pageDeclared[name] === 'function') pageLifetimes[name].push(pageDeclared[name] as Hook)
    for (const [pattern, fn] of Object.entries(isObject(layer.observers) ? layer.observers : {})) {
      if (typeof fn === 'function') observers.push({ fields: watched(pattern), fn: fn as Hook })
    }
  }
  const model: ComponentModel = { properties, data, methods, lifetimes, pageLifetimes, observers, behaviors }
  CACHE.set(definition, model)
  return model
}

/** Whether setting `set` (a data path) triggers an observer of `field`. */
export function triggers(field: WatchedField, set: readonly PathStep[]): boolean {
  const shorter = Math.min(field.steps.length, set.length)
  for (let i = 0; i < shorter; i++) if (String(field.steps[i]) !== String(set[i])) return false
  // Setting the field or one of its ancestors always counts; setting inside it counts only for `.**`.
  return set.length <= field.steps.length || field.deep
}
