/**
 * WeChat's platform profiles: how each client spells every named failure (src/outcomes.ts), and the
 * platform facts the fake needs. A spelling is the text after `<api>:fail`, so `getLocation` + ':auth denied'
 * gives Android's `getLocation:fail:auth denied`. Rules: ERRMSG-AUTHORIZE-DENY, ERRMSG-API-DENY,
 * ERRMSG-DEVTOOLS-AS-IOS, ERRMSG-PC-AS-IOS, ERRNO-103, ERRNO-ANDROID-AUTHORIZE-NONE, TAP-PROMISE-IOS, TAP-PROMISE-DEVTOOLS-PC,
 * SYSTEM-APP-AUTHORIZE-FIELDS, NAV-ERRMSG-NOT-FOUND, NAV-ERRMSG-TABBAR, NAV-ERRMSG-SWITCHTAB, NAV-ERRMSG-BACK-FIRST, NAV-STACK-LIMIT.
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
  // Route APIs (rules NAV-ERRMSG-*): the same text on every client, as far as the reports show.
  'page-not-found': { text: ' page "', suffix: '" is not found' },
  'navigate-to-tabbar': { text: ' can not navigateTo a tabbar page' },
  'redirect-to-tabbar': { text: ' can not redirectTo a tabbar page' },
  'switch-to-non-tabbar': { text: ' can not switch to no-tabBar page' },
  'navigate-back-first-page': { text: ' cannot navigate back at first page' },
  'page-stack-limit': { text: ' webview count limit exceed' },
  'storage-not-found': { text: ' data not found' },
  // The size is part of the message apps match (`exceed storage max size`); `quota reached` is another variant.
  'storage-max-size': { text: ' exceed storage max size 10Mb' },
  // No WeChat spelling is known for the per-key limit: this is the one Douyin's client, which copies WeChat's, uses.
  'storage-item-too-large': { text: ' exceed storage item max length' },
  'session-expired': { text: ' session time out, need relogin' },
  'modal-confirm-text-too-long': { text: ' confirmText length should not larger than 4 Chinese characters' },
  'modal-cancel-text-too-long': { text: ' cancelText length should not larger than 4 Chinese characters' },
  // errno 1400001 is reported (M); the errMsg text with it is not: the fake says so (rule PHONE-NUMBER-QUOTA).
  'phone-quota': { text: ' [fake-wx] the phone-number quota is used up (errMsg text unverified)', errno: 1400001 },
  // "不会弹窗提醒用户" below WeChat 8.0.0; what the call returns there is unverified (rule SCOPE-BACKGROUND-OLD-CLIENT).
  'no-prompt-on-client': { text: ' [fake-wx] this WeChat shows no popup for the scope; the user sets it in the settings page (errMsg unverified)' },
  // Rule CLOUD-FUNCTION-NOT-FOUND.
  'cloud-function-not-found': { text: ' -501000 FunctionName parameter could not be found', errCode: -501000 },
  // Rule REQUEST-INVALID-URL.
  'invalid-url': { text: ' invalid url ', errno: 600009 },
  // Rule REQUEST-ABORT.
  'request-abort': { text: ' abort' },
  // Rule SOCKET-GLOBAL-NOT-CONNECTED.
  'socket-not-connected': { text: ' WebSocket is not connected' },
  // Rule REQUEST-TIMEOUT. Older Android clients said ' socket time out timeout:60000' (rule REQUEST-TIMEOUT-OLD-ANDROID).
  'request-timeout': { text: ' timeout' },
  // Rule REQUEST-DOMAIN-LIST.
  'url-not-in-domain-list': { text: ' url not in domain list' },
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
  'toast-not-found': { text: " toast can't be found" },
  'not-tab-bar-page': { text: ' not TabBar page' },
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
  'toast-not-found': { text: ":toast can't be found" },
  'not-tab-bar-page': { text: ':not TabBar page' },
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
  // "目前开发者工具上不会返回 statusCode 字段" (RequestTask.onHeadersReceived; rule REQUEST-ON-HEADERS-RECEIVED).
  devtools: { platform: 'devtools', spellings: APPLE_LIKE, tapSurvivesPromises: true, iosOnlySettings: false, localFiles: DEVTOOLS_FILES, headersWithoutStatusCode: true },
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
 * Each platform's device and client, as the system-info readers report them unless the `system` option says
 * otherwise (rule SYSTEM-INFO-PROFILE): one realistic device each. The developer tools' simulator defaults
 * to an iPhone 6/7/8; the field names are wx.getWindowInfo's, getDeviceInfo's and getAppBaseInfo's.
 */
export interface DeviceProfile {
  readonly brand: string
  readonly model: string
  readonly system: string
  readonly pixelRatio: number
  readonly screenWidth: number
  readonly screenHeight: number
  readonly statusBarHeight: number
  /** The height the navigation bar adds below the status bar (windowHeight leaves both out). */
  readonly navigationBarHeight: number
  /** Where the capsule button sits: its top is this far below the status bar (rule SYSTEM-MENU-BUTTON). */
  readonly menuButtonGap: number
  /** The safe area's bottom inset (the home indicator). */
  readonly safeAreaBottomInset: number
  readonly version: string
  readonly fontSizeSetting: number
  readonly memorySize: string
  /** The fields getDeviceInfo reports on Android only: abi, deviceAbi, benchmarkLevel, cpuType. */
  readonly android?: { readonly abi: string; readonly deviceAbi: string; readonly benchmarkLevel: number; readonly cpuType: string }
}

export const DEVICES: Readonly<Record<Platform, DeviceProfile>> = {
  ios: {
    brand: 'iPhone',
    model: 'iPhone 13<iPhone14,5>',
    system: 'iOS 17.5.1',
    pixelRatio: 3,
    screenWidth: 390,
    screenHeight: 844,
    statusBarHeight: 47,
    navigationBarHeight: 44,
    menuButtonGap: 4,
    safeAreaBottomInset: 34,
    version: '8.0.50',
    fontSizeSetting: 17,
    memorySize: '4096',
  },
  android: {
    brand: 'Xiaomi',
    model: '23013RK75C',
    system: 'Android 14',
    pixelRatio: 2.75,
    screenWidth: 393,
    screenHeight: 873,
    statusBarHeight: 33,
    navigationBarHeight: 48,
    menuButtonGap: 8,
    safeAreaBottomInset: 0,
    version: '8.0.50',
    fontSizeSetting: 16,
    memorySize: '12288',
    android: { abi: 'arm64-v8a', deviceAbi: 'arm64-v8a', benchmarkLevel: 30, cpuType: 'Qualcomm Technologies, Inc SM8475' },
  },
  devtools: {
    brand: 'devtools',
    model: 'iPhone 6/7/8',
    system: 'iOS 10.0.1',
    pixelRatio: 2,
    screenWidth: 375,
    screenHeight: 667,
    statusBarHeight: 20,
    navigationBarHeight: 44,
    menuButtonGap: 4,
    safeAreaBottomInset: 0,
    version: '8.0.5',
    fontSizeSetting: 16,
    memorySize: '2048',
  },
  // HarmonyOS NEXT phones and PCs (rule PLATFORM-OHOS): a Huawei phone and a Huawei laptop; no source gives
  // their capsule or inset numbers, so they follow Android's phone and the PC clients' window.
  ohos: {
    brand: 'HUAWEI',
    model: 'ALN-AL00',
    system: 'HarmonyOS 5.0.0',
    pixelRatio: 3.25,
    screenWidth: 388,
    screenHeight: 841,
    statusBarHeight: 36,
    navigationBarHeight: 48,
    menuButtonGap: 8,
    safeAreaBottomInset: 0,
    version: '8.0.11',
    fontSizeSetting: 16,
    memorySize: '12288',
  },
  ohos_pc: {
    brand: 'HUAWEI',
    model: 'HUAWEI MateBook',
    system: 'HarmonyOS 5.0.0',
    pixelRatio: 1,
    screenWidth: 414,
    screenHeight: 736,
    statusBarHeight: 0,
    navigationBarHeight: 44,
    menuButtonGap: 4,
    safeAreaBottomInset: 0,
    version: '1.0.0',
    fontSizeSetting: 16,
    memorySize: '16384',
  },
  windows: {
    brand: 'microsoft',
    model: 'microsoft',
    system: 'Windows 10 x64',
    pixelRatio: 1,
    screenWidth: 414,
    screenHeight: 736,
    statusBarHeight: 0,
    navigationBarHeight: 44,
    menuButtonGap: 4,
    safeAreaBottomInset: 0,
    version: '3.9.11',
    fontSizeSetting: 16,
    memorySize: '16384',
  },
  mac: {
    brand: 'apple',
    model: 'MacBookPro18,3',
    system: 'macOS 14.5',
    pixelRatio: 2,
    screenWidth: 414,
    screenHeight: 736,
    statusBarHeight: 0,
    navigationBarHeight: 44,
    menuButtonGap: 4,
    safeAreaBottomInset: 0,
    version: '3.8.10',
    fontSizeSetting: 16,
    memorySize: '16384',
  },
}

/**
 * Refusal spellings apps compare against that no profile produces: the legacy message with ASCII
 * punctuation, and `authorize:fail:auth deny`, whose client is unknown. Recognised by the matchers.
 */
export const RECOGNISED_DENY_SPELLINGS: readonly string[] = [' 系统错误,错误码:-12006,auth deny', ':auth deny']
