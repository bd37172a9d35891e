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
import type { IsWxApi } from './event-line'
import { renderTimeline } from './timeline'

interface Branded {
  readonly [CONTROLLER]?: { readonly log?: unknown; readonly wx?: object }
  readonly entries?: unknown
}

interface Printable {
  readonly entries: readonly LogEntry[]
  readonly isWxApi: IsWxApi
}

/** The entries of a fake-wx log, or of a controller's log; undefined for anything else. */
function printableOf(value: unknown): Printable | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const controller = (value as Branded)[CONTROLLER]
  if (controller === undefined) return undefined
  const log = controller === value ? controller.log : value
  if (log !== controller.log) return undefined // the wx object and the user carry the brand too
  const entries = (log as Branded).entries
  if (!Array.isArray(entries)) return undefined
  const wx = controller.wx
  return { entries: entries as readonly LogEntry[], isWxApi: (api) => wx === undefined || api in wx }
}

export function test(value: unknown): boolean {
  return printableOf(value) !== undefined
}

/**
 * pretty-format's plugin API. The timeline is printed as is; when nested inside another value, its
 * lines are indented to where it stands.
 */
export function serialize(value: unknown, _config: unknown, indentation = ''): string {
  const printable = printableOf(value)
  const text = printable === undefined ? '' : renderTimeline(printable.entries, { isWxApi: printable.isWxApi })
  return indentation === '' ? text : text.split('\n').join(`\n${indentation}`)
}

/** The timeline text of a log or controller (what the snapshot shows). */
export function printTimeline(logOrController: unknown): string {
  const printable = printableOf(logOrController)
  if (printable === undefined) {
    throw new TypeError('fake-wx: printTimeline expects a fake-wx log or controller (fakeWx or fakeWx.log).')
  }
  return renderTimeline(printable.entries, { isWxApi: printable.isWxApi })
}

const serializer = { test, serialize }
export default serializer
