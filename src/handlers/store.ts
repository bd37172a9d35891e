/**
 * One controller's handlers, in the order they are asked: this test's (`use()` and `mockWxMethod`, the latest
 * first), then the defaults (`createFakeWx({ handlers })`, `setDefaults({ handlers })`, in the order given).
 * reset() drops this test's; the defaults stay. Looking an API up is one Map read; nothing is scanned per call.
 */
import type { HandlerEntry } from './kinds'

const NONE: readonly HandlerEntry[] = []

export class HandlerStore {
  /** How many entries there are: the wx functions skip the lookup when there are none. */
  size = 0
  #defaults: readonly HandlerEntry[] = NONE
  /** This test's groups, latest first; each group keeps the order it was given in. */
  #perTest: (readonly HandlerEntry[])[] = []
  #byApi = new Map<string, readonly HandlerEntry[]>()

  /** The entries for `api`, in the order they are asked. */
  of(api: string): readonly HandlerEntry[] {
    return this.#byApi.get(api) ?? NONE
  }

  /** The first entry for `api`: the one that answers unless it passes. */
  first(api: string): HandlerEntry | undefined {
    return this.#byApi.get(api)?.[0]
  }

  has(api: string): boolean {
    return this.#byApi.has(api)
  }

  setDefaults(entries: readonly HandlerEntry[]): void {
    this.#defaults = entries
    this.#index()
  }

  use(entries: readonly HandlerEntry[]): void {
    if (entries.length === 0) return
    this.#perTest.unshift(entries)
    this.#index()
  }

  /** Drops this test's entries for `api` that `which` selects; returns how many. */
  remove(api: string, which: (entry: HandlerEntry) => boolean): number {
    let removed = 0
    this.#perTest = this.#perTest
      .map((group) => group.filter((entry) => (entry.api === api && which(entry) ? (removed++, false) : true)))
      .filter((group) => group.length > 0)
    if (removed > 0) this.#index()
    return removed
  }

  /** This test's entries, latest first (for messages). */
  perTest(): readonly HandlerEntry[] {
    return this.#perTest.flat()
  }

  /** reset(): this test's entries go, the defaults stay. */
  clear(): void {
    if (this.#perTest.length === 0) return
    this.#perTest = []
    this.#index()
  }

  #index(): void {
    const byApi = new Map<string, HandlerEntry[]>()
    let size = 0
    for (const entry of [...this.#perTest.flat(), ...this.#defaults]) {
      const list = byApi.get(entry.api)
      if (list === undefined) byApi.set(entry.api, [entry])
      else list.push(entry)
      size++
    }
    this.#byApi = byApi
    this.size = size
  }
}
