/**
 * APIs that need tap state (openSetting, getUserProfile, requestSubscribeMessage) fail without it, unless
 * the test turned the rule off (`tapRule: false`). Rules: TAP-OPENSETTING-REQUIRED, TAP-USERPROFILE-REQUIRED, TAP-SUBSCRIBE-REQUIRED,
 * TAP-CONSUMED, ERRMSG-TAP-GESTURE.
 */
import { fail, type Step } from '../api-record'

export const checkTapRule: Step = (call) => {
  if (!call.engine.options.tapRule) return undefined
  // Older base libraries did not enforce it (rules TAP-OPENSETTING-SINCE-2-3-0, TAP-SUBSCRIBE-REQUIRED).
  const since = call.record.tapRequiredSince
  if (since !== undefined && !call.engine.versions.baseLibraryAtLeast(since)) return undefined
  if (call.tap === null) return fail('tap-gesture')
  // A tap state used by one such call cannot be used by the next.
  call.tap.consumed = true
  return undefined
}
