/**
 * fake-wx/serializer: a snapshot serializer (pretty-format plugin) that prints a fake-wx log, or a
 * controller, as its timeline. Works in `snapshotSerializers` of Jest and Vitest (module with `test`
 * and `serialize`, and a default export of both) and with `expect.addSnapshotSerializer`.
 *
 * Runner-neutral and stateless: it recognises logs by brand, so it also prints logs of another copy of
 * fake-wx (ESM and CJS builds loaded in one process).
 */
import { CONTROLLER } from '../brand'
import type { LogEntry } from '../log'
import { renderTimeline } from './timeline'

interface Branded {
  readonly [CONTROLLER]?: { readonly log?: unknown }
  readonly log?: unknown
  readonly entries?: unknown
}

/** The entries of a fake-wx log, or of a controller's log; undefined for anything else. */
function entriesOf(value: unknown): readonly LogEntry[] | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const controller = (value as Branded)[CONTROLLER]
  if (controller === undefined) return undefined
  const log = controller === value ? controller.log : value
  if (log !== controller.log) return undefined // the wx object and the user carry the brand too
  const entries = (log as Branded).entries
  return Array.isArray(entries) ? (entries as readonly LogEntry[]) : undefined
}

export function test(value: unknown): boolean {
  return entriesOf(value) !== undefined
}

/**
 * pretty-format's plugin API. The timeline is printed as is; when nested inside another value, its
 * lines are indented to where it stands.
 */
export function serialize(value: unknown, _config: unknown, indentation = ''): string {
  const text = renderTimeline(entriesOf(value) ?? [])
  return indentation === '' ? text : text.split('\n').join(`\n${indentation}`)
}

/** The timeline text of a log or controller (what the snapshot shows). */
export function printTimeline(logOrController: unknown): string {
  const entries = entriesOf(logOrController)
  if (entries === undefined) {
    throw new TypeError('fake-wx: printTimeline expects a fake-wx log or controller (fakeWx or fakeWx.log).')
  }
  return renderTimeline(entries)
}

const serializer = { test, serialize }
export default serializer
