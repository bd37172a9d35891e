/**
 * Turns an API record into its steps, in the order the client checks a call: the options, the tap rule,
 * the API's own checks, app.json, the privacy layer, then per scope the scope and the OS permission, the
 * popup that asks on every call, the picker page, and last the result. A record with steps of its own
 * (authorize, showModal, ...) runs those in place of the gates. Rules: GATE-ORDER-APPJSON-FIRST, PRIVACY-BEFORE-SCOPE, SYSTEM-SCOPE-BEFORE-OS.
 */
import type { ApiRecord, Step } from './api-record'
import { checkAppJson, needsAppJsonCheck } from './gates/app-json'
import { checkEnabledApi } from './gates/console'
import { checkParams } from './gates/params'
import { closeSheet, openPicker } from './gates/picker'
import { checkPrivacy } from './gates/privacy'
import { askEveryCall, checkScope } from './gates/scope'
import { checkSystem } from './gates/system'
import { checkTapRule } from './gates/tap-rule'
import { answerStep } from './handlers/answer'
import { isModelled, type HostTables } from './hosts/host'
import { compileParams } from './params'

export interface CompiledApi {
  readonly record: ApiRecord
  readonly name: string
  /** `<api>:ok` and `<api>:fail`. */
  readonly okErrMsg: string
  readonly failErrMsg: string
  readonly steps: readonly Step[]
  /** Answered by the test's handlers (src/handlers/answer.ts): the log marks its calls. */
  readonly handled?: true
}

const COMPILED = new WeakMap<HostTables, Map<string, CompiledApi>>()

/** The host's API, compiled on its first call: a test file calls a handful of the host's APIs. */
export function compiledApi(tables: HostTables, name: string): CompiledApi | undefined {
  let compiled = COMPILED.get(tables)
  if (compiled === undefined) COMPILED.set(tables, (compiled = new Map()))
  let api = compiled.get(name)
  if (api === undefined) {
    const record = tables.record(name)
    if (record === undefined) return undefined
    compiled.set(name, (api = compile(tables, record)))
  }
  return api
}

const HANDLED = new WeakMap<HostTables, Map<string, CompiledApi>>()

/**
 * The API as handlers answer it: the record's checks and gates as usual (an API with no record has none), then
 * the handlers in place of its result; when every handler passes, its own model answers.
 */
export function compiledHandledApi(tables: HostTables, name: string): CompiledApi {
  let compiled = HANDLED.get(tables)
  if (compiled === undefined) HANDLED.set(tables, (compiled = new Map()))
  let api = compiled.get(name)
  if (api === undefined) {
    const record = tables.record(name)
    const promise = record?.promise ?? tables.callShape(name) === 'promise'
    compiled.set(name, (api = compile(tables, { ...record, name, promise }, true)))
  }
  return api
}

export function compile(tables: HostTables, record: ApiRecord, handled = false): CompiledApi {
  const steps: Step[] = []
  if (record.params !== undefined) steps.push(checkParams(compileParams(record.params)))
  if (record.tapRequired === true) steps.push(checkTapRule)
  if (record.check !== undefined) steps.push(record.check)
  if (record.steps !== undefined) {
    if (handled) steps.push(answerStep(true))
    steps.push(...record.steps)
  } else {
    if (needsAppJsonCheck(tables, record)) steps.push(checkAppJson)
    if (record.privacy === true) steps.push(checkEnabledApi, checkPrivacy)
    for (const scope of record.scopes ?? []) {
      const row = tables.scope(scope)!
      steps.push((call) => checkScope(call, row, false), (call) => checkSystem(call, row))
    }
    if (record.promptsEveryCall !== undefined) {
      const row = tables.scope(record.promptsEveryCall)!
      steps.push((call) => askEveryCall(call, row))
    }
    if (record.sheet === true) steps.push(closeSheet)
    if (record.picker === true) steps.push(openPicker)
    if (handled) steps.push(answerStep(isModelled(record)))
  }
  const errMsgName = record.errMsgName ?? record.name
  const api: CompiledApi = { record, name: record.name, okErrMsg: `${errMsgName}:ok`, failErrMsg: `${errMsgName}:fail`, steps }
  return handled ? { ...api, handled: true } : api
}
