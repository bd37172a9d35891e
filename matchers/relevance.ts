/** Which calls a failure message shows: the ones about the scope or API the assertion names. */
import type { LogEntry } from '../src/log'
import { scopeOfApi, type Scope } from '../src/scopes'
import { renderTimeline } from '../src/serializer/timeline'
import type { Receiver } from './receiver'
import type { CallRef } from './scan'

/** Whether the entry ties its call to the scope (any scope when undefined). */
export function concernsScope(entry: LogEntry, scope: Scope | undefined): boolean {
  switch (entry.type) {
    case 'call': {
      if (entry.api === 'authorize') {
        const asked = (entry.args as { scope?: unknown } | undefined)?.scope
        return scope === undefined || asked === scope
      }
      const row = scopeOfApi(entry.api)
      return row !== undefined && (scope === undefined || row.scope === scope)
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
    const { entries, isWxApi } = receiver
    return this.ids.size === 0 ? renderTimeline(entries, { isWxApi }) : renderTimeline(entries, { calls: this.ids, isWxApi })
  }
}
