/** wx.requestSubscribeMessage. Rules: SUBSCRIBE-RESULT, SUBSCRIBE-EMPTY-10001, SUBSCRIBE-MAX-5, SUBSCRIBE-INVALID-ID-10004, SUBSCRIBE-MAIN-SWITCH-20004, SUBSCRIBE-KEPT-CHOICE, TAP-SUBSCRIBE-REQUIRED. */
import { fail, ok, type Call, type Outcome, type Pause } from '../../../api-record'
import { unscriptedAnswer } from '../../../gates/unscripted'
import type { SubscribeScript, SubscriptionItemSetting } from '../../../user'
import type { WechatApi } from './record'

const MAX_TEMPLATES = 5

function check(call: Call): Outcome | undefined {
  const ids = call.options.tmplIds as unknown[]
  if (ids.length === 0) return fail('subscribe-no-templates')
  if (ids.length > MAX_TEMPLATES) return fail('subscribe-too-many-templates')
  if (ids.some((id) => typeof id !== 'string' || id === '')) return fail('subscribe-invalid-template')
  if (!call.engine.subscriptions.mainSwitch) return fail('subscribe-main-switch-off')
  return undefined
}

/** Kept choices answer without the panel; the rest go on the panel, answered by the script. */
function panel(call: Call): Outcome | Pause {
  const { engine } = call
  const ids = call.options.tmplIds as string[]
  const answers: Record<string, string> = {}
  const asked: string[] = []
  for (const id of ids) {
    const kept = engine.subscriptions.items.get(id)
    if (kept !== undefined) answers[id] = kept
    else asked.push(id)
  }
  if (asked.length === 0) return ok(answers)
  return (next) => {
    const popup = engine.log.add({ type: 'popup', call: call.id, kind: 'subscribe', tmplIds: asked })
    engine.scheduler.defer(() => {
      const script = engine.user.subscribePanels.take()
      const unanswered = asked.filter((id) => script?.answers[id] === undefined)
      if (script === undefined || unanswered.length > 0) {
        const example = unanswered.map((id) => `'${id}': 'accept'`).join(', ')
        const message = `wx.requestSubscribeMessage showed the subscribe panel for ${unanswered.map((id) => `'${id}'`).join(', ')}, but the test scripted no answer.\nAdd one before the code runs:\n  user.willSubscribe({ ${example} })`
        const answer = unscriptedAnswer(engine, call, message)
        if (answer === 'error') {
          next(fail('fake-wx', 'no answer scripted for the subscribe panel'))
          return
        }
        for (const id of asked) answers[id] = script?.answers[id] ?? (answer === 'allow' ? 'accept' : 'reject')
      } else {
        for (const id of asked) answers[id] = script.answers[id]!
        if (script.keepChoice) keep(call, script, asked)
      }
      engine.log.add({ type: 'answer', call: call.id, popup: popup.id, answer: 'subscribe', by: script === undefined ? 'policy' : 'script', detail: pick(answers, asked) })
      next(ok(answers))
    })
  }
}

/** getSetting's itemSettings can only read accept, reject or ban: only those are kept (rule SUBSCRIBE-RESULT-VALUES). */
const KEPT: readonly string[] = ['accept', 'reject', 'ban']

function keep(call: Call, script: SubscribeScript, ids: readonly string[]): void {
  for (const id of ids) {
    const answer = script.answers[id]!
    if (KEPT.includes(answer)) call.engine.subscriptions.items.set(id, answer as SubscriptionItemSetting)
  }
}

function pick(answers: Record<string, string>, ids: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (const id of ids) out[id] = answers[id]!
  return out
}

export const requestSubscribeMessage: WechatApi = {
  name: 'requestSubscribeMessage',
  answeredBy: { by: 'the scripted user', write: "user.willSubscribe({ [tmplId]: 'accept' }) (or user.hasSubscriptionSettings(...))" },
  promise: true,
  tapRequired: true,
  tapRequiredSince: '2.8.2',
  params: { tmplIds: { type: 'Array', required: true } },
  example: { tmplIds: ['tmpl-1'] },
  steps: [check, panel],
}
