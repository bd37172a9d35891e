/**
 * The page a picker API opens (map, address book, invoice titles, media): the user picks, or closes it
 * without choosing (`user.willCancel(api)`), which fails the call with `cancel`. Rule: ERRMSG-PICKER-CANCEL.
 */
import { fail, type Pause, type Step } from '../api-record'

export const openPicker: Step = (call): Pause => (next) => {
  const { engine } = call
  const popup = engine.log.add({ type: 'popup', call: call.id, kind: 'picker', api: call.api })
  engine.scheduler.defer(() => {
    const cancelled = engine.user.pickers.take(call.api) === 'cancel'
    engine.log.add({ type: 'answer', call: call.id, popup: popup.id, answer: cancelled ? 'cancel' : 'choose', by: cancelled ? 'script' : 'policy' })
    next(cancelled ? fail('cancel') : undefined)
  })
}

/** A system sheet of the client's: the user backs out only when the script says so (rule ERRMSG-SHEET-CANCEL). */
export const closeSheet: Step = (call) => {
  const { engine } = call
  if (engine.user.pickers.take(call.api) !== 'cancel') return undefined
  const popup = engine.log.add({ type: 'popup', call: call.id, kind: 'picker', api: call.api })
  engine.log.add({ type: 'answer', call: call.id, popup: popup.id, answer: 'cancel', by: 'script' })
  return fail('cancel')
}
