/** Every modelled API, compiled once at import. */
import type { Engine } from '../engine'
import { compile, type ApiDefinition, type CompiledApi } from '../pipeline'
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

const DEFINITIONS: readonly ApiDefinition[] = [
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
  ...[...LOCATION_ROWS, ...DEVICE_ROWS, ...OPEN_DATA_ROWS].map(defineApi),
]

export const MODELLED_APIS: ReadonlyMap<string, CompiledApi> = new Map(DEFINITIONS.map((def) => [def.name, compile(def)]))

/** Not on `wx`: what `<button open-type="openSetting">` does when tapped (user.tapOpenSettingButton). */
export const OPEN_SETTING_BUTTON: CompiledApi = compile(openSettingButton)

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
