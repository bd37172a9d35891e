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
  #a = 0
  #b = 0
  #c = 0
  #d = 0
  /** The state right after the constructor's seed: restart() returns to it without diffusing again. */
  readonly #initial: readonly [number, number, number, number]

  constructor(seed: number) {
    this.seed(seed)
    this.#initial = [this.#a, this.#b, this.#c, this.#d]
  }

  /** Back to the start of the constructor seed's sequence: reset() does this before every test. */
  restart(): void {
    ;[this.#a, this.#b, this.#c, this.#d] = this.#initial
  }

  /** Restarts the sequence from `seed` (faker's Randomizer takes `number | number[]`). */
  seed(seed: number | number[]): void {
    const s = (Array.isArray(seed) ? seed.reduce((h, n) => Math.imul(h ^ n, 0x9e3779b1), 0) : seed) | 0
    this.#a = 0x9e3779b9 | 0
    this.#b = 0x243f6a88 | 0
    this.#c = 0xb7e15162 | 0
    this.#d = (s ^ 0xdeadbeef) | 0
    for (let i = 0; i < 12; i++) this.#step() // let the seed diffuse
  }

  /** One step of sfc32: the next 32-bit output, unsigned. Every state word is kept a 32-bit integer. */
  #step(): number {
    const a = this.#a
    const b = this.#b
    const c = this.#c
    const d = this.#d
    const t = (((a + b) | 0) + d) | 0
    this.#d = (d + 1) | 0
    this.#a = b ^ (b >>> 9)
    this.#b = (c + (c << 3)) | 0
    this.#c = (((c << 21) | (c >>> 11)) + t) | 0
    return t >>> 0
  }

  /** A float in [0, 1). */
  next(): number {
    return this.#step() / 4294967296
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
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

/** The generators' source: the seeded generator, plus picks and names. */
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
