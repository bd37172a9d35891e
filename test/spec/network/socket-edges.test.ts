/**
 * The edges of wx.connectSocket and its SocketTask: the url's scheme, a socket the app closes before it opens or
 * right as it opens, wx.closeSocket with no socket at all, and what the test is told when a handler or the
 * onUnhandledRequest option throws.
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
function connect(fake: FakeWx, url: string, seen: unknown[]): Task {
  const task = wx(fake).connectSocket!({ url, success: (r: unknown) => seen.push(['success', r]), fail: (r: unknown) => seen.push(['fail', r]) }) as Task
  task.onOpen((r) => seen.push(['open', r]))
  task.onMessage((r) => seen.push(['message', r]))
  task.onError((r) => seen.push(['error', r]))
  task.onClose((r) => seen.push(['close', r]))
  return task
}

describe('the url of wx.connectSocket', () => {
  // rule: SOCKET-URL
  it('may be ws:// as well as wss://', async () => {
    const fake = fresh()
    fake.use({ 'ws://chat.example/socket': (socket: WxSocketServer) => socket.send('hi') })
    const seen: unknown[] = []
    connect(fake, 'ws://chat.example/socket', seen)
    await fake.settled()
    expect(seen).toEqual([['success', { errMsg: 'connectSocket:ok' }], ['open', { header: {} }], ['message', { data: 'hi' }]])
  })

  // rule: SOCKET-URL
  it('must start with its scheme: text before it makes an invalid url', async () => {
    const fake = fresh()
    fake.use({ 'wss://chat.example/socket': () => undefined })
    const seen: unknown[] = []
    connect(fake, 'see wss://chat.example/socket', seen)
    await fake.settled()
    expect(seen).toEqual([['fail', { errMsg: 'connectSocket:fail invalid url "see wss://chat.example/socket"', errno: 600009 }]])
  })
})

describe('a socket the app closes early', () => {
  // rule: SOCKET-CLOSE-CODE-REASON
  it('closed before it opened: the handler never gets it', async () => {
    const fake = fresh()
    const accepted: string[] = []
    fake.use({ 'wss://chat.example/socket': (socket: WxSocketServer) => void accepted.push(socket.url) })
    const seen: unknown[] = []
    connect(fake, 'wss://chat.example/socket', seen).close()
    await fake.settled()
    expect(seen).toEqual([['success', { errMsg: 'connectSocket:ok' }], ['close', { code: 1000, reason: '' }]])
    expect(accepted).toEqual([])
  })

  // rule: SOCKET-CLOSE-CODE-REASON
  it('closed in onOpen: what the handler sent as it accepted is not delivered any more', async () => {
    const fake = fresh()
    fake.use({ 'wss://chat.example/socket': (socket: WxSocketServer) => socket.send('welcome') })
    const seen: unknown[] = []
    const task = connect(fake, 'wss://chat.example/socket', seen)
    task.onOpen(() => task.close({ code: 4000, reason: 'bye' }))
    await fake.settled()
    expect(seen).toEqual([['success', { errMsg: 'connectSocket:ok' }], ['open', { header: {} }], ['close', { code: 4000, reason: 'bye' }]])
  })
})

describe('wx.closeSocket', () => {
  // rule: SOCKET-GLOBAL-NOT-CONNECTED
  it('with no socket ever opened fails as not connected', async () => {
    const fake = fresh()
    const seen: unknown[] = []
    wx(fake).closeSocket!({ success: (r: unknown) => seen.push(['success', r]), fail: (r: unknown) => seen.push(['fail', r]) })
    await fake.settled()
    expect(seen).toEqual([['fail', { errMsg: 'closeSocket:fail WebSocket is not connected' }]])
    expect(fake.log.problems()).toEqual([])
  })
})

describe('what the test is told about a socket', () => {
  // rule: SOCKET-UNHANDLED-LOUD
  it('one no handler answers fails the test as an unmodelled call', async () => {
    const fake = fresh()
    connect(fake, 'wss://nobody.example/s', [])
    await fake.settled()
    expect(fake.log.problems().map((p) => p.kind)).toEqual(['unmodelled-api'])
    fake.reset()
  })

  // rule: SOCKET-UNHANDLED-LOUD
  it('an onUnhandledRequest function that throws fails the test as an unmodelled call', async () => {
    const fake = fresh({
      onUnhandledRequest: () => {
        throw new Error('no sockets here')
      },
    })
    connect(fake, 'wss://nobody.example/s', [])
    await fake.settled()
    expect(fake.log.problems().map((p) => [p.kind, p.message])).toEqual([['unmodelled-api', 'onUnhandledRequest threw for wss://nobody.example/s: no sockets here']])
    fake.reset()
  })

  it('a handler that throws as it accepts the socket fails the test as a handler that threw', async () => {
    const fake = fresh()
    fake.use({
      'wss://chat.example/socket': () => {
        throw new Error('handler bug')
      },
    })
    connect(fake, 'wss://chat.example/socket', [])
    await fake.settled()
    expect(fake.log.problems().map((p) => [p.kind, p.message.split('\n')[0]])).toEqual([['handler-threw', 'the socket handler for wss://chat.example/socket threw: Error: handler bug']])
    fake.reset()
  })
})
