// fake-wx/vitest-legacy's declarations (Vitest 3 and 4), copied into dist/ by scripts/build.mjs.
// Written by hand: this repository type-checks against Vitest 5, where this augmentation cannot compile.
// scripts/runner-matrix.mjs compiles it against Vitest 3 and 4 from the npm registry.
import type { FakeWxMatchers } from './matchers.js'

declare module 'vitest' {
  // Vitest 3 and 4 declare Matchers with one type parameter; the declaration must repeat it exactly.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- must repeat Vitest's declaration
  interface Matchers<T = any> extends FakeWxMatchers<void> {}
}

type MustBeTrue<T extends true> = T
/**
 * Compiles only against Vitest 3 and 4 (which export `bench`). With Vitest 5 the declaration above fails
 * with TS2428, and this type fails beside it with a message naming the fix.
 */
export type VitestGenerationCheck = MustBeTrue<
  'bench' extends keyof typeof import('vitest')
    ? true
    : "fake-wx/vitest-legacy serves Vitest 3 and 4: with Vitest 5 and later write 'fake-wx/vitest' in compilerOptions.types and setupFiles"
>
