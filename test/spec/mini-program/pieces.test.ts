/** The harness' small pieces on their own: urls, data paths, observers' fields, module formats. */
import { join } from 'node:path'
import { coerceProperty, triggers, typeDefault } from '../../../src/mini-program/harness/component-model'
import { copyData, parsePath, readPath, writePath } from '../../../src/mini-program/harness/data-path'
import { isEsModule } from '../../../src/mini-program/harness/node-loader'
import { parseQuery, resolveUrl, rootUrl } from '../../../src/mini-program/harness/url'
import { appRoot } from '../../support/mini-program'

describe('urls', () => {
  // rule: NAV-URL-RELATIVE
  it('resolves against the current page, from the root with a leading /, and normalises . and ..', () => {
    expect(resolveUrl('../c/c?x=1', 'pages/a/a')).toEqual({ route: 'pages/c/c', query: { x: '1' }, search: 'x=1' })
    expect(resolveUrl('d', 'pages/a/a').route).toBe('pages/a/d')
    expect(resolveUrl('./d//e/./f', 'pages/a/a').route).toBe('pages/a/d/e/f')
    expect(resolveUrl('/pages/b/b', 'pages/a/a').route).toBe('pages/b/b')
    expect(resolveUrl('../../../x', 'pages/a/a').route).toBe('x')
    expect(resolveUrl('pages/b/b', undefined).route).toBe('pages/b/b')
    expect(rootUrl('/pages/b/b?').route).toBe('pages/b/b')
    expect(rootUrl('pages/b/b').search).toBe('')
  })

  // rule: NAV-QUERY-PARSE
  it('parses the query as WeChat does', () => {
    expect(parseQuery('')).toEqual({})
    expect(parseQuery('a=1&&b=2')).toEqual({ a: '1', b: '2' })
    expect(parseQuery('flag')).toEqual({ flag: 'undefined' })
    expect(parseQuery('a=1=2&=x')).toEqual({ a: '1', '': 'x' })
    expect(parseQuery('a=1&a=2')).toEqual({ a: '2' })
  })
})

describe('data paths', () => {
  // rule: SETDATA-PATHS
  it('reads a path into its steps', () => {
    expect(parsePath('a.b[0].c')).toEqual(['a', 'b', 0, 'c'])
    expect(parsePath('a[0][12]')).toEqual(['a', 0, 12])
    expect(parsePath('[3].x')).toEqual(['3', 'x'])
    expect(parsePath('.a..b.')).toEqual(['a', 'b'])
    expect(parsePath('')).toEqual([])
    expect(() => parsePath('a[1x]')).toThrow('data path descriptor "a[1x]" is illegal at char 3 (illegal index)')
    expect(() => parsePath('a[')).toThrow('data path descriptor "a[" is illegal at char 2 (illegal index)')
  })

  it('writes and reads through them', () => {
    const data: Record<string, unknown> = { keep: { n: 1 }, list: ['x'] }
    writePath(data, ['keep', 'm'], 2)
    writePath(data, ['list', 1], 'y')
    writePath(data, ['made', 0, 'z'], true)
    expect(data).toEqual({ keep: { n: 1, m: 2 }, list: ['x', 'y'], made: [{ z: true }] })
    expect(readPath(data, ['made', 0, 'z'])).toBe(true)
    expect(readPath(data, ['keep', 'n', 'deeper'])).toBeUndefined()
    expect(readPath(data, ['nothing', 'here'])).toBeUndefined()
    expect(readPath(data, [])).toBe(data)
  })

  // rule: PAGE-DATA-COPY
  it('copies plain data; functions, dates and class instances are shared', () => {
    const fn = () => 1
    const date = new Date(0)
    class Thing {}
    const thing = new Thing()
    const source = { a: [{ b: 1 }], fn, date, thing, n: null }
    const copy = copyData(source)
    expect(copy).toEqual(source)
    expect(copy.a).not.toBe(source.a)
    expect(copy.a[0]).not.toBe(source.a[0])
    expect(copy.fn).toBe(fn)
    expect(copy.date).toBe(date)
    expect(copy.thing).toBe(thing)
  })
})

describe("observers' fields", () => {
  // rule: COMPONENT-OBSERVERS
  it('a field is triggered by itself and its ancestors; with .** also by what is inside', () => {
    const field = { steps: ['a', 'b'], deep: false }
    expect(triggers(field, ['a', 'b'])).toBe(true)
    expect(triggers(field, ['a'])).toBe(true)
    expect(triggers(field, ['a', 'b', 'c'])).toBe(false)
    expect(triggers(field, ['a', 'c'])).toBe(false)
    expect(triggers(field, ['x'])).toBe(false)
    expect(triggers({ steps: ['a', 'b'], deep: true }, ['a', 'b', 'c'])).toBe(true)
    expect(triggers({ steps: [], deep: true }, ['anything'])).toBe(true)
    expect(triggers({ steps: ['list', 0], deep: false }, ['list', '0'])).toBe(true)
  })
})

describe('property types', () => {
  // rule: COMPONENT-PROPERTY-TYPES
  it('defaults and conversions of each type', () => {
    expect([String, Number, Boolean, Object, Array, null, Function].map(typeDefault)).toEqual(['', 0, false, null, [], null, null])
    expect(coerceProperty(null, 'x')).toBe('x')
    expect(coerceProperty(Function, 3)).toBe(3)
    expect(coerceProperty(Number, '2.5')).toBe(2.5)
    expect(coerceProperty(Number, null)).toBe(0)
    expect(coerceProperty(Boolean, 'x')).toBe(true)
    expect(coerceProperty(Object, null)).toBeNull()
    expect(coerceProperty(Array, null)).toEqual([])
  })
})

describe('module formats, as Node decides them', () => {
  it('.mjs is an ES module, .cjs and .ts are not, .js follows the nearest package.json', () => {
    expect(isEsModule('/x/y.mjs')).toBe(true)
    expect(isEsModule('/x/y.cjs')).toBe(false)
    expect(isEsModule('/x/y.ts')).toBe(false)
    expect(isEsModule(join(appRoot('esm-app'), 'pages/index/index.js'))).toBe(true)
    expect(isEsModule(join(appRoot('routes'), 'pages/a/a.js'))).toBe(false)
    // No package.json between the file and the root of the disk: CommonJS.
    expect(isEsModule('/no-such-folder/deeper/file.js')).toBe(false)
  })
})
