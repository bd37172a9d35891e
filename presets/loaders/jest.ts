/**
 * The mini-program harness' module loader under Jest. Each launched app gets a module registry of its own,
 * through `jest.isolateModulesAsync`, held open until the app ends (reset() before the next test, or another
 * launch): app.js, the pages and what they import share it, `jest.mock` factories still apply, and the next
 * launch starts from fresh modules. While it is open, the test's own `require` of an app module gets the app's
 * instance.
 *
 * CommonJS files go through this build's `require` (Jest's, for this module); ES modules through `import()`,
 * which Jest serves when it runs with native ES modules (--experimental-vm-modules).
 */
import { FakeWxError } from 'fake-wx'
import type { ModuleLoader } from '../../src/mini-program/module-loader'

/** The part of the `jest` object the loader uses. */
export interface JestModules {
  isolateModulesAsync(fn: () => Promise<void>): Promise<void>
}

/** The CommonJS build's own `require` (Jest's registry); undefined in the ESM build (set by tsup.config.ts). */
declare const FAKE_WX_CJS_REQUIRE: ((id: string) => unknown) | undefined

const isEsmRefusal = (error: unknown): boolean => {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown }
  return code === 'ERR_REQUIRE_ESM' || (typeof message === 'string' && message.includes('Must use import to load ES Module'))
}

const isWithoutVmModules = (error: unknown): boolean => {
  const message = (error as { message?: unknown } | null)?.message
  return typeof message === 'string' && message.includes('experimental-vm-modules')
}

export function jestModuleLoader(jest: JestModules): ModuleLoader {
  const requireModule = typeof FAKE_WX_CJS_REQUIRE === 'function' ? FAKE_WX_CJS_REQUIRE : undefined
  let close: (() => void) | undefined
  let closed: Promise<void> = Promise.resolve()
  const end = (): Promise<void> => {
    close?.()
    close = undefined
    return closed
  }
  return {
    async begin() {
      await end()
      // Enters isolation at once; the block ends when `close` runs. Inside a test's own jest.isolateModules it
      // cannot (Jest does not nest them): the app then loads into that registry.
      closed = jest.isolateModulesAsync(() => new Promise<void>((resolve) => (close = resolve))).catch(() => {})
    },
    async load(file) {
      if (requireModule !== undefined) {
        try {
          return requireModule(file)
        } catch (error) {
          if (!isEsmRefusal(error)) throw error
        }
      }
      try {
        return await import(file)
      } catch (error) {
        if (!isWithoutVmModules(error)) throw error
        throw new FakeWxError(
          `${file} is an ES module, and Jest runs in CommonJS mode here. Give Jest a transform that compiles it to CommonJS (babel-jest with @babel/preset-env; ts-jest for .ts), or run Jest with native ES modules: node --experimental-vm-modules node_modules/jest/bin/jest.js.`,
        )
      }
    },
    end,
  }
}
