/**
 * Option checks in the base library's own words (rule ERRMSG-PARAM-TYPE):
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
  if (value === null) return 'Null'
  if (Array.isArray(value)) return 'Array'
  const t = typeof value
  return t.charAt(0).toUpperCase() + t.slice(1)
}

const IS: Readonly<Record<ParamType, (value: unknown) => boolean>> = {
  String: (value) => typeof value === 'string',
  Number: (value) => typeof value === 'number',
  Boolean: (value) => typeof value === 'boolean',
  Object: (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
  Array: (value) => Array.isArray(value),
  Function: (value) => typeof value === 'function',
}

/** A checker for one API's options: the clauses after `parameter error: `, or undefined when they pass. */
export type ParamChecker = (options: Readonly<Record<string, unknown>>) => string | undefined

interface CompiledRule {
  readonly key: string
  readonly required: boolean
  readonly types: readonly ParamType[]
  /** Whether a value has one of the types: one function per rule, built once. */
  readonly accepts: (value: unknown) => boolean
}

function accepting(types: readonly ParamType[]): (value: unknown) => boolean {
  const tests = types.map((type) => IS[type])
  return tests.length === 1 ? tests[0]! : (value) => tests.some((test) => test(value))
}

/** One API's rules, checked in the spec's order: one clause per bad key, concatenated. */
export interface CompiledParams {
  readonly check: ParamChecker
}

export function compileParams(spec: ParamSpec): CompiledParams {
  const rules: CompiledRule[] = Object.entries(spec).map(([key, rule]) => {
    const types: readonly ParamType[] = typeof rule.type === 'string' ? [rule.type] : [...rule.type]
    return { key, required: rule.required === true, types, accepts: accepting(types) }
  })
  const check: ParamChecker = (options) => {
    let clauses: string | undefined
    for (const rule of rules) {
      const value = options[rule.key]
      if (value === undefined ? !rule.required : rule.accepts(value)) continue
      clauses = `${clauses ?? ''}parameter.${rule.key} should be ${rule.types.join(' or ')} instead of ${typeName(value)};`
    }
    return clauses
  }
  return { check }
}
