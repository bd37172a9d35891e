/**
 * fake-wx/serializer: a snapshot serializer (pretty-format plugin) that prints a fake-wx log, or a
 * controller, as its timeline. Works in `snapshotSerializers` of Jest and Vitest (module with `test`
 * and `serialize`, and a default export of both) and with `expect.addSnapshotSerializer`.
 *
 * Runner-neutral and stateless: it recognises logs by brand, so it also prints logs of another copy of
 * fake-wx (ESM and CJS builds loaded in one process).
 */
import { printableOf } from './printable'
import { renderTimeline } from './timeline'

export function test(value: unknown): boolean {
  return printableOf(value) !== undefined
}

/**
 * pretty-format's plugin API. The timeline is printed as is; when nested inside another value, its
 * lines are indented to where it stands.
 */
export function serialize(value: unknown, _config: unknown, indentation = ''): string {
  const printable = printableOf(value)
  const text = printable === undefined ? '' : renderTimeline(printable.entries, { callLabel: printable.callLabel })
  return text.split('\n').join(`\n${indentation}`)
}

/** The timeline text of a log or controller (what the snapshot shows). */
export function printTimeline(logOrController: unknown): string {
  const printable = printableOf(logOrController)
  if (printable === undefined) {
    throw new TypeError('fake-wx: printTimeline expects a fake-wx log or controller (fakeWx or fakeWx.log).')
  }
  return renderTimeline(printable.entries, { callLabel: printable.callLabel })
}

const serializer = { test, serialize }
export default serializer
