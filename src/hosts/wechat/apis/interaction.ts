/**
 * wx.showModal and wx.showActionSheet: logged, and answered by the scripted user; a modal without a cancel
 * button needs no script. Rules: MODAL-RESULT, MODAL-ONLY-CONFIRM, MODAL-BUTTON-TEXT, ACTIONSHEET-RESULT,
 * ERRMSG-ACTIONSHEET-CANCEL, TAP-MODAL-SUCCESS.
 */
import { fail, type Call, type Outcome } from '../../../api-record'
import type { Engine } from '../../../engine'
import { unscriptedAnswer } from '../../../gates/unscripted'
import type { ModalAnswer } from '../../../user'
import type { WechatApi } from './record'

const MODAL_FIELDS = ['title', 'content', 'showCancel', 'cancelText', 'confirmText', 'editable', 'placeholderText'] as const

function modalAnswer(engine: Engine, call: Call, popup: number): ModalAnswer {
  const scripted = engine.user.modals.take()
  const noCancelButton = call.options.showCancel === false
  if (scripted !== undefined) {
    if (scripted === 'cancel' && noCancelButton) {
      engine.problem(
        call.id,
        'unscripted-prompt',
        `user.willCancelModal() was scripted, but the modal of wx.showModal has no cancel button (showCancel: false); the user can only confirm.`,
      )
      engine.log.add({ type: 'answer', call: call.id, popup, answer: 'confirm', by: 'policy' })
      return 'confirm'
    }
    engine.log.add({ type: 'answer', call: call.id, popup, answer: scripted, by: 'script' })
    return scripted
  }
  // One button: the user can only confirm, so the test need not say so (rule MODAL-ONLY-CONFIRM).
  if (noCancelButton) {
    engine.log.add({ type: 'answer', call: call.id, popup, answer: 'confirm', by: 'only-choice' })
    return 'confirm'
  }
  const message =
    `wx.showModal showed "${String(call.options.title ?? call.options.content ?? '')}", but the test scripted no answer.\n` +
    `Add one before the code runs:\n  user.willConfirmModal()\n  // or: user.willCancelModal()`
  // An unscripted 'error' modal is cancelled (the test fails afterwards anyway).
  const answer: ModalAnswer = unscriptedAnswer(engine, call, message) === 'allow' ? 'confirm' : 'cancel'
  engine.log.add({ type: 'answer', call: call.id, popup, answer, by: 'policy' })
  return answer
}

/**
 * "最多 4 个字符": a button's text is refused past 4 Chinese characters, a Chinese character counting as two
 * Latin ones (so 8 Latin letters fit).
 */
function buttonTextTooLong(text: unknown, failure: 'modal-cancel-text-too-long' | 'modal-confirm-text-too-long'): Outcome | undefined {
  if (typeof text !== 'string') return undefined
  return text.replace(/[\u0391-\uFFE5]/g, 'aa').length > 8 ? fail(failure) : undefined
}

export const showModal: WechatApi = {
  name: 'showModal',
  answeredBy: { by: 'the scripted user', write: 'user.willConfirmModal() or user.willCancelModal()' },
  promise: true,
  params: {
    title: { type: 'String' },
    content: { type: 'String' },
    showCancel: { type: 'Boolean' },
    cancelText: { type: 'String' },
    cancelColor: { type: 'String' },
    confirmText: { type: 'String' },
    confirmColor: { type: 'String' },
    editable: { type: 'Boolean' },
    placeholderText: { type: 'String' },
  },
  check: (call) => buttonTextTooLong(call.options.cancelText, 'modal-cancel-text-too-long') ?? buttonTextTooLong(call.options.confirmText, 'modal-confirm-text-too-long'),
  steps: [
    (call) => (next) => {
      const { engine } = call
      const shown: Record<string, unknown> = {}
      for (const field of MODAL_FIELDS) if (call.options[field] !== undefined) shown[field] = call.options[field]
      const popup = engine.log.add({ type: 'popup', call: call.id, kind: 'modal', options: shown })
      engine.scheduler.defer(() => {
        const answer = modalAnswer(engine, call, popup.id)
        const data: Record<string, unknown> = { confirm: answer === 'confirm', cancel: answer === 'cancel' }
        if (call.options.editable === true) data.content = ''
        // The user tapped a button of the modal, so its success runs with tap state.
        next({ ok: true, data, grantsTap: engine.tap.newToken('showModal') })
      })
    },
  ],
}

/** wx.showActionSheet: the user taps an item (success with tapIndex, with tap state) or cancels. */
export const showActionSheet: WechatApi = {
  name: 'showActionSheet',
  answeredBy: { by: 'the scripted user', write: 'user.willChooseAction(0) or user.willCancelActionSheet()' },
  promise: true,
  params: { itemList: { type: 'Array', required: true }, itemColor: { type: 'String' }, alertText: { type: 'String' } },
  steps: [
    (call) => (next) => {
      const { engine } = call
      const items = call.options.itemList as unknown[]
      const popup = engine.log.add({ type: 'popup', call: call.id, kind: 'modal', options: { itemList: items } })
      engine.scheduler.defer(() => {
        let choice = engine.user.actionSheets.take()
        if (choice === undefined) {
          const message = `wx.showActionSheet showed ${JSON.stringify(items)}, but the test scripted no answer.\nAdd one before the code runs:\n  user.willChooseAction(0)\n  // or: user.willCancelActionSheet()`
          choice = unscriptedAnswer(engine, call, message) === 'allow' ? 0 : 'cancel'
        } else if (choice !== 'cancel' && choice >= items.length) {
          engine.problem(call.id, 'unscripted-prompt', `user.willChooseAction(${choice}) was scripted, but the action sheet has only ${items.length} items.`)
          choice = 'cancel'
        }
        engine.log.add({ type: 'answer', call: call.id, popup: popup.id, answer: choice === 'cancel' ? 'cancel' : 'choose', by: 'script', ...(choice !== 'cancel' && { detail: { tapIndex: String(choice) } }) })
        next(choice === 'cancel' ? fail('cancel') : { ok: true, data: { tapIndex: choice }, grantsTap: engine.tap.newToken('showActionSheet') })
      })
    },
  ],
}
