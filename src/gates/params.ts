/**
 * The first check of every call: option types and required options, failing in the base library's own
 * words (`parameter error: parameter.<key> should be <Expected> instead of <Actual>;`). Rule: ERRMSG-PARAM-TYPE.
 */
import { fail, type Step } from '../api-record'
import type { CompiledParams } from '../params'

export function checkParams(params: CompiledParams): Step {
  return (call) => {
    const problem = params.check(call.options)
    return problem === undefined ? undefined : fail('parameter-error', problem)
  }
}
