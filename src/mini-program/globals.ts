/**
 * The mini program's own globals: App, Page, Component, Behavior, getApp, getCurrentPages. The presets put
 * them on globalThis once per test file, only where nothing else is (a suite with a loader of its own keeps
 * its `globalThis.Page`); `launch()` puts them back, because the test that launches wants these.
 *
 * Each forwards to the app launched last (of any fake, any module copy: the pointer is on the global), so the
 * functions stay the same for the whole file and `getApp()` before `launch()` is `undefined`, as in WeChat
 * before `App()` ran.
 */
import { FakeWxError } from '../errors'

/** What the globals ask of the launched app (the harness implements it). */
export interface GlobalsTarget {
  /** App({...}), Page({...}) or Component({...}) called by the module being loaded. */
  define(kind: 'App' | 'Page' | 'Component', definition: unknown): void
  getApp(options: unknown): unknown
  getCurrentPages(): unknown[]
}

const CURRENT: unique symbol = Symbol.for('fake-wx.mini-program.current') as never
/** The app whose module is being loaded now: App/Page/Component() calls belong to it, even an app that ended. */
const LOADING: unique symbol = Symbol.for('fake-wx.mini-program.loading') as never
const OURS: unique symbol = Symbol.for('fake-wx.mini-program.global') as never
/** What Behavior() returns carries this brand, so the harness knows a behavior from any other object. */
export const BEHAVIOR: unique symbol = Symbol.for('fake-wx.behavior') as never

type CurrentGlobal = { [CURRENT]?: GlobalsTarget; [LOADING]?: GlobalsTarget }

/** Marks `target` as loading a module until the returned function is called. */
export function loadingIn(target: GlobalsTarget): () => void {
  const global = globalThis as CurrentGlobal
  const previous = global[LOADING]
  global[LOADING] = target
  // Assigned, never deleted: deleting a property of a vm context's global (Jest's) costs several microseconds.
  return () => void (global[LOADING] = previous)
}

export function setCurrentApp(target: GlobalsTarget | undefined): void {
  ;(globalThis as CurrentGlobal)[CURRENT] = target
}

export function currentApp(): GlobalsTarget | undefined {
  return (globalThis as CurrentGlobal)[CURRENT]
}

function defining(kind: 'App' | 'Page' | 'Component') {
  return (definition: unknown): void => {
    const target = (globalThis as CurrentGlobal)[LOADING] ?? currentApp()
    if (target === undefined) {
      throw new FakeWxError(
        `${kind}() was called, but no mini program is launched. Open it through the harness: const mp = await launch({ root: 'miniprogram' }), then await mp.reLaunch('pages/index/index') (or mp.mountComponent(path) for a component). A suite with a loader of its own can set globalThis.${kind} before loading the file.`,
      )
    }
    target.define(kind, definition)
  }
}

/** `Behavior({...})`: the definition, marked as a behavior. Works without a launched app (behavior files are plain modules). */
function Behavior(definition: unknown): object {
  if (typeof definition !== 'object' || definition === null) {
    throw new FakeWxError(`Behavior(definition) expects an object such as Behavior({ data: {}, methods: {} }), got ${definition === null ? 'null' : typeof definition}.`)
  }
  return Object.defineProperty({ ...definition }, BEHAVIOR, { value: true })
}

const GLOBALS: Readonly<Record<string, (...args: never[]) => unknown>> = {
  App: defining('App'),
  Page: defining('Page'),
  Component: defining('Component'),
  Behavior,
  getApp: (options?: unknown) => currentApp()?.getApp(options),
  getCurrentPages: () => currentApp()?.getCurrentPages() ?? [],
}

for (const fn of Object.values(GLOBALS)) Object.defineProperty(fn, OURS, { value: true })

/** The global names this module defines, in the order WeChat documents them. */
export const MINI_PROGRAM_GLOBALS: readonly string[] = Object.keys(GLOBALS)

/**
 * Puts the globals on globalThis: every one when `force` (launch), else only where the name is free or holds
 * another copy's (the presets: a suite's own `Page` stays).
 */
export function installMiniProgramGlobals(force: boolean): void {
  const global = globalThis as Record<string, unknown>
  for (const [name, fn] of Object.entries(GLOBALS)) {
    const existing = global[name]
    if (existing === fn) continue
    const ours = typeof existing === 'function' && (existing as unknown as Record<symbol, unknown>)[OURS] === true
    if (!force && existing !== undefined && !ours) continue
    Object.defineProperty(global, name, { value: fn, writable: true, configurable: true, enumerable: false })
  }
}
