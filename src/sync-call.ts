/**
 * A synchronous method of an object WeChat hands back (FileSystemManager.readFileSync, ...): logged as a
 * synchronous call, its failure thrown the way the base library throws it, as an Error whose message is the
 * errMsg (`readFileSync:fail no such file or directory, open http://usr/a.txt`; rule FILES-SYNC-THROWS).
 */
import type { Outcome } from './api-record'
import type { Engine } from './engine'
import { errorDetail } from './errors'
import { compileParams, type ParamSpec } from './params'
import { failureResult } from './pipeline'

export function callSyncMethod(
  engine: Engine,
  api: string,
  errMsgName: string,
  args: readonly unknown[],
  params: ParamSpec,
  run: (named: Readonly<Record<string, unknown>>) => Outcome,
): unknown {
  const entry = engine.log.add({ type: 'call', api, args: args.length <= 1 ? args[0] : args, style: 'sync', tap: engine.tap.current() !== null })
  let outcome: Outcome
  const named = namedArgs(params, args)
  const bad = compileParams(params).check(named)
  if (bad !== undefined) outcome = { ok: false, failure: 'parameter-error', detail: bad }
  else {
    try {
      outcome = run(named)
    } catch (error) {
      const message = `internal error in ${engine.host.label(api)}: ${errorDetail(error)}`
      engine.problem(entry.id, 'callback-threw', message)
      outcome = { ok: false, failure: 'fake-wx', detail: message.split('\n')[0] }
    }
  }
  if (outcome.ok) {
    // A method that returns something says so as `{ value }`, which the log shows.
    const data = outcome.data as { value?: unknown } | undefined
    if (data === undefined) return undefined
    engine.log.add({ type: 'return', call: entry.id, result: data })
    return data.value
  }
  // A model's own failure (a handler's given result never reaches a sync method).
  const errMsg = String('failure' in outcome ? failureResult(engine.profile, `${errMsgName}:fail`, outcome.failure, outcome.detail).errMsg : outcome.given.errMsg)
  engine.log.add({ type: 'fail', call: entry.id, result: { errMsg } })
  throw new Error(errMsg)
}

/** Positional arguments named as the spec's keys, in order, for the same parameter check the options get. */
function namedArgs(params: ParamSpec, args: readonly unknown[]): Record<string, unknown> {
  const named: Record<string, unknown> = {}
  Object.keys(params).forEach((key, i) => {
    named[key] = args[i]
  })
  return named
}
