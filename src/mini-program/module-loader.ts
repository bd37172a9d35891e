/**
 * How the harness runs the mini program's files (app.js, pages, components). Through the test runner's own
 * module system, so that `jest.mock` / `vi.mock` of the app's modules apply and each launch gets fresh modules:
 * the presets install a loader for their runner (presets/loaders/); without one, a plain Node loader
 * (src/mini-program/harness/node-loader.ts) does the same with `require` and `import()`.
 *
 * The loader is kept on the global, not in this module: under Jest with native ES modules the preset loads the
 * CommonJS build while the test imports the ES build, and both must find the one the preset set.
 */
import { FakeWxError, describeValue } from '../errors'

/**
 * A module system for one launched app at a time. `begin` starts a fresh registry for a new app (its files
 * and whatever they import run again, as in a new WeChat process); `load` runs one file in it; `end` drops it.
 */
export interface ModuleLoader {
  /** A new app is launched from `root` (an absolute path): later loads get fresh modules. */
  begin(root: string): void | Promise<void>
  /** Runs the file (an absolute path) in the current app's registry, resolving once its top-level code ran. */
  load(file: string): unknown
  /** The app is over (reset(), or another launch): release its registry. */
  end?(): void | Promise<void>
}

const LOADER: unique symbol = Symbol.for('fake-wx.module-loader') as never

type LoaderGlobal = { [LOADER]?: ModuleLoader }

/**
 * Sets how the harness loads the mini program's files; `undefined` goes back to the plain Node loader. The
 * presets (fake-wx/vitest, fake-wx/jest) call it; a runner of your own can pass a loader built on its module
 * system.
 */
export function setModuleLoader(loader: ModuleLoader | undefined): void {
  if (loader !== undefined && (typeof loader !== 'object' || loader === null || typeof loader.begin !== 'function' || typeof loader.load !== 'function')) {
    throw new FakeWxError(
      `setModuleLoader(loader) expects { begin(root), load(file), end?() }, got ${describeValue(loader)}. Pass undefined to use the plain Node loader.`,
    )
  }
  const global = globalThis as LoaderGlobal
  if (loader === undefined) delete global[LOADER]
  else global[LOADER] = loader
}

/** The loader set by the preset or the test, if any. */
export function installedModuleLoader(): ModuleLoader | undefined {
  return (globalThis as LoaderGlobal)[LOADER]
}
