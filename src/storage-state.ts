/**
 * One fake's local storage (wx.setStorage & co.): what is stored, in the form the storage family
 * encodes it (src/hosts/wechat/families/storage.ts), and the values the `storage` option preloads.
 * Plain data: the value rules and the limits live with the APIs.
 */

/** A stored value, as the client keeps it: its type tag, its serialised text and what it counts towards the limits. */
export interface StoredItem {
  /** The value's type as the client records it beside the data ('String', 'Number', 'Object', 'Date', ...). */
  readonly type: string
  /** The serialised value. */
  readonly data: string
  /** Bytes it counts towards the per-key and total limits. */
  readonly size: number
  /** Written with `encrypt: true`. */
  readonly encrypted: boolean
}

export class StorageState {
  /** Keys in the order they were first written, as getStorageInfo lists them. */
  readonly items = new Map<string, StoredItem>()
  /** Values of the `storage` option not stored yet: the family stores them before its first read or write. */
  pending: Readonly<Record<string, unknown>> | undefined

  /** Adds values to what storage holds, as the `storage` option does (a later value for a key wins). */
  preload(values: Readonly<Record<string, unknown>> | undefined): void {
    if (values !== undefined) this.pending = { ...this.pending, ...values }
  }

  clear(): void {
    this.items.clear()
    this.pending = undefined
  }

  /** Bytes stored in all. */
  get size(): number {
    let total = 0
    for (const item of this.items.values()) total += item.size
    return total
  }
}
