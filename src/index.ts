/**
 * fake-wx: a faithful fake `wx` for testing WeChat mini-program permission flows.
 * Runner-neutral: nothing here imports Jest or Vitest (see fake-wx/vitest and fake-wx/jest).
 */
import { DEFAULT_CONTROLLER } from './brand'
import { createFakeWx, type FakeWx } from './controller'
import type { FakeWxOptions } from './options'

export { createFakeWx } from './controller'
export type { FakeWx, InstallOptions } from './controller'
export type { FakeWxApi, FakeWxSyncApis, WxApiFunction, WxCallOptions, WxResult } from './wx-types'
export type {
  AppJson,
  FakeWxOptions,
  OsAuthorization,
  PrivacyOptions,
  ResolvedOptions,
  SystemOptions,
  UnscriptedDecision,
  UnscriptedPolicy,
  UnscriptedPrompt,
} from './options'
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
export type { FakeRecorderManager } from './hosts/wechat/apis/recorder'
export type { ScopeState } from './auth-state'
export type * from './log'
export type { Failure } from './outcomes'
export { InteractionLog } from './log'
export { platforms, type Platform } from './hosts/wechat/profiles'
export { isAuthDenyErrMsg, isSystemDenyErrMsg } from './errmsg'
export { SCOPES as scopes, type Scope } from './hosts/wechat/scopes'
export { FakeWxError } from './errors'

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
