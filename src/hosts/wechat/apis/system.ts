/** The OS layer's APIs: two synchronous readers and the OS settings page. Rules: SYNC-APIS, SYSTEM-APP-AUTHORIZE-FIELDS, SYSTEM-SETTING-FIELDS, SYSTEM-OPEN-APP-AUTHORIZE. */
import { ok } from '../../../api-record'
import type { Engine } from '../../../engine'
import type { SystemOptions } from '../../../options'
import type { WechatApi } from './record'

/** iOS-only fields; left out where the profile says the platform does not report them. */
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
    if (!engine.profile.iosOnlySettings && IOS_ONLY.includes(key) && system[key] === undefined) continue
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

/** "跳转系统微信授权管理页": the user leaves and comes back; nothing is toggled there by the fake. */
export const SYSTEM_APIS: readonly WechatApi[] = [
  { name: 'getAppAuthorizeSetting', answeredBy: { by: 'the system option', write: "createFakeWx({ system: { locationAuthorized: 'denied' } }) or fakeWx.configure({ system: ... })" }, sync: (engine) => getAppAuthorizeSetting(engine) },
  { name: 'getSystemSetting', answeredBy: { by: 'the system option', write: "createFakeWx({ system: { locationAuthorized: 'denied' } }) or fakeWx.configure({ system: ... })" }, sync: (engine) => getSystemSetting(engine) },
  { name: 'openAppAuthorizeSetting', promise: true, steps: [() => ok()] },
]
