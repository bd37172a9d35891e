/**
 * The OS layer (../shared/wechat-rules.md §6.4), steps 5 and 6 of the appendix: after the scope passes,
 * WeChat itself needs the OS permission, and location needs the OS switch on.
 */
import { fail, type Call, type Outcome } from '../pipeline'
import type { ScopeRow } from '../scopes'

/** openBluetoothAdapter with the adapter off: errCode 10001 "not available" (bluetooth error table). */
const BLUETOOTH_OFF = { text: ' not available', errCode: 10001 }

export function checkSystem(call: Call, row: ScopeRow): Outcome | undefined {
  const { system } = call.engine.options
  const { profile } = call.engine
  if (row.os !== undefined && system[row.os] === 'denied') return fail(profile.systemDeny)
  if (row.os === 'locationAuthorized' && system.locationEnabled === false) return fail(profile.locationSwitchOff)
  if (call.api === 'openBluetoothAdapter' && system.bluetoothEnabled === false) return fail(BLUETOOTH_OFF)
  return undefined
}
