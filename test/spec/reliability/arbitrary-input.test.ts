/**
 * Bad input never crashes: every modelled API, called with arbitrary options (wrong types, null,
 * numbers, strings, extra keys, no argument, callbacks or not), settles exactly once: one of success/fail
 * (only with `<api>:ok`) or fail (only with `<api>:fail...`), then complete once, or the promise settles once;
 * nothing throws; the log and what the app received agree.
 * Runs: FAKE_WX_PROPERTY_RUNS (default 2,000).
 */
import fc from 'fast-check'
import { createFakeWx, scopes as SCOPES, type LogEntry } from 'fake-wx'
import { modelledGlobalApis, wechatTables } from '../../support/records'

const RUNS = Number(process.env.FAKE_WX_PROPERTY_RUNS ?? 2000)
/** The asynchronous ones: the synchronous readers return a value and have no callbacks to settle. */
const TASK_APIS = ['request', 'downloadFile', 'uploadFile']
const APIS = modelledGlobalApis().filter((api) => wechatTables().record(api)!.sync === undefined)

/** The option keys the APIs read, so random objects hit real checks as well as unknown keys. */
const KEYS = ['scope', 'type', 'altitude', 'filePath', 'title', 'content', 'showCancel', 'duration', 'tmplIds', 'desc', 'withSubscriptions', 'itemList', 'firstName', 'startTime', 'groupId', 'nonceStr', 'timeStamp', 'signature', 'mode', 'latitude', '$callee', 'x', 'key', 'data', 'encrypt', 'kvList', 'keyList', 'noConflict', 'index', 'text', 'frontColor', 'backgroundColor', 'confirmText', 'cancelText', 'longitude', 'count', 'mediaType', 'extension', 'src', 'urls', 'sources', 'quality', 'compressedWidth', 'tempFilePath', 'phoneNumber', 'path', 'canvasId', 'destWidth', 'fileType']

const value = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.string({ maxLength: 40 }),
  fc.constantFrom(...SCOPES, 'scope.nope', 'gcj02'),
  fc.array(fc.oneof(fc.string({ maxLength: 8 }), fc.integer()), { maxLength: 7 }),
  fc.object({ maxDepth: 1 }),
)

const optionsArb = fc.oneof(
  fc.constant(undefined),
  value,
  fc.dictionary(fc.constantFrom(...KEYS), value, { maxKeys: 6 }),
)

const callbacksArb = fc.record({ success: fc.boolean(), fail: fc.boolean(), complete: fc.boolean(), notAFunction: fc.boolean() })

function resultEntries(entries: readonly LogEntry[], call: number): LogEntry[] {
  return entries.filter((e) => (e.type === 'success' || e.type === 'fail' || e.type === 'resolve' || e.type === 'reject') && e.call === call)
}

// rule: ERRMSG-OK, ERRMSG-API-PREFIX, TIMING-COMPLETE-LAST, PROMISE-IFF-NO-CALLBACK
it(`every modelled API settles exactly once on arbitrary input (${RUNS} runs)`, async () => {
  const fake = createFakeWx({ onUnscriptedPrompt: 'deny' })
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...APIS),
      optionsArb,
      callbacksArb,
      fc.boolean(),
      fc.constantFrom('ios', 'android', 'devtools') as fc.Arbitrary<'ios' | 'android' | 'devtools'>,
      async (api, rawOptions, callbacks, withTap, platform) => {
        fake.reset()
        fake.configure({ platform })
        /** What the app received, in order: which callback or promise handler, and the errMsg it was given. */
        const received: [string, string][] = []
        const record = (kind: string) => (result: unknown) => received.push([kind, (result as { errMsg: string }).errMsg])
        let options: unknown = rawOptions
        const anyCallback = callbacks.success || callbacks.fail || callbacks.complete
        if (anyCallback) {
          const base = typeof rawOptions === 'object' && rawOptions !== null && !Array.isArray(rawOptions) ? rawOptions : {}
          options = {
            ...base,
            ...(callbacks.success && { success: record('success') }),
            ...(callbacks.fail && { fail: record('fail') }),
            ...(callbacks.complete && { complete: record('complete') }),
          }
        } else if (callbacks.notAFunction && typeof rawOptions === 'object' && rawOptions !== null) {
          options = { ...rawOptions, success: 'not a function' }
        }
        let returned: unknown
        const invoke = () => {
          returned = fake.wx[api]!(options)
          if (returned instanceof Promise) returned.then(record('resolve'), record('reject'))
        }
        if (withTap) await fake.user.tap(invoke)
        else invoke()
        await fake.settled()
        await fake.settled()
        const entries = fake.log.entries
        const calls = entries.filter((e) => e.type === 'call')
        expect(calls).toHaveLength(1)
        const outcomes = resultEntries(entries, calls[0]!.id)
        expect(outcomes).toHaveLength(1)
        // errMsg is exactly `<api>:ok` on success, and starts with `<api>:fail` on failure, with the called API's name.
        const errMsg = (outcomes[0] as unknown as { result: { errMsg: string } }).result.errMsg
        const succeeded = outcomes[0]!.type === 'success' || outcomes[0]!.type === 'resolve'
        if (succeeded) expect(errMsg).toBe(`${api}:ok`)
        else expect(errMsg.startsWith(`${api}:fail`)).toBe(true)
        // The app receives exactly what the log says, once: the promise settles once; or success (only with
        // `:ok`) or fail (only with `:fail`), if passed, then complete, if passed, with the same errMsg.
        const expected: [string, string][] = []
        if (returned instanceof Promise) {
          expected.push([succeeded ? 'resolve' : 'reject', errMsg])
        } else {
          // The network APIs return their task (rule REQUEST-RETURNS-TASK); every other callback call returns nothing.
          if (TASK_APIS.includes(api)) expect(typeof (returned as { abort?: unknown }).abort).toBe('function')
          // connectSocket returns its SocketTask (rule SOCKET-RETURNS-TASK).
          else if (api === 'connectSocket') expect(typeof (returned as { send?: unknown }).send).toBe('function')
          else expect(returned).toBeUndefined()
          if (anyCallback && callbacks[succeeded ? 'success' : 'fail']) expected.push([succeeded ? 'success' : 'fail', errMsg])
          if (anyCallback && callbacks.complete) expected.push(['complete', errMsg])
        }
        expect(received).toEqual(expected)
        // Every popup got exactly one answer.
        for (const popup of entries.filter((e) => e.type === 'popup')) {
          expect(entries.filter((e) => e.type === 'answer' && e.popup === popup.id)).toHaveLength(1)
        }
      },
    ),
    { numRuns: RUNS },
  )
}, 120_000)
