/**
 * Checks of matcher arguments. A typo in an assertion would otherwise make it pass for the wrong reason
 * (`.not.toHavePrompted('scope.userLoction')` always passes), so misuse throws a matcher error.
 */
import type { ScopeState } from '../src/auth-state'
import { didYouMean } from '../src/errors'
import type { Scope } from '../src/hosts/wechat/scopes'
import type { MatcherContext } from './context'
import type { Receiver } from './receiver'
import { matcherError } from './report'

export const SCOPE_STATES: readonly ScopeState[] = ['granted', 'denied', 'unasked']

/** The scope the assertion names, checked against the receiver's host. */
export function scopeArgument(context: MatcherContext, matcherName: string, value: unknown, required: boolean, receiver: Receiver): Scope | undefined {
  if (value === undefined && !required) return undefined
  const { host } = receiver
  if (typeof value === 'string' && host.scope(value) !== undefined) return value as Scope
  const suggestion = typeof value === 'string' ? didYouMean(value, host.scopeNames) : ''
  const problem = `expected value must be a scope name such as '${host.host.exampleScopes[0]}'.${suggestion}`
  throw matcherError(context, matcherName, problem, ['Expected', value])
}

/** The API the assertion is about: from the argument, or from the received API function. */
export function checkApi(context: MatcherContext, matcherName: string, value: unknown, receiver: Receiver): string | undefined {
  if (value === undefined) return receiver.api
  if (typeof value !== 'string' || !(value in receiver.controller.wx)) {
    const suggestion = typeof value === 'string' ? didYouMean(value, Object.keys(receiver.controller.wx)) : ''
    const problem = `expected value must be the name of a ${receiver.host.host.globalName} API, such as 'getLocation'.${suggestion}`
    throw matcherError(context, matcherName, problem, ['Expected', value])
  }
  if (receiver.api !== undefined && receiver.api !== value) {
    const problem = `received ${receiver.host.label(receiver.api)} but the argument names '${value}': pass one or the other, e.g. expect(${receiver.host.host.globalName}).${matcherName}('${value}').`
    throw matcherError(context, matcherName, problem, ['Expected', value])
  }
  return value
}

export function checkCount(context: MatcherContext, matcherName: string, value: unknown): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value
  throw matcherError(context, matcherName, 'expected value must be a whole number of popups (0 or more).', ['Expected', value])
}

export function checkState(context: MatcherContext, matcherName: string, value: unknown): ScopeState {
  if (typeof value === 'string' && (SCOPE_STATES as readonly string[]).includes(value)) return value as ScopeState
  const suggestion = typeof value === 'string' ? didYouMean(value, SCOPE_STATES) : ''
  const problem = `expected state must be 'granted', 'denied' or 'unasked'.${suggestion}`
  throw matcherError(context, matcherName, problem, ['Expected', value])
}
