/**
 * Platform profiles as data (../shared/wechat-rules.md §3, §4, §5.2, §11). A spelling is the text after
 * `<api>:fail`, so `getLocation` + ':auth denied' gives Android's `getLocation:fail:auth denied`.
 */

export const platforms = ['ios', 'android', 'devtools', 'windows', 'mac'] as const
export type Platform = (typeof platforms)[number]

export interface Spelling {
  /** Appended to `<api>:fail`. */
  readonly text: string
  /** errno, or undefined where the platform leaves the field out. */
  readonly errno?: number
  /** errCode, where the platform reports one. */
  readonly errCode?: number
}

export interface PlatformProfile {
  readonly platform: Platform
  /** `wx.authorize` refused, now or earlier (§3 row 1). */
  readonly authorizeDeny: Spelling
  /** A gated API refused, now or earlier (§3 row 2). */
  readonly apiDeny: Spelling
  /** The dialog closed without a choice (§2.3, L: decompiled Android code only). */
  readonly authorizeDismiss: Spelling
  readonly apiDismiss: Spelling
  /** Scope granted, but WeChat lacks the OS permission (§6.4). */
  readonly systemDeny: Spelling
  /** The OS location switch is off (§6.4: Android only; others report the system spelling). */
  readonly locationSwitchOff: Spelling
  /** app.json lacks `permission[scope].desc` (§2.6). */
  readonly requirePermissionDesc: Spelling
  /** Tap state survives promise continuations (DOC-TAP: kept on Android, lost on iOS ≤ 15). */
  readonly tapSurvivesPromises: boolean
}

const DENY_103: Spelling = { text: ' auth deny', errno: 103 }

const APPLE_LIKE = {
  authorizeDeny: DENY_103,
  apiDeny: DENY_103,
  authorizeDismiss: { text: ' auth cancel' },
  apiDismiss: { text: ' auth cancel' },
  systemDeny: { text: ' system permission denied' },
  locationSwitchOff: { text: ' system permission denied' },
  requirePermissionDesc: { text: ' require permission desc' },
} as const

export const PLATFORM_PROFILES: Readonly<Record<Platform, PlatformProfile>> = {
  ios: { platform: 'ios', ...APPLE_LIKE, tapSurvivesPromises: false },
  // Android: `fail:auth denied` for gated APIs, plain `fail auth deny` without errno for authorize (§3, §4).
  android: {
    platform: 'android',
    authorizeDeny: { text: ' auth deny' },
    apiDeny: { text: ':auth denied', errno: 103 },
    authorizeDismiss: { text: ' auth cancel' },
    apiDismiss: { text: ':auth canceled' },
    systemDeny: { text: ':system permission denied' },
    locationSwitchOff: { text: ':ERROR_NOCELL&WIFI_LOCATIONSWITCHOFF', errCode: 2 },
    requirePermissionDesc: { text: ':require permission desc' },
    tapSurvivesPromises: true,
  },
  // The devtools and the PC clients run on Chromium with native promises; their spellings match iOS (§3).
  devtools: { platform: 'devtools', ...APPLE_LIKE, tapSurvivesPromises: true },
  windows: { platform: 'windows', ...APPLE_LIKE, tapSurvivesPromises: true },
  mac: { platform: 'mac', ...APPLE_LIKE, tapSurvivesPromises: true },
}

/** Older clients' authorize refusal (§11): `authorize:fail 系统错误，错误码：-12006,auth deny`. */
export const LEGACY_DENY: Spelling = { text: ' 系统错误，错误码：-12006,auth deny' }
/** The same, with ASCII punctuation, as §3 quotes it from another report. Recognised, not produced. */
const LEGACY_DENY_ASCII = ' 系统错误,错误码:-12006,auth deny'

/** iOS under repeated requests (§2.4): `<api>:fail authorize no response`, errCode 0. */
export const NO_RESPONSE: Spelling = { text: ' authorize no response' }

/**
 * Every refusal spelling any profile can produce, as the text after `:fail`. `toHaveFailedWithAuthDeny`
 * accepts exactly these; a cancel, a privacy 104 or a system-permission failure is not a refusal.
 */
export const AUTH_DENY_SPELLINGS: readonly string[] = [
  ...new Set([
    ...Object.values(PLATFORM_PROFILES).flatMap((p) => [p.authorizeDeny.text, p.apiDeny.text]),
    LEGACY_DENY.text,
    LEGACY_DENY_ASCII,
    NO_RESPONSE.text,
  ]),
]

export function isAuthDenyErrMsg(errMsg: unknown): boolean {
  if (typeof errMsg !== 'string') return false
  const at = errMsg.indexOf(':fail')
  return at > 0 && AUTH_DENY_SPELLINGS.includes(errMsg.slice(at + 5))
}

/** Every spelling of "WeChat lacks the OS permission" or "the OS switch is off" (§6.4). */
export const SYSTEM_DENY_SPELLINGS: readonly string[] = [
  ...new Set(Object.values(PLATFORM_PROFILES).flatMap((p) => [p.systemDeny.text, p.locationSwitchOff.text])),
]

export function isSystemDenyErrMsg(errMsg: unknown): boolean {
  if (typeof errMsg !== 'string') return false
  const at = errMsg.indexOf(':fail')
  return at > 0 && SYSTEM_DENY_SPELLINGS.includes(errMsg.slice(at + 5))
}
