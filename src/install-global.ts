/**
 * installGlobalWx: what fake-wx/auto runs on import, and what the runner presets run before each test.
 * A module of its own so that the presets bundle it and need not load fake-wx/auto as one more module in
 * every test file. Like fake-wx/auto, it reaches the default controller through 'fake-wx' (kept external).
 *
 * Idempotent: calling it twice in one realm is a no-op. A `wx` left by another copy of fake-wx (another
 * module registry in the same global, or the ESM and CJS builds side by side) is replaced, because the
 * copy that runs this is the one the test's `import { fakeWx } from 'fake-wx'` sees.
 */
import { FakeWxError, fakeWx } from 'fake-wx'
import { CONTROLLER } from './brand'

/** Installs the default fake as `globalThis.wx` (what importing fake-wx/auto does); safe to call again. */
export function installGlobalWx(): void {
  const existing: unknown = (globalThis as { wx?: unknown }).wx
  if (existing === undefined) {
    fakeWx.install()
    return
  }
  // A primitive has no brand (reading a symbol key of one gives undefined); null has no properties at all.
  const owner = (existing as Record<symbol, unknown> | null)?.[CONTROLLER]
  // Our wx, or a copy of it (miniprogram-simulate merges its API into the global one, brand included), stays.
  if (owner === fakeWx) return
  if (owner !== undefined) {
    // Another fake: a test's own createFakeWx().install() left behind, or another copy of this module
    // (an object, or one of its wx functions: install() replaces only another fake's wx object unasked).
    fakeWx.install(globalThis, { replace: true })
    return
  }
  throw new FakeWxError(
    'globalThis.wx is already defined, so fake-wx cannot install its fake there. Something in your setup put ' +
      'another wx in place (miniprogram-simulate does). Remove it, or drop this entry (fake-wx/auto, fake-wx/vitest, ' +
      'fake-wx/jest) and call fakeWx.install(globalThis, { replace: true }) in a setup file of your own.',
  )
}
