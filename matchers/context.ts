/**
 * What a matcher gets from `this` and returns. Declared here, structurally, so that matchers import
 * no runner: Jest's and Vitest's matcher contexts both satisfy these interfaces.
 */

export type Formatter = (text: string) => string

export interface MatcherHintOptions {
  readonly isNot?: boolean
  readonly promise?: string
  readonly secondArgument?: string
  readonly comment?: string
}

/** The part of jest-matcher-utils that Jest and Vitest both hand to matchers as `this.utils`. */
export interface MatcherUtils {
  matcherHint(matcherName: string, received?: string, expected?: string, options?: MatcherHintOptions): string
  printReceived(value: unknown): string
  printExpected(value: unknown): string
  printWithType<T>(name: string, value: T, print: (value: T) => string): string
  readonly EXPECTED_COLOR: Formatter
  readonly RECEIVED_COLOR: Formatter
  readonly BOLD_WEIGHT: Formatter
  readonly DIM_COLOR: Formatter
}

export interface MatcherContext {
  readonly isNot?: boolean
  readonly promise?: string
  /** Deep equality that understands asymmetric matchers (expect.stringContaining, ...). */
  equals(a: unknown, b: unknown): boolean
  readonly utils: MatcherUtils
}

export interface MatcherResult {
  readonly pass: boolean
  readonly message: () => string
}
