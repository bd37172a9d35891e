/**
 * The OS layer: once the scope passes, the client itself needs the OS permission behind it, and the
 * OS switches it depends on must be on. Rules: SYSTEM-SCOPE-BEFORE-OS, ERRMSG-SYSTEM-DENY,
 * ERRMSG-LOCATION-SWITCH-OFF, SYSTEM-BLUETOOTH-OFF.
 */
import { failFor, type Call, type Outcome } from '../api-record'
import type { ScopeRow } from '../hosts/host'

export function checkSystem(call: Call, row: ScopeRow): Outcome | undefined {
  const { system, legacyErrMsg } = call.engine.options
  if (row.os !== undefined && system[row.os] === 'denied') {
    // Older iOS clients reported the location case as `getLocation:fail 1` (rule ERRMSG-SYSTEM-DENY-LEGACY-IOS).
    return failFor(row.scope, legacyErrMsg && row.os === 'locationAuthorized' ? 'legacy-system-deny' : 'system-deny')
  }
  if (row.osSwitch !== undefined && system[row.osSwitch] === false) return failFor(row.scope, 'location-switch-off')
  const own = call.record.osSwitch
  if (own !== undefined && system[own.option] === false) return failFor(row.scope, own.failure)
  return undefined
}
