/**
 * Reading an errMsg the way apps do: is it a refusal, or a missing OS permission? Both accept every
 * spelling any platform of the host produces (and the refusals apps compare against that none produces),
 * and nothing else: a cancel, a privacy 104 or a system-permission failure is not a refusal.
 */
import { failsWithOneOf } from './fail-text'
import { tablesOf, type Host } from './hosts/host'
import { wechat } from './hosts/wechat'

/** `getLocation:fail auth deny`, `getLocation:fail:auth denied`, ...: the user refused, now or earlier. */
export function isAuthDenyErrMsg(errMsg: unknown, host: Host = wechat): boolean {
  return failsWithOneOf(errMsg, tablesOf(host).denySpellings)
}

/** `getLocation:fail system permission denied`, ...: the client lacks the OS permission, or the OS switch is off. */
export function isSystemDenyErrMsg(errMsg: unknown, host: Host = wechat): boolean {
  return failsWithOneOf(errMsg, tablesOf(host).systemDenySpellings)
}
