/**
 * What the user does with a prompt nobody scripted (a permission popup, the privacy popup, a modal, an
 * action sheet, the subscribe panel), by `onUnscriptedPrompt`. One place, so every prompt follows the same
 * policy: 'allow' / 'deny' / 'dismiss' answer silently; 'warn' prints `message` and the user says yes;
 * 'error' records `message` for the presets to fail the test with. A function policy decides for
 * permission popups, the only prompts it is told about (`prompt`); elsewhere it counts as 'error'.
 */
import type { Engine } from '../engine'
import type { UnscriptedPrompt } from '../options'
import type { Call } from '../api-record'

export type UnscriptedAnswer = 'allow' | 'deny' | 'dismiss' | 'error'

export function unscriptedAnswer(engine: Engine, call: Call, message: string, prompt?: UnscriptedPrompt): UnscriptedAnswer {
  const policy = engine.options.onUnscriptedPrompt
  const decision = typeof policy === 'function' ? (prompt === undefined ? 'error' : (policy(prompt) ?? 'error')) : policy
  switch (decision) {
    case 'allow':
    case 'deny':
    case 'dismiss':
      return decision
    case 'warn':
      console.warn(`[fake-wx] ${message}\nThe user says yes (onUnscriptedPrompt: 'warn').`)
      return 'allow'
    default:
      engine.problem(call.id, 'unscripted-prompt', message)
      return 'error'
  }
}
