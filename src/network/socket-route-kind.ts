/**
 * The built-in socket handlers, for teams without msw: a `'wss://chat.example/socket'` key in a handler map
 * answers wx.connectSocket for that URL (the query ignored unless the key has one), as `'GET <url>'` keys answer
 * requests. The handler gets the server's end of the socket:
 *
 *   fakeWx.use({ 'wss://chat.example/socket': (socket) => socket.onMessage((data) => socket.send(`echo ${data}`)) })
 *
 * Other keys of the same map are read by the other kinds (route keys, API handlers).
 */
import { FakeWxError, describeValue } from '../errors'
import { PASS, mapKind, type HandlerEntry, type HandlerKind, type KindContext } from '../handlers/kinds'
import { routeKind } from './route-kind'
import { isSocketData, type FakeSocket, type SocketData, type SocketHandlerEntry } from './socket'

/** The server's end of one socket, as a `'wss://...'` handler sees it. */
export interface WxSocketServer {
  /** The URL the app connected to. */
  readonly url: string
  readonly header: Readonly<Record<string, string>>
  readonly protocols: readonly string[]
  /** Sends to the app: its onMessage listeners (and wx.onSocketMessage's) get `{ data }`. */
  send(data: string | ArrayBuffer): void
  /** Closes from the server: the app's onClose listeners get `{ code, reason }` (1000 and '' by default). */
  close(code?: number, reason?: string): void
  /** What the app sends (SocketTask.send, wx.sendSocketMessage), in order. */
  onMessage(listener: (data: string | ArrayBuffer) => void): void
  /** The socket closed, from either end, with its code and reason. */
  onClose(listener: (event: { readonly code: number; readonly reason: string }) => void): void
}

/** A built-in socket handler: called once per socket the app opens to its URL. */
export type WxSocketHandler = (socket: WxSocketServer) => void

const SOCKET_KEY = /^wss?:\/\/\S+$/i

export const isSocketKey = (key: string): boolean => SOCKET_KEY.test(key)

export const socketRouteKind: HandlerKind = {
  name: 'socket-route',
  matches: (value) => mapKind.matches(value) && Object.keys(value as object).some(isSocketKey),
  entries(value, context) {
    const out: HandlerEntry[] = []
    const rest: Record<string, unknown> = {}
    for (const [key, handler] of Object.entries(value as Record<string, unknown>)) {
      if (!isSocketKey(key)) {
        rest[key] = handler
        continue
      }
      if (typeof handler !== 'function') {
        throw new FakeWxError(`${context.where}({ '${key}': ... }): a socket handler must be a function such as (socket) => socket.onMessage((data) => socket.send(data)), got ${describeValue(handler)}.`)
      }
      out.push(socketEntry(key, handler as WxSocketHandler))
    }
    return [...out, ...restEntries(rest, context)]
  },
}

/** The map's other keys: request routes and API handlers, read as their own kinds read them. */
function restEntries(rest: Record<string, unknown>, context: KindContext): readonly HandlerEntry[] {
  return routeKind.matches(rest) ? routeKind.entries(rest, context) : mapKind.entries(rest, context)
}

function socketEntry(key: string, handler: WxSocketHandler): SocketHandlerEntry {
  const withQuery = key.includes('?')
  return {
    api: 'connectSocket',
    kind: 'socket-route',
    answer: () => PASS,
    matches: (socket) => (withQuery ? socket.url : socket.url.split('?')[0]) === key,
    connect: (socket) => handler(serverEnd(socket)),
  }
}

function serverEnd(socket: FakeSocket): WxSocketServer {
  const messages: ((data: SocketData) => void)[] = []
  const closes: ((event: { code: number; reason: string }) => void)[] = []
  socket.peer = {
    message: (data) => messages.forEach((listener) => listener(data)),
    close: (code, reason) => closes.forEach((listener) => listener({ code, reason })),
  }
  return {
    url: socket.url,
    header: socket.header,
    protocols: socket.protocols,
    send(data) {
      if (!isSocketData(data)) throw new FakeWxError(`socket.send(data): data must be a string or an ArrayBuffer (what WeChat delivers to onMessage), got ${describeValue(data)}.`)
      socket.toApp(data)
    },
    close: (code = 1000, reason = '') => socket.close(code, reason),
    onMessage: (listener) => void messages.push(listener),
    onClose: (listener) => void closes.push(listener),
  }
}
