/**
 * Option checks in the base library's own words (../shared/wechat-rules.md §3):
 * `<api>:fail parameter error: parameter.<key> should be <Expected> instead of <Actual>;`, one clause per bad
 * key, concatenated.
 */

export type ParamType = 'String' | 'Number' | 'Boolean' | 'Object' | 'Array' | 'Function'

export interface ParamRule {
  readonly type: ParamType | readonly ParamType[]
  readonly required?: boolean
}

export type ParamSpec = Readonly<Record<string, ParamRule>>

/** The base library's name for a value's type (`Undefined`, `Null`, `String`, ...). */
export function typeName(value: unknown): string {
  if (value === undefined) return 'Undefined'
  if (value === null) return 'Null'
  if (Array.isArray(value)) return 'Array'
  const t = typeof value
  return t === 'object' ? 'Object' : t.charAt(0).toUpperCase() + t.slice(1)
}

const IS: Readonly<Record<ParamType, (value: unknown) => boolean>> = {
  String: (value) => typeof value === 'string',
  Number: (value) => typeof value === 'number',
  Boolean: (value) => typeof value === 'boolean',
  Object: (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
  Array: (value) => Array.isArray(value),
  Function: (value) => typeof value === 'function',
}

/** A checker for one API's options: the text after `<api>:fail`, or undefined when they pass. */
export type ParamChecker = (options: Readonly<Record<string, unknown>>) => string | undefined

export interface CompiledRule {
  readonly key: string
  readonly required: boolean
  readonly types: readonly ParamType[]
  /** One test for the whole rule, so the per-call loop allocates nothing. */
  readonly accepts: (value: unknown) => boolean
}

function compileRule(key: string, rule: ParamRule): CompiledRule {
  const types: readonly ParamType[] = typeof rule.type === 'string' ? [rule.type] : [...rule.type]
  const tests = types.map((type) => IS[type])
  const accepts =
    tests.length === 1
      ? tests[0]!
      : (value: unknown): boolean => {
          for (const test of tests) if (test(value)) return true
          return false
        }
  return { key, required: rule.required === true, types, accepts }
}

/**
 * One API's rules, compiled once. The per-call path reads the options once, in `invoke`: it copies them
 * for the log and tests each key that has a rule (`rules`), counting the required ones it saw. Only a
 * call that fails that quick pass runs `check`, the exact check in the spec's order, which writes the
 * message (and has the last word, so the quick pass may be cautious but never lenient).
 */
export interface CompiledParams {
  /**
   * The rules, for the quick pass to find a key's rule by scanning: a spec has a handful of keys, and
   * comparing property keys (interned strings) beats a Map's hashing (bench part 1).
   */
  readonly rules: readonly CompiledRule[]
  readonly requiredCount: number
  readonly check: ParamChecker
}

export function compileParams(spec: ParamSpec): CompiledParams {
  const rules = Object.entries(spec).map(([key, rule]) => compileRule(key, rule))
  const check: ParamChecker = (options) => {
    let clauses: string | undefined
    for (const rule of rules) {
      const value = options[rule.key]
      if (value === undefined ? !rule.required : rule.accepts(value)) continue
      clauses = `${clauses ?? ''}parameter.${rule.key} should be ${rule.types.join(' or ')} instead of ${typeName(value)};`
    }
    return clauses === undefined ? undefined : ` parameter error: ${clauses}`
  }
  return {
    rules,
    requiredCount: rules.filter((rule) => rule.required).length,
    check,
  }
}
