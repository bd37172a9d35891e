/**
 * The API families' records, imported up front: what runs from source (Vitest, the type checker). The
 * build swaps in ./load-family.lazy.ts, which requires each family's own bundle on its first call
 * (tsup.config.ts), so importing the package costs nothing per family.
 */
import type { ApiRecord } from '../../api-record'
import feedback from './families/feedback'
import login from './families/login'
import storage from './families/storage'
import systemInfo from './families/system-info'

const RECORDS = { storage, feedback, 'system-info': systemInfo, login } as const satisfies Record<string, readonly ApiRecord[]>

/** The families, by the name their bundle carries: `wx-family-<name>.cjs`. */
export type FamilyName = keyof typeof RECORDS

export function loadFamily(name: FamilyName): readonly ApiRecord[] {
  return RECORDS[name]
}
