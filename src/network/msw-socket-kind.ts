/**
 * msw's WebSocket handlers (`ws.link(url).addEventListener('connection', ...)`) answering wx.connectSocket.
 * fake-wx never imports msw, never patches globalThis.WebSocket and never opens a real socket: it builds the
 * `client` msw's connection listener expects (send, close, addEventListener('message' | 'close')) over the
 * fake's socket, and calls the handler's public `run({ client, server, info })`, as msw's own interceptor does.
 * There is no real server behind it: `server.connect()` and `server.send()` throw and say so.
 */
import { FakeWxError, describeValue } from '../errors'
import { PASS, type HandlerKind } from '../handlers/kinds'
import type { FakeSocket, SocketData, SocketHandlerEntry } from './socket'

/** What fake-wx uses of an msw WebSocketHandler (msw 3; msw 2 has the same parse, predicate and run). */
interface MswSocketHandler {
  test?(url: string): boolean
  parse(args: { url: URL }): unknown
  predicate(args: { url: URL; parsedResult: unknown }): boolean
  run(connection: { client: object; server: object; info: { protocols: string[] | undefined } }): Promise<unknown> | unknown
}

export const mswSocketKind: HandlerKind = {
  name: 'msw-socket',
  matches: (value) => isHandler(value) || isLink(value),
  entries(value, { where }) {
    if (!isHandler(value)) {
      throw new FakeWxError(
        `${where}: that is msw's ws.link(...) itself, not a handler; pass the handler its addEventListener returns, e.g. chat.addEventListener('connection', ({ client }) => { ... }).`,
      )
    }
    const handler = value
    const entry: SocketHandlerEntry = {
      api: 'connectSocket',
      kind: 'msw-socket',
      answer: () => PASS,
      matches: (socket) => matches(handler, socket.url),
      connect: (socket) => connect(handler, socket),
    }
    return [entry]
  },
}

function isHandler(value: unknown): value is MswSocketHandler {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { run?: unknown }).run === 'function' &&
    typeof (value as { predicate?: unknown }).predicate === 'function' &&
    // msw 3 names its kind; msw 2's WebSocketHandler is its only 'EventHandler'.
    ((value as { kind?: unknown }).kind === 'websocket' || (value as { __kind?: unknown }).__kind === 'EventHandler')
  )
}

/** `ws.link(url)`: what makes handlers, easily passed by mistake. */
function isLink(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { addEventListener?: unknown }).addEventListener === 'function' &&
    typeof (value as { broadcast?: unknown }).broadcast === 'function' &&
    typeof (value as { broadcastExcept?: unknown }).broadcastExcept === 'function'
  )
}

function matches(handler: MswSocketHandler, url: string): boolean {
  if (typeof handler.test === 'function') return handler.test(url)
  const parsed = new URL(url)
  return handler.predicate({ url: parsed, parsedResult: handler.parse({ url: parsed }) })
}

function connect(handler: MswSocketHandler, socket: FakeSocket): void {
  const client = new MswClient(socket)
  const info = { protocols: socket.protocols.length === 0 ? undefined : [...socket.protocols] }
  const failed = (error: unknown): void => socket.handlerThrew(error, undefined, 'the msw connection listener')
  try {
    const running = handler.run({ client, server: NO_SERVER, info })
    if (running instanceof Promise) running.catch(failed)
  } catch (error) {
    failed(error)
  }
}

const noServer = (what: string) => (): never => {
  throw new FakeWxError(
    `server.${what}(): fake-wx has no real server behind wx.connectSocket and never opens a real socket. Answer the app from the handler itself: client.send(...) and client.addEventListener('message', ...).`,
  )
}

/** msw's `server`: nothing to connect to. Listening is harmless (msw's own handler listens); acting is loud. */
const NO_SERVER = Object.freeze({
  connect: noServer('connect'),
  send: noServer('send'),
  close: () => {},
  addEventListener: () => {},
  removeEventListener: () => {},
})

let clients = 0

/** An event as msw's listeners read it: `data` or `code`/`reason`, and propagation msw may stop. */
class SocketEvent {
  readonly type: string
  readonly data: SocketData | undefined
  readonly code: number | undefined
  readonly reason: string | undefined
  readonly wasClean: boolean | undefined
  defaultPrevented = false
  stopped = false

  constructor(type: string, fields: { data?: SocketData; code?: number; reason?: string }) {
    this.type = type
    this.data = fields.data
    this.code = fields.code
    this.reason = fields.reason
    this.wasClean = type === 'close' ? true : undefined
  }

  stopPropagation(): void {}

  stopImmediatePropagation(): void {
    this.stopped = true
  }

  preventDefault(): void {
    this.defaultPrevented = true
  }
}

type ClientListener = (this: unknown, event: SocketEvent) => void

/** msw's `client`: the app's socket as the handler sees it. */
class MswClient {
  readonly id: string
  readonly url: URL
  readonly #socket: FakeSocket
  readonly #listeners = new Map<string, { listener: ClientListener; once: boolean }[]>()

  constructor(socket: FakeSocket) {
    this.id = `fake-wx-socket-${++clients}`
    this.url = new URL(socket.url)
    this.#socket = socket
    socket.peer = {
      message: (data) => this.#dispatch(new SocketEvent('message', { data })),
      close: (code, reason) => this.#dispatch(new SocketEvent('close', { code, reason })),
    }
  }

  /** To the app: its onMessage listeners get `{ data }`. */
  send(data: unknown): void {
    this.#socket.toApp(socketData(data))
  }

  close(code = 1000, reason = ''): void {
    this.#socket.close(code, reason)
  }

  addEventListener(type: string, listener: unknown, options?: boolean | { once?: boolean }): void {
    if (typeof listener !== 'function') return
    const list = this.#listeners.get(type) ?? []
    list.push({ listener: listener as ClientListener, once: typeof options === 'object' && options.once === true })
    this.#listeners.set(type, list)
  }

  removeEventListener(type: string, listener: unknown): void {
    const list = this.#listeners.get(type)
    if (list !== undefined) this.#listeners.set(type, list.filter((entry) => entry.listener !== listener))
  }

  #dispatch(event: SocketEvent): void {
    for (const entry of (this.#listeners.get(event.type) ?? []).slice()) {
      if (entry.once) this.removeEventListener(event.type, entry.listener)
      entry.listener.call(this, event)
      if (event.stopped) return
    }
  }
}

/** What msw's `client.send` takes, as the app receives it: a string, or the bytes as an ArrayBuffer. */
function socketData(data: unknown): SocketData {
  if (typeof data === 'string' || data instanceof ArrayBuffer) return data
  if (ArrayBuffer.isView(data)) return data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer
  throw new FakeWxError(`client.send(data): WeChat delivers a string or an ArrayBuffer to onMessage; send one of those (or a typed array), got ${describeValue(data)}.`)
}
