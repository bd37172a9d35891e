/**
 * fake-wx: a faithful fake `wx` for testing WeChat mini-program permission flows.
 * Runner-neutral: nothing here imports Jest or Vitest (see fake-wx/vitest and fake-wx/jest).
 */
import { DEFAULT_CONTROLLER } from './brand'
import { createFakeWx, type FakeWx } from './controller'
import type { FakeWxOptions } from './options'
import { launchIn } from './mini-program/launch'
import type { LaunchOptions, MiniProgram } from './mini-program/types'

export { createFakeWx } from './controller'
export type { FakeWx, InstallOptions } from './controller'
export type { FakeFileStats, FakeFileSystemManager, FakeRequestTask, WxNetworkFunction, FakeWxApi, FakeWxSyncApis, StorageInfo, WxApiFunction, WxCallOptions, WxMockFunction, WxResult } from './wx-types'
export type { MockResult, MockSettledResult, MockState } from './mock-function'
export type { AnswerContext, WxHandler, WxHandlerMap, WxHandlerOptions, WxHandlers } from './handlers/kinds'
export type {
  AppJson,
  AppLaunchOptions,
  FakeWxOptions,
  Layout,
  NodeLayout,
  OsAuthorization,
  PrivacyOptions,
  Rect,
  ResolvedOptions,
  SystemOptions,
  UnhandledRequestPolicy,
  UnscriptedDecision,
  UnscriptedPolicy,
  UnscriptedPrompt,
} from './options'
export type { WxHttpRequest, WxHttpResponse } from './network/http'
export type { WxSocketHandler, WxSocketServer } from './network/socket-route-kind'
export type { FakeSocketTask } from './network/socket'
export type { ServerDomains } from './network/domains'
export type { PrivacyListener, PrivacyResolution } from './privacy-state'
export type {
  ScriptedUser,
  SettingsScript,
  ScriptOptions,
  LocationChoice,
  SubscribeAnswer,
  SubscriptionItemSetting,
  SubscriptionSettings,
  ButtonEvent,
  ButtonOpenType,
  ShareEvent,
  TapButtonOptions,
  ContactCard,
  ScanOptions,
} from './user'
export type { PickedFile, PickedFileSpec, PickedFileKind } from './media/picked-file'
export type { ComponentEvent, FakeComponents } from './hosts/wechat/components'
export type { FakeUi, LoadingState, NavigationBarState, TabBarState, ToastState } from './ui-state'
export type { FakeRecorderManager } from './hosts/wechat/apis/recorder'
export type { FakeNodesRef, FakeSelectorQuery } from './hosts/wechat/apis/selector-query'
export type { ScopeState } from './auth-state'
export type * from './log'
export type { Failure } from './outcomes'
export { InteractionLog } from './log'
export { platforms, type Platform } from './hosts/wechat/profiles'
export { isAuthDenyErrMsg, isSystemDenyErrMsg } from './errmsg'
export { SCOPES as scopes, type Scope } from './hosts/wechat/scopes'
export { FakeWxError } from './errors'
export { setModuleLoader, type ModuleLoader } from './mini-program/module-loader'
export type { AppEvent, EnterOptions } from './mini-program/state'
export type {
  ComponentEventObject,
  ComponentInstance,
  EventChannel,
  LaunchOptions,
  Members,
  MiniProgram,
  MountOptions,
  PageInstance,
  ShareOptions,
} from './mini-program/types'

/**
 * The default controller: what the runner presets install as `globalThis.wx` and reset before each test.
 * Shared through the global, so two copies of this module in one realm agree on it: Jest in ESM mode
 * loads the preset with `require` (dist/*.cjs) while the test file `import`s dist/*.js. Each test file
 * has its own global under both runners, so nothing leaks from file to file.
 */
export const fakeWx: FakeWx = ((globalThis as { [DEFAULT_CONTROLLER]?: FakeWx })[DEFAULT_CONTROLLER] ??= createFakeWx())

/** The default controller's scripted user. */
export const user = fakeWx.user

/** Installs the default controller as `globalThis.wx` with these defaults, and returns it. */
export function installFakeWx(options?: FakeWxOptions): FakeWx {
  if (options !== undefined) fakeWx.setDefaults(options)
  return fakeWx.install()
}

/**
 * Launches the mini program in `root` (the folder that holds app.json): runs app.js's App({...}), its onLaunch
 * and onShow, and opens no page: open the first with `mp.reLaunch(url)`, once the test has scripted the user.
 */
export function launch(options: LaunchOptions): Promise<MiniProgram> {
  return launchIn(fakeWx, options)
}
