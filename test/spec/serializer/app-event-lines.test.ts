/**
 * Timeline lines of the mini-program harness's own entries (setData, triggerEvent, lifecycle hooks, routes):
 * what each says, and where a value after the line's head wraps at 100 columns.
 */
import { printTimeline } from 'fake-wx/serializer'

const CONTROLLER = Symbol.for('fake-wx.controller')

/** A hand-built log (the brand contract of src/brand.ts). */
function logOf(entries: readonly object[]): never {
  const log = { entries }
  const controller: Record<PropertyKey, unknown> = { log }
  Object.defineProperty(controller, CONTROLLER, { value: controller })
  Object.defineProperty(log, CONTROLLER, { value: controller })
  return log as never
}

const line = (entry: object): string => printTimeline(logOf([{ id: 1, ...entry }]))
const value = (b: number) => ({ a: 'x'.repeat(40), b: 'y'.repeat(b) })
const flat = (b: number) => `{ a: '${'x'.repeat(40)}', b: '${'y'.repeat(b)}' }`
/** Wrapped, its lines indented as an event's (two columns) plus one level: the entries below list no call. */
const wrapped = (b: number) => `{\n    a: '${'x'.repeat(40)}',\n    b: '${'y'.repeat(b)}',\n  }`

describe('setData lines', () => {
  it('name the keys set, or say nothing was', () => {
    expect(line({ type: 'setData', target: 'pages/shop/shop', keys: [] })).toBe('pages/shop/shop setData (nothing)')
    expect(line({ type: 'setData', target: 'pages/shop/shop', keys: ['list', 'total'] })).toBe('pages/shop/shop setData list, total')
  })

  it("add each of WeChat's warnings in parentheses", () => {
    const warnings = ['Setting data field "a" to undefined is invalid.', 'setData 数据传输长度为 1025 KB，存在有性能问题！']
    expect(line({ type: 'setData', target: 'pages/shop/shop', keys: ['a', 'b'], warnings })).toBe(
      'pages/shop/shop setData a, b (Setting data field "a" to undefined is invalid.) (setData 数据传输长度为 1025 KB，存在有性能问题！)',
    )
  })
})

describe('triggerEvent lines', () => {
  it('print the detail after the event name, or nothing without one', () => {
    expect(line({ type: 'triggered', component: 'counter', name: 'change' })).toBe("counter triggerEvent 'change'")
    expect(line({ type: 'triggered', component: 'counter', name: 'change', detail: { count: 1 } })).toBe("counter triggerEvent 'change' { count: 1 }")
  })

  it('wrap a detail that would pass 100 columns, counting the head before it', () => {
    // "counter triggerEvent 'tap' " is 27 columns: with b of 17 the line is 100.
    expect(line({ type: 'triggered', component: 'counter', name: 'tap', detail: value(17) })).toBe(`counter triggerEvent 'tap' ${flat(17)}`)
    expect(line({ type: 'triggered', component: 'counter', name: 'tap', detail: value(18) })).toBe(`counter triggerEvent 'tap' ${wrapped(18)}`)
  })
})

describe('lifecycle and route lines wrap at 100 columns, counting the head before the value', () => {
  it('a hook with arguments', () => {
    // 'pages/a/a onLoad ' is 17 columns: with b of 27 the line is 100.
    expect(line({ type: 'lifecycle', owner: 'page', target: 'pages/a/a', hook: 'onLoad', args: value(27) })).toBe(`pages/a/a onLoad ${flat(27)}`)
    expect(line({ type: 'lifecycle', owner: 'page', target: 'pages/a/a', hook: 'onLoad', args: value(28) })).toBe(`pages/a/a onLoad ${wrapped(28)}`)
  })

  it("a route's query", () => {
    // 'mp.navigateTo → pages/a/a ' is 26 columns: with b of 18 the line is 100.
    expect(line({ type: 'route', kind: 'navigateTo', route: 'pages/a/a', query: value(18) })).toBe(`mp.navigateTo → pages/a/a ${flat(18)}`)
    expect(line({ type: 'route', kind: 'navigateTo', route: 'pages/a/a', query: value(19) })).toBe(`mp.navigateTo → pages/a/a ${wrapped(19)}`)
  })
})
