/**
 * The build's version of ./entries.ts: the matchers (40 KB) and the timeline printer (11 KB) are
 * required on first use. Both runners load the preset again for every test file (Jest: a new module
 * registry; Vitest: a new worker), and most test files never call a fake-wx matcher nor print a
 * timeline. The serializer's `test` needs neither: the presets bundle it (src/serializer/printable.ts).
 *
 * Synchronous, as matchers are: `require`. The CommonJS build asks its own `require` for
 * 'fake-wx/matchers', exactly as an `import` of it would (under Jest: Jest's registry and moduleNameMapper). The
 * ESM build has no `require`: a createRequire next to this file loads the CommonJS build of the same
 * entry (matchers and printer are stateless and find fakes by brand, so any copy serves).
 */
import { createRequire } from 'node:module'
import type { MatchersModule, SerializerModule } from './entries'

export type { MatchersModule, SerializerModule }

declare const FAKE_WX_FORMAT: 'esm' | 'cjs'
/** The CommonJS build's own `require`; undefined in the ESM build (both set by tsup.config.ts). */
declare const FAKE_WX_CJS_REQUIRE: ((id: string) => unknown) | undefined

const ENTRIES = FAKE_WX_FORMAT === 'cjs' ? { matchers: 'fake-wx/matchers', serializer: 'fake-wx/serializer' } : { matchers: './matchers.cjs', serializer: './serializer.cjs' }

let requireEntry: ((id: string) => unknown) | undefined
let matchers: MatchersModule | undefined
let serializer: SerializerModule | undefined

function load(id: string): unknown {
  // Not createRequire(import.meta.url) in the CommonJS build: its import.meta.url shim reads
  // `document.currentScript` when a DOM is around (jest-environment-jsdom), not this file's path.
  requireEntry ??= FAKE_WX_CJS_REQUIRE ?? createRequire(import.meta.url)
  return requireEntry(id)
}

export function loadMatchers(): MatchersModule {
  matchers ??= load(ENTRIES.matchers) as MatchersModule
  return matchers
}

export function loadSerializer(): SerializerModule {
  serializer ??= (load(ENTRIES.serializer) as { default: SerializerModule }).default
  return serializer
}
