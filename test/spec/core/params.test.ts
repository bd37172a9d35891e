/** The option checker (src/params.ts): every parameter type, several types for one key, the base library's type names. */
import { compileParams, typeName } from '../../../src/params'

describe('typeName: the base library’s name for a value’s type', () => {
  it.each([
    [undefined, 'Undefined'],
    [null, 'Null'],
    [[1], 'Array'],
    [{}, 'Object'],
    ['s', 'String'],
    [1, 'Number'],
    [true, 'Boolean'],
    [() => 1, 'Function'],
    [Symbol('s'), 'Symbol'],
    [1n, 'Bigint'],
  ])('%s is %s', (value, name) => {
    expect(typeName(value)).toBe(name)
  })
})

describe('compileParams', () => {
  // rule: ERRMSG-PARAM-TYPE
  it('checks each type, one clause per bad key, in the spec’s order', () => {
    const { check } = compileParams({
      s: { type: 'String' },
      n: { type: 'Number' },
      b: { type: 'Boolean' },
      o: { type: 'Object' },
      a: { type: 'Array' },
      f: { type: 'Function' },
    })
    expect(check({ s: 's', n: 1, b: false, o: {}, a: [], f: () => 1 })).toBeUndefined()
    expect(check({})).toBeUndefined()
    expect(check({ s: 1, n: '1', b: 0, o: [], a: {}, f: 'f' })).toBe(
      'parameter.s should be String instead of Number;parameter.n should be Number instead of String;parameter.b should be Boolean instead of Number;' +
        'parameter.o should be Object instead of Array;parameter.a should be Array instead of Object;parameter.f should be Function instead of String;',
    )
    expect(check({ o: null, f: {} })).toBe('parameter.o should be Object instead of Null;parameter.f should be Function instead of Object;')
  })

  // rule: ERRMSG-PARAM-TYPE
  it('a key with several types accepts any of them and names them all', () => {
    const { check } = compileParams({ data: { type: ['String', 'Object'], required: true } })
    expect(check({ data: 's' })).toBeUndefined()
    expect(check({ data: {} })).toBeUndefined()
    expect(check({ data: 1 })).toBe('parameter.data should be String or Object instead of Number;')
    expect(check({})).toBe('parameter.data should be String or Object instead of Undefined;')
  })

  it('a required key must be present; an optional one may be left out', () => {
    const { check } = compileParams({ a: { type: 'String', required: true }, b: { type: 'Number', required: false } })
    expect(check({ a: 'x' })).toBeUndefined()
    expect(check({ b: 1 })).toBe('parameter.a should be String instead of Undefined;')
  })
})
