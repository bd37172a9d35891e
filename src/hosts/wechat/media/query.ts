/**
 * What wx.createSelectorQuery() does (its record is in ../apis/selector-query.ts): node queries answered from
 * the `layout` option, since the fake renders no page.
 * Requests queue up until exec(); then, on a later job, each request's callback gets its result and exec's
 * callback gets them all, in request order, the same objects (rule SELECTOR-QUERY-EXEC). A selector with
 * no layout matches no node: null from select(), [] from selectAll() (rule SELECTOR-NO-MATCH).
 */
import type { Engine } from '../../../engine'
import { errorDetail } from '../../../errors'
import type { NodeLayout } from '../../../options'

type Callback = (result: unknown) => void

type Target = { readonly kind: 'select' | 'selectAll'; readonly selector: string | undefined } | { readonly kind: 'viewport' }

interface Request {
  readonly target: Target
  readonly what: 'boundingClientRect' | 'scrollOffset' | 'fields' | 'context' | 'node'
  readonly fields?: Readonly<Record<string, unknown>>
  readonly callback: Callback | undefined
}

/** The display area when the layout gives no `viewport`: the developer tools' default device (375 × 667). */
const DEFAULT_VIEWPORT: NodeLayout = { width: 375, height: 667 }

export interface FakeNodesRef {
  boundingClientRect(callback?: Callback): FakeSelectorQuery
  scrollOffset(callback?: Callback): FakeSelectorQuery
  fields(fields: Readonly<Record<string, unknown>>, callback?: Callback): FakeSelectorQuery
  context(callback?: Callback): FakeSelectorQuery
  node(callback?: Callback): FakeSelectorQuery
}

export interface FakeSelectorQuery {
  in(component: unknown): FakeSelectorQuery
  select(selector: string): FakeNodesRef
  selectAll(selector: string): FakeNodesRef
  selectViewport(): FakeNodesRef
  exec(callback?: (results: unknown[]) => void): void
}

export function createSelectorQuery(engine: Engine): FakeSelectorQuery {
  const requests: Request[] = []
  const nodesRef = (target: Target): FakeNodesRef => {
    const add = (what: Request['what'], callback: unknown, fields?: Readonly<Record<string, unknown>>): FakeSelectorQuery => {
      requests.push({ target, what, callback: typeof callback === 'function' ? (callback as Callback) : undefined, ...(fields !== undefined && { fields }) })
      return query
    }
    return {
      boundingClientRect: (callback) => add('boundingClientRect', callback),
      scrollOffset: (callback) => add('scrollOffset', callback),
      fields: (fields, callback) => add('fields', callback, typeof fields === 'object' && fields !== null ? fields : {}),
      context: (callback) => add('context', callback),
      node: (callback) => add('node', callback),
    }
  }
  const query: FakeSelectorQuery = {
    // The fake's layout is by selector only: a component's nodes are listed the same way.
    in: () => query,
    select: (selector) => nodesRef({ kind: 'select', selector: selectorOf(selector) }),
    selectAll: (selector) => nodesRef({ kind: 'selectAll', selector: selectorOf(selector) }),
    selectViewport: () => nodesRef({ kind: 'viewport' }),
    exec(callback) {
      // The query keeps its requests: exec() again runs them again.
      const batch = [...requests]
      const entry = engine.log.add({ type: 'call', api: 'SelectorQuery.exec', args: batch.map(describeRequest), style: 'callback', tap: engine.tap.current() !== null })
      engine.scheduler.defer(() => {
        const results = batch.map((request) => resultOf(engine, request))
        engine.log.add({ type: 'success', call: entry.id, result: { results } })
        batch.forEach((request, i) => run(engine, entry.id, request.callback, results[i]))
        if (typeof callback === 'function') run(engine, entry.id, callback as Callback, results)
      })
    },
  }
  return query
}

/** A selector that is no string matches no node (and is never converted: it may have no usable toString). */
const selectorOf = (selector: unknown): string | undefined => (typeof selector === 'string' ? selector : undefined)

/** A request as the timeline shows it: `{ select: '#poster', boundingClientRect: true }`. */
function describeRequest(request: Request): Record<string, unknown> {
  const target = request.target.kind === 'viewport' ? { selectViewport: true } : { [request.target.kind]: request.target.selector }
  return { ...target, [request.what]: request.fields ?? true }
}

function run(engine: Engine, call: number, callback: Callback | undefined, result: unknown): void {
  if (callback === undefined) return
  try {
    callback(result)
  } catch (error) {
    engine.problem(call, 'callback-threw', `a SelectorQuery callback threw: ${errorDetail(error)}`)
  }
}

function resultOf(engine: Engine, request: Request): unknown {
  const { target } = request
  if (target.kind === 'viewport') return nodeResult(request, engine.options.layout.viewport as NodeLayout | undefined ?? DEFAULT_VIEWPORT, '')
  const { selector } = target
  const entry = selector === undefined ? undefined : engine.options.layout[selector]
  const nodes: readonly NodeLayout[] = entry === undefined ? [] : Array.isArray(entry) ? entry : [entry as NodeLayout]
  const id = selector?.startsWith('#') === true ? selector.slice(1) : ''
  if (target.kind === 'selectAll') return nodes.map((node) => nodeResult(request, node, id))
  return nodes.length === 0 ? null : nodeResult(request, nodes[0]!, id)
}

function nodeResult(request: Request, node: NodeLayout, selectorId: string): Record<string, unknown> {
  const base = { id: node.id ?? selectorId, dataset: { ...(node.dataset ?? {}) } }
  switch (request.what) {
    case 'boundingClientRect':
      return { ...base, ...rect(node), ...size(node) }
    case 'scrollOffset':
      return { ...base, ...scroll(node) }
    case 'fields':
      return fieldsResult(request.fields!, node, base)
    default:
      // context and node: the fake renders no canvas, video or map to hand back.
      return {}
  }
}

function rect(node: NodeLayout): Record<string, number> {
  const left = node.left ?? 0
  const top = node.top ?? 0
  return { left, right: node.right ?? left + (node.width ?? 0), top, bottom: node.bottom ?? top + (node.height ?? 0) }
}

const size = (node: NodeLayout): Record<string, number> => ({ width: node.width ?? 0, height: node.height ?? 0 })

function scroll(node: NodeLayout): Record<string, number> {
  return { scrollLeft: node.scrollLeft ?? 0, scrollTop: node.scrollTop ?? 0, scrollWidth: node.scrollWidth ?? node.width ?? 0, scrollHeight: node.scrollHeight ?? node.height ?? 0 }
}

/** fields(): only what was asked for. */
function fieldsResult(fields: Readonly<Record<string, unknown>>, node: NodeLayout, base: { id: string; dataset: object }): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  if (fields.id === true) out.id = base.id
  if (fields.dataset === true) out.dataset = base.dataset
  if (fields.rect === true) Object.assign(out, rect(node))
  if (fields.size === true) Object.assign(out, size(node))
  if (fields.scrollOffset === true) Object.assign(out, scroll(node))
  for (const key of listOf(fields.properties)) out[key] = node.properties?.[key]
  for (const key of listOf(fields.computedStyle)) out[key] = node.computedStyle?.[key] ?? ''
  return out
}

/** The names a fields() list asks for; what is no string names nothing. */
const listOf = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [])
