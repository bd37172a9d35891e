/** Which calls a failure message shows: the ones about the scope or API the assertion names. */
import type { LogEntry } from '../src/log'
import type { HostTables } from '../src/hosts/host'
import type { Scope } from '../src/hosts/wechat/scopes'
import { renderTimeline } from '../src/serializer/timeline'
import type { Receiver } from './receiver'
import type { CallRef } from './scan'

/** Whether the entry ties its call to the scope (any scope when undefined). */
export function concernsScope(host: HostTables, entry: LogEntry, scope: Scope | undefined): boolean {
  switch (entry.type) {
    case 'call': {
      const record = host.record(entry.api)
      if (record?.scopeOption !== undefined) {
        const asked = (entry.args as Record<string, unknown> | undefined)?.[record.scopeOption]
        return scope === undefined || asked === scope
      }
      const scopes: readonly string[] = record?.scopes ?? []
      return scopes.length > 0 && (scope === undefined || scopes.includes(scope))
    }
    case 'popup':
      return entry.kind === 'scope' && (scope === undefined || entry.scope === scope)
    case 'settings':
      return scope === undefined || entry.changes.some((change) => change.scope === scope) || entry.unlisted.includes(scope)
    default:
      return false
  }
}

/** Collects the ids of relevant calls during the scan. */
export class RelevantCalls {
  readonly ids = new Set<number>()

  add(call: CallRef | undefined): void {
    if (call !== undefined) this.ids.add(call.entry.id)
  }

  /** The timeline of the relevant calls; the whole timeline when none is, since then all of it may explain. */
  timeline(receiver: Receiver): string {
    const { entries, host } = receiver
    const callLabel = (api: string): string => host.label(api)
    return this.ids.size === 0 ? renderTimeline(entries, { callLabel }) : renderTimeline(entries, { calls: this.ids, callLabel })
  }
}
