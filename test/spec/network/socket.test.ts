/**
 * wx.connectSocket and its SocketTask, answered by the built-in form (`'wss://<url>': (socket: WxSocketServer) => ...`): the
 * events in order, send and close with their codes, the limit of five, the url check, the unhandled socket,
 * and delivery under fake timers.
 */
import { fresh } from '../../support/fixtures'
import type { FakeWx, WxSocketServer } from 'fake-wx'

type Task = {
  send(options: Record<string, unknown>): void
  close(options?: Record<string, unknown>): void
  onOpen(listener: (r: unknown) => void): void
  onMessage(listener: (r: unknown) => void): void
  onError(listener: (r: unknown) => void): void
  onClose(listener: (r: unknown) => void): void
}
type Fn = (arg?: unknown) => unknown
const wx = (fake: FakeWx) => fake.wx as unknown as Record<string, Fn>

/** Opens a socket and records, in order, what its callbacks and listeners received. */
function connect(fake: FakeWx, url: string, seen: unknown[], extra: Record<string, unknown> = {}): Task {
  const task = wx(fake).connectSocket!({ url, ...extra, success: (r: unknown) => seen.push(['success', r]), fail: (r: unknown) => seen.push(['fail', r]) }) as Task
  task.onOpen((r) => seen.push(['open', r]))
  task.onMessage((r) => seen.push(['message', r]))
  task.onError((r) => seen.push(['error', r]))
  task.onClose((r) => seen.push(['close', r]))
  return task
}

const callbacks = (seen: unknown[]) => ({ success: (r: unknown) => seen.push(['send ok', r]), fail: (r: unknown) => seen.push(['send fail', r]) })

const echo = { 'wss://chat.example/socket': (socket: WxSocketServer) => socket.onMessage((data) => socket.send(`echo ${String(data)}`)) }

describe('wx.connectSocket answered by a built-in socket handler', () => {
  // rule: SOCKET-RETURNS-TASK, SOCKET-EVENTS
  it('returns its SocketTask at once; success, then open, then the echo of what the app sent', async () => {
    const fake = fresh({ handlers: [echo] })
    const seen: unknown[] = []
    const task = connect(fake, 'wss://chat.example/socket', seen)
    expect(Object.keys(task).sort()).toEqual(['close', 'onClose', 'onError', 'onMessage', 'onOpen', 'send'])
    expect(seen).toEqual([])
    await fake.settled()
    expect(seen).toEqual([['success', { errMsg: 'connectSocket:ok' }], ['open', { header: {} }]])
    task.send({ data: 'hi', ...callbacks(seen) })
    await fake.settled()
    expect(seen.slice(2)).toEqual([['send ok', { errMsg: 'sendSocketMessage:ok' }], ['message', { data: 'echo hi' }]])
    expect(fake.log.events('socketMessage').map((e) => [e.payload, e.listeners])).toEqual([[{ data: 'echo hi' }, 1]])
  })

  // rule: SOCKET-SEND-BEFORE-OPEN
  it('send before onOpen fails (fake-wx says the text is unverified); after it, it goes through', async () => {
    const fake = fresh({ handlers: [echo] })
    const seen: unknown[] = []
    const task = connect(fake, 'wss://chat.example/socket', seen)
    task.send({ data: 'early', ...callbacks(seen) })
    await fake.settled()
    expect(seen).toEqual([
      ['success', { errMsg: 'connectSocket:ok' }],
      ['send fail', { errMsg: "sendSocketMessage:fail [fake-wx] the socket is not open (WeChat's errMsg for SocketTask.send before onOpen is unverified)" }],
      ['open', { header: {} }],
    ])
    task.send({ data: 'later', ...callbacks(seen) })
    await fake.settled()
    expect(seen.slice(3)).toEqual([['send ok', { errMsg: 'sendSocketMessage:ok' }], ['message', { data: 'echo later' }]])
  })

  // rule: SOCKET-DATA-TYPES
  it('data is a string or an ArrayBuffer both ways; anything else fails the send', async () => {
    const fake = fresh()
    const got: unknown[] = []
    fake.use({
      'wss://bin.example/s': (socket: WxSocketServer) =>
        socket.onMessage((data) => {
          got.push(data)
          socket.send(data instanceof ArrayBuffer ? new Uint8Array(data).slice().reverse().buffer : data)
        }),
    })
    const seen: unknown[] = []
    const task = connect(fake, 'wss://bin.example/s', seen)
    await fake.settled()
    const bytes = new Uint8Array([1, 2, 3])
    task.send({ data: bytes.buffer })
    // The bytes were copied when sent: changing them now changes nothing the handler gets.
    bytes[0] = 9
    task.send({ data: { not: 'data' }, ...callbacks(seen) })
    await fake.settled()
    expect(got.map((d) => Array.from(new Uint8Array(d as ArrayBuffer)))).toEqual([[1, 2, 3]])
    const message = seen.find((e) => (e as unknown[])[0] === 'message') as [string, { data: ArrayBuffer }]
    expect(Array.from(new Uint8Array(message[1].data))).toEqual([3, 2, 1])
    expect(seen).toContainEqual(['send fail', { errMsg: "sendSocketMessage:fail [fake-wx] data must be a string or an ArrayBuffer (WeChat's errMsg for other data is unverified)" }])
  })

  // rule: SOCKET-CLOSE-CODE-REASON
  it('close({ code, reason }) reaches the handler and onClose; the code defaults to 1000 and the reason to empty', async () => {
    const fake = fresh()
    const heard: unknown[] = []
    fake.use({ 'wss://chat.example/socket': (socket: WxSocketServer) => socket.onClose((event) => heard.push(event)) })
    const seen: unknown[] = []
    const task = connect(fake, 'wss://chat.example/socket', seen)
    await fake.settled()
    task.close({ code: 4001, reason: 'bye', success: (r: unknown) => seen.push(['close ok', r]) })
    await fake.settled()
    expect(heard).toEqual([{ code: 4001, reason: 'bye' }])
    expect(seen.slice(2)).toEqual([['close ok', { errMsg: 'closeSocket:ok' }], ['close', { code: 4001, reason: 'bye' }]])
    task.close({ fail: (r: unknown) => seen.push(['close fail', r]) })
    await fake.settled()
    expect(seen.at(-1)).toEqual(['close fail', { errMsg: "closeSocket:fail [fake-wx] the socket is already closed (WeChat's errMsg for this is unverified)" }])
    const other: unknown[] = []
    connect(fake, 'wss://chat.example/socket', other).close()
    await fake.settled()
    expect(other).toEqual([['success', { errMsg: 'connectSocket:ok' }], ['close', { code: 1000, reason: '' }]])
  })

  // rule: SOCKET-CLOSE-CODE-REASON
  it('the server closes with its code and reason, or 1000 and an empty reason', async () => {
    const fake = fresh()
    fake.use({ 'wss://a.example/s': (socket: WxSocketServer) => socket.close(4000, 'kicked'), 'wss://b.example/s': (socket: WxSocketServer) => socket.close() })
    const a: unknown[] = []
    const b: unknown[] = []
    const task = connect(fake, 'wss://a.example/s', a)
    connect(fake, 'wss://b.example/s', b)
    await fake.settled()
    expect(a).toEqual([['success', { errMsg: 'connectSocket:ok' }], ['open', { header: {} }], ['close', { code: 4000, reason: 'kicked' }]])
    expect(b.at(-1)).toEqual(['close', { code: 1000, reason: '' }])
    task.send({ data: 'late', ...callbacks(a) })
    await fake.settled()
    expect((a.at(-1) as unknown[])[0]).toBe('send fail')
  })

  // rule: SOCKET-CLOSE-REASON-LENGTH
  it('a reason longer than 123 bytes of UTF-8 fails the close and leaves the socket open', async () => {
    const fake = fresh({ handlers: [echo] })
    const seen: unknown[] = []
    const task = connect(fake, 'wss://chat.example/socket', seen)
    await fake.settled()
    task.close({ reason: '关'.repeat(42), fail: (r: unknown) => seen.push(['close fail', r]) })
    await fake.settled()
    expect(seen.at(-1)).toEqual(['close fail', { errMsg: "closeSocket:fail [fake-wx] reason must be at most 123 bytes of UTF-8 (WeChat's errMsg for a longer one is unverified)" }])
    task.close({ reason: '关'.repeat(41), success: (r: unknown) => seen.push(['close ok', r]) })
    await fake.settled()
    expect(seen.slice(-2)).toEqual([['close ok', { errMsg: 'closeSocket:ok' }], ['close', { code: 1000, reason: '关'.repeat(41) }]])
  })

  // rule: SOCKET-MAX-CONCURRENT
  it('at most five sockets at once: the sixth fails; closing one makes room', async () => {
    const fake = fresh({ handlers: [echo] })
    const tasks = [1, 2, 3, 4, 5].map(() => connect(fake, 'wss://chat.example/socket', []))
    const sixth: unknown[] = []
    connect(fake, 'wss://chat.example/socket', sixth)
    await fake.settled()
    expect(sixth).toEqual([['fail', { errMsg: "connectSocket:fail [fake-wx] at most 5 sockets may be open at once; close one first (WeChat's errMsg for a sixth is unverified)" }]])
    tasks[0]!.close()
    await fake.settled()
    const again: unknown[] = []
    connect(fake, 'wss://chat.example/socket', again)
    await fake.settled()
    expect(again).toEqual([['success', { errMsg: 'connectSocket:ok' }], ['open', { header: {} }]])
  })

  // rule: SOCKET-URL
  it('a url that is not ws(s) fails with the invalid url spelling; a missing url is a parameter error', async () => {
    const fake = fresh({ handlers: [echo] })
    for (const url of ['https://chat.example/socket', '/socket', 'chat.example']) {
      const seen: unknown[] = []
      connect(fake, url, seen)
      await fake.settled()
      expect(seen).toEqual([['fail', { errMsg: `connectSocket:fail invalid url "${url}"`, errno: 600009 }]])
    }
    const seen: unknown[] = []
    wx(fake).connectSocket!({ fail: (r: unknown) => seen.push(r) })
    await fake.settled()
    expect(seen).toEqual([{ errMsg: 'connectSocket:fail parameter error: parameter.url should be String instead of Undefined;' }])
  })

  // rule: SOCKET-UNHANDLED-LOUD
  it('a socket no handler answers fails, onError hears it, and verify() names the line to add', async () => {
    const fake = fresh({ handlers: [echo] })
    const seen: unknown[] = []
    connect(fake, 'wss://other.example/live?room=1', seen)
    await fake.settled()
    const errMsg = 'connectSocket:fail [fake-wx] no handler answered wx.connectSocket(wss://other.example/live?room=1)'
    expect(seen).toEqual([['fail', { errMsg }], ['error', { errMsg }]])
    expect(() => fake.verify()).toThrow(/fakeWx\.use\(\{ 'wss:\/\/other\.example\/live': \(socket\) => socket\.onMessage[\s\S]*ws\.link\('wss:\/\/other\.example\/live'\)/)
  })

  // rule: SOCKET-UNHANDLED-LOUD
  it("onUnhandledRequest: 'warn' warns and the test goes on; a function gets the handshake as a request", async () => {
    const warned = fresh({ onUnhandledRequest: 'warn' })
    const warnings: unknown[] = []
    const warn = console.warn
    console.warn = (message: unknown) => void warnings.push(message)
    try {
      connect(warned, 'wss://x.example/s', [])
      await warned.settled()
    } finally {
      console.warn = warn
    }
    expect(warnings).toEqual([expect.stringMatching(/^\[fake-wx\] no handler answered wx\.connectSocket\(wss:\/\/x\.example\/s\); fake-wx never opens a real socket/)])
    expect(warned.log.problems()).toEqual([])
    const seen: unknown[] = []
    const fake = fresh({
      onUnhandledRequest: (request) => {
        seen.push([request.method, request.url, request.api])
        throw new Error('no sockets here')
      },
    })
    connect(fake, 'wss://x.example/s', [])
    await fake.settled()
    expect(seen).toEqual([['GET', 'wss://x.example/s', 'connectSocket']])
    expect(fake.log.problems().map((p) => p.message)).toEqual(['onUnhandledRequest threw for wss://x.example/s: no sockets here'])
  })

  it('the query is ignored unless the key has one; a key with a query matches only that query', async () => {
    const fake = fresh()
    fake.use({ 'wss://q.example/s?room=2': (socket: WxSocketServer) => socket.send('room 2'), 'wss://q.example/s': (socket: WxSocketServer) => socket.send(socket.url) })
    const one: unknown[] = []
    const two: unknown[] = []
    connect(fake, 'wss://q.example/s?room=1', one)
    connect(fake, 'wss://q.example/s?room=2', two)
    await fake.settled()
    expect(one.at(-1)).toEqual(['message', { data: 'wss://q.example/s?room=1' }])
    expect(two.at(-1)).toEqual(['message', { data: 'room 2' }])
  })

  it('the handler sees the header and the protocols the app passed', async () => {
    const fake = fresh()
    const seen: unknown[] = []
    fake.use({ 'wss://h.example/s': (socket: WxSocketServer) => void seen.push([socket.header, socket.protocols]) })
    connect(fake, 'wss://h.example/s', [], { header: { 'X-Token': 't', n: 1 }, protocols: ['chat'] })
    connect(fake, 'wss://h.example/s', [])
    await fake.settled()
    expect(seen).toEqual([[{ 'X-Token': 't', n: '1' }, ['chat']], [{}, []]])
  })

  it('a handler or a listener that throws fails the test; a handler that sends what WeChat cannot carry is told what to send', async () => {
    const fake = fresh()
    fake.use({
      'wss://t.example/boom': () => {
        throw new Error('handler bug')
      },
      'wss://t.example/bad': (socket: WxSocketServer) => socket.send(42 as never),
      'wss://t.example/listen': (socket: WxSocketServer) =>
        socket.onMessage(() => {
          throw new Error('listener bug')
        }),
    })
    const boom: unknown[] = []
    connect(fake, 'wss://t.example/boom', boom)
    connect(fake, 'wss://t.example/bad', [])
    const listen = connect(fake, 'wss://t.example/listen', [])
    await fake.settled()
    listen.send({ data: 'x' })
    const app = connect(fake, 'wss://t.example/listen', [])
    app.onOpen(() => {
      throw new Error('app bug')
    })
    await fake.settled()
    expect(boom).toEqual([['success', { errMsg: 'connectSocket:ok' }], ['open', { header: {} }]])
    expect(fake.log.problems().map((p) => p.message.split('\n')[0])).toEqual([
      'the socket handler for wss://t.example/boom threw: Error: handler bug',
      'the socket handler for wss://t.example/bad threw: FakeWxError: [fake-wx] socket.send(data): data must be a string or an ArrayBuffer (what WeChat delivers to onMessage), got 42.',
      'the socket handler for wss://t.example/listen threw: Error: listener bug',
      "a listener of the 'socketOpen' event threw: Error: app bug",
    ])
  })

  it('a built-in socket handler that is not a function is refused; a plain connectSocket handler is told what to write', () => {
    const fake = fresh()
    expect(() => fake.use({ 'wss://a.example/s': 'nope' } as never)).toThrow(/fakeWx\.use\(\{ 'wss:\/\/a\.example\/s': \.\.\. \}\): a socket handler must be a function/)
    expect(() => fake.use({ connectSocket: () => ({}) })).toThrow(/wx\.connectSocket is modelled by fake-wx and answered by socket handlers[\s\S]*'wss:\/\/chat\.example\/socket'/)
  })

  it('one map may hold socket keys, request routes and API handlers together', async () => {
    const fake = fresh()
    fake.use({
      'wss://m.example/s': (socket: WxSocketServer) => socket.send('hello'),
      'GET https://m.example/api': () => ({ data: 'api' }),
      showShareImageMenu: () => ({}),
    })
    const seen: unknown[] = []
    connect(fake, 'wss://m.example/s', seen)
    let data: unknown
    wx(fake).request!({ url: 'https://m.example/api', success: (r: { data: unknown }) => (data = r.data) })
    await fake.settled()
    expect([seen.at(-1), data]).toEqual([['message', { data: 'hello' }], 'api'])
    fake.use({ 'wss://m.example/t': (socket: WxSocketServer) => socket.send('only sockets'), showShareImageMenu: () => ({}) })
    const t: unknown[] = []
    connect(fake, 'wss://m.example/t', t)
    await fake.settled()
    expect(t.at(-1)).toEqual(['message', { data: 'only sockets' }])
  })

  // rule: SOCKET-EVENTS
  it('what one end sent before closing still arrives; what the handler sends after the app closed does not', async () => {
    const fake = fresh()
    const heard: unknown[] = []
    fake.use({
      'wss://bye.example/s': (socket: WxSocketServer) => {
        socket.send('last words')
        socket.close(4000, 'done')
      },
      'wss://late.example/s': (socket: WxSocketServer) =>
        socket.onMessage((data) => {
          heard.push(data)
          socket.send('too late')
        }),
    })
    const bye: unknown[] = []
    connect(fake, 'wss://bye.example/s', bye)
    const late: unknown[] = []
    const task = connect(fake, 'wss://late.example/s', late)
    await fake.settled()
    task.send({ data: 'one' })
    task.close({ code: 1000, reason: 'app' })
    await fake.settled()
    expect(bye.slice(1)).toEqual([['open', { header: {} }], ['message', { data: 'last words' }], ['close', { code: 4000, reason: 'done' }]])
    expect(heard).toEqual(['one'])
    expect(late.slice(2)).toEqual([['close', { code: 1000, reason: 'app' }]])
  })

  // rule: SOCKET-GLOBAL-LATEST, SOCKET-UNHANDLED-LOUD
  it('an unhandled socket is still the latest: wx.onSocketError hears its failure', async () => {
    const fake = fresh({ onUnhandledRequest: () => {} })
    const errors: unknown[] = []
    wx(fake).onSocketError!((r: unknown) => errors.push(r))
    connect(fake, 'wss://nobody.example/s', [])
    await fake.settled()
    expect(errors).toEqual([{ errMsg: 'connectSocket:fail [fake-wx] no handler answered wx.connectSocket(wss://nobody.example/s)' }])
    // The task's own listener and the global one.
    expect(fake.log.events('socketError').map((e) => e.listeners)).toEqual([2])
  })

  it('protocols must be an array: a parameter error', async () => {
    const fake = fresh({ handlers: [echo] })
    const seen: unknown[] = []
    connect(fake, 'wss://chat.example/socket', seen, { protocols: 'chat' })
    await fake.settled()
    expect(seen).toEqual([['fail', { errMsg: 'connectSocket:fail parameter error: parameter.protocols should be Array instead of String;' }]])
  })

  it('reset() forgets the sockets: nothing more arrives, and the limit starts again', async () => {
    const fake = fresh({ handlers: [echo] })
    const seen: unknown[] = []
    const tasks = [1, 2, 3, 4, 5].map(() => connect(fake, 'wss://chat.example/socket', seen))
    await fake.settled()
    tasks[0]!.send({ data: 'x' })
    fake.reset()
    await fake.settled()
    expect(seen.filter((e) => (e as unknown[])[0] === 'message')).toEqual([])
    const fresh6: unknown[] = []
    connect(fake, 'wss://chat.example/socket', fresh6)
    await fake.settled()
    expect(fresh6.map((e) => (e as unknown[])[0])).toEqual(['success', 'open'])
    const after: unknown[] = []
    tasks[1]!.send({ data: 'old', ...callbacks(after) })
    await fake.settled()
    expect((after[0] as unknown[])[0]).toBe('send fail')
  })
})
