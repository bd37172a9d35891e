/**
 * fake-wx/matchers: the matcher functions, for `expect.extend` by hand.
 *
 *   import * as matchers from 'fake-wx/matchers'
 *   expect.extend(matchers)
 *
 * Only matcher functions are exported as values, so the namespace object can be passed to
 * expect.extend as is. Runner-neutral: nothing here imports Jest or Vitest, nor the core's default
 * controller (matchers find the controller through the received value's brand).
 */
export { toHavePrompted } from './to-have-prompted'
export { toHavePromptedTimes } from './to-have-prompted-times'
export { toHaveFailedWithAuthDeny } from './to-have-failed-with-auth-deny'
export { toHaveFailedWithSystemDeny } from './to-have-failed-with-system-deny'
export { toHaveSucceeded } from './to-have-succeeded'
export { toHaveOpenedSetting } from './to-have-opened-setting'
export { toHaveShownModal } from './to-have-shown-modal'
export { toHaveScope } from './to-have-scope'
export { toHaveNavigatedTo } from './to-have-navigated-to'
export { toHaveTriggered } from './to-have-triggered'
export type { FakeWxMatchers, ModalExpectation, AsymmetricMatcherLike, Scope, ScopeState } from './types'
export type { MatcherContext, MatcherResult, MatcherUtils } from './context'
