/**
 * The mini-program harness' module loader under Vitest. A launch resets Vitest's module registry
 * (`vi.resetModules()`, which keeps `vi.mock` factories), so app.js, the pages and what they import run
 * again, and are then shared by the app's pages until the next launch. Each file is loaded with
 * `vi.importActual`: the page itself is never replaced by a mock, what it imports may be.
 *
 * A CommonJS page's own `require` is Node's, which Vitest does not see (nor mock): the CommonJS cache entries
 * under the app's folder are dropped at launch instead, so those modules are fresh too.
 */
import { createRequire } from 'node:module'
import { sep } from 'node:path'
import type { ModuleLoader } from '../../src/mini-program/module-loader'

/** The part of `vi` the loader uses. */
export interface ViModules {
  resetModules(): unknown
  importActual(path: string): Promise<unknown>
}

export function vitestModuleLoader(vi: ViModules): ModuleLoader {
  return {
    begin(root) {
      vi.resetModules()
      const folder = root.endsWith(sep) ? root : root + sep
      const cache = createRequire(folder).cache
      for (const key of Object.keys(cache)) if (key.startsWith(folder)) delete cache[key]
    },
    load: (file) => vi.importActual(file),
  }
}
