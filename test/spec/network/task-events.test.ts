/**
 * The tasks' events: headers, download and upload progress, chunks; their off* counterparts; cookies. Each event
 * reaches the app's listeners after the answer and before the success, in a fixed order.
 */
import { http, HttpResponse } from 'msw'
import { fresh } from '../../support/fixtures'
import type { FakeWx, FakeWxOptions } from 'fake-wx'

type Listener = (result: Record<string, unknown>) => void
type Task = Record<string, (listener?: Listener) => void>

/** Calls `api`, registers a listener on each of the task's `on*` given, and records everything in order. */
async function run(fake: FakeWx, api: string, options: Record<string, unknown>, events: readonly string[]): Promise<[string, unknown][]> {
  const seen: [string, unknown][] = []
  const task = (fake.wx as unknown as Record<string, (o: object) => Task>)[api]!({
    ...options,
    success: (res: object) => seen.push(['success', res]),
    fail: (res: object) => seen.push(['fail', res]),
    complete: () => seen.push(['complete', undefined]),
  })
  for (const event of events) task[`on${event}`]!((result) => seen.push([event, result]))
  await fake.settled()
  return seen
}

const bytes = (buffer: unknown): number[] => [...new Uint8Array(buffer as ArrayBuffer)]

describe('the tasks', () => {
  // rule: TASK-OFF-LISTENER
  it('each task has abort() and its own events only, as the typings declare them', () => {
    const fake = fresh()
    fake.use({ 'GET https://a.example/x': () => ({}), 'POST https://a.example/x': () => ({}) })
    const wx = fake.wx as unknown as Record<string, (o: object) => object>
    const methods = (task: object) => Object.keys(task).sort()
    expect(methods(wx.request!({ url: 'https://a.example/x' }))).toEqual(['abort', 'offChunkReceived', 'offHeadersReceived', 'onChunkReceived', 'onHeadersReceived'])
    const transfer = ['abort', 'offHeadersReceived', 'offProgressUpdate', 'onHeadersReceived', 'onProgressUpdate']
    expect(methods(wx.downloadFile!({ url: 'https://a.example/x' }))).toEqual(transfer)
    expect(methods(wx.uploadFile!({ url: 'https://a.example/x', filePath: 'http://usr/a', name: 'f' }))).toEqual(transfer)
  })

  // rule: REQUEST-ON-HEADERS-RECEIVED, REQUEST-COOKIES
  it('wx.request: the headers (with statusCode and cookies) come before success and complete', async () => {
    const fake = fresh({ platform: 'ios' })
    fake.use({ 'GET https://a.example/me': () => ({ statusCode: 201, data: { id: 1 }, header: { 'Set-Cookie': 'sid=abc; Path=/; HttpOnly' } }) })
    const header = { 'Set-Cookie': 'sid=abc; Path=/; HttpOnly' }
    expect(await run(fake, 'request', { url: 'https://a.example/me' }, ['HeadersReceived'])).toEqual([
      ['HeadersReceived', { header, statusCode: 201, cookies: ['sid=abc; Path=/; HttpOnly'] }],
      ['success', { data: { id: 1 }, statusCode: 201, header, cookies: ['sid=abc; Path=/; HttpOnly'], errMsg: 'request:ok' }],
      ['complete', undefined],
    ])
  })

  // rule: REQUEST-ON-HEADERS-RECEIVED
  it('the developer tools give no statusCode with the headers; the phones do', async () => {
    for (const [platform, expected] of [
      ['devtools', { header: {}, cookies: [] }],
      ['android', { header: {}, statusCode: 200, cookies: [] }],
    ] as const) {
      const fake = fresh({ platform } as FakeWxOptions)
      fake.use({ 'GET https://a.example/x': () => ({}) })
      expect((await run(fake, 'request', { url: 'https://a.example/x' }, ['HeadersReceived']))[0]).toEqual(['HeadersReceived', expected])
    }
  })

  // rule: REQUEST-ON-HEADERS-RECEIVED, TASK-ON-PROGRESS-UPDATE
  it('downloadFile: the headers, then the progress at 100 with the bytes written, then the success', async () => {
    const fake = fresh()
    fake.use({ 'GET https://cdn.example/p.png': () => ({ data: 'PNG!', header: { 'Content-Type': 'image/png' } }) })
    const seen = await run(fake, 'downloadFile', { url: 'https://cdn.example/p.png' }, ['ProgressUpdate', 'HeadersReceived'])
    expect(seen.map(([kind]) => kind)).toEqual(['HeadersReceived', 'ProgressUpdate', 'success', 'complete'])
    expect(seen[0]![1]).toEqual({ header: { 'Content-Type': 'image/png' } })
    expect(seen[1]![1]).toEqual({ progress: 100, totalBytesWritten: 4, totalBytesExpectedToWrite: 4 })
  })

  // rule: REQUEST-ON-HEADERS-RECEIVED, TASK-ON-PROGRESS-UPDATE
  it("uploadFile: the progress at 100 with the file's size sent, then the headers, then the success", async () => {
    const fake = fresh()
    fake.use({ 'GET https://cdn.example/p.png': () => ({ data: 'PNG!!' }), 'POST https://api.example/up': () => ({ data: 'ok', header: { A: 'b' } }) })
    const [[, downloaded]] = (await run(fake, 'downloadFile', { url: 'https://cdn.example/p.png' }, [])) as [[string, { tempFilePath: string }]]
    const seen = await run(fake, 'uploadFile', { url: 'https://api.example/up', filePath: downloaded.tempFilePath, name: 'file' }, ['HeadersReceived', 'ProgressUpdate'])
    expect(seen.slice(0, 3)).toEqual([
      ['ProgressUpdate', { progress: 100, totalBytesSent: 5, totalBytesExpectedToSend: 5 }],
      ['HeadersReceived', { header: { A: 'b' } }],
      ['success', { data: 'ok', statusCode: 200, header: { A: 'b' }, errMsg: 'uploadFile:ok' }],
    ])
  })

  it('an upload of a file the fake never saw reports 0 bytes sent', async () => {
    const fake = fresh()
    fake.use({ 'POST https://api.example/up': () => ({}) })
    const seen = await run(fake, 'uploadFile', { url: 'https://api.example/up', filePath: 'http://usr/made-by-a-handler.png', name: 'file' }, ['ProgressUpdate'])
    expect(seen[0]).toEqual(['ProgressUpdate', { progress: 100, totalBytesSent: 0, totalBytesExpectedToSend: 0 }])
  })

  // rule: REQUEST-ON-CHUNK-RECEIVED
  it('enableChunked: the body reaches onChunkReceived as an ArrayBuffer after the headers, before the success', async () => {
    const fake = fresh()
    fake.use({ 'GET https://a.example/stream': () => ({ data: 'data: hi\n\n' }) })
    const seen = await run(fake, 'request', { url: 'https://a.example/stream', enableChunked: true }, ['ChunkReceived', 'HeadersReceived'])
    expect(seen.map(([kind]) => kind)).toEqual(['HeadersReceived', 'ChunkReceived', 'success', 'complete'])
    const { data } = seen[1]![1] as { data: unknown }
    expect(data).toBeInstanceOf(ArrayBuffer)
    expect(new TextDecoder().decode(data as ArrayBuffer)).toBe('data: hi\n\n')
  })

  // rule: REQUEST-ON-CHUNK-RECEIVED
  it('enableChunked with an msw stream: one event per part, in order, and the whole body in the success', async () => {
    const fake = fresh()
    const encoder = new TextEncoder()
    fake.use(
      http.get('https://a.example/chat', () => {
        const stream = new ReadableStream<Uint8Array>({
          start(controller) {
            for (const part of ['data: 你', 'data: 好', '[DONE]']) controller.enqueue(encoder.encode(part))
            controller.close()
          },
        })
        return new HttpResponse(stream, { headers: { 'content-type': 'text/event-stream' } })
      }),
    )
    const seen = await run(fake, 'request', { url: 'https://a.example/chat', enableChunked: true }, ['ChunkReceived'])
    expect(seen.filter(([kind]) => kind === 'ChunkReceived').map(([, r]) => new TextDecoder().decode((r as { data: ArrayBuffer }).data))).toEqual(['data: 你', 'data: 好', '[DONE]'])
    expect((seen[3]![1] as { data: unknown }).data).toBe('data: 你data: 好[DONE]')
    const [, buffered] = (await run(fake, 'request', { url: 'https://a.example/chat', enableChunked: true, responseType: 'arraybuffer' }, [])).at(0)!
    expect(bytes((buffered as { data: unknown }).data)).toEqual([...encoder.encode('data: 你data: 好[DONE]')])
  })

  it('an msw answer without a body gives no chunk', async () => {
    const fake = fresh()
    fake.use(http.get('https://a.example/empty', () => new HttpResponse(null, { status: 204 })))
    const seen = await run(fake, 'request', { url: 'https://a.example/empty', enableChunked: true }, ['ChunkReceived'])
    expect(seen.map(([kind]) => kind)).toEqual(['success', 'complete'])
  })

  it('without enableChunked no chunk is reported', async () => {
    const fake = fresh()
    fake.use({ 'GET https://a.example/x': () => ({ data: 'x' }) })
    expect((await run(fake, 'request', { url: 'https://a.example/x' }, ['ChunkReceived'])).map(([kind]) => kind)).toEqual(['success', 'complete'])
    expect((await run(fake, 'request', { url: 'https://a.example/x', enableChunked: false }, ['ChunkReceived'])).map(([kind]) => kind)).toEqual(['success', 'complete'])
  })

  it('a call that fails reports no event', async () => {
    const fake = fresh({ onUnhandledRequest: () => {} })
    fake.use({ 'GET https://a.example/slow': async () => ({}) })
    const wx = fake.wx as unknown as Record<string, (o: object) => Task>
    const seen: string[] = []
    const task = wx.request!({ url: 'https://a.example/slow', complete: () => seen.push('complete') })
    task.onHeadersReceived!(() => seen.push('headers'))
    task.abort!()
    await fake.settled()
    expect(await run(fake, 'request', { url: 'https://a.example/nobody' }, ['HeadersReceived'])).toEqual([
      ['fail', { errMsg: 'request:fail [fake-wx] no handler answered wx.request(GET https://a.example/nobody)' }],
      ['complete', undefined],
    ])
    expect(seen).toEqual(['complete'])
  })

  // rule: TASK-OFF-LISTENER
  it('off<Event>(listener) removes that listener; off<Event>() removes them all; a non-function is ignored', async () => {
    const fake = fresh()
    fake.use({ 'GET https://a.example/x': () => ({}) })
    const wx = fake.wx as unknown as Record<string, (o: object) => Task>
    const seen: string[] = []
    const a: Listener = () => seen.push('a')
    const b: Listener = () => seen.push('b')
    const one = wx.request!({ url: 'https://a.example/x' })
    one.onHeadersReceived!(a)
    one.onHeadersReceived!(b)
    one.onHeadersReceived!(42 as never)
    one.offHeadersReceived!(a)
    one.offHeadersReceived!(() => seen.push('never added'))
    const all = wx.request!({ url: 'https://a.example/x', enableChunked: true })
    all.onHeadersReceived!(a)
    all.onChunkReceived!(a)
    all.onChunkReceived!(b)
    all.offHeadersReceived!()
    all.offChunkReceived!()
    await fake.settled()
    expect(seen).toEqual(['b'])
  })

  it('a listener that removes itself does not make the next one miss the event', async () => {
    const fake = fresh()
    fake.use({ 'GET https://a.example/x': () => ({}) })
    const task = (fake.wx as unknown as Record<string, (o: object) => Task>).request!({ url: 'https://a.example/x' })
    const seen: string[] = []
    const first: Listener = () => {
      seen.push('first')
      task.offHeadersReceived!(first)
    }
    task.onHeadersReceived!(first)
    task.onHeadersReceived!(() => seen.push('second'))
    await fake.settled()
    expect(seen).toEqual(['first', 'second'])
  })

  it('a listener that throws is the app’s bug: the test fails with it, the next listener and the success still run', async () => {
    const fake = fresh()
    fake.use({ 'GET https://a.example/x': () => ({}) })
    const seen = await run(fake, 'request', { url: 'https://a.example/x' }, [])
    expect(seen.map(([kind]) => kind)).toEqual(['success', 'complete'])
    const task = (fake.wx as unknown as Record<string, (o: object) => Task>).request!({ url: 'https://a.example/x', complete: () => order.push('complete') })
    const order: string[] = []
    task.onHeadersReceived!(() => {
      throw new Error('listener broke')
    })
    task.onHeadersReceived!(() => order.push('next'))
    await fake.settled()
    expect(order).toEqual(['next', 'complete'])
    expect(fake.log.problems().map((p) => p.message.split('\n')[0])).toEqual(['the onHeadersReceived listener of wx.request threw: Error: listener broke'])
    fake.reset()
  })

  it('enableChunked must be a boolean, as WeChat checks parameters', async () => {
    const fake = fresh()
    const seen = await run(fake, 'request', { url: 'https://a.example/x', enableChunked: 'yes' }, [])
    expect((seen[0]![1] as { errMsg: string }).errMsg).toMatch(/^request:fail parameter error: parameter\.enableChunked should be Boolean/)
  })
})

describe('cookies', () => {
  // rule: REQUEST-COOKIES
  it('the built-in form: a Set-Cookie header (any case) and the cookies field, in that order', async () => {
    const fake = fresh()
    fake.use({
      'GET https://a.example/login': () => ({ header: { 'set-cookie': 'sid=1' }, cookies: ['theme=dark; Max-Age=60'] }),
      'GET https://a.example/plain': () => ({ cookies: ['a=1', 'b=2'] }),
    })
    expect((await run(fake, 'request', { url: 'https://a.example/login' }, []))[0]![1]).toEqual(expect.objectContaining({ cookies: ['sid=1', 'theme=dark; Max-Age=60'] }))
    expect((await run(fake, 'request', { url: 'https://a.example/plain' }, []))[0]![1]).toEqual(expect.objectContaining({ cookies: ['a=1', 'b=2'], header: {} }))
  })

  // rule: REQUEST-COOKIES
  it('msw: each Set-Cookie header is one cookie', async () => {
    const fake = fresh()
    fake.use(
      http.get('https://a.example/login', () =>
        HttpResponse.json({ ok: true }, { headers: [['Set-Cookie', 'sid=abc; Path=/; HttpOnly'], ['Set-Cookie', 'theme=dark']] }),
      ),
    )
    const seen = await run(fake, 'request', { url: 'https://a.example/login' }, ['HeadersReceived'])
    expect((seen[0]![1] as { cookies: unknown }).cookies).toEqual(['sid=abc; Path=/; HttpOnly', 'theme=dark'])
    expect((seen[1]![1] as { cookies: unknown }).cookies).toEqual(['sid=abc; Path=/; HttpOnly', 'theme=dark'])
  })
})

describe('what an msw handler sees', () => {
  // rule: REQUEST-POST-BODY
  it('a body sent without a content-type goes as application/json, as WeChat sends it; a given one is kept; a GET has none, an upload is multipart', async () => {
    const fake = fresh()
    const types: unknown[] = []
    const seen = ({ request }: { request: Request }) => (types.push(request.headers.get('content-type')), HttpResponse.text(''))
    fake.use(http.post('https://a.example/x', seen), http.get('https://a.example/x', seen), http.post('https://a.example/up', seen))
    await run(fake, 'request', { url: 'https://a.example/x', data: { a: 1 } }, [])
    await run(fake, 'uploadFile', { url: 'https://a.example/up', filePath: 'http://usr/a.png', name: 'file' }, [])
    await run(fake, 'request', { url: 'https://a.example/x', method: 'POST', data: { a: 1 } }, [])
    await run(fake, 'request', { url: 'https://a.example/x', method: 'POST', data: 'a=1', header: { 'Content-Type': 'application/x-www-form-urlencoded' } }, [])
    expect(types).toEqual([null, expect.stringMatching(/^multipart\/form-data; boundary=/), 'application/json', 'application/x-www-form-urlencoded'])
  })
})
