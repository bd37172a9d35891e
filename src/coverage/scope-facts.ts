/**
 * What the reporter needs to know of a host's scopes to add up a run: their order, which ones WeChat asks
 * the user for, which can meet an OS permission or switch, which scopes app.json's `requiredPrivateInfos`
 * entries gate, and the platforms. The reporter runs in the runner's main process, where loading the whole
 * fake to read five facts would cost more than the rest of its work: it reads them from a table generated
 * from the host (src/coverage/wechat-scope-facts.ts), which a test keeps equal to `scopeFactsOf(host)`.
 */
import type { HostTables } from '../hosts/host'

export interface ScopeFact {
  /** WeChat asks the user for it, so it has a refusal path (retired and auto-granted scopes do not). */
  readonly refusable: boolean
  /** An OS permission or switch stands behind it or one of its APIs: it can end `systemDenied`. */
  readonly systemDeniable: boolean
}

export interface ScopeFacts {
  /** Every scope, in the host's order: the report lists them so. */
  readonly scopeNames: readonly string[]
  readonly scopes: Readonly<Record<string, ScopeFact>>
  /** app.json `requiredPrivateInfos` value → the scopes its API asks for. */
  readonly privateInfoScopes: Readonly<Record<string, readonly string[]>>
  /** The host's platforms, in the order the report lists them. */
  readonly platforms: readonly string[]
}

export function scopeFactsOf(host: HostTables): ScopeFacts {
  const scopes: Record<string, ScopeFact> = {}
  for (const scope of host.scopeNames) {
    const row = host.scope(scope)!
    const systemDeniable = row.os !== undefined || row.osSwitch !== undefined || host.apisOf(scope).some((api) => host.record(api)?.osSwitch !== undefined)
    scopes[scope] = { refusable: row.kind === 'prompt', systemDeniable }
  }
  const privateInfoScopes: Record<string, readonly string[]> = {}
  for (const info of host.privateInfos) privateInfoScopes[info] = host.record(info)?.scopes ?? []
  return { scopeNames: host.scopeNames, scopes, privateInfoScopes, platforms: Object.keys(host.host.profiles) }
}
