/**
 * The public type of the fake `wx`. It is deliberately our own, not miniprogram-api-typings': that
 * package declares script globals that clash with @types/node, and a test toolkit's root types must not
 * drag them in. Mini-program code keeps using the global `wx` typed by that package.
 */
import type { FakeRecorderManager } from './hosts/wechat/apis/recorder'
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

/** The modelled synchronous APIs, typed for what they return (listed first, so their signature wins). */
export interface FakeWxSyncApis {
  readonly getAppAuthorizeSetting: () => Readonly<Record<string, unknown>>
  readonly getSystemSetting: () => Readonly<Record<string, unknown>>
  readonly getRecorderManager: () => FakeRecorderManager
  readonly onNeedPrivacyAuthorization: (listener: PrivacyListener) => void
}

/** The fake `wx`: every API name as an own enumerable function. */
export type FakeWxApi = FakeWxSyncApis & { readonly [api: string]: WxApiFunction }
