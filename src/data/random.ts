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

  constructor(seed: number) {
    this.seed(seed)
  }

  /** faker's Randomizer interface: `seed(number | number[])`. Bound: faker calls it detached. */
  readonly seed = (seed: number | number[]): void => {
    const s = (Array.isArray(seed) ? seed.reduce((h, n) => Math.imul(h ^ n, 0x9e3779b1), 0) : seed) | 0
    this.#a = 0x9e3779b9
    this.#b = 0x243f6a88
    this.#c = 0xb7e15162
    this.#d = s ^ 0xdeadbeef
    for (let i = 0; i < 12; i++) this.next() // let the seed diffuse
  }

  /** A float in [0, 1). Bound, as faker calls it detached. */
  readonly next = (): number => {
    const t = (((this.#a + this.#b) | 0) + this.#d) | 0
    this.#d = (this.#d + 1) | 0
    this.#a = this.#b ^ (this.#b >>> 9)
    this.#b = (this.#c + (this.#c << 3)) | 0
    this.#c = (this.#c << 21) | (this.#c >>> 11)
    this.#c = (this.#c + t) | 0
    return (t >>> 0) / 4294967296
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

export class SeededDraw implements Draw {
  readonly #random: Sfc32
  readonly #seed: number
  #faker: Faker | undefined

  constructor(seed: number) {
    this.#seed = seed
    this.#random = new Sfc32(seed)
  }

  /** Restarts the sequence: constant time, and faker (if loaded) shares the generator. */
  reseed(): void {
    this.#random.seed(this.#seed)
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.#random.next() * (max - min + 1))
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.#random.next() * items.length)]!
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
      this.#faker = new Faker({ locale: [zh_CN, base], randomizer: this.#random })
    }
    return this.#faker
  }
}
