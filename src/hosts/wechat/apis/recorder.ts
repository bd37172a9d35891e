/**
 * wx.getRecorderManager(): the global recorder. `start` passes the scope.record gate like any gated
 * API, but reports a refusal through `onError`, not a callback, prefixed `operateRecorder` as the base
 * library reports recorder operations. Rules: SCOPE-RECORDER-ONERROR, RECORDER-GLOBAL.
 */
import { compiledApi } from '../../../compile'
import type { Engine } from '../../../engine'
import { invoke } from '../../../pipeline'
import type { WxResult } from '../../../wx-types'
import type { WechatApi } from './record'

type Listener = (result: Record<string, unknown>) => void

const recorders = new WeakMap<Engine, FakeRecorderManager>()

export const RECORDER_APIS: readonly WechatApi[] = [
  {
    // "获取全局唯一的录音管理器": the same object on every call, for the fake's lifetime.
    name: 'getRecorderManager',
    sync: (engine) => {
      let recorder = recorders.get(engine)
      if (recorder === undefined) recorders.set(engine, (recorder = createRecorderManager(engine)))
      return recorder
    },
  },
  {
    name: 'RecorderManager.start',
    surface: 'method',
    label: 'RecorderManager.start',
    errMsgName: 'operateRecorder',
    promise: false,
    scopes: ['scope.record'],
    privacy: true,
    result: () => undefined,
  },
]

const EVENTS = ['Start', 'Stop', 'Pause', 'Resume', 'Error', 'FrameRecorded', 'InterruptionBegin', 'InterruptionEnd'] as const

export interface FakeRecorderManager {
  start(options?: Record<string, unknown>): void
  stop(): void
  pause(): void
  resume(): void
  onStart(listener: Listener): void
  onStop(listener: Listener): void
  onPause(listener: Listener): void
  onResume(listener: Listener): void
  /** Receives `{ errMsg }`, e.g. `operateRecorder:fail auth deny` when scope.record is refused. */
  onError(listener: Listener): void
  onFrameRecorded(listener: Listener): void
  onInterruptionBegin(listener: Listener): void
  onInterruptionEnd(listener: Listener): void
}

function createRecorderManager(engine: Engine): FakeRecorderManager {
  const listeners = new Map<string, Listener>()
  let recording = false
  // The manager keeps its identity (apps capture it), but a new test starts with no listeners and no recording.
  engine.resetHooks.push(() => {
    listeners.clear()
    recording = false
  })
  const emit = (event: string, result: Record<string, unknown>): void => {
    const listener = listeners.get(event)
    if (listener !== undefined) engine.scheduler.defer(() => listener(result))
  }
  const manager: Record<string, unknown> = {
    start(options?: Record<string, unknown>) {
      invoke(engine, compiledApi(engine.host, 'RecorderManager.start')!, {
        ...options,
        success: () => {
          recording = true
          listeners.get('Start')?.({})
        },
        fail: (err: WxResult) => listeners.get('Error')?.({ errMsg: err.errMsg, ...(err.errno !== undefined && { errno: err.errno }) }),
      })
    },
    stop() {
      if (!recording) return
      recording = false
      emit('Stop', { ...engine.data.record(), duration: 1000, fileSize: 2048 })
    },
    pause() {
      if (recording) emit('Pause', {})
    },
    resume() {
      if (recording) emit('Resume', {})
    },
  }
  for (const event of EVENTS) manager[`on${event}`] = (listener: Listener) => listeners.set(event, listener)
  return manager as unknown as FakeRecorderManager
}
