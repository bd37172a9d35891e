/**
 * Local storage: wx.setStorage, getStorage, removeStorage, clearStorage, getStorageInfo, batchSetStorage,
 * batchGetStorage and their Sync forms, on the fake's own store (src/storage-state.ts). Loaded on the first
 * call of one of them. Rules: STORAGE-PROMISE, STORAGE-OVERWRITE, STORAGE-VALUE-TYPES, STORAGE-VALUE-COPY,
 * STORAGE-DATE, STORAGE-UNSTORABLE, STORAGE-MISSING-KEY, STORAGE-MISSING-KEY-SYNC, STORAGE-KEY-LIMIT,
 * STORAGE-TOTAL-LIMIT, STORAGE-ENCRYPT-LIMITS, STORAGE-INFO, STORAGE-INFO-SIZES, STORAGE-SYNC-THROWS, STORAGE-BATCH,
 * STORAGE-BATCH-DATALIST, STORAGE-BATCH-ATOMIC.
 */
import { fail, ok, type Outcome, type SyncFail } from '../../../api-record'
import type { Engine } from '../../../engine'
import type { Failure } from '../../../outcomes'
import { typeName } from '../../../params'
import type { StoredItem } from '../../../storage-state'
import type { WechatApi } from '../apis/record'

const MB = 1024 * 1024
/** "单个 key 允许存储的最大数据长度为 1MB，所有数据存储上限为 10MB". */
const KEY_LIMIT = MB
const TOTAL_LIMIT = 10 * MB
/** Encrypted data is 1.4 times larger, which makes the limits 0.7 MB and 7.1 MB. */
const ENCRYPTED_GROWTH = 1.4

/** The values the client stores by type, and how each reads back; anything else goes through JSON. */
const TYPED: Readonly<Record<string, (data: string) => unknown>> = {
  String: (data) => data,
  Number: Number,
  Boolean: (data) => data === 'true',
  Date: (data) => new Date(Number(data)),
  Undefined: () => undefined,
}

/**
 * A value as the client keeps it: a type tag beside its text, so a Date reads back as a Date. (Under Jest
 * with native ES modules this file runs outside the test's realm: a Date read back is a Date of the main
 * realm, equal to the test's by toEqual, not by instanceof.)
 */
function encode(value: unknown): { type: string; data: string } {
  // Not instanceof: a Date from the test's realm (Jest's sandbox) is no instance of this realm's Date.
  if (Object.prototype.toString.call(value) === '[object Date]') {
    return { type: 'Date', data: String((value as Date).getTime()) }
  }
  switch (typeof value) {
    case 'string':
      return { type: 'String', data: value }
    case 'number':
      return { type: 'Number', data: String(value) }
    case 'boolean':
      return { type: 'Boolean', data: String(value) }
    // Not JSON: nothing survives of a function, a symbol or undefined (rule STORAGE-UNSTORABLE).
    case 'undefined':
    case 'function':
    case 'symbol':
      return { type: 'Undefined', data: '' }
    default:
      // Objects, arrays and null: JSON, so members that JSON drops (undefined, functions) are gone, and a
      // nested Date becomes its ISO string. Throws for a BigInt or a cycle.
      return { type: typeName(value), data: JSON.stringify(value) }
  }
}

function decode(item: StoredItem): unknown {
  const read = TYPED[item.type]
  return read === undefined ? JSON.parse(item.data) : read(item.data)
}

const encoder = new TextEncoder()

/** A value ready to store, or the failure that stops it. */
type Written = { readonly item: StoredItem } | { readonly failure: Failure; readonly detail?: string }

/** What a value counts towards the limits: its key and its text in UTF-8 bytes, 1.4 times that encrypted. */
function itemOf(key: string, encoded: { type: string; data: string }, encrypted: boolean): StoredItem {
  const growth = encrypted ? ENCRYPTED_GROWTH : 1
  return { ...encoded, size: Math.ceil((encoder.encode(key).length + encoder.encode(encoded.data).length) * growth), encrypted }
}

function prepare(key: string, value: unknown, encrypted: boolean): Written {
  let encoded: { type: string; data: string }
  try {
    encoded = encode(value)
  } catch (error) {
    // What the client does with data JSON cannot serialise is unknown: the fake says what went wrong.
    return { failure: 'fake-wx', detail: `data of '${key}' cannot be stored: ${error instanceof Error ? error.message : String(error)}` }
  }
  if (Math.ceil(encoder.encode(encoded.data).length * (encrypted ? ENCRYPTED_GROWTH : 1)) > KEY_LIMIT) return { failure: 'storage-item-too-large' }
  return { item: itemOf(key, encoded, encrypted) }
}

/** The store, with the values of the `storage` option stored first (as given: they were there before the test). */
function storeOf(engine: Engine): Map<string, StoredItem> {
  const { storage } = engine
  if (storage.pending !== undefined) {
    for (const [key, value] of Object.entries(storage.pending)) storage.items.set(key, itemOf(key, encode(value), false))
    storage.pending = undefined
  }
  return storage.items
}

/** Writes every pair or none: past a limit, nothing of the batch is stored. */
function write(engine: Engine, pairs: readonly (readonly [string, unknown])[], encrypted: boolean): Outcome | undefined {
  const store = storeOf(engine)
  const prepared: [string, StoredItem][] = []
  let total = engine.storage.size
  for (const [key, value] of pairs) {
    const written = prepare(key, value, encrypted)
    if ('failure' in written) return fail(written.failure, written.detail)
    total += written.item.size - (store.get(key)?.size ?? 0)
    prepared.push([key, written.item])
  }
  if (total > TOTAL_LIMIT) return fail('storage-max-size')
  for (const [key, item] of prepared) store.set(key, item)
  return undefined
}

function read(engine: Engine, key: string): { found: boolean; value: unknown } {
  const item = storeOf(engine).get(key)
  return item === undefined ? { found: false, value: undefined } : { found: true, value: decode(item) }
}

function info(engine: Engine): { keys: string[]; currentSize: number; limitSize: number } {
  const keys = [...storeOf(engine).keys()]
  return { keys, currentSize: Math.ceil(engine.storage.size / 1024), limitSize: TOTAL_LIMIT / 1024 }
}

/** A missing key reads as '' through the Sync forms and the batch read (rule STORAGE-MISSING-KEY-SYNC). */
const MISSING = ''

function readAll(engine: Engine, keys: readonly string[]): unknown[] {
  return keys.map((key) => read(engine, key)).map((r) => (r.found ? r.value : MISSING))
}

/** The pairs of a kvList: each item must be an object with a string key. */
function pairsOf(kvList: readonly unknown[]): { pairs: [string, unknown][] } | { clause: string } {
  const pairs: [string, unknown][] = []
  for (const [index, entry] of kvList.entries()) {
    const key = (entry as { key?: unknown } | null)?.key
    if (typeof key !== 'string') return { clause: `parameter.kvList[${index}].key should be String instead of ${typeName(key)};` }
    pairs.push([key, (entry as { value?: unknown }).value])
  }
  return { pairs }
}

function keysOf(keyList: readonly unknown[]): { keys: string[] } | { clause: string } {
  const index = keyList.findIndex((key) => typeof key !== 'string')
  if (index !== -1) return { clause: `parameter.keyList[${index}] should be String instead of ${typeName(keyList[index])};` }
  return { keys: keyList as string[] }
}

/** A Sync form's argument of the wrong type: thrown in the words of the asynchronous form's parameter check. */
function requireArg<T>(fail: SyncFail, name: string, value: unknown, expected: 'String' | 'Array', is: (value: unknown) => value is T): T {
  if (!is(value)) fail('parameter-error', `parameter.${name} should be ${expected} instead of ${typeName(value)};`)
  return value as T
}

const isString = (value: unknown): value is string => typeof value === 'string'
const isArray = (value: unknown): value is unknown[] => Array.isArray(value)

/** Throws what an Outcome says, for the Sync forms. */
function orThrow(fail: SyncFail, outcome: Outcome | undefined): void {
  if (outcome !== undefined && !outcome.ok && 'failure' in outcome) fail(outcome.failure, outcome.detail)
}

const records: readonly WechatApi[] = [
  {
    name: 'setStorage',
    promise: true,
    params: { key: { type: 'String', required: true }, encrypt: { type: 'Boolean' } },
    steps: [(call) => write(call.engine, [[call.options.key as string, call.options.data]], call.options.encrypt === true) ?? ok()],
  },
  {
    name: 'getStorage',
    promise: true,
    params: { key: { type: 'String', required: true }, encrypt: { type: 'Boolean' } },
    check: (call) => (storeOf(call.engine).has(call.options.key as string) ? undefined : fail('storage-not-found')),
    result: (call) => ({ data: read(call.engine, call.options.key as string).value }),
  },
  {
    name: 'removeStorage',
    promise: true,
    params: { key: { type: 'String', required: true } },
    steps: [(call) => {
      storeOf(call.engine).delete(call.options.key as string)
      return ok()
    }],
  },
  {
    name: 'clearStorage',
    promise: true,
    steps: [(call) => {
      storeOf(call.engine).clear()
      return ok()
    }],
  },
  { name: 'getStorageInfo', promise: true, result: (call) => info(call.engine) },
  {
    name: 'batchSetStorage',
    promise: true,
    params: { kvList: { type: 'Array', required: true } },
    steps: [(call) => {
      const list = pairsOf(call.options.kvList as unknown[])
      if ('clause' in list) return fail('parameter-error', list.clause)
      return write(call.engine, list.pairs, false) ?? ok()
    }],
  },
  {
    name: 'batchGetStorage',
    promise: true,
    params: { keyList: { type: 'Array', required: true } },
    check: (call) => {
      const list = keysOf(call.options.keyList as unknown[])
      return 'clause' in list ? fail('parameter-error', list.clause) : undefined
    },
    result: (call) => ({ dataList: readAll(call.engine, call.options.keyList as string[]) }),
  },
  {
    name: 'setStorageSync',
    sync: (engine, [key, data], fail) => {
      orThrow(fail, write(engine, [[requireArg(fail, 'key', key, 'String', isString), data]], false))
    },
  },
  {
    name: 'getStorageSync',
    sync: (engine, [key], fail) => {
      const { found, value } = read(engine, requireArg(fail, 'key', key, 'String', isString))
      return found ? value : MISSING
    },
  },
  {
    name: 'removeStorageSync',
    sync: (engine, [key], fail) => {
      storeOf(engine).delete(requireArg(fail, 'key', key, 'String', isString))
    },
  },
  {
    name: 'clearStorageSync',
    sync: (engine) => {
      storeOf(engine).clear()
    },
  },
  { name: 'getStorageInfoSync', sync: (engine) => info(engine) },
  {
    name: 'batchSetStorageSync',
    sync: (engine, [kvList], fail) => {
      const list = pairsOf(requireArg(fail, 'kvList', kvList, 'Array', isArray))
      if ('clause' in list) fail('parameter-error', list.clause)
      else orThrow(fail, write(engine, list.pairs, false))
    },
  },
  {
    name: 'batchGetStorageSync',
    sync: (engine, [keyList], fail) => {
      const list = keysOf(requireArg(fail, 'keyList', keyList, 'Array', isArray))
      if ('clause' in list) return fail('parameter-error', list.clause)
      return readAll(engine, list.keys)
    },
  },
]

export default records
