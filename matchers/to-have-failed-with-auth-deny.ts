/**
 * expect(wx.getLocation).toHaveFailedWithAuthDeny(): a call failed because the user refused the scope,
 * now (in the popup) or earlier, whatever the platform's spelling. Exactly the refusal spellings of the
 * host's profiles count: a cancel, a privacy refusal, a system-permission failure, a parameter error or
 * fake-wx's own "no answer scripted" failure is not a refusal.
 */
import { failsWithOneOf } from '../src/fail-text'
import { failureMatcher } from './failure-matcher'

export const toHaveFailedWithAuthDeny = failureMatcher({
  name: 'toHaveFailedWithAuthDeny',
  matches: (errMsg, host) => failsWithOneOf(errMsg, host.denySpellings),
  because: (scope) => `because the user refused ${scope} scope`,
  note: 'Only a refusal counts (e.g. "auth deny", "auth denied"): not a cancel, a privacy refusal, a system permission, a parameter error or an unscripted popup.',
})
