/** How faker's candidate sources are tried: a missing or unloadable one is skipped, any other failure is not. */
import { requireFirst } from '../../src/data/load-faker'

function failing(code: string | undefined, message: string): Error {
  return Object.assign(new Error(message), code === undefined ? {} : { code })
}

/** A require that throws the given error for some ids and returns `module <id>` for the rest. */
function fakeRequire(errors: Record<string, unknown>) {
  const tried: string[] = []
  const require = (id: string): unknown => {
    tried.push(id)
    if (id in errors) throw errors[id]
    return `module ${id}`
  }
  return { require, tried }
}

describe('requireFirst', () => {
  it('returns the first source that loads, without trying the rest', () => {
    const { require, tried } = fakeRequire({})
    expect(requireFirst(require, ['a', 'b'])).toBe('module a')
    expect(tried).toEqual(['a'])
  })

  it('skips a source that is missing, or that this runtime cannot require (ESM)', () => {
    const { require, tried } = fakeRequire({
      './bundle.cjs': failing('MODULE_NOT_FOUND', "Cannot find module './bundle.cjs'"),
      'esm-only': failing('ERR_REQUIRE_ESM', 'require() of ES Module'),
    })
    expect(requireFirst(require, ['./bundle.cjs', 'esm-only', 'plain'])).toBe('module plain')
    expect(tried).toEqual(['./bundle.cjs', 'esm-only', 'plain'])
  })

  it('rethrows when a source is found but something it needs is missing', () => {
    const inner = failing('MODULE_NOT_FOUND', "Cannot find module 'left-pad'")
    const { require } = fakeRequire({ pkg: inner })
    expect(() => requireFirst(require, ['pkg', 'other'])).toThrow(inner)
  })

  it.each([
    ['an error without a code', failing(undefined, 'pkg exploded')],
    ['a MODULE_NOT_FOUND without a message', Object.assign(Object.create(null), { code: 'MODULE_NOT_FOUND' })],
    ['null', null],
  ])('rethrows %s', (_, error) => {
    const { require, tried } = fakeRequire({ pkg: error })
    let thrown: unknown = 'nothing thrown'
    try {
      requireFirst(require, ['pkg', 'other'])
    } catch (caught) {
      thrown = caught
    }
    expect(thrown).toBe(error)
    expect(tried).toEqual(['pkg'])
  })

  it('when none loads, throws every failure together, naming the sources', () => {
    const a = failing('MODULE_NOT_FOUND', "Cannot find module 'a'")
    const b = failing('ERR_REQUIRE_ESM', 'require() of ES Module b')
    const { require } = fakeRequire({ a, b })
    let thrown: unknown
    try {
      requireFirst(require, ['a', 'b'])
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(AggregateError)
    expect((thrown as AggregateError).message).toBe('fake-wx: cannot load faker from a, b')
    expect((thrown as AggregateError).errors).toEqual([a, b])
  })
})
