/** The OS layer's APIs (§6): two synchronous readers and the OS settings page. */
import type { Engine } from '../engine'
import type { SystemOptions } from '../options'
import { ok, type ApiDefinition } from '../pipeline'

/** iOS-only fields (§6.1); left out on other platforms. */
const IOS_ONLY = ['albumAuthorized', 'locationReducedAccuracy', 'notificationAlertAuthorized', 'notificationBadgeAuthorized', 'notificationSoundAuthorized']

const AUTHORIZE_DEFAULTS: SystemOptions = {
  albumAuthorized: 'authorized',
  bluetoothAuthorized: 'authorized',
  cameraAuthorized: 'authorized',
  locationAuthorized: 'authorized',
  locationReducedAccuracy: false,
  microphoneAuthorized: 'authorized',
  notificationAuthorized: 'authorized',
  notificationAlertAuthorized: 'authorized',
  notificationBadgeAuthorized: 'authorized',
  notificationSoundAuthorized: 'authorized',
  phoneCalendarAuthorized: 'authorized',
}

export function getAppAuthorizeSetting(engine: Engine): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  const system = engine.options.system as Record<string, unknown>
  for (const [key, value] of Object.entries(AUTHORIZE_DEFAULTS)) {
    if (engine.profile.platform !== 'ios' && IOS_ONLY.includes(key) && system[key] === undefined) continue
    out[key] = system[key] ?? value
  }
  return out
}

export function getSystemSetting(engine: Engine): Record<string, unknown> {
  const { system } = engine.options
  return {
    bluetoothEnabled: system.bluetoothEnabled ?? true,
    locationEnabled: system.locationEnabled ?? true,
    wifiEnabled: system.wifiEnabled ?? true,
    deviceOrientation: system.deviceOrientation ?? 'portrait',
  }
}

/** "跳转系统微信授权管理页" (§6.3): the user leaves and comes back; nothing is toggled there by the fake. */
export const openAppAuthorizeSetting: ApiDefinition = { name: 'openAppAuthorizeSetting', promise: true, steps: [() => ok()] }
