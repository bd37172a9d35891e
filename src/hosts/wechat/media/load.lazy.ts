/**
 * The build's version of ./load.ts: the media family (about 40 KB of code) is required on its first call.
 * Both runners load fake-wx again for every test file, and most test files call none of its APIs.
 *
 * The family is a CommonJS bundle next to the core (dist/media-family.cjs), required as faker's bundle is:
 * the CommonJS build with its own `require`, the ESM build through createRequire. It shares no module state
 * with the core: what it keeps per fake it keeps in its own WeakMaps, keyed by the fake's engine, which the
 * core hands it on every call.
 */
import { createRequire } from 'node:module'
import type { MediaFamily } from './load'

export type { MediaFamily }

/** The CommonJS build's own `require`; undefined in the ESM build (both set by tsup.config.ts). */
declare const FAKE_WX_CJS_REQUIRE: ((id: string) => unknown) | undefined

let family: MediaFamily | undefined

export function media(): MediaFamily {
  // Not createRequire(import.meta.url) in the CommonJS build: see presets/entries.lazy.ts.
  family ??= (FAKE_WX_CJS_REQUIRE ?? createRequire(import.meta.url))('./media-family.cjs') as MediaFamily
  return family
}

export const mediaLoaded = (): boolean => family !== undefined
