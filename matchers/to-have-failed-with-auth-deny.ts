/**
 * expect(wx.getLocation).toHaveFailedWithAuthDeny(): a call failed because the user refused the scope,
 * now (in the popup) or earlier, whatever the platform's spelling. Exactly the refusal spellings of
 * src/platforms.ts count: a cancel, a privacy refusal, a system-permission failure, a parameter error or
 * fake-wx's own "no answer scripted" failure is not a refusal.
 */
import { isAuthDenyErrMsg } from '../src/errmsg'
import { failureMatcher } from './failure-matcher'

export const toHaveFailedWithAuthDeny = failureMatcher({
  name: 'toHaveFailedWithAuthDeny',
  matches: isAuthDenyErrMsg,
  because: (scope) => `because the user refused ${scope} scope`,
  note: 'Only a refusal counts (e.g. "auth deny", "auth denied"): not a cancel, a privacy refusal, a system permission, a parameter error or an unscripted popup.',
})
