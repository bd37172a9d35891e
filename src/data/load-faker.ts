import { createRequire } from 'node:module'
import type { Faker, LocaleDefinition, generateMersenne53Randomizer } from '@faker-js/faker'

/** What src/data/faker-bundle.ts exports; also what '@faker-js/faker' itself provides. */
export interface FakerModule {
  Faker: typeof Faker
  generateMersenne53Randomizer: typeof generateMersenne53Randomizer
  zh_CN: LocaleDefinition
  base: LocaleDefinition
}

let loaded: FakerModule | undefined

/**
 * Faker is big and ESM-only upstream, so it is required on first use, never at import time.
 * Candidates, in order; one is skipped only when it is missing or this runtime cannot require it:
 */
const FAKER_SOURCES = [
  // The built package: the CJS bundle next to dist/index.{js,cjs}. CJS loads everywhere, Jest included.
  './faker-zh-cn.cjs',
  // src/ under Node or Vitest: Node >= 20.19 can require the ESM package itself.
  '@faker-js/faker',
  // src/ under Jest, whose require cannot load ESM: the bundle from the last build.
  '../../dist/faker-zh-cn.cjs',
]

export function loadFaker(): FakerModule {
  loaded ??= requireFaker()
  return loaded
}

/** For tests: whether any generator has needed faker yet. */
export function isFakerLoaded(): boolean {
  return loaded !== undefined
}

function requireFaker(): FakerModule {
  // CommonJS first: there `import.meta.url` is a shim (tsup's reads `document.currentScript` when a DOM is
  // around, as under jest-environment-jsdom; Jest's transform of src/ leaves it undefined).
  const require = createRequire(typeof __filename === 'string' ? __filename : import.meta.url)
  return requireFirst(require, FAKER_SOURCES) as FakerModule
}

/** The first of `sources` that `require` loads, skipping only those missing or unloadable here (exported for tests). */
export function requireFirst(require: (id: string) => unknown, sources: readonly string[]): unknown {
  const failures: unknown[] = []
  for (const source of sources) {
    try {
      return require(source)
    } catch (error) {
      if (!isUnavailable(error, source)) throw error
      failures.push(error)
    }
  }
  throw new AggregateError(failures, `fake-wx: cannot load faker from ${sources.join(', ')}`)
}

// Duck-typed: under Jest the error may come from another realm, where `instanceof Error` is false.
function isUnavailable(error: unknown, source: string): boolean {
  const { code, message } = (error ?? {}) as Partial<NodeJS.ErrnoException>
  if (code === 'ERR_REQUIRE_ESM') return true
  return code === 'MODULE_NOT_FOUND' && typeof message === 'string' && message.includes(source)
}
