/**
 * The timeout of wx.request, downloadFile and uploadFile: a handler slower than it fails the call with
 * `<api>:fail timeout` after exactly that many ms of the test's timers (fake timers move it, no wall clock).
 */
import { setImmediate as realSetImmediate } from 'node:timers'
import { delay, http, HttpResponse } from 'msw'
import { callWithCallbacks, fresh } from '../../support/fixtures'
import { timers } from '../../support/runner'
import type { FakeWx, FakeWxOptions } from 'fake-wx'

const never = () => new Promise<never>(() => {})

/**
 * One real macrotask: what the fake delivered by now has reached the app. (fake.settled() would wait for the
 * slow handler itself, which only the test's clock can move.)
 */
const flush = () => new Promise<void>((resolve) => realSetImmediate(resolve))

/** Calls `api` with callbacks under fake timers; `after(ms)` moves the test's clock, `events` is what the app got. */
function slowCall(fake: FakeWx, api: string, options: Record<string, unknown>) {
  const { events, returned } = callWithCallbacks(fake, api, options)
  return { events, returned, after: (ms: number) => timers.advanceTimersByTime(ms) }
}

const TIMEOUT = { errMsg: 'request:fail timeout' }

describe('the timeout of a network call', () => {
  beforeEach(() => void timers.useFakeTimers())
  afterEach(() => void timers.useRealTimers())

  // rule: REQUEST-TIMEOUT
  it('a handler that never answers fails the call with request:fail timeout after the timeout, not a ms before', async () => {
    const fake = fresh()
    fake.use({ 'GET https://a.example/slow': never })
    const { events, after } = slowCall(fake, 'request', { url: 'https://a.example/slow', timeout: 5000 })
    after(4999)
    await flush()
    expect(events).toEqual([])
    after(1)
    await flush()
    expect(events).toEqual([
      ['fail', TIMEOUT],
      ['complete', TIMEOUT],
    ])
  })

  // rule: REQUEST-TIMEOUT
  it('without a timeout the call waits 60000 ms', async () => {
    const fake = fresh()
    fake.use({ 'GET https://a.example/slow': never })
    const { events, after } = slowCall(fake, 'request', { url: 'https://a.example/slow' })
    after(59_999)
    await flush()
    expect(events).toEqual([])
    after(1)
    await flush()
    expect(events[0]).toEqual(['fail', TIMEOUT])
  })

  it('a timeout of 0 or below is not a timeout: the call waits the default 60000 ms (unverified)', async () => {
    const fake = fresh()
    fake.use({ 'GET https://a.example/slow': never })
    const zero = slowCall(fake, 'request', { url: 'https://a.example/slow', timeout: 0 })
    const negative = slowCall(fake, 'request', { url: 'https://a.example/slow', timeout: -1 })
    zero.after(59_999)
    await flush()
    expect([zero.events, negative.events]).toEqual([[], []])
    zero.after(1)
    await flush()
    expect([zero.events[0], negative.events[0]]).toEqual([
      ['fail', TIMEOUT],
      ['fail', TIMEOUT],
    ])
  })

  // rule: REQUEST-TIMEOUT-NETWORKTIMEOUT
  it("app.json networkTimeout sets each API's default; the call's own timeout wins", async () => {
    const fake = fresh({ appJson: { networkTimeout: { request: 3000, downloadFile: 7000 } } })
    fake.use({ 'GET https://a.example/slow': never })
    const byAppJson = slowCall(fake, 'request', { url: 'https://a.example/slow' })
    const own = slowCall(fake, 'request', { url: 'https://a.example/slow', timeout: 5000 })
    const download = slowCall(fake, 'downloadFile', { url: 'https://a.example/slow' })
    byAppJson.after(2999)
    await flush()
    expect(byAppJson.events).toEqual([])
    byAppJson.after(1)
    await flush()
    expect([byAppJson.events[0], own.events]).toEqual([['fail', TIMEOUT], []])
    byAppJson.after(2000)
    await flush()
    expect([own.events[0], download.events]).toEqual([['fail', TIMEOUT], []])
    byAppJson.after(2000)
    await flush()
    expect(download.events[0]).toEqual(['fail', { errMsg: 'downloadFile:fail timeout' }])
  })

  it('networkTimeout of another API leaves the 60000 ms default', async () => {
    const fake = fresh({ appJson: { networkTimeout: { uploadFile: 1000 } } })
    fake.use({ 'GET https://a.example/slow': never })
    const { events, after } = slowCall(fake, 'request', { url: 'https://a.example/slow' })
    after(59_999)
    await flush()
    expect(events).toEqual([])
    after(1)
    await flush()
    expect(events[0]).toEqual(['fail', TIMEOUT])
  })

  // rule: REQUEST-TIMEOUT
  it('downloadFile and uploadFile fail with their own name', async () => {
    const fake = fresh()
    fake.use({ 'GET https://cdn.example/a.png': never, 'POST https://api.example/up': never })
    const download = slowCall(fake, 'downloadFile', { url: 'https://cdn.example/a.png', timeout: 100 })
    const upload = slowCall(fake, 'uploadFile', { url: 'https://api.example/up', filePath: 'http://usr/a.png', name: 'file', timeout: 100 })
    download.after(100)
    await flush()
    expect([download.events[0], upload.events[0]]).toEqual([
      ['fail', { errMsg: 'downloadFile:fail timeout' }],
      ['fail', { errMsg: 'uploadFile:fail timeout' }],
    ])
  })

  // rule: REQUEST-TIMEOUT
  it("an msw handler slower than the timeout (await delay(ms)) times out; a faster one succeeds and its timer is gone", async () => {
    const fake = fresh()
    fake.use(http.get('https://a.example/slow', async () => {
      await delay(2000)
      return HttpResponse.json({ ok: true })
    }))
    const late = slowCall(fake, 'request', { url: 'https://a.example/slow', timeout: 1000 })
    const inTime = slowCall(fake, 'request', { url: 'https://a.example/slow', timeout: 3000 })
    await timers.advanceTimersByTimeAsync(1000)
    await flush()
    expect([late.events[0], inTime.events]).toEqual([['fail', TIMEOUT], []])
    await timers.advanceTimersByTimeAsync(1000)
    await flush()
    expect(inTime.events[0]).toEqual(['success', expect.objectContaining({ data: { ok: true }, errMsg: 'request:ok' })])
    await timers.advanceTimersByTimeAsync(5000)
    await flush()
    expect([late.events.length, inTime.events.length]).toEqual([2, 2])
  })

  // rule: REQUEST-TIMEOUT
  it("msw's delay('infinite') times out after the default 60000 ms, and settled() does not wait for it", async () => {
    const fake = fresh()
    fake.use(http.get('https://a.example/hang', async () => {
      await delay('infinite')
      return HttpResponse.text('never')
    }))
    const { events } = slowCall(fake, 'request', { url: 'https://a.example/hang' })
    await timers.advanceTimersByTimeAsync(60_000)
    await fake.settled()
    expect(events).toEqual([
      ['fail', TIMEOUT],
      ['complete', TIMEOUT],
    ])
  })

  it('an answer that comes after the timeout is ignored', async () => {
    const fake = fresh()
    let answer: (value: object) => void = () => {}
    fake.use({ 'GET https://a.example/late': () => new Promise((resolve) => (answer = resolve)) })
    const { events, after } = slowCall(fake, 'request', { url: 'https://a.example/late', timeout: 10 })
    after(10)
    await flush()
    answer({ data: 'late' })
    await flush()
    expect(events.map(([kind]) => kind)).toEqual(['fail', 'complete'])
  })

  it('abort() stops the clock: no timeout after it', async () => {
    const fake = fresh()
    fake.use({ 'GET https://a.example/slow': never })
    const { events, returned, after } = slowCall(fake, 'request', { url: 'https://a.example/slow', timeout: 10 })
    ;(returned as unknown as { abort(): void }).abort()
    after(10)
    await flush()
    expect(events).toEqual([
      ['fail', { errMsg: 'request:fail abort' }],
      ['complete', { errMsg: 'request:fail abort' }],
    ])
  })

  it('a call refused before it is sent (a bad url, an unhandled request) starts no clock', async () => {
    const fake = fresh({ onUnhandledRequest: 'warn' })
    const warn = console.warn
    console.warn = () => {}
    try {
      const invalid = slowCall(fake, 'request', { url: '/relative', timeout: 10 })
      const unhandled = slowCall(fake, 'request', { url: 'https://a.example/nobody', timeout: 10 })
      await flush()
      invalid.after(10)
      await flush()
      expect([invalid.events.length, unhandled.events.length]).toEqual([2, 2])
      expect(unhandled.events[0]![1].errMsg).toMatch(/^request:fail \[fake-wx\] no handler answered/)
    } finally {
      console.warn = warn
    }
  })

  it('a call that ends (answered, refused, unhandled, aborted) leaves no timer behind', async () => {
    const fake = fresh({ onUnhandledRequest: () => {} })
    fake.use({ 'GET https://a.example/x': () => ({ data: 'x' }), 'GET https://a.example/slow': never, 'POST https://a.example/up': () => ({}) })
    expect(timers.getTimerCount()).toBe(0)
    slowCall(fake, 'request', { url: 'https://a.example/x' })
    slowCall(fake, 'downloadFile', { url: 'https://a.example/x' })
    slowCall(fake, 'uploadFile', { url: 'https://a.example/up', filePath: 'http://usr/a.png', name: 'file' })
    slowCall(fake, 'request', { url: 'https://a.example/nobody' })
    slowCall(fake, 'request', { url: 'ftp://a.example' })
    await flush()
    expect(timers.getTimerCount()).toBe(0)
    const { returned } = slowCall(fake, 'request', { url: 'https://a.example/slow' })
    expect(timers.getTimerCount()).toBe(1)
    ;(returned as unknown as { abort(): void }).abort()
    expect(timers.getTimerCount()).toBe(0)
    slowCall(fake, 'request', { url: 'https://a.example/slow' })
    fake.reset()
    expect(timers.getTimerCount()).toBe(0)
  })

  it('reset() ends a slow call as every call in flight, and its clock with it', async () => {
    const fake = fresh()
    fake.use({ 'GET https://a.example/slow': never })
    const { events, after } = slowCall(fake, 'request', { url: 'https://a.example/slow', timeout: 10 })
    fake.reset()
    after(10)
    await flush()
    expect(events.map(([kind, res]) => [kind, res.errMsg])).toEqual([
      ['fail', 'request:fail [fake-wx] fake.reset() ran while this call was in flight'],
      ['complete', 'request:fail [fake-wx] fake.reset() ran while this call was in flight'],
    ])
  })

  it.each(['ios', 'android', 'devtools', 'windows', 'mac', 'ohos', 'ohos_pc'] as const)('%s spells it request:fail timeout', async (platform) => {
    const fake = fresh({ platform })
    fake.use({ 'GET https://a.example/slow': never })
    const { events, after } = slowCall(fake, 'request', { url: 'https://a.example/slow', timeout: 1 })
    after(1)
    await flush()
    expect(events[0]).toEqual(['fail', TIMEOUT])
  })

  // rule: REQUEST-TIMEOUT-OLD-ANDROID
  it("older Android clients' spelling is one spellings option away", async () => {
    const options: FakeWxOptions = { platform: 'android', spellings: { 'request-timeout': ' socket time out timeout:60000' } }
    const fake = fresh(options)
    fake.use({ 'GET https://a.example/slow': never })
    const { events, after } = slowCall(fake, 'request', { url: 'https://a.example/slow' })
    after(60_000)
    await flush()
    expect(events[0]).toEqual(['fail', { errMsg: 'request:fail socket time out timeout:60000' }])
  })
})

describe('appJson.networkTimeout', () => {
  it('must be an object of positive numbers for the network APIs', () => {
    expect(() => fresh({ appJson: { networkTimeout: 5000 as never } })).toThrow('appJson.networkTimeout must be an object such as { "request": 10000 }, got 5000.')
    expect(() => fresh({ appJson: { networkTimeout: [] as never } })).toThrow('appJson.networkTimeout must be an object such as { "request": 10000 }, got an array.')
    expect(() => fresh({ appJson: { networkTimeout: null as never } })).toThrow(/appJson\.networkTimeout must be an object/)
    expect(() => fresh({ appJson: { networkTimeout: { requests: 1 } as never } })).toThrow(
      "appJson.networkTimeout: unknown field 'requests'. Did you mean 'request'? Fields: request, downloadFile, uploadFile, connectSocket.",
    )
    expect(() => fresh({ appJson: { networkTimeout: { request: '5000' as never } } })).toThrow("appJson.networkTimeout.request must be a number of milliseconds above 0, got '5000'.")
    expect(() => fresh({ appJson: { networkTimeout: { request: 0 } } })).toThrow('appJson.networkTimeout.request must be a number of milliseconds above 0, got 0.')
    expect(() => fresh({ appJson: { networkTimeout: { connectSocket: 1, request: 1, downloadFile: 1, uploadFile: 1 } } })).not.toThrow()
  })

  it('a timeout that is not a number fails the call as WeChat checks parameters', async () => {
    const fake = fresh()
    const { events } = callWithCallbacks(fake, 'request', { url: 'https://a.example/x', timeout: '100' })
    await flush()
    expect(events[0]![1].errMsg).toMatch(/^request:fail parameter error: parameter\.timeout should be Number/)
  })
})
