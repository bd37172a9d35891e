/**
 * wx.connectSocket and its SocketTask, and the old global API (wx.sendSocketMessage, wx.closeSocket, and the
 * wx.onSocket* events, which hear the latest socket). A socket is answered by a socket handler (msw's ws.link,
 * or a `'wss://...'` key); one no handler answers fails and fails the test, never reaching a real network.
 * The socket itself lives in src/network/socket.ts. Rules: SOCKET-RETURNS-TASK, SOCKET-URL, SOCKET-EVENTS,
 * SOCKET-SEND-BEFORE-OPEN, SOCKET-GLOBAL-LATEST, SOCKET-GLOBAL-NOT-CONNECTED, SOCKET-MAX-CONCURRENT,
 * SOCKET-CLOSE-CODE-REASON, SOCKET-CLOSE-REASON-LENGTH, SOCKET-DATA-TYPES, SOCKET-UNHANDLED-LOUD.
 */
import { fail, type Call, type Outcome, type Pause } from '../../../api-record'
import { compiledApi } from '../../../compile'
import type { Engine } from '../../../engine'
import { requestOf } from '../../../network/http'
import { FakeSocket, MAX_SOCKETS, copied, isSocketData, isSocketEntry, socketsOf, type SocketHandlerEntry } from '../../../network/socket'
import { invoke } from '../../../pipeline'
import type { WechatApi } from './record'

/** The socket each call acts on: its own (connectSocket), the task's, or the latest (the global API). */
const targets = new WeakMap<Call, FakeSocket | undefined>()
/** The task whose method is being invoked: read once by the call's first step. */
let invoking: FakeSocket | undefined

function createSocket(call: Call): object {
  const engine = call.engine
  const socket: FakeSocket = new FakeSocket(engine, call.options, {
    send: (options) => onTask(engine, socket, 'SocketTask.send', options),
    close: (options) => onTask(engine, socket, 'SocketTask.close', options),
  })
  targets.set(call, socket)
  return socket.task
}

function onTask(engine: Engine, socket: FakeSocket, api: string, options: unknown): void {
  invoking = socket
  try {
    invoke(engine, compiledApi(engine.host, api)!, options)
  } finally {
    invoking = undefined
  }
}

/** The url must be a ws(s) URL: the request's spelling, `connectSocket:fail invalid url "<url>"` (rule SOCKET-URL). */
function checkSocketUrl(call: Call): Outcome | undefined {
  const url = call.options.url as string
  return /^wss?:\/\/[^/?#\s]+/i.test(url) ? undefined : fail('invalid-url', `"${url}"`)
}

/** Goes on, and runs `job` after the call's own result is delivered (its success first, then what follows from it). */
function thenLater(call: Call, job: () => void): Pause {
  return (next) => {
    next()
    call.engine.scheduler.defer(job)
  }
}

function connect(call: Call): Outcome | Pause {
  const socket = targets.get(call)!
  const registry = socketsOf(call.engine)
  if (registry.live.size >= MAX_SOCKETS) {
    return fail('fake-wx', `at most ${MAX_SOCKETS} sockets may be open at once; close one first (WeChat's errMsg for a sixth is unverified)`)
  }
  const entry = call.engine.handlers.of('connectSocket').find((e) => isSocketEntry(e) && e.matches(socket)) as SocketHandlerEntry | undefined
  if (entry === undefined) return unhandled(call, socket)
  registry.add(socket)
  return thenLater(call, () => {
    if (socket.state !== 'connecting') return
    // Queued first: what the handler sends as it accepts arrives after onOpen.
    socket.open()
    try {
      entry.connect(socket)
    } catch (error) {
      socket.handlerThrew(error, call.id)
    }
  })
}

/**
 * No handler takes the socket: the call fails as a socket that cannot connect (fake-wx's text), onError hears
 * it, and the `onUnhandledRequest` option decides the rest, as for a request (rule SOCKET-UNHANDLED-LOUD).
 */
function unhandled(call: Call, socket: FakeSocket): Pause {
  const url = socket.url
  const summary = `no handler answered wx.connectSocket(${url})`
  const message = `${summary}; fake-wx never opens a real socket. Answer it for this test:\n  fakeWx.use({ '${url.split('?')[0]}': (socket) => socket.onMessage((data) => socket.send(...)) })\nor with an msw handler: fakeWx.use(ws.link('${url.split('?')[0]}').addEventListener('connection', ({ client }) => { ... }))`
  const policy = call.engine.options.onUnhandledRequest
  if (policy === 'error') call.engine.problem(call.id, 'unmodelled-api', message)
  else if (policy === 'warn') console.warn(`[fake-wx] ${message}`)
  else {
    try {
      policy(requestOf('connectSocket', call.options))
    } catch (error) {
      call.engine.problem(call.id, 'unmodelled-api', `onUnhandledRequest threw for ${url}: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  // It is still the latest socket (wx.onSocketError hears it); it never counts toward the limit.
  socketsOf(call.engine).latest = socket
  // The call's fail first, then the task's onError.
  return (next) => {
    next(fail('fake-wx', summary))
    socket.error(`connectSocket:fail${call.engine.profile.spellings['fake-wx'].text}${summary}`)
  }
}

/** The task a method was called on (read at the call's first step), or the latest socket for the global API. */
function targetOf(call: Call, global: boolean): FakeSocket | undefined {
  if (!targets.has(call)) targets.set(call, global ? socketsOf(call.engine).latest : invoking)
  return targets.get(call)
}

function checkData(call: Call): Outcome | undefined {
  return isSocketData(call.options.data) ? undefined : fail('fake-wx', `data must be a string or an ArrayBuffer (WeChat's errMsg for other data is unverified)`)
}

/** Rule SOCKET-SEND-BEFORE-OPEN: the global API's text is WeChat's; the task's is not known. */
function send(global: boolean) {
  return (call: Call): Outcome | Pause => {
    const socket = targetOf(call, global)
    if (socket === undefined || socket.state !== 'open') {
      return global ? fail('socket-not-connected') : fail('fake-wx', `the socket is not open (WeChat's errMsg for SocketTask.send before onOpen is unverified)`)
    }
    const data = copied(call.options.data as string | ArrayBuffer)
    // The call's success first, then the handler hears the data (toPeer queues it).
    return (next) => {
      next()
      socket.toPeer(data)
    }
  }
}

const REASON_BYTES = 123

/** Rules SOCKET-CLOSE-CODE-REASON, SOCKET-CLOSE-REASON-LENGTH. */
function close(global: boolean) {
  return (call: Call): Outcome | Pause => {
    const socket = targetOf(call, global)
    // wx.closeSocket before onSocketOpen cannot close the socket (the typings' example says so).
    if (global && (socket === undefined || socket.state !== 'open')) return fail('socket-not-connected')
    if (socket === undefined || !socket.live) return fail('fake-wx', `the socket is already closed (WeChat's errMsg for this is unverified)`)
    const reason = (call.options.reason as string | undefined) ?? ''
    if (new TextEncoder().encode(reason).byteLength > REASON_BYTES) {
      return fail('fake-wx', `reason must be at most ${REASON_BYTES} bytes of UTF-8 (WeChat's errMsg for a longer one is unverified)`)
    }
    const code = (call.options.code as number | undefined) ?? 1000
    // The call's success first, then the close the handler and onClose hear.
    return (next) => {
      next()
      socket.close(code, reason, true)
    }
  }
}

const DATA = { data: { type: ['String', 'Object'], required: true } } as const
const CLOSE = { code: { type: 'Number' }, reason: { type: 'String' } } as const

export const SOCKET_APIS: readonly WechatApi[] = [
  {
    name: 'connectSocket',
    params: { url: { type: 'String', required: true }, header: { type: 'Object' }, protocols: { type: 'Array' }, timeout: { type: 'Number' } },
    check: checkSocketUrl,
    task: createSocket,
    steps: [connect],
    answeredBy: {
      by: "socket handlers (msw's ws.link, or a 'wss://...' key)",
      write: "fakeWx.use({ 'wss://chat.example/socket': (socket) => socket.onMessage((data) => socket.send(data)) }) (or an msw ws.link handler)",
    },
  },
  { name: 'SocketTask.send', surface: 'method', label: 'SocketTask.send', errMsgName: 'sendSocketMessage', promise: false, params: DATA, check: checkData, steps: [send(false)] },
  { name: 'SocketTask.close', surface: 'method', label: 'SocketTask.close', errMsgName: 'closeSocket', promise: false, params: CLOSE, steps: [close(false)] },
  { name: 'sendSocketMessage', promise: true, params: DATA, check: checkData, steps: [send(true)] },
  { name: 'closeSocket', promise: true, params: CLOSE, steps: [close(true)] },
]
