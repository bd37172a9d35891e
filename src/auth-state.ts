/**
 * The per-scope tri-state of §2.1: absent (never asked), true (granted), false (denied). Only scopes
 * that were asked appear in getSetting and on the settings page.
 */
import { SCOPE_TABLE, type Scope } from './scopes'

/** Scopes that need no authorization: how getSetting shows them is the `implicitScopes` option. */
const IMPLICIT: readonly Scope[] = SCOPE_TABLE.filter((row) => row.kind !== 'prompt').map((row) => row.scope)

export type ScopeState = 'granted' | 'denied' | 'unasked'

export class AuthState {
  readonly #decisions = new Map<Scope, boolean>()
  #version = 0

  /** Bumped by every change: a gate verdict holds only while it stays the same (see GateVerdict). */
  get version(): number {
    return this.#version
  }

  get(scope: Scope): boolean | undefined {
    return this.#decisions.get(scope)
  }

  set(scope: Scope, granted: boolean): void {
    this.#decisions.set(scope, granted)
    this.#version++
  }

  state(scope: Scope): ScopeState {
    const decision = this.#decisions.get(scope)
    return decision === undefined ? 'unasked' : decision ? 'granted' : 'denied'
  }

  /** What `authSetting` holds: a fresh object each time, since the app may mutate it. */
  snapshot(implicit: 'when-used' | 'always' | 'never' = 'when-used'): Record<string, boolean> {
    const out: Record<string, boolean> = {}
    for (const [scope, granted] of this.#decisions) {
      if (implicit === 'never' && IMPLICIT.includes(scope)) continue
      out[scope] = granted
    }
    if (implicit === 'always') for (const scope of IMPLICIT) out[scope] ??= true
    return out
  }

  clear(): void {
    this.#decisions.clear()
    this.#version++
  }
}
