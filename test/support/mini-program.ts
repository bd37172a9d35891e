/** The fixture mini programs of test/spec/mini-program/apps, and what their App writes down. */
import { join } from 'node:path'

/** Both runners run from the repository's root. */
export const appRoot = (name: string): string => join(process.cwd(), 'test/spec/mini-program/apps', name)

interface FixtureApp {
  globalData: { calls: unknown[]; errors: string[]; loadedAt: number }
}

/** The mini program's globals, as the app's code sees them. */
export const mini = globalThis as unknown as {
  getApp(options?: { allowDefault?: boolean }): FixtureApp | undefined
  getCurrentPages(): { route: string }[]
  Page(definition: object): void
  Component(definition: object): void
  App(definition: object): void
  Behavior(definition: object): object
}

/** What the fixture app's hooks wrote down since the last call, then forgets it. */
export function takeCalls(): unknown[] {
  const calls = mini.getApp()!.globalData.calls
  return calls.splice(0)
}

/** The hooks called (the first member of a [hook, argument] record), as takeCalls() returns them. */
export function takeHooks(): string[] {
  return takeCalls().map((call) => (Array.isArray(call) ? (call[0] as string) : (call as string)))
}
