/**
 * wx.request, downloadFile and uploadFile at the edges of their options and answers: values the query and the
 * body must still encode, header values that are not an object, a route handler that returns nothing, a late
 * answer after the timeout, and listeners that are not functions.
 */
import { setImmediate as realSetImmediate } from 'node:timers'
import { requestOf, requestSuccess } from '../../../src/network/http'
import { callWithCallbacks, fresh, settledCall } from '../../support/fixtures'
import { timers } from '../../support/runner'
import type { FakeWx } from 'fake-wx'

type Listener = (result: Record<string, unknown>) => void
type Task = Record<string, (listener?: unknown) => void>

const wx = (fake: FakeWx) => fake.wx as unknown as Record<string, (options: object) => Task>

describe('what a request sends', () => {
  // rule: REQUEST-GET-QUERY
  it('a number in GET data is converted with String(): NaN and Infinity stay themselves, not JSON null', () => {
    expect(requestOf('request', { url: 'https://a.example/x', data: { n: NaN, i: Infinity, k: 2 } }).url).toBe('https://a.example/x?n=NaN&i=Infinity&k=2')
  })

  it('a null header is no header', () => {
    expect(requestOf('request', { url: 'https://a.example/x', header: null }).header).toEqual({})
  })

  // rule: REQUEST-POST-BODY
  it('the content type is read from the content-type key among other headers, wherever it stands', () => {
    const header = { 'X-Token': 't', 'Content-Type': 'application/x-www-form-urlencoded' }
    expect(requestOf('request', { url: 'u', method: 'POST', data: { a: 1, b: 'x y' }, header }).body).toBe('a=1&b=x%20y')
    expect(requestOf('request', { url: 'u', method: 'POST', data: { a: 1 }, header: { 'X-Form': 'application/x-www-form-urlencoded' } }).body).toBe('{"a":1}')
  })

  // rule: REQUEST-POST-BODY
  it('a POST with null data sends no body, even form-encoded', () => {
    const header = { 'content-type': 'application/x-www-form-urlencoded' }
    expect(requestOf('request', { url: 'u', method: 'POST', data: null, header }).body).toBeUndefined()
    expect(requestOf('request', { url: 'u', method: 'POST', header }).body).toBeUndefined()
  })
})

describe('what a request receives', () => {
  // rule: REQUEST-DATATYPE-JSON
  it('only a string body is parsed: data a handler gives as an array or a number is delivered as it is', async () => {
    expect(requestSuccess({}, 200, {}, [7]).data).toEqual([7])
    expect(requestSuccess({ dataType: 'json' }, 200, {}, ['"a"']).data).toEqual(['"a"'])
    const fake = fresh()
    fake.use({ 'GET https://a.example/ids': () => ({ data: [3] }) })
    expect((await settledCall(fake, 'request', { url: 'https://a.example/ids' }))[1].data).toEqual([3])
  })

  it('a route handler that returns nothing answers 200 with no data, no header and no cookies', async () => {
    const fake = fresh()
    fake.use({ 'GET https://a.example/ping': () => undefined, 'POST https://a.example/ping': async () => undefined })
    expect(await settledCall(fake, 'request', { url: 'https://a.example/ping' })).toEqual(['success', { data: undefined, statusCode: 200, header: {}, cookies: [], errMsg: 'request:ok' }])
    expect(await settledCall(fake, 'request', { url: 'https://a.example/ping', method: 'POST' })).toEqual(['success', { data: undefined, statusCode: 200, header: {}, cookies: [], errMsg: 'request:ok' }])
    expect(fake.log.problems()).toEqual([])
  })

  it('a route handler may answer with any thenable, and its value is the response', async () => {
    const fake = fresh()
    const thenable = { then: (resolve: (value: object) => void) => resolve({ statusCode: 201, data: 'made' }) }
    fake.use({ 'POST https://a.example/make': () => thenable })
    const [kind, res] = await settledCall(fake, 'request', { url: 'https://a.example/make', method: 'POST', dataType: 'text' })
    expect([kind, res.statusCode, res.data]).toEqual(['success', 201, 'made'])
  })
})

describe('the task after the call', () => {
  // rule: REQUEST-ON-CHUNK-RECEIVED
  it('a listener that is not a function is ignored: no error, the other listeners still hear the event', async () => {
    const fake = fresh()
    fake.use({ 'GET https://a.example/x': () => ({ data: 'x' }) })
    const heard: unknown[] = []
    const task = wx(fake).request!({ url: 'https://a.example/x', enableChunked: true })
    task.onHeadersReceived!('not a listener')
    task.onChunkReceived!({ handleEvent: () => {} })
    task.onHeadersReceived!(((r) => heard.push(Object.keys(r).includes('header'))) as Listener)
    await fake.settled()
    expect(heard).toEqual([true])
    expect(fake.log.problems()).toEqual([])
  })

  // rule: REQUEST-ON-CHUNK-RECEIVED
  it('downloadFile and uploadFile with enableChunked report no chunk and still succeed', async () => {
    const fake = fresh()
    fake.use({ 'GET https://a.example/f': () => ({ data: 'x' }) })
    const [kind] = await settledCall(fake, 'downloadFile', { url: 'https://a.example/f', enableChunked: true })
    expect(kind).toBe('success')
    expect(fake.log.problems()).toEqual([])
  })
})

describe('the timeout', () => {
  beforeEach(() => void timers.useFakeTimers())
  afterEach(() => void timers.useRealTimers())

  const flush = () => new Promise<void>((resolve) => realSetImmediate(resolve))

  // rule: REQUEST-TIMEOUT, REQUEST-ON-HEADERS-RECEIVED
  it('an answer that comes after the timeout reaches no listener of the task', async () => {
    const fake = fresh()
    let answer: (value: object) => void = () => {}
    fake.use({ 'GET https://a.example/late': () => new Promise((resolve) => (answer = resolve)) })
    const heard: string[] = []
    const { events, returned } = callWithCallbacks(fake, 'request', { url: 'https://a.example/late', timeout: 10, enableChunked: true })
    const task = returned as unknown as Task
    task.onHeadersReceived!(() => heard.push('headers'))
    task.onChunkReceived!(() => heard.push('chunk'))
    timers.advanceTimersByTime(10)
    await flush()
    answer({ data: 'late' })
    await flush()
    await flush()
    expect(events.map(([kind]) => kind)).toEqual(['fail', 'complete'])
    expect(heard).toEqual([])
  })
})

describe('abort() of a call that already ended', () => {
  // rule: REQUEST-ABORT, REQUEST-INVALID-URL
  it('aborting a call refused before it was sent changes nothing and throws nothing', async () => {
    const fake = fresh()
    const { events, returned } = callWithCallbacks(fake, 'request', { url: '/relative' })
    expect(() => (returned as unknown as { abort(): void }).abort()).not.toThrow()
    await fake.settled()
    expect(events.map(([kind, res]) => [kind, res.errMsg])).toEqual([
      ['fail', 'request:fail invalid url "/relative"'],
      ['complete', 'request:fail invalid url "/relative"'],
    ])
  })
})
