/**
 * One WebSocket of wx.connectSocket, driven by the fake itself: never a real socket, never a patched global.
 * The app's end is the SocketTask (send, close, onOpen, onMessage, onError, onClose); the handler's end (a
 * `'wss://...'` handler's socket, or the `client` an msw ws.link handler receives) talks to it. Every delivery,
 * either way, goes through the fake's scheduler: asynchronous, in order, and deaf to fake timers.
 * Rules: SOCKET-EVENTS, SOCKET-GLOBAL-LATEST, SOCKET-MAX-CONCURRENT, SOCKET-CLOSE-CODE-REASON.
 */
import type { Engine } from '../engine'
import { errorDetail } from '../errors'
import { reportScriptError } from '../events'
import type { PASS } from '../handlers/kinds'

export type SocketData = string | ArrayBuffer
export type SocketState = 'connecting' | 'open' | 'closing' | 'closed'

/** At most five sockets at once (rule SOCKET-MAX-CONCURRENT). */
export const MAX_SOCKETS = 5

type Listener = (result: Record<string, unknown>) => void

/** What a socket's task events are called on the global: `wx.onSocketOpen` hears `socketOpen`. */
const GLOBAL_EVENT = { Open: 'socketOpen', Message: 'socketMessage', Error: 'socketError', Close: 'socketClose' } as const
type TaskEvent = keyof typeof GLOBAL_EVENT

/** The handler's end of one socket: what the app sends, and its close. */
export interface SocketPeer {
  /** The app sent `data` (SocketTask.send, wx.sendSocketMessage). */
  message?(data: SocketData): void
  /** The socket closed, from either end. */
  close?(code: number, reason: string): void
}

/** The app's SocketTask: what wx.connectSocket returns. */
export interface FakeSocketTask {
  /** Sends `data` (a string or an ArrayBuffer) once the socket is open; before that the call fails. */
  send(options: Readonly<Record<string, unknown>>): void
  /** Closes the socket with `code` (default 1000) and `reason`. */
  close(options?: Readonly<Record<string, unknown>>): void
  /** Listeners get `{ header }` once the socket opens. */
  onOpen(listener: (result: { header: Record<string, string> }) => void): void
  /** Listeners get `{ data }`: a string or an ArrayBuffer, as the handler sent it. */
  onMessage(listener: (result: { data: SocketData }) => void): void
  /** Listeners get `{ errMsg }`. */
  onError(listener: (result: { errMsg: string }) => void): void
  /** Listeners get `{ code, reason }`. */
  onClose(listener: (result: { code: number; reason: string }) => void): void
}

/** The sockets of one fake: the live ones (for the limit) and the latest (what the old global API talks to). */
export class SocketRegistry {
  readonly live = new Set<FakeSocket>()
  latest: FakeSocket | undefined

  add(socket: FakeSocket): void {
    this.live.add(socket)
    this.latest = socket
  }

  clear(): void {
    for (const socket of this.live) socket.state = 'closed'
    this.live.clear()
    this.latest = undefined
  }
}

const registries = new WeakMap<Engine, SocketRegistry>()

export function socketsOf(engine: Engine): SocketRegistry {
  let registry = registries.get(engine)
  if (registry === undefined) {
    const made = (registry = new SocketRegistry())
    registries.set(engine, made)
    // A socket does not outlive its test: reset() forgets them without events (queued deliveries are dropped).
    engine.resetHooks.push(() => made.clear())
  }
  return registry
}

export class FakeSocket {
  state: SocketState = 'connecting'
  readonly engine: Engine
  readonly url: string
  readonly header: Readonly<Record<string, string>>
  readonly protocols: readonly string[]
  readonly task: FakeSocketTask
  /** The handler's end, once a handler accepted it. */
  peer: SocketPeer = {}
  readonly #listeners: Record<TaskEvent, Listener[]> = { Open: [], Message: [], Error: [], Close: [] }
  #closedByApp = false

  constructor(engine: Engine, options: Readonly<Record<string, unknown>>, methods: Pick<FakeSocketTask, 'send' | 'close'>) {
    this.engine = engine
    this.url = String(options.url)
    this.header = stringRecord(options.header)
    this.protocols = Array.isArray(options.protocols) ? options.protocols.map(String) : []
    const on = (event: TaskEvent) => (listener: unknown) => {
      if (typeof listener === 'function') this.#listeners[event].push(listener as Listener)
    }
    this.task = { ...methods, onOpen: on('Open'), onMessage: on('Message'), onError: on('Error'), onClose: on('Close') }
  }

  get live(): boolean {
    return this.state === 'open' || this.state === 'connecting'
  }

  /** The handler accepted it: it opens on a later job, after what the handler queued so far... and before its sends. */
  open(): void {
    this.#later(() => {
      // A socket the handler (or the app) closed meanwhile still opens first, then closes.
      if (this.state === 'closed') return
      if (this.state === 'connecting') this.state = 'open'
      this.#emit('Open', { header: {} })
    })
  }

  /** The handler sent `data` to the app: onMessage, on a later job, once open. */
  toApp(data: SocketData): void {
    data = copied(data)
    this.#later(() => {
      // Once the app called close() nothing more is delivered (a WebSocket drops what arrives when not open); what
      // the handler sent before closing itself still arrives, before the close.
      if (this.state === 'open' || (this.state === 'closing' && !this.#closedByApp)) this.#emit('Message', { data })
    })
  }

  /** The app sent `data` (copied at its call): the handler hears it on a later job. */
  toPeer(data: SocketData): void {
    this.#later(() => {
      // It was open when the app sent it: it reaches the handler even if a close follows.
      if (this.state !== 'closed') this.#callPeer(() => this.peer.message?.(data))
    })
  }

  /**
   * Closes it (from either end; `byApp` for SocketTask.close and wx.closeSocket): the handler hears the close, then the app's onClose gets `{ code, reason }`, on a
   * later job. Nothing happens for a socket already closing or closed.
   */
  close(code: number, reason: string, byApp = false): void {
    if (!this.live) return
    this.state = 'closing'
    this.#closedByApp = byApp
    this.#later(() => {
      this.#end()
      this.#callPeer(() => this.peer.close?.(code, reason))
      this.#emit('Close', { code, reason })
    })
  }

  /** The socket could not be made: onError with `errMsg`, and it is gone (no open, no close). */
  error(errMsg: string): void {
    this.#end()
    this.#later(() => this.#emit('Error', { errMsg }))
  }

  #end(): void {
    this.state = 'closed'
    const registry = socketsOf(this.engine)
    registry.live.delete(this)
  }

  #later(job: () => void): void {
    const { generation } = this.engine
    this.engine.scheduler.defer(() => {
      if (generation === this.engine.generation) job()
    })
  }

  /** The handler's code threw: the test fails with it (`call`: the connectSocket call it answered), the app sees nothing. */
  handlerThrew(error: unknown, call?: number, handler = 'the socket handler'): void {
    const detail = errorDetail(error)
    this.engine.problem(call, 'handler-threw', `${handler} for ${this.url} threw: ${detail}`)
  }

  #callPeer(run: () => void): void {
    try {
      run()
    } catch (error) {
      this.handlerThrew(error)
    }
  }

  /**
   * The task's listeners, then the global's (wx.onSocketOpen ...) when this is the latest socket (rule
   * SOCKET-GLOBAL-LATEST); one log entry, named as the global event, with how many listeners it reached.
   */
  #emit(event: TaskEvent, payload: Record<string, unknown>): void {
    const name = GLOBAL_EVENT[event]
    const own = this.#listeners[event].slice()
    const global = socketsOf(this.engine).latest === this ? this.engine.events.of(name) : []
    this.engine.log.add({ type: 'event', call: undefined, event: name, payload, listeners: own.length + global.length })
    for (const listener of [...own, ...global]) {
      try {
        listener(payload)
      } catch (error) {
        reportScriptError(this.engine, undefined, `a listener of the '${name}' event threw`, error)
      }
    }
  }
}

function stringRecord(raw: unknown): Record<string, string> {
  const out: Record<string, string> = {}
  if (typeof raw === 'object' && raw !== null) for (const [key, value] of Object.entries(raw)) out[key] = String(value)
  return out
}

/** Bytes cross the bridge as a copy: what the sender changes afterwards is not what was sent. */
export function copied(data: SocketData): SocketData {
  return typeof data === 'string' ? data : data.slice(0)
}

/** The data a socket carries: a string or an ArrayBuffer (rule SOCKET-DATA-TYPES). */
export function isSocketData(value: unknown): value is SocketData {
  return typeof value === 'string' || value instanceof ArrayBuffer
}

/**
 * A handler entry for wx.connectSocket. Its `answer` always passes (the generic handler step has nothing to
 * answer: a socket is not a result); the connectSocket record asks `matches` and, on a later job, `connect`.
 */
export interface SocketHandlerEntry {
  readonly api: 'connectSocket'
  readonly kind: string
  readonly answer: () => typeof PASS
  /** Whether this handler takes the socket (its URL): decided at the call, so an unhandled one fails it. */
  matches(socket: FakeSocket): boolean
  /** Runs the handler on the socket: it sets `socket.peer` and may send at once. */
  connect(socket: FakeSocket): void
}

export function isSocketEntry(entry: object): entry is SocketHandlerEntry {
  return typeof (entry as { matches?: unknown }).matches === 'function' && typeof (entry as { connect?: unknown }).connect === 'function'
}
