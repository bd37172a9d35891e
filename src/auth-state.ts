/**
 * The per-scope tri-state (rules SCOPE-UNASKED-PROMPTS, SCOPE-DECISION-PERSISTS): absent (never asked), true (granted), false (denied). Only scopes
 * that were asked appear in getSetting and on the settings page.
 */
import { kindOf, type HostTables, type ScopeRow } from './hosts/host'
import type { Scope } from './hosts/wechat/scopes'

export type ScopeState = 'granted' | 'denied' | 'unasked'

export class AuthState {
  readonly #decisions = new Map<Scope, boolean>()
  /** Scopes that need no authorization: how getSetting shows them is the `implicitScopes` option. */
  readonly #rows: readonly ScopeRow[]

  constructor(host: HostTables) {
    this.#rows = host.host.scopes
  }

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
  snapshot(implicit: 'when-used' | 'always' | 'never', retiredScopes: 'retired' | 'asked' = 'retired'): Record<string, boolean> {
    const implicitScopes = this.#rows.filter((row) => kindOf(row, { retiredScopes }) !== 'prompt').map((row) => row.scope)
    const out: Record<string, boolean> = {}
    for (const [scope, granted] of this.#decisions) {
      if (implicit === 'never' && implicitScopes.includes(scope)) continue
      out[scope] = granted
    }
    if (implicit === 'always') for (const scope of implicitScopes) out[scope] ??= true
    return out
  }

  clear(): void {
    this.#decisions.clear()
  }
}
