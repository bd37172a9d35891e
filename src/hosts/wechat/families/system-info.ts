/**
 * System and app information: getSystemInfo(Sync/Async), getWindowInfo, getDeviceInfo, getAppBaseInfo,
 * getMenuButtonBoundingClientRect, getAccountInfoSync, getNetworkType, getLaunchOptionsSync and
 * getEnterOptionsSync. Each reads the platform's device (DEVICES in ../profiles.ts) under what the test's
 * `system` and `launchOptions` options say, and returns a fresh object. Loaded on the first call of one of
 * them. Rules: SYSTEM-INFO-PROFILE, SYSTEM-WINDOW-INFO, SYSTEM-DEVICE-INFO, SYSTEM-DEVICE-ANDROID-ONLY,
 * SYSTEM-APP-BASE-INFO, SYSTEM-THEME-DARKMODE, SYSTEM-MENU-BUTTON, SYSTEM-INFO-UNION, SYSTEM-ACCOUNT-INFO,
 * SYSTEM-NETWORK-TYPE, APP-LAUNCH-OPTIONS, SYSTEM-INFO-PROMISE.
 */
import type { EnterOptions } from '../../../mini-program/state'
import type { Engine } from '../../../engine'
import type { Rect, SystemOptions } from '../../../options'
import { getAppAuthorizeSetting, getSystemSetting } from '../apis/system'
import { DEVICES, type Platform } from '../profiles'
import type { WechatApi } from '../apis/record'

/** The capsule button's size on every client. */
const MENU_BUTTON = { width: 87, height: 32 }
/** Its right edge is this far from the screen's. */
const MENU_BUTTON_MARGIN = 7

/** The option's value where given, else the device's. */
function setting<K extends keyof SystemOptions>(engine: Engine, key: K, fallback: NonNullable<SystemOptions[K]>): NonNullable<SystemOptions[K]> {
  return (engine.options.system[key] ?? fallback) as NonNullable<SystemOptions[K]>
}

const device = (engine: Engine) => DEVICES[engine.profile.platform as Platform]

const rect = (left: number, top: number, width: number, height: number): Rect => ({ left, top, right: left + width, bottom: top + height, width, height })

function windowInfo(engine: Engine): Record<string, unknown> {
  const base = device(engine)
  const screenWidth = setting(engine, 'screenWidth', base.screenWidth)
  const screenHeight = setting(engine, 'screenHeight', base.screenHeight)
  const statusBarHeight = setting(engine, 'statusBarHeight', base.statusBarHeight)
  return {
    pixelRatio: setting(engine, 'pixelRatio', base.pixelRatio),
    screenWidth,
    screenHeight,
    windowWidth: setting(engine, 'windowWidth', screenWidth),
    // A page with the default navigation bar: the status bar and the bar above it are not the page's.
    windowHeight: setting(engine, 'windowHeight', screenHeight - statusBarHeight - base.navigationBarHeight),
    statusBarHeight,
    safeArea: { ...setting(engine, 'safeArea', rect(0, statusBarHeight, screenWidth, screenHeight - statusBarHeight - base.safeAreaBottomInset)) },
    screenTop: setting(engine, 'screenTop', 0),
  }
}

function deviceInfo(engine: Engine): Record<string, unknown> {
  const base = device(engine)
  const info: Record<string, unknown> = {
    brand: setting(engine, 'brand', base.brand),
    model: setting(engine, 'model', base.model),
    system: setting(engine, 'system', base.system),
    platform: engine.profile.platform,
    memorySize: setting(engine, 'memorySize', base.memorySize),
  }
  // Android only ("仅 Android 支持"), unless the test gives them.
  const android: Partial<NonNullable<typeof base.android>> = base.android ?? {}
  for (const key of ['abi', 'deviceAbi', 'benchmarkLevel', 'cpuType'] as const) {
    const value = engine.options.system[key] ?? android[key]
    if (value !== undefined) info[key] = value
  }
  return info
}

function appBaseInfo(engine: Engine): Record<string, unknown> {
  const base = device(engine)
  const info: Record<string, unknown> = {
    SDKVersion: setting(engine, 'SDKVersion', engine.options.baseLibrary),
    enableDebug: setting(engine, 'enableDebug', false),
    host: { env: 'WeChat' },
    language: setting(engine, 'language', 'zh_CN'),
    version: setting(engine, 'version', base.version),
    fontSizeSetting: setting(engine, 'fontSizeSetting', base.fontSizeSetting),
    fontSizeScaleFactor: setting(engine, 'fontSizeScaleFactor', 1),
  }
  // "全局配置 "darkmode":true 时才能获取，否则为 undefined".
  if (engine.options.appJson?.darkmode === true) info.theme = setting(engine, 'theme', 'light')
  return info
}

function menuButton(engine: Engine): Rect {
  const given = engine.options.system.menuButton
  if (given !== undefined) return { ...given }
  const base = device(engine)
  const top = setting(engine, 'statusBarHeight', base.statusBarHeight) + base.menuButtonGap
  const right = setting(engine, 'screenWidth', base.screenWidth) - MENU_BUTTON_MARGIN
  return rect(right - MENU_BUTTON.width, top, MENU_BUTTON.width, MENU_BUTTON.height)
}

/** The deprecated all-in-one reader: the window, the device, the app and the OS settings together. */
function systemInfo(engine: Engine): Record<string, unknown> {
  const { memorySize: _memorySize, ...device } = deviceInfo(engine)
  const { fontSizeScaleFactor: _scale, ...app } = appBaseInfo(engine)
  return { ...device, ...windowInfo(engine), ...app, ...getSystemSetting(engine), ...getAppAuthorizeSetting(engine) }
}

function accountInfo(engine: Engine): Record<string, unknown> {
  const given = engine.options.system.miniProgram ?? {}
  // The developer tools' id for a project without an AppID; a develop build has no released version.
  return { miniProgram: { appId: given.appId ?? 'touristappid', envVersion: given.envVersion ?? 'develop', version: given.version ?? '' } }
}

function networkType(engine: Engine): Record<string, unknown> {
  return {
    networkType: setting(engine, 'networkType', 'wifi'),
    signalStrength: setting(engine, 'signalStrength', 0),
    hasSystemProxy: false,
    weakNet: false,
  }
}

/**
 * How the app was opened: what the launched app received (launch()), else scene 1001 on app.json's first
 * page unless the `launchOptions` option says otherwise. getEnterOptionsSync follows the latest show.
 */
function launchOptions(engine: Engine, launched: EnterOptions | undefined): Record<string, unknown> {
  if (launched !== undefined) return structuredClone({ apiCategory: 'default', referrerInfo: {}, ...launched })
  const given = engine.options.launchOptions
  const pages = engine.options.appJson?.pages
  const first = Array.isArray(pages) && typeof pages[0] === 'string' ? pages[0] : 'pages/index/index'
  const options: Record<string, unknown> = {
    path: given.path ?? first,
    scene: given.scene ?? 1001,
    query: { ...given.query },
    referrerInfo: given.referrerInfo === undefined ? {} : { ...given.referrerInfo },
    apiCategory: given.apiCategory ?? 'default',
  }
  if (given.shareTicket !== undefined) options.shareTicket = given.shareTicket
  if (given.chatType !== undefined) options.chatType = given.chatType
  return options
}

const records: readonly WechatApi[] = [
  { name: 'getSystemInfoSync', sync: systemInfo },
  { name: 'getSystemInfo', promise: true, result: (call) => systemInfo(call.engine) },
  // "以 Promise 风格 调用：不支持": callbacks only.
  { name: 'getSystemInfoAsync', promise: false, result: (call) => systemInfo(call.engine) },
  { name: 'getWindowInfo', sync: windowInfo },
  { name: 'getDeviceInfo', sync: deviceInfo },
  { name: 'getAppBaseInfo', sync: appBaseInfo },
  { name: 'getMenuButtonBoundingClientRect', sync: menuButton },
  { name: 'getAccountInfoSync', sync: accountInfo },
  { name: 'getNetworkType', promise: true, result: (call) => networkType(call.engine) },
  { name: 'getLaunchOptionsSync', sync: (engine) => launchOptions(engine, engine.miniProgram.launchOptions) },
  { name: 'getEnterOptionsSync', sync: (engine) => launchOptions(engine, engine.miniProgram.enterOptions) },
]

export default records
