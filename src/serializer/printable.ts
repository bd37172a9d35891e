/**
 * What the timeline serializer prints: a fake-wx log or controller, recognised by brand. A module of its
 * own so that the runner presets can bundle the serializer's `test` (called on every value a snapshot
 * prints) and load the printer only when something is printed.
 */
import { CONTROLLER, HOST } from '../brand'
import type { HostTables } from '../hosts/host'
import type { LogEntry } from '../log'
import type { CallLabel } from './event-line'

interface Branded {
  readonly [CONTROLLER]?: { readonly log?: unknown; readonly [HOST]?: HostTables }
  readonly entries?: unknown
}

export interface Printable {
  readonly entries: readonly LogEntry[]
  readonly callLabel: CallLabel | undefined
}

/** The entries of a fake-wx log, or of a controller's log; undefined for anything else. */
export function printableOf(value: unknown): Printable | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const controller = (value as Branded)[CONTROLLER]
  if (controller === undefined) return undefined
  const log = controller === value ? controller.log : value
  if (log !== controller.log) return undefined // the wx object and the user carry the brand too
  const entries = (log as Branded).entries
  if (!Array.isArray(entries)) return undefined
  const host = controller[HOST]
  return { entries: entries as readonly LogEntry[], callLabel: host === undefined ? undefined : (api) => host.label(api) }
}
