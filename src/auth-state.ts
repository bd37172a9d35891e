/**
 * The per-scope tri-state of §2.1: absent (never asked), true (granted), false (denied). Only scopes
 * that were asked appear in getSetting and on the settings page.
 */
import type { Scope } from './scopes'

export type ScopeState = 'granted' | 'denied' | 'unasked'

export class AuthState {
  readonly #decisions = new Map<Scope, boolean>()

  get(scope: Scope): boolean | undefined {
    return this.#decisions.get(scope)
  }

  set(scope: Scope, granted: boolean): void {
    this.#decisions.set(scope, granted)
  }

  state(scope: Scope): ScopeState {
    const decision = this.#decisions.get(scope)
    return decision === undefined ? 'unasked' : decision ? 'granted' : 'denied'
  }

  /** What `authSetting` holds: a fresh object each time, since the app may mutate it. */
  snapshot(): Record<string, boolean> {
    const out: Record<string, boolean> = {}
    for (const [scope, granted] of this.#decisions) out[scope] = granted
    return out
  }

  clear(): void {
    this.#decisions.clear()
  }
}
