/**
 * The clipboard, one per fake (its records are in ../apis/device-misc.ts): what the app wrote, else what the
 * user copied before (user.hasCopied), else a seeded address; reset() empties it. Rule: CLIPBOARD-STATE.
 */
import type { Call } from '../../../api-record'
import type { Engine } from '../../../engine'
import { familyState } from '../../../family-state'

const CLIPBOARD = Symbol('clipboard')

/** What the app wrote to the clipboard during this test. */
const clipboardOf = (engine: Engine): { data: string | undefined } => familyState(engine, CLIPBOARD, () => ({ data: undefined }))

export function setClipboard(call: Call): undefined {
  clipboardOf(call.engine).data = call.options.data as string
  return undefined
}

export function getClipboard(call: Call): object {
  const { engine } = call
  const data = clipboardOf(engine).data ?? engine.user.copied
  return data === undefined ? engine.data.clipboard() : { data }
}
