/** Answers for one prompt: `{ once: true }` answers are used first, one per prompt, then the standing one. */
export class ScriptQueue<A> {
  #once: A[] = []
  #standing: A | undefined

  add(answer: A, once: boolean): void {
    if (once) this.#once.push(answer)
    else this.#standing = answer
  }

  take(): A | undefined {
    return this.#once.length > 0 ? this.#once.shift() : this.#standing
  }

  /** The `{ once: true }` answers not used yet. */
  unusedOnce(): readonly A[] {
    return this.#once
  }

  clear(): void {
    this.#once.length = 0
    this.#standing = undefined
  }
}

/** One ScriptQueue per key (a scope, a template id, ...), created on first use. */
export class KeyedScript<K, A> {
  readonly #queues = new Map<K, ScriptQueue<A>>()

  add(key: K, answer: A, once: boolean): void {
    let queue = this.#queues.get(key)
    if (queue === undefined) this.#queues.set(key, (queue = new ScriptQueue()))
    queue.add(answer, once)
  }

  take(key: K): A | undefined {
    return this.#queues.get(key)?.take()
  }

  keys(): IterableIterator<K> {
    return this.#queues.keys()
  }

  /** The `{ once: true }` answers not used yet, with their key. */
  unusedOnce(): [K, A][] {
    return [...this.#queues].flatMap(([key, queue]) => queue.unusedOnce().map((answer): [K, A] => [key, answer]))
  }

  clear(): void {
    this.#queues.clear()
  }
}
