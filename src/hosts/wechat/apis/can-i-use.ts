/**
 * wx.canIUse(schema): whether an API, its callback, parameter or return value, or a component's attribute is
 * usable. Schemas are `${API}.${method}.${param}.${option}` with method one of return, success, object,
 * callback, or `${component}.${attribute}.${option}` (rule CANIUSE-SCHEMA). Under the fake "usable" means
 * "answered": an API with a model, a handler in this test, or an event fake-wx keeps listeners for; a
 * component fake-wx models. Anything else is false, so feature detection takes the app's fallback instead of
 * calling something that would throw (rule CANIUSE-ANSWERS-MODELLED).
 */
import type { Engine } from '../../../engine'
import { isModelled, type HostTables } from '../../host'
import type { WechatApi } from './record'

/** The `${method}` part of an API schema. */
const METHODS = new Set(['return', 'success', 'object', 'callback'])

/** A component the records model, from its label: `<camera>`, `<button open-type="openSetting">`. */
interface ModelledComponent {
  readonly component: string
  readonly attribute?: string
  readonly option?: string
}

const COMPONENTS = new WeakMap<HostTables, readonly ModelledComponent[]>()

function componentsOf(host: HostTables): readonly ModelledComponent[] {
  let components = COMPONENTS.get(host)
  if (components === undefined) {
    components = host.host.apis.flatMap((record) => {
      if (record.surface !== 'component' && record.surface !== 'button') return []
      const match = /^<([a-z-]+)(?: ([a-z-]+)="([^"]+)")?>$/.exec(record.label ?? '')
      if (match === null) return []
      return [match[2] === undefined ? { component: match[1]! } : { component: match[1]!, attribute: match[2], option: match[3]! }]
    })
    COMPONENTS.set(host, components)
  }
  return components
}

/** An API (of the global, or `cloud.callFunction`) that a call would not throw for. */
export function isAnswered(engine: Engine, api: string): boolean {
  const record = engine.host.record(api)
  return (record !== undefined && isModelled(record)) || engine.handlers.has(api) || engine.host.eventOf(api) !== undefined
}

function canIUseComponent(engine: Engine, parts: readonly string[]): boolean {
  const [component, attribute, option] = parts
  return componentsOf(engine.host).some((modelled) => {
    if (modelled.component !== component) return false
    // A component modelled as a whole (`<camera>`): any attribute; one modelled by attribute: that one.
    if (attribute === undefined || modelled.attribute === undefined) return true
    return modelled.attribute === attribute && (option === undefined || modelled.option === option)
  })
}

export function canIUseSchema(engine: Engine, schema: unknown): boolean {
  if (typeof schema !== 'string' || schema === '') return false
  const parts = schema.split('.')
  const namespaces = engine.host.host.namespaces ?? {}
  const data = engine.host.host.dataNamespaces ?? {}
  let api: string
  let rest: readonly string[]
  const head = parts[0]!
  if (namespaces[head] !== undefined || data[head] !== undefined) {
    if (parts.length === 1) return true
    api = `${head}.${parts[1]}`
    if (data[head] !== undefined) return parts.length === 2 && Object.hasOwn(data[head], parts[1]!)
    rest = parts.slice(2)
  } else if (engine.host.names.has(head)) {
    api = head
    rest = parts.slice(1)
  } else {
    return canIUseComponent(engine, parts)
  }
  if (!isAnswered(engine, api)) return false
  // A usable API: its parameters, callbacks and return fields (fake-wx does not list them one by one).
  return rest.length === 0 || METHODS.has(rest[0]!)
}

export const canIUse: WechatApi = { name: 'canIUse', sync: (engine, [schema]) => canIUseSchema(engine, schema) }
