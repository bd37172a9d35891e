/**
 * wx.connectSocket at the edges of its lifetime: a close before the socket opened, a close from both ends, a
 * reset() with a close on its way, listeners that are not functions; and msw's `client` as an EventTarget (listeners
 * added while an event is dispatched, once, preventDefault, removal of what was never added).
 */
import { ws } from 'msw'
import { fresh } from '../../support/fixtures'
import type { FakeWx, WxSocketServer } from 'fake-wx'

type Task = {
  send(options: Record<string, unknown>): void
  close(options?: Record<string, unknown>): void
  onOpen(listener: unknown): void
  onMessage(listener: unknown): void
  onError(listener: unknown): void
  onClose(listener: unknown): void
}
type Fn = (arg?: unknown) => unknown
const wx = (fake: FakeWx) => fake.wx as unknown as Record<string, Fn>

function connect(fake: FakeWx, url: string, seen: unknown[]): Task {
  const task = wx(fake).connectSocket!({ url }) as Task
  task.onOpen((r: unknown) => seen.push(['open', r]))
  task.onMessage((r: unknown) => seen.push(['message', r]))
  task.onError((r: unknown) => seen.push(['error', r]))
  task.onClose((r: unknown) => seen.push(['close', r]))
  return task
}

const problems = (fake: FakeWx) => fake.log.problems().map((p) => [p.kind, p.message.split('\n')[0]])

describe('a built-in socket handler', () => {
  // rule: SOCKET-CLOSE-CODE-REASON
  it('a socket the app closes before it opens never reaches the handler, and onClose hears the code', async () => {
    const accepted: unknown[] = []
    const fake = fresh({ handlers: [{ 'wss://chat.example/socket': (socket: WxSocketServer) => void accepted.push(socket.url) }] })
    const seen: unknown[] = []
    const task = connect(fake, 'wss://chat.example/socket', seen)
    task.close({ code: 4001, reason: 'changed my mind' })
    await fake.settled()
    expect(seen).toEqual([['close', { code: 4001, reason: 'changed my mind' }]])
    expect(accepted).toEqual([])
    expect(problems(fake)).toEqual([])
  })

  // rule: SOCKET-CLOSE-CODE-REASON
  it('a handler that closes twice closes once: onClose is heard once, with the first code', async () => {
    const fake = fresh({
      handlers: [
        {
          'wss://chat.example/socket': (socket: WxSocketServer) =>
            socket.onMessage(() => {
              socket.close(4000, 'first')
              socket.close(4001, 'second')
            }),
        },
      ],
    })
    const seen: unknown[] = []
    const task = connect(fake, 'wss://chat.example/socket', seen)
    await fake.settled()
    task.send({ data: 'bye' })
    await fake.settled()
    expect(seen).toEqual([['open', { header: {} }], ['close', { code: 4000, reason: 'first' }]])
  })

  // rule: SOCKET-CLOSE-CODE-REASON
  it('what the handler sends after its own close never arrives', async () => {
    const fake = fresh({
      handlers: [
        {
          'wss://chat.example/socket': (socket: WxSocketServer) => {
            socket.send('before')
            socket.close(4000, 'done')
            socket.send('after')
          },
        },
      ],
    })
    const seen: unknown[] = []
    connect(fake, 'wss://chat.example/socket', seen)
    await fake.settled()
    expect(seen).toEqual([['open', { header: {} }], ['message', { data: 'before' }], ['close', { code: 4000, reason: 'done' }]])
  })

  // rule: SOCKET-EVENTS, SOCKET-CLOSE-CODE-REASON
  it('a handler that closes as it accepts: the socket opens, then closes once; closing it from onOpen fails as already closed', async () => {
    const fake = fresh({ handlers: [{ 'wss://chat.example/socket': (socket: WxSocketServer) => socket.close(4000, 'full') }] })
    const seen: unknown[] = []
    const task = connect(fake, 'wss://chat.example/socket', seen)
    task.onOpen(() => task.close({ code: 1000, fail: (r: unknown) => seen.push(['close fail', r]) }))
    await fake.settled()
    expect(seen).toEqual([
      ['open', { header: {} }],
      ['close', { code: 4000, reason: 'full' }],
      ['close fail', { errMsg: "closeSocket:fail [fake-wx] the socket is already closed (WeChat's errMsg for this is unverified)" }],
    ])
  })

  // rule: SOCKET-UNHANDLED-LOUD, SOCKET-CLOSE-CODE-REASON
  it('a socket no handler answered is gone: closing it fails as already closed and no onClose follows', async () => {
    const fake = fresh({ onUnhandledRequest: () => {} })
    const seen: unknown[] = []
    const task = connect(fake, 'wss://nobody.example/s', seen)
    await fake.settled()
    task.close({ fail: (r: unknown) => seen.push(['close fail', r]) })
    await fake.settled()
    expect((seen as [string, unknown][]).map(([kind]) => kind)).toEqual(['error', 'close fail'])
    expect(seen[1]).toEqual(['close fail', { errMsg: "closeSocket:fail [fake-wx] the socket is already closed (WeChat's errMsg for this is unverified)" }])
  })

  it('reset() with a close on its way: neither the handler nor the app hears it', async () => {
    const heard: unknown[] = []
    const handlers = [{ 'wss://chat.example/socket': (socket: WxSocketServer) => socket.onClose((e) => void heard.push(e)) }]
    const fake = fresh({ handlers })
    const seen: unknown[] = []
    const task = connect(fake, 'wss://chat.example/socket', seen)
    await fake.settled()
    task.close({ code: 4002 })
    fake.reset()
    await fake.settled()
    expect(seen).toEqual([['open', { header: {} }]])
    expect(heard).toEqual([])
  })

  it('a listener that is not a function is ignored: no error, the other listeners still hear the event', async () => {
    const fake = fresh({ handlers: [{ 'wss://chat.example/socket': (socket: WxSocketServer) => socket.send('hi') }] })
    const seen: unknown[] = []
    const task = wx(fake).connectSocket!({ url: 'wss://chat.example/socket' }) as Task
    task.onOpen('not a listener')
    task.onMessage({ handleEvent: () => {} })
    task.onMessage((r: unknown) => seen.push(r))
    await fake.settled()
    expect(seen).toEqual([{ data: 'hi' }])
    expect(problems(fake)).toEqual([])
  })

  // rule: SOCKET-RETURNS-TASK
  it('a header that is null is a parameter error, never a throw', async () => {
    const fake = fresh({ handlers: [{ 'wss://chat.example/socket': () => {} }] })
    const seen: unknown[] = []
    expect(() => wx(fake).connectSocket!({ url: 'wss://chat.example/socket', header: null, fail: (r: unknown) => seen.push(r) })).not.toThrow()
    await fake.settled()
    expect(seen).toEqual([{ errMsg: 'connectSocket:fail parameter error: parameter.header should be Object instead of Null;' }])
  })

  it('a handler whose onMessage listener throws fails the test as a handler error', async () => {
    const fake = fresh({
      handlers: [
        {
          'wss://chat.example/socket': (socket: WxSocketServer) =>
            socket.onMessage(() => {
              throw new Error('boom')
            }),
        },
      ],
    })
    const task = connect(fake, 'wss://chat.example/socket', [])
    await fake.settled()
    task.send({ data: 'x' })
    await fake.settled()
    expect(problems(fake)).toEqual([['handler-threw', 'the socket handler for wss://chat.example/socket threw: Error: boom']])
  })
})

describe("msw's client", () => {
  const chat = ws.link('wss://chat.example/socket')

  // rule: SOCKET-CLOSE-CODE-REASON
  it('client.close() without arguments closes with 1000 and an empty reason', async () => {
    const fake = fresh({ handlers: [chat.addEventListener('connection', ({ client }) => client.close())] })
    const seen: unknown[] = []
    connect(fake, 'wss://chat.example/socket', seen)
    await fake.settled()
    expect(seen).toEqual([['open', { header: {} }], ['close', { code: 1000, reason: '' }]])
  })

  it('a listener (once: false too) hears every message; one added while a message is dispatched hears only the next ones', async () => {
    const heard: string[] = []
    const fake = fresh({
      handlers: [
        chat.addEventListener('connection', ({ client }) => {
          let added = false
          client.addEventListener(
            'message',
            (e) => {
              heard.push(`first ${String(e.data)}`)
              if (!added) client.addEventListener('message', (later) => void heard.push(`later ${String(later.data)}`))
              added = true
            },
            { once: false },
          )
        }),
      ],
    })
    const task = connect(fake, 'wss://chat.example/socket', [])
    await fake.settled()
    task.send({ data: 'a' })
    task.send({ data: 'b' })
    await fake.settled()
    expect(heard).toEqual(['first a', 'first b', 'later b'])
  })

  it('preventDefault() marks the event for the later listeners; a message event has no wasClean', async () => {
    const heard: unknown[] = []
    const fake = fresh({
      handlers: [
        chat.addEventListener('connection', ({ client }) => {
          client.addEventListener('message', (e) => {
            heard.push([e.defaultPrevented, (e as unknown as { wasClean?: boolean }).wasClean])
            e.preventDefault()
          })
          client.addEventListener('message', (e) => void heard.push([e.defaultPrevented]))
        }),
      ],
    })
    const task = connect(fake, 'wss://chat.example/socket', [])
    await fake.settled()
    task.send({ data: 'a' })
    await fake.settled()
    expect(heard).toEqual([[false, undefined], [true]])
  })

  it('listeners that are not functions, removing one never added, and events nobody listens to do nothing', async () => {
    const fake = fresh({
      handlers: [
        chat.addEventListener('connection', ({ client }) => {
          client.addEventListener('message', null as never)
          // A type msw's typings do not name, and that msw itself never listens to.
          client.removeEventListener('error' as 'close', () => {})
          client.send('ready')
        }),
      ],
    })
    const seen: unknown[] = []
    const task = connect(fake, 'wss://chat.example/socket', seen)
    await fake.settled()
    task.send({ data: 'a' })
    await fake.settled()
    task.close({ code: 4005 })
    await fake.settled()
    expect(seen).toEqual([['open', { header: {} }], ['message', { data: 'ready' }], ['close', { code: 4005, reason: '' }]])
    expect(problems(fake)).toEqual([])
  })

  /** A handler of msw 2's shape (parse, predicate, run) whose run() is synchronous. */
  const syncHandler = (run: (connection: { client: { send(data: string): void } }) => unknown) => ({
    __kind: 'EventHandler',
    parse: () => ({}),
    predicate: ({ url }: { url: URL }) => url.host === 'sync.example',
    run,
  })

  it('a synchronous run() answers; one that throws fails the test as a handler error', async () => {
    const fake = fresh()
    fake.use(syncHandler(({ client }) => client.send('sync')))
    const seen: unknown[] = []
    const task = connect(fake, 'wss://sync.example/s', seen)
    await fake.settled()
    expect(seen).toEqual([['open', { header: {} }], ['message', { data: 'sync' }]])
    // It listens to nothing: what the app sends and its close reach no listener, and nothing breaks.
    seen.length = 0
    task.send({ data: 'unheard' })
    task.close({ code: 4009 })
    await fake.settled()
    expect(seen).toEqual([['close', { code: 4009, reason: '' }]])
    expect(problems(fake)).toEqual([])
    fake.use(
      syncHandler(() => {
        throw new Error('sync boom')
      }),
    )
    connect(fake, 'wss://sync.example/s', [])
    await fake.settled()
    expect(problems(fake)).toEqual([['handler-threw', 'the msw connection listener for wss://sync.example/s threw: Error: sync boom']])
  })
})

describe('what is taken for an msw handler', () => {
  const nothing = (): null => null

  // Parts of an msw handler are a handler map with unknown API names, refused as such.
  it.each([
    ['an info object without run()', { info: {} }, 'info'],
    ['a run() without info', { run: nothing }, 'run'],
    ['a socket handler without run()', { kind: 'websocket', predicate: () => true }, 'kind'],
    ['a socket handler without predicate()', { kind: 'websocket', run: nothing }, 'kind'],
    ['a socket handler without predicate(), with info: never a request handler', { kind: 'websocket', run: nothing, info: {} }, 'kind'],
    ['broadcast functions without addEventListener', { broadcast: () => {}, broadcastExcept: () => {} }, 'broadcast'],
    ['a link without broadcast()', { addEventListener: () => {}, broadcastExcept: () => {} }, 'addEventListener'],
    ['a link without broadcastExcept()', { addEventListener: () => {}, broadcast: () => {} }, 'addEventListener'],
  ])('%s is a handler map with an unknown API', (_, value, first) => {
    expect(() => fresh().use(value)).toThrow(`fakeWx.use: wx has no API named '${first}'.`)
  })
})
