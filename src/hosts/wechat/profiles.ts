/**
 * WeChat's platform profiles: how each client spells every named failure (src/outcomes.ts), and the
 * platform facts the fake needs. A spelling is the text after `<api>:fail`, so `getLocation` + ':auth denied'
 * gives Android's `getLocation:fail:auth denied`. Rules: ERRMSG-AUTHORIZE-DENY, ERRMSG-API-DENY,
 * ERRMSG-DEVTOOLS-AS-IOS, ERRMSG-PC-AS-IOS, ERRNO-103, ERRNO-ANDROID-AUTHORIZE-NONE, TAP-PROMISE-IOS, TAP-PROMISE-DEVTOOLS-PC,
 * SYSTEM-APP-AUTHORIZE-FIELDS.
 */
import type { Spelling, Spellings } from '../../outcomes'
import type { LocalFilePaths, PlatformProfile } from '../host'
import type { ResolvedOptions } from '../../options'

export const platforms = ['ios', 'android', 'devtools', 'windows', 'mac', 'ohos', 'ohos_pc'] as const
export type Platform = (typeof platforms)[number]

/** Spellings every client shares. */
const COMMON = {
  'legacy-deny': { text: ' 系统错误，错误码：-12006,auth deny' },
  'no-response': { text: ' authorize no response' },
  'bluetooth-off': { text: ' not available', errCode: 10001 },
  // Only one report, from iOS, and it has the colon (M).
  'authorize-require-permission-desc': { text: ':require permission desc' },
  'private-info-not-declared': { text: ' the api need to be declared in the requiredPrivateInfos field in app.json/ext.json' },
  // No real spelling is known: the fake says what is missing.
  'background-mode-not-declared': { text: ' [fake-wx] app.json lacks "requiredBackgroundModes": ["location"]' },
  'tap-gesture': { text: ' can only be invoked by user TAP gesture.' },
  cancel: { text: ' cancel' },
  'invalid-scope': { text: ' invalid scope' },
  'privacy-not-authorized': { text: ' privacy permission is not authorized', errno: 104 },
  'privacy-in-gap': { text: ' privacy permission is not authorized in gap', errno: 104 },
  'privacy-undeclared': { text: ' api scope is not declared in the privacy agreement', errno: 112 },
  'privacy-api-banned': { text: ' appid privacy api banned' },
  'scope-unauthorized': { text: ' scope unauthorized' },
  'legacy-scope-unauthorized': { text: ' 系统错误,错误码:-12007,scope unauthorized' },
  // Only authorize's spelling is reported; what the API itself returns is not (rule CONSOLE-API-NOT-ENABLED).
  'api-not-enabled': { text: ' [fake-wx] the API is not enabled in the MP console (开发管理-接口设置; errMsg unverified)' },
  'only-one-camera': { text: ' can insert only one camera' },
  'parameter-error': { text: ' parameter error: ' },
  'desc-too-long': { text: ' desc length does not meet the requirements' },
  'subscribe-no-templates': { text: " TmplIds can't be empty", errCode: 10001 },
  'subscribe-too-many-templates': { text: ' Templates count out of max bounds', errCode: 20003 },
  'subscribe-invalid-template': { text: ' Invalid template id', errCode: 10004 },
  'subscribe-main-switch-off': { text: ' The main switch is switched off', errCode: 20004 },
  'file-not-found': { text: ' no such file or directory' },
  'file-exists': { text: ' file already exists' },
  'not-a-directory': { text: ' not a directory' },
  'operation-not-permitted': { text: ' operation not permitted' },
  'directory-operation': { text: ' illegal operation on a directory' },
  'directory-not-empty': { text: ' directory not empty' },
  'permission-denied': { text: ' permission denied' },
  'temp-file-not-exist': { text: ' tempFilePath file not exist' },
  'storage-full': { text: ' the maximum size of the file storage limit is exceeded' },
  'media-file-not-found': { text: ' file not found' },
  // errno 1400001 is reported (M); the errMsg text with it is not: the fake says so (rule PHONE-NUMBER-QUOTA).
  'phone-quota': { text: ' [fake-wx] the phone-number quota is used up (errMsg text unverified)', errno: 1400001 },
  // "不会弹窗提醒用户" below WeChat 8.0.0; what the call returns there is unverified (rule SCOPE-BACKGROUND-OLD-CLIENT).
  'no-prompt-on-client': { text: ' [fake-wx] this WeChat shows no popup for the scope; the user sets it in the settings page (errMsg unverified)' },
  'fake-wx': { text: ' [fake-wx] ' },
} as const satisfies Partial<Spellings>

const DENY_103: Spelling = { text: ' auth deny', errno: 103 }

/** iOS, the developer tools and the PC clients spell alike. */
const APPLE_LIKE: Spellings = {
  ...COMMON,
  'authorize-deny': DENY_103,
  'auth-deny': DENY_103,
  'authorize-cancel': { text: ' auth cancel' },
  'auth-cancel': { text: ' auth cancel' },
  'system-deny': { text: ' system permission denied' },
  'legacy-system-deny': { text: ' system permission denied' },
  'location-switch-off': { text: ' system permission denied' },
  'require-permission-desc': { text: ' require permission desc' },
  'phone-deny': { text: ' user deny' },
}

/** iOS: as the developer tools, but old clients reported a missing OS location permission as `getLocation:fail 1`. */
const IOS: Spellings = { ...APPLE_LIKE, 'legacy-system-deny': { text: ' 1' } }

/** Android: `fail:auth denied` for gated APIs, plain `fail auth deny` without errno for authorize. */
const ANDROID: Spellings = {
  ...COMMON,
  'authorize-deny': { text: ' auth deny' },
  'auth-deny': { text: ':auth denied', errno: 103 },
  'authorize-cancel': { text: ' auth cancel' },
  'auth-cancel': { text: ':auth canceled' },
  'system-deny': { text: ':system permission denied' },
  'legacy-system-deny': { text: ':system permission denied' },
  'location-switch-off': { text: ':ERROR_NOCELL&WIFI_LOCATIONSWITCHOFF', errCode: 2 },
  'require-permission-desc': { text: ':require permission desc' },
  'phone-deny': { text: ':user deny' },
}

/**
 * Local file paths: "协议名在 iOS/Android 客户端为 wxfile，在开发者工具上为 http" (rule FILES-PROTOCOL). The PC
 * clients are not documented; they are given the developer tools' form.
 */
const DEVICE_FILES: LocalFilePaths = { temp: 'wxfile://tmp_', userData: 'wxfile://usr', store: 'wxfile://store_' }
const DEVTOOLS_FILES: LocalFilePaths = { temp: 'http://tmp/', userData: 'http://usr', store: 'http://store/' }

export const PROFILES: Readonly<Record<Platform, PlatformProfile>> = {
  // iOS uses a polyfilled Promise, which loses tap state across `await`; only iOS reports the
  // iOS-only fields of getAppAuthorizeSetting.
  ios: { platform: 'ios', spellings: IOS, tapSurvivesPromises: false, iosOnlySettings: true, localFiles: DEVICE_FILES },
  android: { platform: 'android', spellings: ANDROID, tapSurvivesPromises: true, iosOnlySettings: false, localFiles: DEVICE_FILES },
  // The devtools and the PC clients run on Chromium with native promises.
  devtools: { platform: 'devtools', spellings: APPLE_LIKE, tapSurvivesPromises: true, iosOnlySettings: false, localFiles: DEVTOOLS_FILES },
  windows: { platform: 'windows', spellings: APPLE_LIKE, tapSurvivesPromises: true, iosOnlySettings: false, localFiles: DEVTOOLS_FILES },
  mac: { platform: 'mac', spellings: APPLE_LIKE, tapSurvivesPromises: true, iosOnlySettings: false, localFiles: DEVTOOLS_FILES },
  // HarmonyOS NEXT WeChat (phone and PC), base library 3.7.0 and later (rule PLATFORM-OHOS). Its spellings are
  // unverified: iOS's by default, Android's with ohosErrMsg: 'android' (rule PLATFORM-OHOS-SPELLINGS). Its logic layer
  // runs in V8 with native promises, so tap state survives them as the tap docs say of every client but iOS.
  ohos: { platform: 'ohos', spellings: APPLE_LIKE, tapSurvivesPromises: true, iosOnlySettings: false, localFiles: DEVICE_FILES, minBaseLibrary: '3.7.0' },
  ohos_pc: { platform: 'ohos_pc', spellings: APPLE_LIKE, tapSurvivesPromises: true, iosOnlySettings: false, localFiles: DEVTOOLS_FILES, minBaseLibrary: '3.7.0' },
}

/** The HarmonyOS clients, whose spellings the `ohosErrMsg` option picks. */
const HARMONY: readonly string[] = ['ohos', 'ohos_pc']

/**
 * The profile of a platform under the options: HarmonyOS spells like iOS, or like Android with
 * `ohosErrMsg: 'android'`; `filePaths` picks the form of local file paths where the platform's is undocumented.
 */
export function profileFor(platform: string, options: ResolvedOptions): PlatformProfile {
  let profile: PlatformProfile = PROFILES[platform as Platform]
  if (HARMONY.includes(platform) && options.ohosErrMsg === 'android') profile = { ...profile, spellings: ANDROID }
  if (options.filePaths !== undefined) profile = { ...profile, localFiles: options.filePaths === 'wxfile' ? DEVICE_FILES : DEVTOOLS_FILES }
  // "安卓端没有返回errno字段" is one report: androidAuthorizeErrno gives Android's refused authorize errno 103 too.
  if (options.androidAuthorizeErrno && profile.spellings['authorize-deny'].errno === undefined) {
    profile = { ...profile, spellings: { ...profile.spellings, 'authorize-deny': { ...profile.spellings['authorize-deny'], errno: 103 } } }
  }
  return profile
}

/**
 * Refusal spellings apps compare against that no profile produces: the legacy message with ASCII
 * punctuation, and `authorize:fail:auth deny`, whose client is unknown. Recognised by the matchers.
 */
export const RECOGNISED_DENY_SPELLINGS: readonly string[] = [' 系统错误,错误码:-12006,auth deny', ':auth deny']
