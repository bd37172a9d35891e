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

/** The text after `<api>:fail`, or undefined when the options pass. */
export function checkParams(spec: ParamSpec, options: Readonly<Record<string, unknown>>): string | undefined {
  let clauses = ''
  for (const key in spec) {
    const rule = spec[key]!
    const value = options[key]
    if (value === undefined && rule.required !== true) continue
    const actual = typeName(value)
    const allowed = typeof rule.type === 'string' ? [rule.type] : rule.type
    if (!allowed.includes(actual as ParamType)) {
      clauses += `parameter.${key} should be ${allowed.join(' or ')} instead of ${actual};`
    }
  }
  return clauses === '' ? undefined : ` parameter error: ${clauses}`
}
