/** Local storage: the store, the values that survive, the limits and how each form fails (rules STORAGE-*). */
import type { FakeWx, WxResult } from 'fake-wx'
import { printTimeline } from 'fake-wx/serializer'
import { callWithCallbacks, fresh, outcome } from '../../support/fixtures'

const MB = 1024 * 1024
/** A string of `n` UTF-8 bytes. */
const bytes = (n: number) => 'x'.repeat(n)

/** What a Sync call threw: its message and its errMsg property. */
function thrown(call: () => unknown): { message: string; errMsg: unknown } | 'returned' {
  try {
    call()
  } catch (error) {
    return { message: (error as Error).message, errMsg: (error as { errMsg?: unknown }).errMsg }
  }
  return 'returned'
}

const isDate = (value: unknown) => Object.prototype.toString.call(value) === '[object Date]'

describe('the store', () => {
  // rule: STORAGE-PROMISE
  it('the asynchronous forms resolve without callbacks and call success then complete with them', async () => {
    const fake = fresh()
    await expect(fake.wx.setStorage!({ key: 'token', data: 'abc' })).resolves.toEqual({ errMsg: 'setStorage:ok' })
    await expect(fake.wx.getStorage!({ key: 'token' })).resolves.toEqual({ errMsg: 'getStorage:ok', data: 'abc' })
    const { events, returned } = callWithCallbacks(fake, 'getStorage', { key: 'token' })
    expect(returned).toBeUndefined()
    expect(events).toEqual([])
    await fake.settled()
    expect(events).toEqual([
      ['success', { errMsg: 'getStorage:ok', data: 'abc' }],
      ['complete', { errMsg: 'getStorage:ok', data: 'abc' }],
    ])
  })

  // rule: STORAGE-PROMISE
  it('the Sync forms return at once, and share the store with the asynchronous ones', async () => {
    const fake = fresh()
    expect(fake.wx.setStorageSync!('user', { name: '小明' })).toBeUndefined()
    await expect(fake.wx.getStorage!({ key: 'user' })).resolves.toEqual({ errMsg: 'getStorage:ok', data: { name: '小明' } })
    await fake.wx.setStorage!({ key: 'theme', data: 'dark' })
    expect(fake.wx.getStorageSync!('theme')).toBe('dark')
  })

  // rule: STORAGE-OVERWRITE
  it('a write replaces what the key held', async () => {
    const fake = fresh()
    fake.wx.setStorageSync!('n', { a: 1 })
    await fake.wx.setStorage!({ key: 'n', data: [2] })
    expect(fake.wx.getStorageSync!('n')).toEqual([2])
  })

  it('removeStorage and removeStorageSync remove one key, clearStorage and clearStorageSync all of them', async () => {
    const fake = fresh({ storage: { a: 1, b: 2, c: 3, d: 4 } })
    await expect(fake.wx.removeStorage!({ key: 'a' })).resolves.toEqual({ errMsg: 'removeStorage:ok' })
    expect(fake.wx.removeStorageSync!('b')).toBeUndefined()
    expect(fake.wx.getStorageInfoSync!().keys).toEqual(['c', 'd'])
    await expect(fake.wx.removeStorage!({ key: 'never-there' })).resolves.toEqual({ errMsg: 'removeStorage:ok' })
    await expect(fake.wx.clearStorage!()).resolves.toEqual({ errMsg: 'clearStorage:ok' })
    expect(fake.wx.getStorageInfoSync!().keys).toEqual([])
    fake.wx.setStorageSync!('e', 5)
    fake.wx.clearStorageSync!()
    expect(fake.wx.getStorageSync!('e')).toBe('')
  })

  it('each fake has its own store, emptied by reset()', () => {
    const one = fresh()
    const two = fresh()
    one.wx.setStorageSync!('token', 'abc')
    expect(two.wx.getStorageSync!('token')).toBe('')
    one.reset()
    expect(one.wx.getStorageSync!('token')).toBe('')
  })

  it('the storage option preloads values; reset() returns to the defaults, configure adds for this test only', () => {
    const fake = fresh({ storage: { token: 'abc', when: new Date(7) } })
    expect(fake.wx.getStorageSync!('token')).toBe('abc')
    expect(fake.wx.getStorageSync!('when')).toEqual(new Date(7))
    fake.wx.setStorageSync!('token', 'changed')
    fake.configure({ storage: { visits: 3 } })
    expect([fake.wx.getStorageSync!('token'), fake.wx.getStorageSync!('visits')]).toEqual(['changed', 3])
    fake.reset()
    expect([fake.wx.getStorageSync!('token'), fake.wx.getStorageSync!('visits')]).toEqual(['abc', ''])
    // setDefaults replaces the default storage (as it replaces any option's value) and adds it now too.
    fake.setDefaults({ storage: { token: 'default' } })
    expect(fake.wx.getStorageSync!('token')).toBe('default')
    fake.reset()
    expect(fake.wx.getStorageInfoSync!().keys).toEqual(['token'])
  })

  it('configure() without storage preloads nothing again: what the test changed stays changed', () => {
    const fake = fresh({ storage: { token: 'abc', visits: 1 } })
    fake.wx.setStorageSync!('token', 'changed')
    fake.wx.removeStorageSync!('visits')
    fake.configure({ seed: 2 })
    expect([fake.wx.getStorageSync!('token'), fake.wx.getStorageSync!('visits')]).toEqual(['changed', ''])
  })

  it('a later change to the object passed as the storage option changes nothing', () => {
    const preload = { user: { name: '小明' } }
    const fake = fresh({ storage: preload })
    preload.user.name = '小红'
    expect(fake.wx.getStorageSync!('user')).toEqual({ name: '小明' })
  })

  it('the storage option must be an object', () => {
    expect(() => fresh({ storage: 'token' as never })).toThrow("[fake-wx] options.storage must be an object, got 'token'.")
    expect(() => fresh({ storage: { n: 10n } })).toThrow("[fake-wx] options.storage['n'] cannot be stored: ")
  })
})

describe('what survives storing', () => {
  // rule: STORAGE-VALUE-TYPES
  it.each([
    ['a string', '小程序'],
    ['an empty string', ''],
    ['a number', 3.5],
    ['zero', 0],
    ['true', true],
    ['false', false],
    ['null', null],
    ['an object', { a: 1, b: { c: [1, 'two', null] } }],
    ['an array', [1, { a: 2 }]],
  ])('%s reads back equal, through every reader', async (_name, value) => {
    const fake = fresh()
    fake.wx.setStorageSync!('k', value)
    expect(fake.wx.getStorageSync!('k')).toEqual(value)
    await expect(fake.wx.getStorage!({ key: 'k' })).resolves.toEqual({ errMsg: 'getStorage:ok', data: value })
    expect(fake.wx.batchGetStorageSync!(['k'])).toEqual([value])
  })

  // rule: STORAGE-DATE
  it('a Date reads back as a Date of the same time; inside an object it becomes its ISO string, as JSON makes it', async () => {
    const fake = fresh()
    await fake.wx.setStorage!({ key: 'when', data: new Date(Date.UTC(2024, 0, 2, 3, 4, 5)) })
    const when = fake.wx.getStorageSync!('when')
    expect(isDate(when)).toBe(true)
    expect((when as Date).getTime()).toBe(Date.UTC(2024, 0, 2, 3, 4, 5))
    fake.wx.setStorageSync!('order', { at: new Date(Date.UTC(2024, 0, 2)) })
    expect(fake.wx.getStorageSync!('order')).toEqual({ at: '2024-01-02T00:00:00.000Z' })
  })

  // rule: STORAGE-UNSTORABLE
  it('undefined, a function or a symbol store nothing: the key exists and reads back undefined', () => {
    const fake = fresh()
    fake.wx.setStorageSync!('u', undefined)
    fake.wx.setStorageSync!('f', () => 1)
    fake.wx.setStorageSync!('s', Symbol('x'))
    expect(fake.wx.getStorageInfoSync!().keys).toEqual(['u', 'f', 's'])
    expect([fake.wx.getStorageSync!('u'), fake.wx.getStorageSync!('f'), fake.wx.getStorageSync!('s')]).toEqual([undefined, undefined, undefined])
  })

  // rule: STORAGE-UNSTORABLE
  it('members JSON drops are dropped: undefined and functions in objects, and in arrays they become null', () => {
    const fake = fresh()
    fake.wx.setStorageSync!('o', { keep: 1, gone: undefined, fn: () => 1, list: [undefined, () => 1, 2] })
    expect(fake.wx.getStorageSync!('o')).toEqual({ keep: 1, list: [null, null, 2] })
    expect(Object.keys(fake.wx.getStorageSync!('o') as object)).toEqual(['keep', 'list'])
  })

  // rule: STORAGE-VALUE-COPY
  it('what is stored is a copy: changing the object afterwards, or what a read returned, changes nothing', () => {
    const fake = fresh()
    const user = { name: '小明', tags: ['a'] }
    fake.wx.setStorageSync!('user', user)
    user.name = '小红'
    user.tags.push('b')
    const read = fake.wx.getStorageSync!('user') as { name: string; tags: string[] }
    expect(read).toEqual({ name: '小明', tags: ['a'] })
    read.tags.push('c')
    expect(fake.wx.getStorageSync!('user')).toEqual({ name: '小明', tags: ['a'] })
    expect(fake.wx.getStorageSync!('user')).not.toBe(read)
  })

  it('data JSON cannot serialise (a cycle, a BigInt) fails with what the fake knows, never a throw from the asynchronous form', async () => {
    const fake = fresh()
    const cycle: Record<string, unknown> = {}
    cycle.self = cycle
    const [how, result] = await outcome(fake.wx.setStorage!({ key: 'c', data: cycle }))
    expect(how).toBe('rejected')
    expect(result.errMsg).toMatch(/^setStorage:fail \[fake-wx\] data of 'c' cannot be stored: .*circular/i)
    expect(thrown(() => fake.wx.setStorageSync!('n', { n: 1n }))).toEqual({
      message: expect.stringMatching(/^setStorageSync:fail \[fake-wx\] data of 'n' cannot be stored: .*BigInt/),
      errMsg: expect.stringMatching(/^setStorageSync:fail \[fake-wx\] data of 'n' cannot be stored: /),
    })
    expect(fake.wx.getStorageInfoSync!().keys).toEqual([])
  })
})

describe('a key that holds nothing', () => {
  // rule: STORAGE-MISSING-KEY
  it('getStorage fails with data not found', async () => {
    const fake = fresh()
    await expect(fake.wx.getStorage!({ key: 'token' })).rejects.toEqual({ errMsg: 'getStorage:fail data not found' })
  })

  // rule: STORAGE-MISSING-KEY-SYNC
  it("getStorageSync returns '' and throws nothing; the batch reads give '' in its place", async () => {
    const fake = fresh({ storage: { a: 1 } })
    expect(fake.wx.getStorageSync!('token')).toBe('')
    expect(fake.wx.batchGetStorageSync!(['a', 'token'])).toEqual([1, ''])
    await expect(fake.wx.batchGetStorage!({ keyList: ['token', 'a'] })).resolves.toEqual({ errMsg: 'batchGetStorage:ok', dataList: ['', 1] })
  })
})

describe('the limits', () => {
  // rule: STORAGE-KEY-LIMIT, STORAGE-KEY-LIMIT-ERRMSG
  it('a value of 1 MB is stored; one byte more fails, and the key keeps what it held', async () => {
    const fake = fresh()
    fake.wx.setStorageSync!('big', bytes(MB))
    expect((fake.wx.getStorageSync!('big') as string).length).toBe(MB)
    await expect(fake.wx.setStorage!({ key: 'big', data: bytes(MB + 1) })).rejects.toEqual({ errMsg: 'setStorage:fail exceed storage item max length' })
    expect(thrown(() => fake.wx.setStorageSync!('big', bytes(MB + 1)))).toEqual({
      message: 'setStorageSync:fail exceed storage item max length',
      errMsg: 'setStorageSync:fail exceed storage item max length',
    })
    expect((fake.wx.getStorageSync!('big') as string).length).toBe(MB)
  })

  // rule: STORAGE-KEY-LIMIT
  it('the size counts UTF-8 bytes: a Chinese character is three', () => {
    const fake = fresh()
    const third = Math.floor(MB / 3)
    expect(thrown(() => fake.wx.setStorageSync!('zh', '字'.repeat(third)))).toBe('returned')
    expect(thrown(() => fake.wx.setStorageSync!('zh', '字'.repeat(third + 1)))).toEqual({
      message: 'setStorageSync:fail exceed storage item max length',
      errMsg: 'setStorageSync:fail exceed storage item max length',
    })
  })

  // rule: STORAGE-TOTAL-LIMIT, STORAGE-TOTAL-ERRMSG, STORAGE-INFO-SIZES
  it('10 MB in all, keys included: the write that would pass it fails, overwriting counts only the difference', async () => {
    const fake = fresh()
    // Ten keys of one character and values of MB - 1 bytes fill 10 MB exactly.
    for (let i = 0; i < 10; i++) fake.wx.setStorageSync!(String(i), bytes(MB - 1))
    expect(fake.wx.getStorageInfoSync!().currentSize).toBe(10240)
    await expect(fake.wx.setStorage!({ key: 'x', data: '' })).rejects.toEqual({ errMsg: 'setStorage:fail exceed storage max size 10Mb' })
    expect(thrown(() => fake.wx.setStorageSync!('0', bytes(MB)))).toEqual({
      message: 'setStorageSync:fail exceed storage max size 10Mb',
      errMsg: 'setStorageSync:fail exceed storage max size 10Mb',
    })
    // The same size again, or less, fits.
    expect(thrown(() => fake.wx.setStorageSync!('0', bytes(MB - 2)))).toBe('returned')
    expect(thrown(() => fake.wx.setStorageSync!('x', ''))).toBe('returned')
    expect(fake.wx.getStorageInfoSync!().keys).toHaveLength(11)
  })

  // rule: STORAGE-ENCRYPT-LIMITS
  it('with encrypt: true data counts 1.4 times: about 0.7 MB per key', async () => {
    const fake = fresh()
    const fits = Math.floor(MB / 1.4)
    await expect(fake.wx.setStorage!({ key: 'secret', data: bytes(fits), encrypt: true })).resolves.toEqual({ errMsg: 'setStorage:ok' })
    await expect(fake.wx.setStorage!({ key: 'secret', data: bytes(fits + 1), encrypt: true })).rejects.toEqual({
      errMsg: 'setStorage:fail exceed storage item max length',
    })
    await expect(fake.wx.getStorage!({ key: 'secret', encrypt: true })).resolves.toEqual({ errMsg: 'getStorage:ok', data: bytes(fits) })
    await expect(fake.wx.setStorage!({ key: 'plain', data: bytes(fits + 1) })).resolves.toEqual({ errMsg: 'setStorage:ok' })
  })

  // rule: STORAGE-ENCRYPT-LIMITS
  it('encrypted data fills the 10 MB sooner: 7 MB of it fits, 7.5 MB does not, where plain 7.5 MB does', async () => {
    const half = bytes(MB / 2)
    const encrypted = fresh()
    for (let i = 0; i < 14; i++) await expect(encrypted.wx.setStorage!({ key: `e${i}`, data: half, encrypt: true })).resolves.toEqual({ errMsg: 'setStorage:ok' })
    await expect(encrypted.wx.setStorage!({ key: 'e14', data: half, encrypt: true })).rejects.toEqual({ errMsg: 'setStorage:fail exceed storage max size 10Mb' })
    const plain = fresh()
    for (let i = 0; i < 15; i++) await expect(plain.wx.setStorage!({ key: `p${i}`, data: half })).resolves.toEqual({ errMsg: 'setStorage:ok' })
  })
})

describe('getStorageInfo', () => {
  // rule: STORAGE-INFO
  it('lists the keys in the order they were first written, the size used and the limit, in KB', async () => {
    const fake = fresh()
    await expect(fake.wx.getStorageInfo!()).resolves.toEqual({ errMsg: 'getStorageInfo:ok', keys: [], currentSize: 0, limitSize: 10240 })
    fake.wx.setStorageSync!('b', 'x')
    fake.wx.setStorageSync!('a', bytes(2048))
    fake.wx.setStorageSync!('b', 'y')
    expect(fake.wx.getStorageInfoSync!()).toEqual({ keys: ['b', 'a'], currentSize: 3, limitSize: 10240 })
    await expect(fake.wx.getStorageInfo!()).resolves.toEqual({ errMsg: 'getStorageInfo:ok', keys: ['b', 'a'], currentSize: 3, limitSize: 10240 })
  })

  // rule: STORAGE-INFO-SIZES
  it('counts a partly used KB as a whole one', () => {
    const fake = fresh()
    fake.wx.setStorageSync!('k', 1234)
    expect(fake.wx.getStorageInfoSync!().currentSize).toBe(1)
    fake.wx.clearStorageSync!()
    fake.wx.setStorageSync!('k', bytes(1023))
    expect(fake.wx.getStorageInfoSync!().currentSize).toBe(1)
    fake.wx.setStorageSync!('k', bytes(1024))
    expect(fake.wx.getStorageInfoSync!().currentSize).toBe(2)
  })
})

describe('the batch forms', () => {
  // rule: STORAGE-BATCH, STORAGE-BATCH-DATALIST
  it('batchSetStorage writes every pair; batchGetStorage reads a dataList in keyList order', async () => {
    const fake = fresh()
    await expect(
      fake.wx.batchSetStorage!({
        kvList: [
          { key: 'a', value: 1 },
          { key: 'b', value: { c: true } },
        ],
      }),
    ).resolves.toEqual({ errMsg: 'batchSetStorage:ok' })
    expect(fake.wx.batchSetStorageSync!([{ key: 'c', value: 'three' }])).toBeUndefined()
    await expect(fake.wx.batchGetStorage!({ keyList: ['c', 'a', 'b'] })).resolves.toEqual({ errMsg: 'batchGetStorage:ok', dataList: ['three', 1, { c: true }] })
    expect(fake.wx.batchGetStorageSync!(['b', 'c'])).toEqual([{ c: true }, 'three'])
  })

  // rule: STORAGE-BATCH-ATOMIC, STORAGE-TOTAL-LIMIT
  it('a batch past a limit stores none of its pairs', async () => {
    const fake = fresh()
    const tooBig = [
      { key: 'ok', value: 'small' },
      { key: 'big', value: bytes(MB + 1) },
    ]
    await expect(fake.wx.batchSetStorage!({ kvList: tooBig })).rejects.toEqual({ errMsg: 'batchSetStorage:fail exceed storage item max length' })
    expect(thrown(() => fake.wx.batchSetStorageSync!(tooBig))).toEqual({
      message: 'batchSetStorageSync:fail exceed storage item max length',
      errMsg: 'batchSetStorageSync:fail exceed storage item max length',
    })
    // Ten pairs of 1 MB with their keys fill the 10 MB exactly; one more byte is too many.
    const full = [...Array.from({ length: 10 }, (_, i) => ({ key: String(i), value: bytes(MB - 1) })), { key: 'y', value: '' }]
    await expect(fake.wx.batchSetStorage!({ kvList: full })).rejects.toEqual({
      errMsg: 'batchSetStorage:fail exceed storage max size 10Mb',
    })
    expect(fake.wx.getStorageInfoSync!().keys).toEqual([])
  })
})

describe('bad input', () => {
  // rule: ERRMSG-PARAM-TYPE
  it.each([
    ['setStorage', { data: 1 }, 'setStorage:fail parameter error: parameter.key should be String instead of Undefined;'],
    ['getStorage', { key: 1 }, 'getStorage:fail parameter error: parameter.key should be String instead of Number;'],
    ['removeStorage', {}, 'removeStorage:fail parameter error: parameter.key should be String instead of Undefined;'],
    ['setStorage', { key: 'k', encrypt: 'yes' }, 'setStorage:fail parameter error: parameter.encrypt should be Boolean instead of String;'],
    ['batchSetStorage', { kvList: 'a' }, 'batchSetStorage:fail parameter error: parameter.kvList should be Array instead of String;'],
    ['batchSetStorage', { kvList: [{ key: 'a' }, { value: 1 }] }, 'batchSetStorage:fail parameter error: parameter.kvList[1].key should be String instead of Undefined;'],
    ['batchSetStorage', { kvList: [null] }, 'batchSetStorage:fail parameter error: parameter.kvList[0].key should be String instead of Undefined;'],
    ['batchGetStorage', { keyList: ['a', 2] }, 'batchGetStorage:fail parameter error: parameter.keyList[1] should be String instead of Number;'],
  ])('%s(%j) fails with the parameter error', async (api, options, errMsg) => {
    const fake = fresh()
    await expect(fake.wx[api]!(options)).rejects.toEqual({ errMsg })
  })

  // rule: STORAGE-SYNC-THROWS, STORAGE-SYNC-ERROR-SHAPE
  it.each([
    ['setStorageSync', [1, 'v'], 'setStorageSync:fail parameter error: parameter.key should be String instead of Number;'],
    ['getStorageSync', [], 'getStorageSync:fail parameter error: parameter.key should be String instead of Undefined;'],
    ['removeStorageSync', [null], 'removeStorageSync:fail parameter error: parameter.key should be String instead of Null;'],
    ['batchSetStorageSync', [{ key: 'a' }], 'batchSetStorageSync:fail parameter error: parameter.kvList should be Array instead of Object;'],
    ['batchSetStorageSync', [[{ key: 2 }]], 'batchSetStorageSync:fail parameter error: parameter.kvList[0].key should be String instead of Number;'],
    ['batchGetStorageSync', ['a'], 'batchGetStorageSync:fail parameter error: parameter.keyList should be Array instead of String;'],
    ['batchGetStorageSync', [[true]], 'batchGetStorageSync:fail parameter error: parameter.keyList[0] should be String instead of Boolean;'],
  ])('%s(%j) throws an Error whose message and errMsg are the fail errMsg', (api, args, errMsg) => {
    const fake = fresh()
    expect(thrown(() => fake.wx[api]!(...args))).toEqual({ message: errMsg, errMsg })
  })

  // rule: STORAGE-SYNC-ERROR-SHAPE
  it('what a Sync form throws is an Error, and it is in the log and the timeline', () => {
    const fake = fresh()
    let error: unknown
    try {
      fake.wx.getStorageSync!(7 as never)
    } catch (e) {
      error = e
    }
    expect(Object.prototype.toString.call(error)).toBe('[object Error]')
    expect(fake.log.results('getStorageSync')).toEqual([
      expect.objectContaining({ type: 'throw', result: { errMsg: 'getStorageSync:fail parameter error: parameter.key should be String instead of Number;' } }),
    ])
  })
})

describe('the log', () => {
  it('logs every call: the Sync forms with their arguments, the returned objects, and the asynchronous results', async () => {
    const fake: FakeWx = fresh()
    fake.wx.setStorageSync!('user', { name: '小明' })
    fake.wx.getStorageSync!('user')
    fake.wx.getStorageSync!('token')
    await outcome(fake.wx.getStorage!({ key: 'token' }))
    expect(fake.log.calls().map((c) => [c.api, c.args, c.style])).toEqual([
      ['setStorageSync', ['user', { name: '小明' }], 'sync'],
      ['getStorageSync', 'user', 'sync'],
      ['getStorageSync', 'token', 'sync'],
      ['getStorage', { key: 'token' }, 'promise'],
    ])
    expect(fake.log.results().map((r) => [r.api, r.type, r.result])).toEqual([
      ['getStorageSync', 'return', { name: '小明' }],
      ['getStorage', 'reject', { errMsg: 'getStorage:fail data not found' } as WxResult],
    ])
  })

  it('the timeline shows each call, what a Sync form returned or threw, and how the asynchronous ones ended', async () => {
    const fake = fresh()
    fake.wx.setStorageSync!('user', { name: '小明' })
    fake.wx.getStorageSync!('user')
    expect(thrown(() => fake.wx.setStorageSync!('big', bytes(MB + 1)))).not.toBe('returned')
    await fake.wx.setStorage!({ key: 'token', data: 'abc' })
    // The printer shortens the long value itself; only its length is left out here.
    expect(printTimeline(fake.log).replace(/'x+…'/, "'x…'")).toBe(
      [
        "#1 wx.setStorageSync('user', { name: '小明' })",
        "#2 wx.getStorageSync('user')",
        "  return { name: '小明' }",
        "#3 wx.setStorageSync('big', 'x…')",
        "  throw { errMsg: 'setStorageSync:fail exceed storage item max length' }",
        "#4 wx.setStorage({ key: 'token', data: 'abc' })",
        "  resolve { errMsg: 'setStorage:ok' }",
      ].join('\n'),
    )
  })
})
