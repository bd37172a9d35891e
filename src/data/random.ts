/**
 * The seeded source of every draw. sfc32 (Chris Doty-Humphrey's Small Fast Chaotic PRNG): 128 bits of
 * state, seeded in constant time. Faker's default Mersenne Twister spends ~28 µs seeding, and fake-wx
 * re-seeds on every reset() so that each test sees the same data whatever the test order.
 *
 * Numbers and picks come straight from here; only person names need faker, which is loaded on the first
 * name and given this same generator as its randomizer, so all draws form one deterministic stream.
 */
import type { Faker } from '@faker-js/faker'
import { loadFaker } from './load-faker'

export class Sfc32 {
  /**
   * a, b, c, d. An Int32Array rather than four fields: the state leaves V8's small-integer range, and
   * number fields outside it are boxed, so every draw allocated (8 ns a draw against 3.5 ns).
   */
  readonly #state = new Int32Array(4)
  /** The state right after the constructor's seed: restart() returns to it without diffusing again. */
  readonly #initial: Int32Array

  constructor(seed: number) {
    this.seed(seed)
    this.#initial = this.#state.slice()
  }

  /**
   * Back to the start of the constructor seed's sequence. reset() does this before every test, in code
   * that runs cold in each test file: copying four integers beats twelve diffusing steps.
   */
  restart(): void {
    this.#state.set(this.#initial)
  }

  /** Restarts the sequence from `seed` (faker's Randomizer takes `number | number[]`). */
  seed(seed: number | number[]): void {
    const s = (Array.isArray(seed) ? seed.reduce((h, n) => Math.imul(h ^ n, 0x9e3779b1), 0) : seed) | 0
    const state = this.#state
    state[0] = 0x9e3779b9
    state[1] = 0x243f6a88
    state[2] = 0xb7e15162
    state[3] = s ^ 0xdeadbeef
    for (let i = 0; i < 12; i++) this.next() // let the seed diffuse
  }

  /** A float in [0, 1). `int` holds the step; 2^32 - 1 as max gives the 32-bit output unscaled. */
  next(): number {
    return this.int(0, 4294967295) / 4294967296
  }

  /**
   * An integer in [min, max]: one step of the generator, scaled. The step lives here rather than in
   * next(), so that a draw returns a small integer: a float returned by a call that V8 did not inline is
   * boxed, and getLocation's five draws were not inlined once its caller grew (bench part 1).
   */
  int(min: number, max: number): number {
    const state = this.#state
    const a = state[0]!
    const b = state[1]!
    const c = state[2]!
    const d = state[3]!
    const t = (((a + b) | 0) + d) | 0
    state[3] = d + 1
    state[0] = b ^ (b >>> 9)
    state[1] = c + (c << 3)
    state[2] = ((c << 21) | (c >>> 11)) + t
    return min + Math.floor(((t >>> 0) / 4294967296) * (max - min + 1))
  }

  /** The same generator as faker's Randomizer, which calls its methods detached. */
  asRandomizer(): { next(): number; seed(seed: number | number[]): void } {
    return { next: () => this.next(), seed: (seed) => this.seed(seed) }
  }
}

/** What the generators draw from. */
export interface Draw {
  /** An integer in [min, max]. */
  int(min: number, max: number): number
  pick<T>(items: readonly T[]): T
  fullName(): string
  lastName(): string
  firstName(): string
}

/**
 * The generators' source: the generator itself (a subclass, so that `int` is one call, not a call into a
 * held generator: getLocation draws five times a call), plus picks and names.
 */
export class SeededDraw extends Sfc32 implements Draw {
  #faker: Faker | undefined

  /** Restarts the sequence: constant time, and faker (if loaded) shares the generator. */
  reseed(): void {
    this.restart()
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)]!
  }

  fullName(): string {
    return this.#names().person.fullName()
  }

  lastName(): string {
    return this.#names().person.lastName()
  }

  firstName(): string {
    return this.#names().person.firstName()
  }

  /** Faker, created on the first name: most tests never need one, and loading faker costs 15-20 ms. */
  #names(): Faker {
    if (this.#faker === undefined) {
      const { Faker, zh_CN, base } = loadFaker()
      // No 'en' fallback: every definition we use exists in zh_CN or base.
      this.#faker = new Faker({ locale: [zh_CN, base], randomizer: this.asRandomizer() })
    }
    return this.#faker
  }
}
