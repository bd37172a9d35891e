/**
 * Which Vitest each Vitest entry serves. Vitest 5 declares `Matchers<R, T>`; Vitest 3 and 4 declare
 * `Matchers<T>`. An augmentation must repeat the declaration's type parameters exactly (TS2428), so one
 * declaration file cannot type the matchers for both: fake-wx/vitest serves Vitest 5 and later,
 * fake-wx/vitest-legacy serves Vitest 3 and 4. Each entry refuses the other generation when it loads,
 * naming the entry to write instead, so a mismatch is one clear failure and not a type error later.
 */
import { createRequire } from 'node:module'
import { FakeWxError } from 'fake-wx'

export type VitestEntry = 'fake-wx/vitest' | 'fake-wx/vitest-legacy'

/** The CommonJS build's own `require` (tsup.config.ts); not defined when run from source or in the ESM build. */
declare const FAKE_WX_CJS_REQUIRE: ((id: string) => unknown) | undefined

/** The entry that serves a Vitest major version; undefined below Vitest 3. */
export function vitestEntryFor(major: number): VitestEntry | undefined {
  if (major >= 5) return 'fake-wx/vitest'
  if (major >= 3) return 'fake-wx/vitest-legacy'
  return undefined
}

/**
 * Throws when `entry` does not serve this Vitest `version`, saying which entry does. An unknown version
 * (no package.json found, an unexpected string) passes: the check must never stop a working set-up.
 */
export function checkVitestGeneration(entry: VitestEntry, version: string | undefined): void {
  const major = Number(/^(\d+)\./.exec(version ?? '')?.[1])
  if (Number.isNaN(major)) return
  const wanted = vitestEntryFor(major)
  if (wanted === entry) return
  if (wanted === undefined) {
    throw new FakeWxError(`fake-wx needs Vitest 3 or later; this project runs Vitest ${version}. Upgrade Vitest, or use fake-wx/auto and fakeWx.verify() in a setup file of your own.`)
  }
  const serves = entry === 'fake-wx/vitest' ? 'Vitest 5 and later' : 'Vitest 3 and 4'
  throw new FakeWxError(
    `${entry} serves ${serves}, and this project runs Vitest ${version}. Write '${wanted}' instead, in vitest.config ` +
      `(setupFiles: ['${wanted}']) and in tsconfig.json (compilerOptions.types), if it is there.`,
  )
}

/** `require` as seen from this file: what `import 'vitest'` here resolves to, Vitest's own package.json included. */
function requireHere(id: string): unknown {
  const load = typeof FAKE_WX_CJS_REQUIRE === 'function' ? FAKE_WX_CJS_REQUIRE : createRequire(import.meta.url)
  return load(id)
}

/** The version of the Vitest that `import 'vitest'` loads from here (its package.json), or undefined. */
export function installedVitestVersion(load: (id: string) => unknown = requireHere): string | undefined {
  try {
    const { version } = load('vitest/package.json') as { version?: unknown }
    return typeof version === 'string' ? version : undefined
  } catch {
    return undefined
  }
}
