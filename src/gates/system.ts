/**
 * The OS layer: once the scope passes, the client itself needs the OS permission behind it, and the
 * OS switches it depends on must be on. Rules: SYSTEM-SCOPE-BEFORE-OS, ERRMSG-SYSTEM-DENY,
 * ERRMSG-LOCATION-SWITCH-OFF, SYSTEM-BLUETOOTH-OFF.
 */
import { failFor, type Call, type Outcome } from '../api-record'
import type { ScopeRow } from '../hosts/host'

export function checkSystem(call: Call, row: ScopeRow): Outcome | undefined {
  const { system } = call.engine.options
  if (row.os !== undefined && system[row.os] === 'denied') return failFor(row.scope, 'system-deny')
  if (row.osSwitch !== undefined && system[row.osSwitch] === false) return failFor(row.scope, 'location-switch-off')
  const own = call.record.osSwitch
  if (own !== undefined && system[own.option] === false) return failFor(row.scope, own.failure)
  return undefined
}
