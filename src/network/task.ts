/**
 * The task wx.request, downloadFile and uploadFile return at once, and what happens between the call and its
 * success: the timeout that fails a call whose answer does not come in time, and the task's events (headers,
 * progress, chunks), reported in a fixed order after the answer and before the success. Rules: REQUEST-TIMEOUT,
 * REQUEST-TIMEOUT-NETWORKTIMEOUT, REQUEST-ABORT, REQUEST-ON-HEADERS-RECEIVED, REQUEST-ON-CHUNK-RECEIVED,
 * TASK-ON-PROGRESS-UPDATE, TASK-OFF-LISTENER.
 */
import { fail, type Call } from '../api-record'
import { reportScriptError } from '../events'
import { endEarly } from '../pipeline'
import { bodyBytes, toArrayBuffer } from './http'
import type { RawResponse } from './raw-response'

/** "默认超时时间是 60s" (rule REQUEST-TIMEOUT). */
export const DEFAULT_TIMEOUT_MS = 60_000

type Listener = (result: object) => void

/** The events each task has, from the typings: RequestTask, DownloadTask, UploadTask. */
const EVENTS: Readonly<Record<string, readonly string[]>> = {
  request: ['HeadersReceived', 'ChunkReceived'],
  downloadFile: ['HeadersReceived', 'ProgressUpdate'],
  uploadFile: ['HeadersReceived', 'ProgressUpdate'],
}

interface TaskState {
  readonly listeners: Map<string, Listener[]>
  cancelTimeout: (() => void) | undefined
  /** abort() or the timeout ended the call: an answer that comes after it reports nothing. */
  ended: boolean
}

const STATES = new WeakMap<Call, TaskState>()

/** The task: abort(), and on/off for each of its events. */
export function taskOf(call: Call): object {
  const state: TaskState = { listeners: new Map(), cancelTimeout: undefined, ended: false }
  STATES.set(call, state)
  const task: Record<string, unknown> = {
    abort: () => {
      stopTimeout(call)
      state.ended = true
      endEarly(call, fail('request-abort'))
    },
  }
  for (const event of EVENTS[call.api]!) {
    const listeners: Listener[] = []
    state.listeners.set(event, listeners)
    task[`on${event}`] = (listener: unknown) => {
      if (typeof listener === 'function') listeners.push(listener as Listener)
    }
    // "不传此参数则移除所有监听函数" (rule TASK-OFF-LISTENER).
    task[`off${event}`] = (listener?: unknown) => {
      if (listener === undefined) listeners.length = 0
      else if (listeners.includes(listener as Listener)) listeners.splice(listeners.indexOf(listener as Listener), 1)
    }
  }
  return task
}

/**
 * The call's timeout in ms: its own `timeout`, else app.json `networkTimeout[api]`, else 60 s. The option wins
 * over app.json ("接口调用的timeout配置优先级高于app.json中的配置").
 */
export function timeoutOf(call: Call): number {
  const given = call.options.timeout
  if (typeof given === 'number' && given > 0) return given
  const configured = (call.engine.options.appJson?.networkTimeout as Readonly<Record<string, unknown>> | undefined)?.[call.api]
  return typeof configured === 'number' ? configured : DEFAULT_TIMEOUT_MS
}

/** Starts the clock once the request is sent: on the test's timers, so fake timers move it and nothing waits for the wall clock. */
export function startTimeout(call: Call): void {
  const state = STATES.get(call)!
  state.cancelTimeout = call.engine.scheduler.after(timeoutOf(call), () => {
    state.ended = true
    endEarly(call, fail('request-timeout'))
  })
}

export function stopTimeout(call: Call): void {
  STATES.get(call)?.cancelTimeout?.()
}

/**
 * The answer came: the clock stops, and the task's events are queued before the success, so the app's listeners
 * (registered on the task after the call returned) see them first: uploadFile's progress, the headers,
 * downloadFile's progress, wx.request's chunks. Progress is reported once, complete (the fake sends no partial body).
 */
export function responded(call: Call, response: RawResponse, bytes: number): void {
  stopTimeout(call)
  const state = STATES.get(call)!
  if (state.ended) return
  const events: [string, object][] = []
  const header = response.header
  if (call.api === 'uploadFile') events.push(['ProgressUpdate', { progress: 100, totalBytesSent: bytes, totalBytesExpectedToSend: bytes }])
  if (call.api !== 'request') events.push(['HeadersReceived', { header }])
  else if (call.engine.profile.headersWithoutStatusCode === true) events.push(['HeadersReceived', { header, cookies: [...response.cookies] }])
  else events.push(['HeadersReceived', { header, statusCode: response.statusCode, cookies: [...response.cookies] }])
  if (call.api === 'downloadFile') events.push(['ProgressUpdate', { progress: 100, totalBytesWritten: bytes, totalBytesExpectedToWrite: bytes }])
  if (call.api === 'request' && call.options.enableChunked === true) {
    for (const chunk of response.chunks ?? [toArrayBuffer(bodyBytes(response.body))]) events.push(['ChunkReceived', { data: chunk }])
  }
  call.engine.scheduler.defer(() => {
    for (const [event, payload] of events) {
      // A copy: a listener that removes itself (or another) does not skip the next one.
      for (const listener of [...state.listeners.get(event)!]) {
        try {
          listener(payload)
        } catch (error) {
          reportScriptError(call.engine, call.id, `the on${event} listener of ${call.engine.host.label(call.api)} threw`, error)
        }
      }
    }
  })
}
