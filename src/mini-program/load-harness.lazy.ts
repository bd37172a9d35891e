/**
 * The build's version of ./load-harness.ts: the harness is a chunk of its own (dist/mini-program.js and
 * .cjs), loaded by the first `launch()` of a test file. The CommonJS build asks its own `require` (under Jest:
 * Jest's registry), the ES build `import()`s the file next to it.
 */
import type { HarnessModule } from './load-harness'

export type { HarnessModule }

declare const FAKE_WX_FORMAT: 'esm' | 'cjs'
/** The CommonJS build's own `require`; undefined in the ESM build (both set by tsup.config.ts). */
declare const FAKE_WX_CJS_REQUIRE: ((id: string) => unknown) | undefined

/** Next to the ES build's index.js (a variable, so that the bundler leaves the import to run time). */
const ES_CHUNK = './mini-program.js'

let harness: Promise<HarnessModule> | undefined

export function loadHarness(): Promise<HarnessModule> {
  harness ??= FAKE_WX_FORMAT === 'cjs' ? Promise.resolve(FAKE_WX_CJS_REQUIRE!('./mini-program.cjs') as HarnessModule) : (import(ES_CHUNK) as Promise<HarnessModule>)
  return harness
}
