/**
 * Bad input to the synchronous everyday APIs: with any arguments of plain data, each returns, or throws what
 * WeChat's Sync forms throw (an Error whose errMsg is `<api>:fail...`), never anything else; the call and how it
 * ended are in the log. Runs: FAKE_WX_PROPERTY_RUNS (default 2,000).
 */
import fc from 'fast-check'
import { createFakeWx } from 'fake-wx'
import { modelledGlobalApis, wechatTables } from '../../support/records'

const RUNS = Number(process.env.FAKE_WX_PROPERTY_RUNS ?? 2000)
const SYNC = modelledGlobalApis().filter((api) => wechatTables().record(api)!.sync !== undefined && /Storage|Info|Options|Rect/.test(api))

const plain = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 20 }),
  fc.date(),
  fc.array(fc.oneof(fc.string({ maxLength: 6 }), fc.integer(), fc.record({ key: fc.oneof(fc.string({ maxLength: 4 }), fc.integer()), value: fc.jsonValue() })), { maxLength: 4 }),
  fc.jsonValue(),
)

// rule: STORAGE-SYNC-THROWS
it(`the synchronous everyday APIs return or throw <api>:fail on arbitrary plain arguments (${RUNS} runs)`, () => {
  expect(SYNC).toEqual(expect.arrayContaining(['setStorageSync', 'getStorageSync', 'batchGetStorageSync']))
  const fake = createFakeWx()
  fc.assert(
    fc.property(fc.constantFrom(...SYNC), fc.array(plain, { maxLength: 3 }), (api, args) => {
      fake.reset()
      let threw: unknown
      try {
        fake.wx[api]!(...args)
      } catch (error) {
        threw = error
      }
      const [call, ...rest] = fake.log.entries
      expect(call).toEqual(expect.objectContaining({ type: 'call', api, style: 'sync' }))
      if (threw === undefined) {
        expect(rest.every((entry) => entry.type === 'return')).toBe(true)
        return
      }
      expect(Object.prototype.toString.call(threw)).toBe('[object Error]')
      const errMsg = (threw as { errMsg?: unknown }).errMsg
      expect(errMsg).toEqual(expect.stringMatching(new RegExp(`^${api}:fail `)))
      expect((threw as Error).message).toBe(errMsg)
      expect(rest).toEqual([expect.objectContaining({ type: 'throw', result: expect.objectContaining({ errMsg }) })])
    }),
    { numRuns: RUNS },
  )
})
