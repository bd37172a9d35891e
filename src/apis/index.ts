/** Every modelled API, compiled once at import. */
import type { Engine } from '../engine'
import { compile, type ApiDefinition, type CompiledApi } from '../pipeline'
import { authorize, getSetting, openSetting } from './authorize-settings'
import { defineApi } from './define'
import { DEVICE_ROWS } from './device'
import { showModal, showToast } from './interaction'
import { LOCATION_ROWS } from './location'
import { OPEN_DATA_ROWS } from './open-data'
import { createRecorderManager, type FakeRecorderManager } from './recorder'
import { requestSubscribeMessage } from './subscribe'

const DEFINITIONS: readonly ApiDefinition[] = [
  authorize,
  getSetting,
  openSetting,
  showModal,
  showToast,
  requestSubscribeMessage,
  ...[...LOCATION_ROWS, ...DEVICE_ROWS, ...OPEN_DATA_ROWS].map(defineApi),
]

export const MODELLED_APIS: ReadonlyMap<string, CompiledApi> = new Map(DEFINITIONS.map((def) => [def.name, compile(def)]))

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
])
