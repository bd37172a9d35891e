/** Every modelled API, compiled once per module instance, on first use. */
import type { Engine } from '../engine'
import { compile, compiledOnFirstUse, type ApiDefinition, type CompiledApi } from '../pipeline'
import { authorize, getSetting, openSetting, openSettingButton } from './authorize-settings'
import { defineApi } from './define'
import { DEVICE_ROWS } from './device'
import { showActionSheet, showModal, showToast } from './interaction'
import { LOCATION_ROWS } from './location'
import { OPEN_DATA_ROWS } from './open-data'
import { createRecorderManager, type FakeRecorderManager } from './recorder'
import { getPrivacySetting, openPrivacyContract, requirePrivacyAuthorize } from './privacy'
import { requestSubscribeMessage } from './subscribe'
import { getAppAuthorizeSetting, getSystemSetting, openAppAuthorizeSetting } from './system'
import { FakeWxError } from '../errors'
import type { PrivacyListener } from '../privacy-state'

/**
 * Where each modelled API comes from: a hand-written definition, or a row of the tables that
 * defineApi turns into one. Nothing is built here: a test file calls a handful of the ~45 APIs, and
 * both runners load fake-wx again for every test file, so each API is defined and compiled on its
 * first use (MODELLED_APIS.get), once per module instance, as it was at import before.
 */
const SOURCES: ReadonlyMap<string, () => ApiDefinition> = new Map<string, () => ApiDefinition>([
  ...[
    authorize,
    getSetting,
    openSetting,
    showModal,
    showToast,
    showActionSheet,
    requestSubscribeMessage,
    getPrivacySetting,
    requirePrivacyAuthorize,
    openPrivacyContract,
    openAppAuthorizeSetting,
  ].map((def): [string, () => ApiDefinition] => [def.name, () => def]),
  ...[...LOCATION_ROWS, ...DEVICE_ROWS, ...OPEN_DATA_ROWS].map((row): [string, () => ApiDefinition] => [row.name, () => defineApi(row)]),
])

/** The modelled APIs by name: a read-only map whose values are compiled on first access. */
class CompiledApis implements ReadonlyMap<string, CompiledApi> {
  readonly #compiled = new Map<string, CompiledApi>()

  get size(): number {
    return SOURCES.size
  }

  has(name: string): boolean {
    return SOURCES.has(name)
  }

  get(name: string): CompiledApi | undefined {
    let compiled = this.#compiled.get(name)
    if (compiled === undefined) {
      const source = SOURCES.get(name)
      if (source === undefined) return undefined
      compiled = compile(source())
      this.#compiled.set(name, compiled)
    }
    return compiled
  }

  keys(): MapIterator<string> {
    return SOURCES.keys()
  }

  *values(): MapIterator<CompiledApi> {
    for (const name of SOURCES.keys()) yield this.get(name)!
  }

  *entries(): MapIterator<[string, CompiledApi]> {
    for (const name of SOURCES.keys()) yield [name, this.get(name)!]
  }

  [Symbol.iterator](): MapIterator<[string, CompiledApi]> {
    return this.entries()
  }

  forEach(callback: (value: CompiledApi, key: string, map: ReadonlyMap<string, CompiledApi>) => void, thisArg?: unknown): void {
    for (const [name, compiled] of this.entries()) callback.call(thisArg, compiled, name, this)
  }
}

export const MODELLED_APIS: ReadonlyMap<string, CompiledApi> = new CompiledApis()

/** Not on `wx`: what `<button open-type="openSetting">` does when tapped (user.tapOpenSettingButton). */
export const openSettingButtonApi: () => CompiledApi = compiledOnFirstUse(() => openSettingButton)

/** Synchronous APIs: they return a value instead of calling back. */
export type SyncApi = (engine: Engine, args: readonly unknown[]) => unknown

const recorders = new WeakMap<Engine, FakeRecorderManager>()

export const MODELLED_SYNC_APIS: ReadonlyMap<string, SyncApi> = new Map<string, SyncApi>([
  [
    // "获取全局唯一的录音管理器": the same object on every call, for the fake's lifetime.
    'getRecorderManager',
    (engine) => {
      let recorder = recorders.get(engine)
      if (recorder === undefined) recorders.set(engine, (recorder = createRecorderManager(engine)))
      return recorder
    },
  ],
  ['getAppAuthorizeSetting', (engine) => getAppAuthorizeSetting(engine)],
  ['getSystemSetting', (engine) => getSystemSetting(engine)],
  [
    // "覆盖式注册监听…只有最后一次注册会生效" (§7.6).
    'onNeedPrivacyAuthorization',
    (engine, [listener]) => {
      if (typeof listener !== 'function') {
        throw new FakeWxError(`wx.onNeedPrivacyAuthorization expects a listener function (resolve, eventInfo) => void, got ${typeof listener}.`)
      }
      engine.privacy.listener = listener as PrivacyListener
      return undefined
    },
  ],
])
