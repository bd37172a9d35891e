import { printValue } from '../../../src/serializer/print-value'

describe('printValue', () => {
  it('prints primitives compactly, strings in single quotes with escapes', () => {
    expect(printValue("it's\nok")).toBe("'it\\'s\\nok'")
    expect([null, undefined, true, 0, -0, 1.5, 10n].map((value) => printValue(value))).toEqual(['null', 'undefined', 'true', '0', '-0', '1.5', '10n'])
    expect(printValue(Symbol('s'))).toBe('Symbol(s)')
    expect(printValue(function named() {})).toBe('[Function named]')
  })

  it('keeps insertion order and quotes keys that are not identifiers', () => {
    expect(printValue({ z: 1, a: 'b', 'scope.userLocation': true })).toBe("{ z: 1, a: 'b', 'scope.userLocation': true }")
    expect(printValue([])).toBe('[]')
    expect(printValue({})).toBe('{}')
    expect(printValue([1, [2, { x: 3 }]])).toBe('[1, [2, { x: 3 }]]')
  })

  it('cuts strings over 40 characters to 24 and an ellipsis', () => {
    expect(printValue('a'.repeat(40))).toBe(`'${'a'.repeat(40)}'`)
    expect(printValue('b'.repeat(41))).toBe(`'${'b'.repeat(24)}…'`)
  })

  it('never cuts an errMsg', () => {
    const errMsg = 'getLocation:fail [fake-wx] no answer scripted for the scope.userLocation popup'
    expect(printValue({ errMsg, rawData: errMsg })).toContain(`errMsg: '${errMsg}'`)
    expect(printValue({ errMsg, rawData: errMsg })).toContain(`rawData: '${errMsg.slice(0, 24)}…'`)
  })

  it('breaks a value that would pass 100 columns into one member per line', () => {
    const wide = { first: 'x'.repeat(30), second: 'y'.repeat(30), third: 'z'.repeat(30) }
    expect(printValue(wide)).toBe(`{\n  first: '${'x'.repeat(30)}',\n  second: '${'y'.repeat(30)}',\n  third: '${'z'.repeat(30)}',\n}`)
    expect(printValue({ nested: wide }, '  ', 10).split('\n')[1]).toBe('    nested: {')
  })

  it('survives cycles, depth, and built-in objects', () => {
    const cyclic: Record<string, unknown> = { name: 'loop' }
    cyclic.self = cyclic
    expect(printValue(cyclic)).toBe("{ name: 'loop', self: [Circular] }")
    expect(printValue({ a: { b: { c: { d: { e: 1 } } } } })).toBe('{ a: { b: { c: { d: {…} } } } }')
    expect(printValue(new Map([['k', 1]]))).toBe("Map { 'k' => 1 }")
    expect(printValue(new Set([1]))).toBe('Set { 1 }')
    expect(printValue(new ArrayBuffer(8))).toBe('ArrayBuffer(8)')
    expect(printValue(new Uint8Array(4))).toBe('Uint8Array(4 bytes)')
    expect(printValue(new Date(0))).toBe('Date(1970-01-01T00:00:00.000Z)')
    expect(printValue(new TypeError('bad'))).toBe("TypeError('bad')")
    class Point {
      x = 1
    }
    expect(printValue(new Point())).toBe('Point { x: 1 }')
  })

  it('escapes carriage returns and tabs, and names anonymous functions as such', () => {
    expect(printValue('a\rb\tc')).toBe("'a\\rb\\tc'")
    expect(printValue([() => undefined][0])).toBe('[Function]')
  })

  it('prints invalid dates, regular expressions and objects without a prototype', () => {
    expect(printValue(new Date(Number.NaN))).toBe('Invalid Date')
    expect(printValue(/a+/g)).toBe('/a+/g')
    expect(printValue(Object.assign(Object.create(null) as object, { a: 1 }))).toBe('{ a: 1 }')
    expect(printValue(Object.assign(Object.create(Object.create(null) as object) as object, { a: 1 })).trim()).toBe('{ a: 1 }')
    expect(printValue(new Map())).toBe('Map {}')
  })

  it('prints an object map key three levels deep, like a value inside the map', () => {
    expect(printValue(new Map([[{ a: { b: 1 } }, 2]]))).toBe('Map { { a: {…} } => 2 }')
    expect(printValue(new Map([[1, { a: { b: 1 } }]]))).toBe('Map { 1 => { a: { b: 1 } } }')
  })

  it('prints an errMsg that is not a string as its value', () => {
    expect(printValue({ errMsg: 42 })).toBe('{ errMsg: 42 }')
  })

  it('keeps a value of exactly 100 columns on one line', () => {
    const line = printValue({ a: 'x'.repeat(40), b: 'y'.repeat(30), c: 'z'.repeat(7) })
    expect(line.length).toBe(100)
    expect(line).not.toContain('\n')
    expect(printValue({ a: 'x'.repeat(40), b: 'y'.repeat(30), c: 'z'.repeat(8) })).toContain('\n')
  })

  it('counts a key before a nested value when deciding to break it', () => {
    // Inside the broken outer object, 'outer: ' takes columns 2 to 9: the inner value has 92 columns.
    const inner = { a: 'x'.repeat(40), b: 'y'.repeat(36) }
    const text = printValue({ outer: inner, other: 'z'.repeat(30) })
    expect(text.split('\n')[1]).toBe('  outer: {')
  })
})
