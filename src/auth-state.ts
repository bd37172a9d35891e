/**
 * The per-scope tri-state (rules SCOPE-UNASKED-PROMPTS, SCOPE-DECISION-PERSISTS): absent (never asked), true (granted), false (denied). Only scopes
 * that were asked appear in getSetting and on the settings page.
 */
import type { HostTables } from './hosts/host'
import type { Scope } from './hosts/wechat/scopes'

export type ScopeState = 'granted' | 'denied' | 'unasked'

export class AuthState {
  readonly #decisions = new Map<Scope, boolean>()
  /** Scopes that need no authorization: how getSetting shows them is the `implicitScopes` option. */
  readonly #implicit: readonly string[]

  constructor(host: HostTables) {
    this.#implicit = host.host.scopes.filter((row) => row.kind !== 'prompt').map((row) => row.scope)
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
  snapshot(implicit: 'when-used' | 'always' | 'never'): Record<string, boolean> {
    const out: Record<string, boolean> = {}
    for (const [scope, granted] of this.#decisions) {
      if (implicit === 'never' && this.#implicit.includes(scope)) continue
      out[scope] = granted
    }
    if (implicit === 'always') for (const scope of this.#implicit) out[scope] ??= true
    return out
  }

  clear(): void {
    this.#decisions.clear()
  }
}
