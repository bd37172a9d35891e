/**
 * The WeChat host's records, for the table-driven tests: an API record added to the host is tested by
 * them with no test edit. What each record must say (its scope, its promise support) is asserted
 * against literals written from the rules, never read back from these tables.
 */
import type { ApiRecord } from '../../src/api-record'
import { isModelled, tablesOf, type HostTables } from '../../src/hosts/host'
import { wechat } from '../../src/hosts/wechat'

export function wechatTables(): HostTables {
  return tablesOf(wechat)
}

/** Every record: the host's own, then its families' (loaded here). */
function allRecords(): readonly ApiRecord[] {
  return [...wechat.apis, ...(wechat.families ?? []).flatMap((family) => family.load())]
}

/** The modelled functions of `wx` (not components, buttons or manager methods), in record order, the families' last. */
export function modelledGlobalApis(): string[] {
  return allRecords()
    .filter((record) => record.surface === undefined && isModelled(record))
    .map((record) => record.name)
}

/** The modelled `wx` functions each scope gates, with the record's example options. */
export function gatedGlobalApis(): { api: string; scope: string; example: Readonly<Record<string, unknown>> }[] {
  return wechat.apis
    .filter((record) => record.surface === undefined && isModelled(record) && record.scopes !== undefined)
    .flatMap((record) => record.scopes!.map((scope) => ({ api: record.name, scope, example: record.example ?? {} })))
}
