/**
 * The build's version of ./load-family.ts: each family is a CommonJS bundle of its own next to the entry
 * (dist/wx-family-<name>.cjs), required on the family's first call. Synchronous, as a `wx` call is:
 * `require`. The CommonJS build uses its own `require` (under Jest, Jest's); the ESM build a createRequire
 * next to this file. A family bundle holds records and pure functions only, all its state lives on the
 * engine, so any copy of it serves any copy of the core (decision 0001's two builds in one process).
 */
import { createRequire } from 'node:module'
import type { ApiRecord } from '../../api-record'
import type { FamilyName } from './load-family'

/** The CommonJS build's own `require`; undefined in the ESM build (both set by tsup.config.ts). */
declare const FAKE_WX_CJS_REQUIRE: ((id: string) => unknown) | undefined

let requireBundle: ((id: string) => unknown) | undefined

export function loadFamily(name: FamilyName): readonly ApiRecord[] {
  // Not createRequire(import.meta.url) in the CommonJS build: its import.meta.url shim reads
  // `document.currentScript` when a DOM is around (jest-environment-jsdom), not this file's path.
  requireBundle ??= FAKE_WX_CJS_REQUIRE ?? createRequire(import.meta.url)
  return (requireBundle(`./wx-family-${name}.cjs`) as { default: readonly ApiRecord[] }).default
}
