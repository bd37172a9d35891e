/**
 * expect(wx.getLocation).toHaveFailedWithSystemDeny(): a call failed because WeChat itself lacks the OS
 * permission (`system permission denied`) or the OS location switch is off (Android's
 * `ERROR_NOCELL&WIFI_LOCATIONSWITCHOFF`): rule MATCH-SYSTEM-DENY-VARIANTS. A scope refusal is not a system denial.
 */
import { failsWithOneOf } from '../src/fail-text'
import { failureMatcher } from './failure-matcher'

export const toHaveFailedWithSystemDeny = failureMatcher({
  name: 'toHaveFailedWithSystemDeny',
  matches: (errMsg, host) => failsWithOneOf(errMsg, host.systemDenySpellings),
  because: (scope) => `because the OS denied WeChat ${scope === 'a' ? 'a' : 'its'} permission`,
  note: 'Only the OS layer counts ("system permission denied", "ERROR_NOCELL&WIFI_LOCATIONSWITCHOFF"): not a scope refusal, a cancel or a privacy refusal.',
})
