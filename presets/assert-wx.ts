/**
 * assertWx: fake-wx's matchers as node:assert-style functions, for node:test and plain Node scripts.
 * Each runs the same matcher the Jest and Vitest presets register and throws an AssertionError with
 * its message: `assertWx.prompted(wx, 'scope.userLocation')`, `assertWx.not.prompted(wx)`.
 *
 * Derived from the preset's matcher list, so a new matcher gets its assertWx form by being listed there:
 * `toHaveFailedWithAuthDeny` becomes `assertWx.failedWithAuthDeny`.
 */
import { AssertionError } from 'node:assert'
import type { FakeWxMatchers } from '../matchers/types'
import type { MatcherResult } from '../matchers/context'
import { loadMatchers } from './entries'
import { assertionName, plainMatcherContext } from './plain-matcher-context'
import { MATCHER_NAMES } from './set-up'

type AssertionName<K> = K extends `toHave${infer Rest}` ? Uncapitalize<Rest> : never

/** One function per matcher: the received value first (the fake wx, one of its functions, fakeWx or fakeWx.log), then the matcher's arguments. */
export type WxAssertions = {
  readonly [K in keyof FakeWxMatchers as AssertionName<K>]: (received: unknown, ...args: Parameters<FakeWxMatchers<void>[K]>) => void
}

export interface AssertWx extends WxAssertions {
  /** The negated forms: `assertWx.not.prompted(wx, 'scope.userLocation')`. */
  readonly not: WxAssertions
}

type Matcher = (this: unknown, received: unknown, ...args: unknown[]) => MatcherResult

function assertions(isNot: boolean): WxAssertions {
  const out: Record<string, (received: unknown, ...args: unknown[]) => void> = {}
  for (const matcherName of MATCHER_NAMES) {
    const name = assertionName(matcherName)
    const assertion = {
      // A named function, so that the stack and the AssertionError start at the test's call.
      [name](received: unknown, ...args: unknown[]): void {
        const matcher = loadMatchers()[matcherName] as Matcher
        const result = matcher.call(plainMatcherContext(isNot), received, ...args)
        if (result.pass !== isNot) return
        throw new AssertionError({ message: result.message(), operator: `assertWx${isNot ? '.not' : ''}.${name}`, stackStartFn: assertion })
      },
    }[name]!
    out[name] = assertion
  }
  return Object.freeze(out) as unknown as WxAssertions
}

export const assertWx: AssertWx = Object.freeze({ ...assertions(false), not: assertions(true) })
