/**
 * Controller options. Misspelt keys and values are toolkit misuse, so they throw with a suggestion
 * (unlike options passed to the fake `wx`, whose unknown keys WeChat ignores).
 */
import { FakeWxError, describeValue, didYouMean } from './errors'
import { validateAppJson } from './gates/app-json'
import { handlerEntries, type WxHandlers } from './handlers/kinds'
import type { Host, HostTables } from './hosts/host'
import type { WxHttpRequest } from './network/http'
import type { Platform } from './hosts/wechat/profiles'
import type { Scope } from './hosts/wechat/scopes'
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
   * A network request no handler answers: it always fails (there is never a real request). 'error' (default) also
   * fails the test after it ends, naming the method, the URL and the handler to add; 'warn' prints that instead;
   * a function is called with the request (what it throws fails the test).
   */
  onUnhandledRequest?: UnhandledRequestPolicy
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
  readonly onUnhandledRequest: UnhandledRequestPolicy
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
      const row = host.scope(requireScope(host, scope, 'options.authSetting'))!
      if (typeof granted !== 'boolean') {
        throw new FakeWxError(`options.authSetting['${scope}'] must be true (allowed earlier) or false (denied earlier), got ${describeValue(granted)}.`)
      }
      if (!granted && row.kind === 'retired') {
        throw new FakeWxError(`options.authSetting['${scope}'] cannot be false: WeChat retired this scope and getSetting reads it true (rule SCOPE-RETIRED-READS-TRUE).`)
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
  privacy: object('privacy', ['needAuthorization', 'undeclared', 'privacyContractName']),
  system: object('system', [...SYSTEM_KEYS]),
  storage: storableValues,
  launchOptions: object('launchOptions', ['path', 'scene', 'query', 'referrerInfo', 'shareTicket', 'chatType', 'apiCategory']),
  session: oneOf('session', ['valid', 'expired']),
  layout: checkLayout,
  handlers: (value) => void handlerEntries([value], { host, where: 'options.handlers' }),
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
  return { ...base, ...(copy as Partial<ResolvedOptions>) }
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
