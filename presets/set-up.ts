/**
 * What both runner presets do, given the runner's own `expect`, `beforeEach` and `afterEach`: install the
 * default fake as `globalThis.wx`, register the matchers and the timeline serializer, reset the fake
 * before each test, and fail a test after it ends when something went wrong that it did not see.
 *
 * Both runners run this once per test file, so it loads as little as it can: the core ('fake-wx') and
 * this file. The matchers and the printer are registered as thin forwarders that load them on first use
 * (./entries.ts).
 */
import { fakeWx } from 'fake-wx'
import { installGlobalWx } from '../src/install-global'
import { installMiniProgramGlobals, setCurrentApp } from '../src/mini-program/globals'
import { setModuleLoader, type ModuleLoader } from '../src/mini-program/module-loader'
import { printableOf } from '../src/serializer/printable'
import type { CoverageHook } from './coverage'
import { loadMatchers, loadSerializer, type MatchersModule, type SerializerModule } from './entries'

export interface RunnerHooks {
  readonly expect: {
    extend(matchers: Record<string, (...args: never[]) => unknown>): void
    addSnapshotSerializer(serializer: SerializerModule): void
  }
  beforeEach(fn: () => void): void
  /** The hook's argument is Vitest's test context (Jest passes none: a hook that declares no parameter). */
  afterEach(fn: (...args: unknown[]) => void): void
  /** fake-wx/reporter's collection (./coverage.ts), when the reporter is on. */
  readonly coverage?: CoverageHook | undefined
}

type MatcherName = { [K in keyof MatchersModule]: MatchersModule[K] extends (...args: never[]) => unknown ? (K extends `to${string}` ? K : never) : never }[keyof MatchersModule]

/** Every matcher fake-wx/matchers exports (the type below fails the build when one is missing). */
export const MATCHER_NAMES = [
  'toHavePrompted',
  'toHavePromptedTimes',
  'toHaveFailedWithAuthDeny',
  'toHaveFailedWithSystemDeny',
  'toHaveSucceeded',
  'toHaveOpenedSetting',
  'toHaveShownModal',
  'toHaveScope',
  'toHaveNavigatedTo',
  'toHaveTriggered',
] as const satisfies readonly MatcherName[]
type Missing = Exclude<MatcherName, (typeof MATCHER_NAMES)[number]>
const allMatchersListed: [Missing] extends [never] ? true : Missing = true
void allMatchersListed

/** Forwarders with the matchers' names: each calls the real matcher, loaded on first use. */
function lazyMatchers(): Record<string, (...args: never[]) => unknown> {
  const out: Record<string, (...args: never[]) => unknown> = {}
  for (const name of MATCHER_NAMES) {
    out[name] = {
      [name](this: unknown, ...args: unknown[]): unknown {
        return (loadMatchers()[name] as (...a: unknown[]) => unknown).apply(this, args)
      },
    }[name] as (...args: never[]) => unknown
  }
  return out
}

/** The timeline serializer: `test` is the printer's own check; `serialize` loads the printer on first use. */
const lazySerializer: SerializerModule = {
  test: (value: unknown): boolean => printableOf(value) !== undefined,
  serialize: (...args: Parameters<SerializerModule['serialize']>): string => (loadSerializer().serialize as (...a: unknown[]) => string)(...args),
}

/**
 * What both presets do for the mini-program harness: the App, Page, Component, Behavior, getApp and
 * getCurrentPages globals (only where the name is free: a suite with a loader of its own keeps its `Page`), and
 * the runner's module loader for launch().
 */
export function setUpMiniProgram(loader: ModuleLoader): void {
  installMiniProgramGlobals(false)
  setModuleLoader(loader)
}

export function setUpFakeWx({ expect, beforeEach, afterEach, coverage }: RunnerHooks): void {
  installGlobalWx()
  expect.extend(lazyMatchers())
  // bun:test runs this preset (it maps @jest/globals to itself) but has no snapshot serializers: its
  // addSnapshotSerializer throws "Not implemented". There a timeline is snapshotted as printTimeline(log).
  if (process.versions.bun === undefined) expect.addSnapshotSerializer(lazySerializer)
  registerTestHooks(beforeEach, afterEach, coverage)
}

/**
 * The per-test hooks every preset registers (Jest, Vitest and node:test): the default fake back as the global
 * and reset before each test; after it, the reporter's collection and the single check.
 */
export function registerTestHooks(
  beforeEach: (fn: () => void) => void,
  afterEach: (fn: (...args: unknown[]) => void) => void,
  coverage: CoverageHook | undefined,
): void {
  beforeEach(() => {
    // A test may install a fake of its own (createFakeWx().install()); the next test gets the default back.
    installGlobalWx()
    fakeWx.reset()
    // getApp() is undefined until the test launches an app, whichever fake launched the last one.
    setCurrentApp(undefined)
  })
  // `...args`, not `(context)`: Jest takes a hook that declares a parameter for one that waits for `done`.
  afterEach((...args: unknown[]) => {
    // The paths the test took count even when verify() fails it.
    coverage?.(args[0])
    // The single check: unscripted popups, callbacks that threw, unmodelled APIs, waiting privacy
    // requests, and (with onUnusedScript: 'error') `{ once: true }` scripts never used.
    fakeWx.verify()
  })
}
