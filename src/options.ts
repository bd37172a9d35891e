/**
 * Controller options. Misspelt keys and values are toolkit misuse, so they throw with a suggestion
 * (unlike options passed to the fake `wx`, whose unknown keys WeChat ignores).
 */
import { FakeWxError, describeValue, didYouMean } from './errors'
import { validateAppJson } from './gates/app-json'
import { handlerEntries, type WxHandlers } from './handlers/kinds'
import { validateServerDomains, type ServerDomains } from './network/domains'
import { kindOf, type Host, type HostTables } from './hosts/host'
import type { WxHttpRequest } from './network/http'
import type { Platform } from './hosts/wechat/profiles'
import type { Scope } from './hosts/wechat/scopes'
import type { Failure, Spelling } from './outcomes'
import { CURRENT_BASE_LIBRARY, CURRENT_CLIENT_VERSION, compareVersions, isVersion } from './versions'
import { requireScope } from './user'

/** A permission popup nobody scripted an answer for. */
export interface UnscriptedPrompt {
  readonly scope: Scope
  /** The API that caused the popup (`authorize`, `getLocation`, ...). */
  readonly api: string
}

export type UnscriptedDecision = 'allow' | 'deny' | 'dismiss' | 'error' | 'warn'

/**
 * What happens when a popup appears that the test did not script (like msw's `onUnhandledRequest`):
 * - 'error' (default): the call fails and the runner presets fail the test, naming the line to add;
 * - 'warn': a console warning, then the user allows;
 * - 'allow' / 'deny': the user answers so, silently;
 * - a function: decides per popup, returning one of the above.
 */
export type UnscriptedPolicy = UnscriptedDecision | ((prompt: UnscriptedPrompt) => UnscriptedDecision | void)

/** The parts of app.json the fake enforces (rules APPJSON-*). Pass your real app.json object: other keys are ignored. */
export interface AppJson {
  permission?: Readonly<Record<string, { readonly desc?: string }>>
  requiredPrivateInfos?: readonly string[]
  requiredBackgroundModes?: readonly string[]
  /** The default timeouts of the network APIs, in ms (rule REQUEST-TIMEOUT-NETWORKTIMEOUT); a call's own `timeout` wins. */
  networkTimeout?: Readonly<{ request?: number; downloadFile?: number; uploadFile?: number; connectSocket?: number }>
  readonly [key: string]: unknown
}

/** The privacy agreement, named after wx.getPrivacySetting's fields. */
export interface PrivacyOptions {
  /** The user has not agreed yet (or the app declared new types since). Default false. */
  needAuthorization?: boolean
  /** APIs whose privacy type the app did not declare in the MP console: errno 112. */
  undeclared?: readonly string[]
  /** getPrivacySetting's privacyContractName. Default '《小程序隐私保护指引》'. */
  privacyContractName?: string
  /**
   * APIs whose privacy type the app declared after the user agreed: only they ask for the agreement again
   * (getPrivacySetting's needAuthorization is true meanwhile). Default none.
   */
  newTypes?: readonly string[]
  /** The app declared no privacy guide (or ticked 未采集隐私): privacy APIs fail with `appid privacy api banned`. Default false. */
  banned?: boolean
}

export type OsAuthorization = 'authorized' | 'denied' | 'not determined'

/** A rectangle in px, origin at the screen's top-left (the menu button, the safe area). */
export interface Rect {
  left: number
  top: number
  right: number
  bottom: number
  width: number
  height: number
}

/**
 * The device and the client: the fields of wx.getAppAuthorizeSetting() and wx.getSystemSetting() (the OS
 * layer), and of wx.getWindowInfo(), wx.getDeviceInfo(), wx.getAppBaseInfo(), getMenuButtonBoundingClientRect,
 * getNetworkType and getAccountInfoSync. What is not given comes from the platform's profile (rule SYSTEM-INFO-PROFILE).
 */
export interface SystemOptions {
  albumAuthorized?: OsAuthorization
  bluetoothAuthorized?: OsAuthorization
  cameraAuthorized?: OsAuthorization
  locationAuthorized?: OsAuthorization
  locationReducedAccuracy?: boolean
  microphoneAuthorized?: OsAuthorization
  notificationAuthorized?: OsAuthorization
  notificationAlertAuthorized?: OsAuthorization
  notificationBadgeAuthorized?: OsAuthorization
  notificationSoundAuthorized?: OsAuthorization
  phoneCalendarAuthorized?: OsAuthorization
  bluetoothEnabled?: boolean
  locationEnabled?: boolean
  wifiEnabled?: boolean
  deviceOrientation?: 'portrait' | 'landscape'
  /** wx.getDeviceInfo: brand, model, the OS and its version ('iOS 17.5.1'), Android's benchmark level and ABIs, memory in MB. */
  brand?: string
  model?: string
  system?: string
  benchmarkLevel?: number
  abi?: string
  deviceAbi?: string
  cpuType?: string
  memorySize?: string
  /** wx.getWindowInfo, in px. */
  pixelRatio?: number
  screenWidth?: number
  screenHeight?: number
  windowWidth?: number
  windowHeight?: number
  statusBarHeight?: number
  screenTop?: number
  safeArea?: Rect
  /** wx.getAppBaseInfo: the base library version, WeChat's version and language, font size, debug switch. */
  SDKVersion?: string
  version?: string
  language?: string
  fontSizeSetting?: number
  fontSizeScaleFactor?: number
  enableDebug?: boolean
  /** The system theme; reported only when app.json sets `"darkmode": true`. */
  theme?: 'light' | 'dark'
  /** wx.getMenuButtonBoundingClientRect: the capsule button at the top right. */
  menuButton?: Rect
  /** wx.getNetworkType. */
  networkType?: 'wifi' | '2g' | '3g' | '4g' | '5g' | 'unknown' | 'none'
  signalStrength?: number
  /** wx.getAccountInfoSync().miniProgram. */
  miniProgram?: { appId?: string; envVersion?: 'develop' | 'trial' | 'release'; version?: string }
}

/**
 * What wx.getLaunchOptionsSync() and wx.getEnterOptionsSync() report when no app was launched (rule
 * APP-LAUNCH-OPTIONS); once `launch()` ran, they report what the launched app received.
 */
export interface AppLaunchOptions {
  /** The page the app opened on, without a leading slash. Default: app.json's first page, else 'pages/index/index'. */
  path?: string
  /** The scene value. Default 1001 (发现栏小程序主入口). */
  scene?: number
  query?: Readonly<Record<string, string>>
  referrerInfo?: { appId?: string; extraData?: Readonly<Record<string, unknown>> }
  shareTicket?: string
  chatType?: 1 | 2 | 3 | 4
  apiCategory?: 'default' | 'nativeFunctionalized' | 'browseOnly' | 'embedded' | 'chatTool'
}

/** Where one node of the page is and what it shows, for wx.createSelectorQuery (px, relative to the display area). */
export interface NodeLayout {
  left?: number
  top?: number
  width?: number
  height?: number
  /** Default left + width. */
  right?: number
  /** Default top + height. */
  bottom?: number
  /** The node's id; default the selector's when it is `#id`, else ''. */
  id?: string
  dataset?: Readonly<Record<string, unknown>>
  scrollLeft?: number
  scrollTop?: number
  /** Default width. */
  scrollWidth?: number
  /** Default height. */
  scrollHeight?: number
  /** What fields({ properties: [...] }) reads. */
  properties?: Readonly<Record<string, unknown>>
  /** What fields({ computedStyle: [...] }) reads. */
  computedStyle?: Readonly<Record<string, string>>
}

/**
 * The page as wx.createSelectorQuery sees it, by selector: `{ '#poster': { width: 300, height: 500 } }`, a list
 * for a selector that matches several nodes (`'.item': [{ ... }, { ... }]`), and `viewport` for selectViewport().
 * A selector with no entry matches no node.
 */
export type Layout = Readonly<Record<string, NodeLayout | readonly NodeLayout[]>>

export interface FakeWxOptions {
  /** Which client to imitate: errMsg spellings, errno, tap state across promises. Default 'devtools'. */
  platform?: Platform
  /** Seed for the result data (locations, addresses, ...). Default 1. */
  seed?: number
  /** Decisions the user made before the test: `{ 'scope.userLocation': false }`. */
  authSetting?: Partial<Record<Scope, boolean>>
  /** See UnscriptedPolicy. Default 'error'. */
  onUnscriptedPrompt?: UnscriptedPolicy
  /** Enforce the tap rule of openSetting & co. (rule TAP-OPENSETTING-REQUIRED). Default true; false for handler unit tests. */
  tapRule?: boolean
  /**
   * What closing the popup without a choice records (rule SCOPE-DISMISS-RECORD, unverified): 'unasked' (default: the next call
   * asks again) or 'denied'.
   */
  dismissal?: 'unasked' | 'denied'
  /** Older clients: a repeat refusal reads `authorize:fail 系统错误，错误码：-12006,auth deny` (rule AUTHORIZE-LEGACY-12006). Default false. */
  legacyErrMsg?: boolean
  /**
   * A call for a scope whose popup is already up: 'share' (default) waits for that popup's answer;
   * 'no-response' fails at once with `<api>:fail authorize no response`, as seen on iOS (rule SCOPE-CONCURRENT-NO-RESPONSE).
   */
  concurrentPrompts?: 'share' | 'no-response'
  /** getUserProfile's data: 'anonymous' (default, since 2022-11-08: "微信用户") or 'real' (before; rule USERPROFILE-ANONYMOUS). */
  userProfile?: 'anonymous' | 'real'
  /**
   * How getSetting reports the scopes that need no authorization (scope.userInfo, scope.address,
   * scope.invoice, scope.invoiceTitle), unverified (rule SCOPE-USERINFO-SETTING): 'when-used' (default: true once the app
   * used them), 'always' (true from the start, as the AuthSetting doc reads) or 'never' (absent, as some
   * developers report for scope.userInfo).
   */
  implicitScopes?: 'when-used' | 'always' | 'never'
  /**
   * A `{ once: true }` answer never used when verify() runs (the presets run it after each test) usually
   * means the test did not reach what it meant to: 'ignore' (default), 'warn' (console warning) or 'error'
   * (the test fails, naming the line).
   */
  onUnusedScript?: 'ignore' | 'warn' | 'error'
  /**
   * Your app.json (or the parts of it that matter). When given, the fake enforces `permission` descs,
   * `requiredPrivateInfos` and `requiredBackgroundModes`; without it, the app is taken to declare what it uses.
   */
  appJson?: AppJson
  /** The privacy agreement. Default: nothing to agree (needAuthorization false). */
  privacy?: PrivacyOptions
  /** OS permissions and switches, and the device, window and client. Default: everything authorized and on, the platform's device. */
  system?: SystemOptions
  /** What local storage holds when the test starts (wx.getStorageSync reads it): `{ token: 'abc' }`. Default empty. */
  storage?: Readonly<Record<string, unknown>>
  /** How the app was opened (wx.getLaunchOptionsSync, wx.getEnterOptionsSync). Default scene 1001. */
  launchOptions?: AppLaunchOptions
  /** The session of the last wx.login: 'valid' (default) or 'expired' (wx.checkSession fails until wx.login is called). */
  session?: 'valid' | 'expired'
  /** Node rectangles for wx.createSelectorQuery, by selector. Default: none (every selector matches no node). */
  layout?: Layout
  /**
   * Handlers for APIs fake-wx does not model (or answers differently in this suite): kept across reset(), unlike
   * `fakeWx.use()`. A map `{ showShareImageMenu: (options) => ({}) }`, or an array of maps (rules HANDLER-*).
   */
  handlers?: WxHandlers
  /**
   * How many more phone numbers the mini program's paid quota pays for, per button type (getPhoneNumber,
   * getRealtimePhoneNumber): each number shared uses one; with none left the button fails with errno 1400001
   * (rule PHONE-NUMBER-QUOTA). Default: no limit.
   */
  phoneNumberQuota?: number
  /**
   * Spellings that replace the platform's, by named outcome: the text after `<api>:fail`, or
   * `{ text, errno?, errCode? }`. For the spellings no source gives (the conformance table marks them
   * unverified), e.g. `{ 'background-mode-not-declared': ':fail text you saw' }`. Default: none.
   */
  spellings?: Readonly<Partial<Record<Failure, string | Spelling>>>
  /**
   * The base library's version (基础库, what getAppBaseInfo().SDKVersion reports). Rules that changed with it follow
   * it: errno (2.24.0), the privacy layer (2.32.3), the tap rule of openSetting (2.3.0), the combined
   * privacy-in-scope popup (3.4.2), ... Default: the current one.
   */
  baseLibrary?: string
  /** The WeChat client's version: the scope.userLocationBackground popup needs 8.0.0. Default: the current one. */
  clientVersion?: string
  /**
   * Before the privacy check was enforced for everyone (2023-10-17), only apps whose app.json set
   * `"__usePrivacyCheck__": true` had it: 'opt-in'. Default 'enforced'.
   */
  privacyCheck?: 'enforced' | 'opt-in'
  /** How the HarmonyOS clients (ohos, ohos_pc) spell failures, which no source gives: like 'ios' (default) or 'android'. */
  ohosErrMsg?: 'ios' | 'android'
  /**
   * The form of local file paths: 'wxfile' (`wxfile://tmp_…`, the phones') or 'http' (`http://tmp/…`, the developer
   * tools'). Default: the platform's; the PC and HarmonyOS clients' are undocumented (rule FILES-PROTOCOL).
   */
  filePaths?: 'wxfile' | 'http'
  /**
   * Which `<camera>` Android renders: 'xweb' (default: errors read `insertXWebCamera:fail…`) or 'native'
   * (`insertCamera:fail…`, as on the other platforms). Which devices use which is unverified.
   */
  androidCamera?: 'xweb' | 'native'
  /**
   * APIs not enabled in the MP console (开发管理-接口设置), e.g. ['getFuzzyLocation'] before the interface is approved:
   * authorize for their scope fails with `authorize:fail scope unauthorized` (rule CONSOLE-SCOPE-UNAUTHORIZED). Default none.
   */
  notEnabled?: readonly string[]
  /** Allowing scope.userLocationBackground also grants scope.userLocation (rule SCOPE-BACKGROUND-GRANTS-LOCATION). Default true. */
  backgroundGrantsLocation?: boolean
  /** A refused authorize on Android carries errno 103 like the other platforms (rule ERRNO-ANDROID-AUTHORIZE-NONE). Default false. */
  androidAuthorizeErrno?: boolean
  /** authorize's callbacks continue the tap state it was called with (rule TAP-AUTHORIZE-NOT-CARRIER). Default false. */
  authorizeCarriesTap?: boolean
  /**
   * scope.address, scope.invoice and scope.invoiceTitle: 'retired' (default: no popup, getSetting reads true) or
   * 'asked', as on older clients where they were real permissions (a popup, and `authSetting` may hold false).
   */
  retiredScopes?: 'retired' | 'asked'
  /**
   * A network request no handler answers: it always fails (there is never a real request). 'error' (default) also
   * fails the test after it ends, naming the method, the URL and the handler to add; 'warn' prints that instead;
   * a function is called with the request (what it throws fails the test).
   */
  onUnhandledRequest?: UnhandledRequestPolicy
  /**
   * The MP console's server domain lists (服务器域名): a request, download or upload to a server not on its list
   * fails with `<api>:fail url not in domain list`, as on a phone (rule REQUEST-DOMAIN-LIST). One list for all three
   * (`['https://api.shop.example']`) or one each (`{ request: [...], downloadFile: [...], uploadFile: [...] }`, a list
   * left out being empty). Scheme, host and port must match as written. Default: no check, as in the developer tools
   * with "不校验合法域名" ticked.
   */
  serverDomains?: ServerDomains
}

/** See FakeWxOptions.onUnhandledRequest. */
export type UnhandledRequestPolicy = 'error' | 'warn' | ((request: WxHttpRequest) => void)

export interface ResolvedOptions {
  readonly platform: Platform
  readonly seed: number
  readonly authSetting: Readonly<Partial<Record<Scope, boolean>>>
  readonly onUnscriptedPrompt: UnscriptedPolicy
  readonly tapRule: boolean
  readonly dismissal: 'unasked' | 'denied'
  readonly legacyErrMsg: boolean
  readonly concurrentPrompts: 'share' | 'no-response'
  readonly userProfile: 'anonymous' | 'real'
  readonly implicitScopes: 'when-used' | 'always' | 'never'
  readonly onUnusedScript: 'ignore' | 'warn' | 'error'
  readonly appJson: AppJson | undefined
  readonly privacy: Readonly<PrivacyOptions>
  readonly system: Readonly<SystemOptions>
  readonly storage: Readonly<Record<string, unknown>> | undefined
  readonly launchOptions: Readonly<AppLaunchOptions>
  readonly session: 'valid' | 'expired'
  readonly layout: Layout
  /** The `handlers` given, as a list (empty when none). */
  readonly handlers: readonly WxHandlers[]
  readonly phoneNumberQuota: number | undefined
  readonly spellings: Readonly<Partial<Record<Failure, string | Spelling>>>
  readonly baseLibrary: string
  readonly clientVersion: string
  readonly privacyCheck: 'enforced' | 'opt-in'
  readonly ohosErrMsg: 'ios' | 'android'
  readonly filePaths: 'wxfile' | 'http' | undefined
  readonly androidCamera: 'xweb' | 'native'
  readonly notEnabled: readonly string[]
  readonly backgroundGrantsLocation: boolean
  readonly androidAuthorizeErrno: boolean
  readonly authorizeCarriesTap: boolean
  readonly retiredScopes: 'retired' | 'asked'
  readonly onUnhandledRequest: UnhandledRequestPolicy
  readonly serverDomains: ServerDomains | undefined
}

/** The defaults: the host's default platform (WeChat's developer tools). Run `describe.each(platforms)` for the others. */
export function defaultOptions(host: Host): ResolvedOptions {
  return {
    platform: host.defaultPlatform as Platform,
    seed: 1,
    authSetting: {},
    onUnscriptedPrompt: 'error',
    onUnhandledRequest: 'error',
    tapRule: true,
    dismissal: 'unasked',
    legacyErrMsg: false,
    concurrentPrompts: 'share',
    userProfile: 'anonymous',
    implicitScopes: 'when-used',
    onUnusedScript: 'ignore',
    appJson: undefined,
    privacy: {},
    system: {},
    storage: undefined,
    launchOptions: {},
    session: 'valid',
    layout: {},
    handlers: [],
    phoneNumberQuota: undefined,
    spellings: {},
    baseLibrary: CURRENT_BASE_LIBRARY,
    clientVersion: CURRENT_CLIENT_VERSION,
    privacyCheck: 'enforced',
    ohosErrMsg: 'ios',
    filePaths: undefined,
    androidCamera: 'xweb',
    notEnabled: [],
    backgroundGrantsLocation: true,
    androidAuthorizeErrno: false,
    authorizeCarriesTap: false,
    retiredScopes: 'retired',
    serverDomains: undefined,
  }
}

const POLICIES: readonly string[] = ['error', 'warn', 'allow', 'deny', 'dismiss']

type Checker = (value: unknown) => void

const SYSTEM_KEYS = [
  'albumAuthorized',
  'bluetoothAuthorized',
  'cameraAuthorized',
  'locationAuthorized',
  'locationReducedAccuracy',
  'microphoneAuthorized',
  'notificationAuthorized',
  'notificationAlertAuthorized',
  'notificationBadgeAuthorized',
  'notificationSoundAuthorized',
  'phoneCalendarAuthorized',
  'bluetoothEnabled',
  'locationEnabled',
  'wifiEnabled',
  'deviceOrientation',
  'brand',
  'model',
  'system',
  'benchmarkLevel',
  'abi',
  'deviceAbi',
  'cpuType',
  'memorySize',
  'pixelRatio',
  'screenWidth',
  'screenHeight',
  'windowWidth',
  'windowHeight',
  'statusBarHeight',
  'screenTop',
  'safeArea',
  'SDKVersion',
  'version',
  'language',
  'fontSizeSetting',
  'fontSizeScaleFactor',
  'enableDebug',
  'theme',
  'menuButton',
  'networkType',
  'signalStrength',
  'miniProgram',
] as const

/** The checks of each option; the host says which platforms and scopes there are. */
const checksFor = (host: HostTables): Record<keyof FakeWxOptions, Checker> => ({
  platform(value) {
    const platforms = Object.keys(host.host.profiles)
    if (!platforms.includes(value as string)) {
      throw new FakeWxError(
        `options.platform must be one of ${platforms.map((p) => `'${p}'`).join(', ')}, got ${describeValue(value)}.${typeof value === 'string' ? didYouMean(value, platforms) : ''}`,
      )
    }
  },
  seed(value) {
    if (!Number.isInteger(value)) {
      throw new FakeWxError(`options.seed must be an integer, got ${describeValue(value)}.`)
    }
  },
  authSetting(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new FakeWxError(`options.authSetting must be an object such as { '${host.host.exampleScopes[0]}': false }, got ${describeValue(value)}.`)
    }
    for (const [scope, granted] of Object.entries(value)) {
      requireScope(host, scope, 'options.authSetting')
      if (typeof granted !== 'boolean') {
        throw new FakeWxError(`options.authSetting['${scope}'] must be true (allowed earlier) or false (denied earlier), got ${describeValue(granted)}.`)
      }
    }
  },
  onUnscriptedPrompt(value) {
    if (typeof value !== 'function' && !POLICIES.includes(value as string)) {
      throw new FakeWxError(
        `options.onUnscriptedPrompt must be one of ${POLICIES.map((p) => `'${p}'`).join(', ')} or a function, got ${describeValue(value)}.${typeof value === 'string' ? didYouMean(value, POLICIES) : ''}`,
      )
    }
  },
  tapRule: boolean('tapRule'),
  dismissal: oneOf('dismissal', ['unasked', 'denied']),
  legacyErrMsg: boolean('legacyErrMsg'),
  concurrentPrompts: oneOf('concurrentPrompts', ['share', 'no-response']),
  userProfile: oneOf('userProfile', ['anonymous', 'real']),
  implicitScopes: oneOf('implicitScopes', ['when-used', 'always', 'never']),
  onUnusedScript: oneOf('onUnusedScript', ['ignore', 'warn', 'error']),
  appJson: (value) => validateAppJson(host, value),
  privacy: object('privacy', ['needAuthorization', 'undeclared', 'privacyContractName', 'newTypes', 'banned']),
  system: object('system', [...SYSTEM_KEYS]),
  storage: storableValues,
  launchOptions: object('launchOptions', ['path', 'scene', 'query', 'referrerInfo', 'shareTicket', 'chatType', 'apiCategory']),
  session: oneOf('session', ['valid', 'expired']),
  layout: checkLayout,
  handlers: (value) => void handlerEntries([value], { host, where: 'options.handlers' }),
  spellings(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new FakeWxError(`options.spellings must be an object such as { 'phone-quota': ' no quota' }, got ${describeValue(value)}.`)
    }
    const failures = Object.keys(host.host.profiles[host.host.defaultPlatform]!.spellings)
    for (const [failure, spelling] of Object.entries(value)) {
      if (!failures.includes(failure)) {
        throw new FakeWxError(`options.spellings: unknown outcome '${failure}'.${didYouMean(failure, failures)} Outcomes: ${failures.join(', ')}.`)
      }
      const text = typeof spelling === 'object' && spelling !== null ? (spelling as { text?: unknown }).text : spelling
      const numbers = typeof spelling === 'object' && spelling !== null ? [(spelling as Spelling).errno, (spelling as Spelling).errCode] : []
      if (typeof text !== 'string' || numbers.some((n) => n !== undefined && !Number.isInteger(n))) {
        throw new FakeWxError(
          `options.spellings['${failure}'] must be the text after '<api>:fail' (e.g. ' auth deny') or { text, errno?, errCode? }, got ${describeValue(spelling)}.`,
        )
      }
    }
  },
  baseLibrary: version('baseLibrary', CURRENT_BASE_LIBRARY),
  clientVersion: version('clientVersion', CURRENT_CLIENT_VERSION),
  privacyCheck: oneOf('privacyCheck', ['enforced', 'opt-in']),
  ohosErrMsg: oneOf('ohosErrMsg', ['ios', 'android']),
  filePaths: oneOf('filePaths', ['wxfile', 'http']),
  androidCamera: oneOf('androidCamera', ['xweb', 'native']),
  notEnabled(value) {
    if (!Array.isArray(value)) throw new FakeWxError(`options.notEnabled must be an array of API names such as ['getFuzzyLocation'], got ${describeValue(value)}.`)
    for (const api of value) {
      if (host.record(api as string) === undefined || !host.names.has(api as string)) {
        throw new FakeWxError(`options.notEnabled: ${describeValue(api)} is not an API fake-wx models.${typeof api === 'string' ? didYouMean(api, [...host.names].filter((name) => host.record(name) !== undefined)) : ''}`)
      }
    }
  },
  backgroundGrantsLocation: boolean('backgroundGrantsLocation'),
  androidAuthorizeErrno: boolean('androidAuthorizeErrno'),
  authorizeCarriesTap: boolean('authorizeCarriesTap'),
  retiredScopes: oneOf('retiredScopes', ['retired', 'asked']),
  phoneNumberQuota(value) {
    if (!Number.isInteger(value) || (value as number) < 0) {
      throw new FakeWxError(`options.phoneNumberQuota must be a whole number of phone numbers left (0 for none), got ${describeValue(value)}.`)
    }
  },
  serverDomains: validateServerDomains,
  onUnhandledRequest(value) {
    if (typeof value !== 'function' && value !== 'error' && value !== 'warn') {
      throw new FakeWxError(`options.onUnhandledRequest must be 'error', 'warn' or a function (request) => void, got ${describeValue(value)}.${typeof value === 'string' ? didYouMean(value, ['error', 'warn']) : ''}`)
    }
  },
})

const NUMERIC_LAYOUT_KEYS = ['left', 'top', 'width', 'height', 'right', 'bottom', 'scrollLeft', 'scrollTop', 'scrollWidth', 'scrollHeight']
const LAYOUT_KEYS = [...NUMERIC_LAYOUT_KEYS, 'id', 'dataset', 'properties', 'computedStyle']

function checkLayout(value: unknown): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new FakeWxError(`options.layout must be an object of selectors, such as { '#poster': { width: 300, height: 500 } }, got ${describeValue(value)}.`)
  }
  for (const [selector, nodes] of Object.entries(value)) {
    const list: unknown[] = Array.isArray(nodes) ? nodes : [nodes]
    list.forEach((node, i) => {
      const where = `options.layout['${selector}']${Array.isArray(nodes) ? `[${i}]` : ''}`
      if (typeof node !== 'object' || node === null || Array.isArray(node)) {
        throw new FakeWxError(`${where} must be a node's layout such as { left: 0, top: 0, width: 300, height: 500 }, got ${describeValue(node)}.`)
      }
      for (const [key, field] of Object.entries(node)) {
        if (!LAYOUT_KEYS.includes(key)) throw new FakeWxError(`${where}: unknown field '${key}'.${didYouMean(key, LAYOUT_KEYS)} Fields: ${LAYOUT_KEYS.join(', ')}.`)
        if (NUMERIC_LAYOUT_KEYS.includes(key) && (typeof field !== 'number' || !Number.isFinite(field))) {
          throw new FakeWxError(`${where}.${key} must be a number of px, got ${describeValue(field)}.`)
        }
      }
    })
  }
}


/** The `storage` option: each value must be one storage can hold (what JSON cannot serialise is refused). */
function storableValues(value: unknown): void {
  object('storage')(value)
  for (const [key, item] of Object.entries(value as object)) {
    try {
      JSON.stringify(item)
    } catch (error) {
      throw new FakeWxError(`options.storage['${key}'] cannot be stored: ${error instanceof Error ? error.message : String(error)}. Storage holds strings, numbers, booleans, null, Dates and what JSON can serialise.`)
    }
  }
}

/** An object option; with `keys`, only those fields. */
function object(key: string, keys?: readonly string[]): Checker {
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new FakeWxError(`options.${key} must be an object, got ${describeValue(value)}.`)
    }
    if (keys === undefined) return
    for (const field of Object.keys(value)) {
      if (!keys.includes(field)) {
        throw new FakeWxError(`options.${key}: unknown field '${field}'.${didYouMean(field, keys)} Fields: ${keys.join(', ')}.`)
      }
    }
  }
}

function version(key: string, example: string): Checker {
  return (value) => {
    if (!isVersion(value)) throw new FakeWxError(`options.${key} must be a version string such as '${example}', got ${describeValue(value)}.`)
  }
}

function boolean(key: string): Checker {
  return (value) => {
    if (typeof value !== 'boolean') throw new FakeWxError(`options.${key} must be true or false, got ${describeValue(value)}.`)
  }
}

function oneOf(key: string, values: readonly string[]): Checker {
  return (value) => {
    if (!values.includes(value as string)) {
      throw new FakeWxError(
        `options.${key} must be one of ${values.map((v) => `'${v}'`).join(', ')}, got ${describeValue(value)}.${typeof value === 'string' ? didYouMean(value, values) : ''}`,
      )
    }
  }
}

export function resolveOptions(host: HostTables, base: ResolvedOptions, options: unknown): ResolvedOptions {
  if (options === undefined) return base
  if (typeof options !== 'object' || options === null) {
    throw new FakeWxError(`createFakeWx expects an options object such as { platform: 'android' }, got ${describeValue(options)}.`)
  }
  const checks = checksFor(host)
  for (const [key, value] of Object.entries(options)) {
    const check = checks[key as keyof FakeWxOptions]
    if (check === undefined) {
      throw new FakeWxError(`unknown option '${key}'.${didYouMean(key, Object.keys(checks))} Options: ${Object.keys(checks).join(', ')}.`)
    }
    if (value !== undefined) check(value)
  }
  const copy = plainCopy(stripUndefined(options as FakeWxOptions))
  // One list, so the controller expands it the same way whether one map or several were given.
  if (copy.handlers !== undefined) (copy as { handlers: unknown }).handlers = Array.isArray(copy.handlers) ? copy.handlers : [copy.handlers]
  let resolved: ResolvedOptions = { ...base, ...(copy as Partial<ResolvedOptions>) }
  // system.SDKVersion names the base library too: given alone, the rules follow it (rule VERSION-SDKVERSION).
  const sdkVersion = (options as FakeWxOptions).system?.SDKVersion
  if ((options as FakeWxOptions).baseLibrary === undefined && isVersion(sdkVersion)) resolved = { ...resolved, baseLibrary: sdkVersion }
  for (const [scope, granted] of Object.entries((options as FakeWxOptions).authSetting ?? {})) {
    if (granted === false && kindOf(host.scope(scope)!, resolved) === 'retired') {
      throw new FakeWxError(
        `options.authSetting['${scope}'] cannot be false: WeChat retired this scope and getSetting reads it true (rule SCOPE-RETIRED-READS-TRUE). For an older client where it was a real permission, add retiredScopes: 'asked'.`,
      )
    }
  }
  const min = host.host.profiles[resolved.platform]?.minBaseLibrary
  if (min !== undefined && compareVersions(resolved.baseLibrary, min) < 0) {
    throw new FakeWxError(
      `options.baseLibrary '${resolved.baseLibrary}' is older than platform '${resolved.platform}' runs: it needs base library ${min} or later. Pass baseLibrary: '${min}' or newer, or another platform.`,
    )
  }
  return resolved
}

/**
 * A copy of the options' data (arrays and plain objects; functions stay as they are), so that changing
 * the object you passed afterwards changes nothing until you pass it again.
 */
function plainCopy<T>(value: T): T {
  if (Array.isArray(value)) return value.map(plainCopy) as T
  if (!isPlainObject(value)) return value
  const copy: Record<string, unknown> = {}
  for (const [key, item] of Object.entries(value)) copy[key] = plainCopy(item)
  return copy as T
}

/** An object literal, from this realm or another (a node:vm context, Jest's test environment). */
function isPlainObject(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false
  const proto: unknown = Object.getPrototypeOf(value)
  return proto === null || Object.getPrototypeOf(proto) === null
}

function stripUndefined(options: FakeWxOptions): FakeWxOptions {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(options)) if (value !== undefined) out[key] = value
  return out as FakeWxOptions
}
