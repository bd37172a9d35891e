/**
 * fake-wx/auto: installs the default fake as `globalThis.wx`, and nothing else. Runner-agnostic: for
 * Jest `setupFiles`, plain Node, or any runner. The runner presets bundle the same function
 * (src/install-global.ts), so the global is installed the same way everywhere.
 *
 * Idempotent: loading it twice in one realm is a no-op. A `wx` left by another copy of fake-wx (another
 * module registry in the same global, or the ESM and CJS builds side by side) is replaced, because the
 * copy that runs this is the one the test's `import { fakeWx } from 'fake-wx'` sees.
 */
import { installGlobalWx } from './install-global'

export { installGlobalWx }

installGlobalWx()
