/**
 * wx.connectSocket answered by msw's WebSocket handlers (ws.link), the old global socket API (which talks to the
 * latest socket), and delivery under fake timers.
 */
import { ws } from 'msw'
import { printTimeline } from 'fake-wx/serializer'
import { fresh } from '../../support/fixtures'
import { timers } from '../../support/runner'
import type { FakeWx, WxSocketServer } from 'fake-wx'

type Task = { send(options: Record<string, unknown>): void; close(options?: Record<string, unknown>): void; onOpen(l: (r: unknown) => void): void; onMessage(l: (r: unknown) => void): void; onClose(l: (r: unknown) => void): void }
type Fn = (options?: unknown) => unknown
const wx = (fake: FakeWx) => fake.wx as unknown as Record<string, Fn>

function connect(fake: FakeWx, url: string, seen: unknown[]): Task {
  const task = wx(fake).connectSocket!({ url }) as Task
  task.onOpen((r) => seen.push(['open', r]))
  task.onMessage((r) => seen.push(['message', r]))
  task.onClose((r) => seen.push(['close', r]))
  return task
}

const chat = ws.link('wss://chat.example/socket')

describe("wx.connectSocket answered by msw's ws.link", () => {
  // rule: SOCKET-EVENTS
  it('echoes through the connection listener: the client receives what the app sends, and sends back', async () => {
    const fake = fresh({ handlers: [chat.addEventListener('connection', ({ client }) => client.addEventListener('message', (e) => client.send(`echo ${String(e.data)}`)))] })
    const seen: unknown[] = []
    const task = connect(fake, 'wss://chat.example/socket', seen)
    await fake.settled()
    task.send({ data: 'hi' })
    await fake.settled()
    expect(seen).toEqual([['open', { header: {} }], ['message', { data: 'echo hi' }]])
  })

  // rule: SOCKET-CLOSE-CODE-REASON
  it('client.close(code, reason) reaches onClose; the app closing reaches the client close listener with its code', async () => {
    const heard: unknown[] = []
    const fake = fresh()
    fake.use(
      chat.addEventListener('connection', ({ client }) => {
        client.send(new Uint8Array([7, 8]))
        client.addEventListener('close', (e) => void heard.push([e.code, e.reason, e.wasClean]))
        client.addEventListener('message', () => client.close(4002, 'enough'))
      }),
    )
    const seen: unknown[] = []
    const task = connect(fake, 'wss://chat.example/socket', seen)
    await fake.settled()
    task.send({ data: 'x' })
    await fake.settled()
    expect(seen[0]).toEqual(['open', { header: {} }])
    expect(Array.from(new Uint8Array((seen[1] as [string, { data: ArrayBuffer }])[1].data))).toEqual([7, 8])
    expect(seen[2]).toEqual(['close', { code: 4002, reason: 'enough' }])
    expect(heard).toEqual([[4002, 'enough', true]])
    const other = connect(fake, 'wss://chat.example/socket', [])
    await fake.settled()
    other.close({ code: 3001, reason: 'app' })
    await fake.settled()
    expect(heard.at(-1)).toEqual([3001, 'app', true])
  })

  it('the path parameters, the url and the protocols reach the listener; a URL it does not match is unhandled', async () => {
    const seen: unknown[] = []
    const fake = fresh()
    fake.use(ws.link('wss://rooms.example/:room').addEventListener('connection', ({ client, params, info }) => void seen.push([params.room, client.url.href, info.protocols])))
    wx(fake).connectSocket!({ url: 'wss://rooms.example/42', protocols: ['chat'] })
    wx(fake).connectSocket!({ url: 'wss://rooms.example/7' })
    const fail: unknown[] = []
    wx(fake).connectSocket!({ url: 'wss://elsewhere.example/1', fail: (r: unknown) => fail.push(r) })
    await fake.settled()
    expect(seen).toEqual([['42', 'wss://rooms.example/42', ['chat']], ['7', 'wss://rooms.example/7', undefined]])
    expect(fail).toEqual([{ errMsg: 'connectSocket:fail [fake-wx] no handler answered wx.connectSocket(wss://elsewhere.example/1)' }])
    expect(fake.log.problems().length).toBe(1)
  })

  it('server.connect() has no real server to reach: the test fails saying so', async () => {
    const fake = fresh()
    fake.use(chat.addEventListener('connection', ({ server }) => server.connect()))
    connect(fake, 'wss://chat.example/socket', [])
    await fake.settled()
    expect(fake.log.problems().map((p) => p.message.split('\n')[0])).toEqual([
      'the msw connection listener for wss://chat.example/socket threw: FakeWxError: [fake-wx] server.connect(): fake-wx has no real server behind wx.connectSocket and never opens a real socket. Answer the app from the handler itself: client.send(...) and client.addEventListener(\'message\', ...).',
    ])
  })

  it("a listener added with { once: true } hears one message; removeEventListener stops one; what client.send cannot carry is refused", async () => {
    const heard: unknown[] = []
    const fake = fresh()
    fake.use(
      chat.addEventListener('connection', ({ client }) => {
        const kept = (e: { data: unknown }) => void heard.push(['kept', e.data])
        client.addEventListener('message', (e) => void heard.push(['once', e.data]), { once: true })
        client.addEventListener('message', kept)
        client.addEventListener('message', (e) => {
          if (e.data === 'b') client.removeEventListener('message', kept)
        })
        client.send(new Blob(['x']) as never)
      }),
    )
    const task = connect(fake, 'wss://chat.example/socket', [])
    await fake.settled()
    task.send({ data: 'a' })
    task.send({ data: 'b' })
    task.send({ data: 'c' })
    await fake.settled()
    expect(heard).toEqual([['once', 'a'], ['kept', 'a'], ['kept', 'b']])
    expect(fake.log.problems().map((p) => p.message.split('\n')[0])).toEqual([
      'the msw connection listener for wss://chat.example/socket threw: FakeWxError: [fake-wx] client.send(data): WeChat delivers a string or an ArrayBuffer to onMessage; send one of those (or a typed array), got an object.',
    ])
  })
})

describe('msw handlers of other shapes', () => {
  /** A handler shaped as msw 2's WebSocketHandler: no test(), parse and predicate on a URL, run() resolving a boolean. */
  function msw2Handler(host: string, run: (connection: { client: { send(d: unknown): void } }) => Promise<boolean>) {
    return {
      __kind: 'EventHandler',
      parse: ({ url }: { url: URL }) => ({ host: url.host }),
      predicate: ({ parsedResult }: { url: URL; parsedResult: { host: string } }) => parsedResult.host === host,
      run,
    }
  }

  it("msw 2's handler shape answers through parse and predicate; a run() that rejects fails the test", async () => {
    const fake = fresh()
    fake.use(
      msw2Handler('two.example', async ({ client }) => {
        client.send('from msw 2')
        return true
      }),
      msw2Handler('broken.example', () => Promise.reject(new Error('listener rejected'))),
    )
    const seen: unknown[] = []
    connect(fake, 'wss://two.example/s', seen)
    connect(fake, 'wss://broken.example/s', [])
    const other: unknown[] = []
    wx(fake).connectSocket!({ url: 'wss://three.example/s', fail: (r: unknown) => other.push(r) })
    await fake.settled()
    expect(seen).toEqual([['open', { header: {} }], ['message', { data: 'from msw 2' }]])
    expect(other).toEqual([{ errMsg: 'connectSocket:fail [fake-wx] no handler answered wx.connectSocket(wss://three.example/s)' }])
    expect(fake.log.problems().map((p) => p.message.split('\n')[0])).toEqual([
      'no handler answered wx.connectSocket(wss://three.example/s); fake-wx never opens a real socket. Answer it for this test:',
      'the msw connection listener for wss://broken.example/s threw: Error: listener rejected',
    ])
  })

  it('ws.link(...) itself is refused with what to pass instead', () => {
    const fake = fresh()
    expect(() => fake.use(chat as never)).toThrow(
      "fakeWx.use: that is msw's ws.link(...) itself, not a handler; pass the handler its addEventListener returns, e.g. chat.addEventListener('connection', ({ client }) => { ... }).",
    )
  })

  it('server.send() is refused too; server listeners and server.close() do nothing', async () => {
    const fake = fresh()
    fake.use(
      chat.addEventListener('connection', ({ server, client }) => {
        server.addEventListener('message', () => {})
        server.removeEventListener('message', () => {})
        server.close()
        client.send('still here')
        server.send('x')
      }),
    )
    const seen: unknown[] = []
    connect(fake, 'wss://chat.example/socket', seen)
    await fake.settled()
    expect(seen).toEqual([['open', { header: {} }], ['message', { data: 'still here' }]])
    expect(fake.log.problems().map((p) => p.message.split('\n')[0])).toEqual([
      "the msw connection listener for wss://chat.example/socket threw: FakeWxError: [fake-wx] server.send(): fake-wx has no real server behind wx.connectSocket and never opens a real socket. Answer the app from the handler itself: client.send(...) and client.addEventListener('message', ...).",
    ])
  })

  it('stopImmediatePropagation() in a client listener keeps the later listeners from hearing the message', async () => {
    const heard: unknown[] = []
    const fake = fresh()
    fake.use(
      chat.addEventListener('connection', ({ client }) => {
        client.addEventListener('message', (e) => {
          heard.push(['first', e.data])
          if (e.data === 'stop') e.stopImmediatePropagation()
        })
        client.addEventListener('message', (e) => void heard.push(['second', e.data]))
        client.removeEventListener('close', () => {})
      }),
    )
    const task = connect(fake, 'wss://chat.example/socket', [])
    await fake.settled()
    task.send({ data: 'go' })
    task.send({ data: 'stop' })
    await fake.settled()
    expect(heard).toEqual([['first', 'go'], ['second', 'go'], ['first', 'stop']])
  })

  it("the link's broadcast() reaches every open socket of this test", async () => {
    const room = ws.link('wss://room.example/r')
    const fake = fresh()
    fake.use(room.addEventListener('connection', ({ client }) => client.addEventListener('message', (e) => room.broadcast(`all: ${String(e.data)}`))))
    const a: unknown[] = []
    const b: unknown[] = []
    const first = connect(fake, 'wss://room.example/r', a)
    connect(fake, 'wss://room.example/r', b)
    await fake.settled()
    first.send({ data: 'hello' })
    await fake.settled()
    expect([a.at(-1), b.at(-1)]).toEqual([
      ['message', { data: 'all: hello' }],
      ['message', { data: 'all: hello' }],
    ])
  })
})

describe('the README sample', () => {
  // rule: SOCKET-EVENTS
  it('an msw echo, and the built-in form answering a second URL', async () => {
    const fakeWx = fresh()
    fakeWx.use(chat.addEventListener('connection', ({ client }) => {
      client.addEventListener('message', (event) => client.send(`echo ${event.data}`))
    }))
    fakeWx.use({ 'wss://feed.example/live': (socket: WxSocketServer) => socket.send('welcome') })
    const messages: unknown[] = []
    const task = (fakeWx.wx as unknown as { connectSocket: (o: object) => Task }).connectSocket({ url: 'wss://chat.example/socket' })
    task.onOpen(() => task.send({ data: 'hi' }))
    task.onMessage((res) => messages.push(res))
    await fakeWx.settled()
    expect((messages as { data: unknown }[]).map((m) => m.data)).toEqual(['echo hi'])
    const feed: unknown[] = []
    connect(fakeWx, 'wss://feed.example/live', feed)
    await fakeWx.settled()
    expect(feed).toEqual([['open', { header: {} }], ['message', { data: 'welcome' }]])
  })
})

describe('the old global socket API', () => {
  // rule: SOCKET-GLOBAL-LATEST
  it('wx.onSocket* hear the latest socket, and wx.sendSocketMessage / wx.closeSocket act on it', async () => {
    const fake = fresh()
    fake.use({ 'wss://a.example/s': (socket: WxSocketServer) => socket.onMessage((d) => socket.send(`a:${String(d)}`)), 'wss://b.example/s': (socket: WxSocketServer) => socket.onMessage((d) => socket.send(`b:${String(d)}`)) })
    const global: unknown[] = []
    wx(fake).onSocketOpen!((r: unknown) => global.push(['open', r]))
    wx(fake).onSocketMessage!((r: unknown) => global.push(['message', r]))
    wx(fake).onSocketClose!((r: unknown) => global.push(['close', r]))
    const first = connect(fake, 'wss://a.example/s', [])
    wx(fake).connectSocket!({ url: 'wss://b.example/s' })
    await fake.settled()
    expect(global).toEqual([['open', { header: {} }]])
    first.send({ data: 'to a' })
    await fake.settled()
    expect(global).toEqual([['open', { header: {} }]])
    expect(await wx(fake).sendSocketMessage!({ data: 'hi' })).toEqual({ errMsg: 'sendSocketMessage:ok' })
    await fake.settled()
    expect(global.at(-1)).toEqual(['message', { data: 'b:hi' }])
    expect(await wx(fake).closeSocket!({ code: 1000, reason: 'done' })).toEqual({ errMsg: 'closeSocket:ok' })
    await fake.settled()
    expect(global.at(-1)).toEqual(['close', { code: 1000, reason: 'done' }])
    expect(fake.log.events('socketMessage').map((e) => [e.payload, e.listeners])).toEqual([
      [{ data: 'a:to a' }, 1],
      [{ data: 'b:hi' }, 1],
    ])
  })

  // rule: SOCKET-GLOBAL-NOT-CONNECTED
  it('before the latest socket opens (or with none) sendSocketMessage and closeSocket fail: WebSocket is not connected', async () => {
    const fake = fresh({ handlers: [{ 'wss://a.example/s': () => {} }] })
    await expect(wx(fake).sendSocketMessage!({ data: 'x' })).rejects.toEqual({ errMsg: 'sendSocketMessage:fail WebSocket is not connected' })
    wx(fake).connectSocket!({ url: 'wss://a.example/s' })
    const close = wx(fake).closeSocket!()
    const send = wx(fake).sendSocketMessage!({ data: 'x' })
    await expect(close).rejects.toEqual({ errMsg: 'closeSocket:fail WebSocket is not connected' })
    await expect(send).rejects.toEqual({ errMsg: 'sendSocketMessage:fail WebSocket is not connected' })
    await fake.settled()
    await expect(wx(fake).sendSocketMessage!({ data: 'x' })).resolves.toEqual({ errMsg: 'sendSocketMessage:ok' })
    await expect(wx(fake).closeSocket!()).resolves.toEqual({ errMsg: 'closeSocket:ok' })
    await fake.settled()
    await expect(wx(fake).closeSocket!()).rejects.toEqual({ errMsg: 'closeSocket:fail WebSocket is not connected' })
  })
})

describe('the timeline', () => {
  it('shows each socket call, and each event with what it carried and how many listeners heard it', async () => {
    const fake = fresh({ handlers: [{ 'wss://chat.example/socket': (socket: WxSocketServer) => socket.onMessage((d) => socket.send(`echo ${String(d)}`)) }] })
    const task = wx(fake).connectSocket!({ url: 'wss://chat.example/socket' }) as Task
    task.onMessage(() => {})
    await fake.settled()
    task.send({ data: 'hi' })
    await fake.settled()
    task.close({ code: 1000, reason: 'bye' })
    await fake.settled()
    expect(printTimeline(fake.log)).toBe(
      [
        "#1 wx.connectSocket({ url: 'wss://chat.example/socket' }) [handler]",
        "  success { errMsg: 'connectSocket:ok' }",
        'event socketOpen { header: {} } → 0 listeners',
        "#2 SocketTask.send({ data: 'hi' })",
        "  success { errMsg: 'sendSocketMessage:ok' }",
        "event socketMessage { data: 'echo hi' } → 1 listener",
        "#3 SocketTask.close({ code: 1000, reason: 'bye' })",
        "  success { errMsg: 'closeSocket:ok' }",
        "event socketClose { code: 1000, reason: 'bye' } → 0 listeners",
      ].join('\n'),
    )
  })
})

describe('sockets under fake timers', () => {
  afterEach(() => {
    timers.useRealTimers()
  })

  // rule: SOCKET-EVENTS
  it('open, messages and close arrive with timers faked and never advanced', async () => {
    timers.useFakeTimers()
    const fake = fresh({ handlers: [chat.addEventListener('connection', ({ client }) => client.addEventListener('message', (e) => client.send(String(e.data).toUpperCase())))] })
    const seen: unknown[] = []
    const task = connect(fake, 'wss://chat.example/socket', seen)
    await fake.settled()
    task.send({ data: 'quiet' })
    await fake.settled()
    task.close({})
    await fake.settled()
    expect(seen).toEqual([['open', { header: {} }], ['message', { data: 'QUIET' }], ['close', { code: 1000, reason: '' }]])
  })
})
