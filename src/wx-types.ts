/**
 * The public type of the fake `wx`. It is deliberately our own, not miniprogram-api-typings': that
 * package declares script globals that clash with @types/node, and a test toolkit's root types must not
 * drag them in. Mini-program code keeps using the global `wx` typed by that package.
 */
import type { FakeRecorderManager } from './hosts/wechat/apis/recorder'
import type { Rect } from './options'
import type { PrivacyListener } from './privacy-state'

/** What every callback and promise receives: `errMsg` always, `errno` on most failures, then the API's fields. */
export interface WxResult {
  readonly errMsg: string
  readonly errno?: number
  readonly [field: string]: unknown
}

export interface WxCallOptions {
  success?: (result: WxResult) => void
  fail?: (result: WxResult) => void
  complete?: (result: WxResult) => void
  readonly [option: string]: unknown
}

type WithCallback = WxCallOptions & ({ success: NonNullable<WxCallOptions['success']> } | { fail: NonNullable<WxCallOptions['fail']> } | { complete: NonNullable<WxCallOptions['complete']> })

/** A `wx` API: callback style returns nothing; without callbacks it returns a promise (rule PROMISE-IFF-NO-CALLBACK). */
export interface WxApiFunction {
  (options: WithCallback): void
  (options?: WxCallOptions): Promise<WxResult>
  (...args: readonly unknown[]): unknown
}

/** The modelled synchronous APIs, typed for what they return (listed first, so their signature wins). */
export interface FakeWxSyncApis {
  readonly getAppAuthorizeSetting: () => Readonly<Record<string, unknown>>
  readonly getSystemSetting: () => Readonly<Record<string, unknown>>
  readonly getRecorderManager: () => FakeRecorderManager
  readonly onNeedPrivacyAuthorization: (listener: PrivacyListener) => void
  readonly setStorageSync: (key: string, data: unknown) => void
  /** What the key holds; '' when it holds nothing. */
  readonly getStorageSync: (key: string) => unknown
  readonly removeStorageSync: (key: string) => void
  readonly clearStorageSync: () => void
  readonly getStorageInfoSync: () => StorageInfo
  readonly batchSetStorageSync: (kvList: readonly { readonly key: string; readonly value: unknown }[]) => void
  readonly batchGetStorageSync: (keyList: readonly string[]) => unknown[]
  readonly getSystemInfoSync: () => Readonly<Record<string, unknown>>
  readonly getWindowInfo: () => Readonly<Record<string, unknown>>
  readonly getDeviceInfo: () => Readonly<Record<string, unknown>>
  readonly getAppBaseInfo: () => Readonly<Record<string, unknown>>
  readonly getMenuButtonBoundingClientRect: () => Rect
  readonly getAccountInfoSync: () => { readonly miniProgram: { readonly appId: string; readonly envVersion: string; readonly version: string } }
  readonly getLaunchOptionsSync: () => Readonly<Record<string, unknown>>
  readonly getEnterOptionsSync: () => Readonly<Record<string, unknown>>
}

/** wx.getStorageInfoSync(): the keys stored, and the size used and allowed, in KB. */
export interface StorageInfo {
  readonly keys: readonly string[]
  readonly currentSize: number
  readonly limitSize: number
}

/** The fake `wx`: every API name as an own enumerable function. */
export type FakeWxApi = FakeWxSyncApis & { readonly [api: string]: WxApiFunction }
