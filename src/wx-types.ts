/**
 * The public type of the fake `wx`. It is deliberately our own, not miniprogram-api-typings': that
 * package declares script globals that clash with @types/node, and a test toolkit's root types must not
 * drag them in. Mini-program code keeps using the global `wx` typed by that package.
 */
import type { FakeSocketTask } from './network/socket'
import type { FakeRecorderManager } from './hosts/wechat/apis/recorder'
import type { Rect } from './options'
import type { FakeSelectorQuery } from './hosts/wechat/apis/selector-query'
import type { MockState } from './mock-function'
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

/**
 * What Jest and Vitest see of every function of the fake `wx`: a mock function whose calls are read from the log
 * (`expect(wx.showToast).toHaveBeenCalledWith(...)`). The `mock*` methods are thin forms of `fakeWx.mockWxMethod`.
 */
export interface WxMockFunction {
  readonly _isMockFunction: true
  readonly mock: MockState
  getMockName(): string
  /** `mock.calls` starts afresh (the log keeps every call). */
  mockClear(): this
  /** mockClear(), and drops an implementation set by mockImplementation / mockWxMethod. */
  mockReset(): this
  mockRestore(): void
  getMockImplementation(): ((...args: never[]) => unknown) | undefined
  /** `fakeWx.mockWxMethod(name, impl)`: replaces the function outright until reset(). */
  mockImplementation(impl: (...args: never[]) => unknown): this
  mockReturnValue(value: unknown): this
  mockResolvedValue(value: unknown): this
  mockRejectedValue(value: unknown): this
}

/** A `wx` API: callback style returns nothing; without callbacks it returns a promise (rule PROMISE-IFF-NO-CALLBACK). */
export interface WxApiFunction extends WxMockFunction {
  (options: WithCallback): void
  (options?: WxCallOptions): Promise<WxResult>
  (...args: readonly unknown[]): unknown
}

/** What FileSystemManager.statSync returns and stat's success carries as `stats`. */
export interface FakeFileStats {
  readonly size: number
  readonly mode: number
  readonly lastAccessedTime: number
  readonly lastModifiedTime: number
  isFile(): boolean
  isDirectory(): boolean
}

/**
 * wx.getFileSystemManager(): the fake's in-memory files. The asynchronous methods take WeChat's options
 * and callbacks (no promise style); the `*Sync` ones return, or throw an Error whose message is the errMsg.
 */
export interface FakeFileSystemManager {
  access(options: WxCallOptions): void
  accessSync(path: string): void
  readFile(options: WxCallOptions): void
  readFileSync(filePath: string, encoding?: string, position?: number, length?: number): string | ArrayBuffer
  writeFile(options: WxCallOptions): void
  writeFileSync(filePath: string, data: string | ArrayBuffer, encoding?: string): void
  appendFile(options: WxCallOptions): void
  appendFileSync(filePath: string, data: string | ArrayBuffer, encoding?: string): void
  unlink(options: WxCallOptions): void
  unlinkSync(filePath: string): void
  mkdir(options: WxCallOptions): void
  mkdirSync(dirPath: string, recursive?: boolean): void
  rmdir(options: WxCallOptions): void
  rmdirSync(dirPath: string, recursive?: boolean): void
  readdir(options: WxCallOptions): void
  readdirSync(dirPath: string): string[]
  stat(options: WxCallOptions): void
  statSync(path: string, recursive?: boolean): FakeFileStats
  saveFile(options: WxCallOptions): void
  saveFileSync(tempFilePath: string, filePath?: string): string
}

/** The modelled synchronous APIs, typed for what they return (listed first, so their signature wins). */
/** What wx.request, downloadFile and uploadFile return at once (never a promise); only abort() acts in the fake. */
export interface FakeRequestTask {
  /** Before the answer: the call fails with `<api>:fail abort`. After it: nothing. */
  abort(): void
  onHeadersReceived(listener: (result: unknown) => void): void
  offHeadersReceived(listener?: (result: unknown) => void): void
  onProgressUpdate(listener: (result: unknown) => void): void
  offProgressUpdate(listener?: (result: unknown) => void): void
  onChunkReceived(listener: (result: unknown) => void): void
  offChunkReceived(listener?: (result: unknown) => void): void
}

/** A network API: its task, with or without callbacks (rule REQUEST-RETURNS-TASK). */
export interface WxNetworkFunction extends WxMockFunction {
  (options?: WxCallOptions): FakeRequestTask
}

export interface FakeWxSyncApis {
  readonly request: WxNetworkFunction
  readonly downloadFile: WxNetworkFunction
  readonly uploadFile: WxNetworkFunction
  readonly getAppAuthorizeSetting: () => Readonly<Record<string, unknown>>
  readonly getSystemSetting: () => Readonly<Record<string, unknown>>
  readonly getRecorderManager: () => FakeRecorderManager
  readonly getFileSystemManager: () => FakeFileSystemManager
  /** The SocketTask at once, never a promise (rule SOCKET-RETURNS-TASK). */
  readonly connectSocket: (options?: WxCallOptions) => FakeSocketTask
  readonly createSelectorQuery: () => FakeSelectorQuery
  /** Listeners get `{ latitude, longitude, speed, accuracy, altitude, verticalAccuracy, horizontalAccuracy }` on each move (user.isAt) while updates run. */
  readonly onLocationChange: (listener: (result: Readonly<Record<string, number>>) => void) => void
  /** Removes `listener`, or every listener when none is given. */
  readonly offLocationChange: (listener?: (result: Readonly<Record<string, number>>) => void) => void
  readonly onLocationChangeError: (listener: (result: WxResult) => void) => void
  readonly offLocationChangeError: (listener?: (result: WxResult) => void) => void
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
