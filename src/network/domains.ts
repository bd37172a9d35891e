/**
 * The server domain lists of the MP console (开发管理 - 开发设置 - 服务器域名): with the `serverDomains` option a
 * request to a server outside its API's list fails as on a phone; without it nothing is checked, as in the
 * developer tools with "不校验合法域名" ticked. Rules: REQUEST-DOMAIN-LIST, REQUEST-DOMAIN-PORT.
 */
import { fail, type Call, type Outcome } from '../api-record'
import { FakeWxError, describeValue } from '../errors'

/** One list for every network API, or a list per API (an API left out has an empty list: every URL fails). */
export type ServerDomains =
  | readonly string[]
  | {
      readonly request?: readonly string[]
      readonly uploadFile?: readonly string[]
      readonly downloadFile?: readonly string[]
    }

const LISTS = ['request', 'uploadFile', 'downloadFile'] as const

/** `https://host` or `https://host:port`: "域名只支持 https", a port only when configured. */
const ENTRY = /^https:\/\/[^/?#\s:@]+(?::\d+)?$/i

/** The scheme and authority as written: `https://myserver.com:443` keeps its port (rule REQUEST-DOMAIN-PORT). */
const ORIGIN = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]+/i

export function validateServerDomains(value: unknown): void {
  if (Array.isArray(value)) return checkList('options.serverDomains', value)
  if (typeof value !== 'object' || value === null) {
    throw new FakeWxError(`options.serverDomains must be a list such as ['https://api.shop.example'], or { request, uploadFile, downloadFile } lists, got ${describeValue(value)}.`)
  }
  for (const [key, list] of Object.entries(value)) {
    if (!(LISTS as readonly string[]).includes(key)) throw new FakeWxError(`options.serverDomains: unknown list '${key}'. Lists: ${LISTS.join(', ')}.`)
    if (!Array.isArray(list)) throw new FakeWxError(`options.serverDomains.${key} must be a list such as ['https://api.shop.example'], got ${describeValue(list)}.`)
    checkList(`options.serverDomains.${key}`, list)
  }
}

function checkList(where: string, list: readonly unknown[]): void {
  for (const entry of list) {
    if (typeof entry !== 'string' || !ENTRY.test(entry)) {
      throw new FakeWxError(`${where}: ${describeValue(entry)} is not a server domain; write the https origin as the MP console takes it, e.g. 'https://api.shop.example' or 'https://api.shop.example:8080'.`)
    }
  }
}

/** The call's URL must be on its API's list, scheme, host and port as written; the host's case does not matter. */
export function checkDomain(call: Call): Outcome | undefined {
  const domains = call.engine.options.serverDomains
  if (domains === undefined) return undefined
  const list = Array.isArray(domains) ? (domains as readonly string[]) : ((domains as Readonly<Record<string, readonly string[]>>)[call.api] ?? [])
  const origin = ORIGIN.exec(String(call.options.url))![0].toLowerCase()
  return list.some((entry) => entry.toLowerCase() === origin) ? undefined : fail('url-not-in-domain-list')
}
