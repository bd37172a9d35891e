/**
 * The built-in network handlers, for teams without msw: `{ 'GET https://api.shop.example/shops': (req) =>
 * ({ statusCode: 200, data }) }`. A key is a method and a URL; it answers wx.request, downloadFile and
 * uploadFile calls with that method and URL (the query ignored unless the key has one). Other keys of the same
 * map are API handlers, as in any handler map.
 */
import { FakeWxError, describeValue } from '../errors'
import { PASS, mapKind, type HandlerEntry, type HandlerKind } from '../handlers/kinds'
import { requestOf, type WxHttpRequest, type WxHttpResponse } from './http'
import { rawResponse, type RawResponse } from './raw-response'

/** The APIs a network handler answers. */
export const NETWORK_APIS = ['request', 'downloadFile', 'uploadFile'] as const

const ROUTE = /^([A-Za-z]+)\s+(\S+)$/

export const isRouteKey = (key: string): boolean => ROUTE.test(key)

export const routeKind: HandlerKind = {
  name: 'route',
  matches: (value) => mapKind.matches(value) && Object.keys(value as object).some(isRouteKey),
  entries(value, context) {
    const out: HandlerEntry[] = []
    const rest: Record<string, unknown> = {}
    for (const [key, handler] of Object.entries(value as Record<string, unknown>)) {
      if (!isRouteKey(key)) {
        rest[key] = handler
        continue
      }
      if (typeof handler !== 'function') {
        throw new FakeWxError(`${context.where}({ '${key}': ... }): a request handler must be a function such as (req) => ({ statusCode: 200, data }), got ${describeValue(handler)}.`)
      }
      const [, method, url] = ROUTE.exec(key)!
      for (const api of NETWORK_APIS) out.push({ api, kind: 'route', answer: routeAnswer(method!.toUpperCase(), url!, handler as RouteHandler) })
    }
    return [...out, ...mapKind.entries(rest, context)]
  },
}

type RouteHandler = (request: WxHttpRequest) => WxHttpResponse | undefined | PromiseLike<WxHttpResponse | undefined>

function routeAnswer(method: string, url: string, handler: RouteHandler) {
  const withQuery = url.includes('?')
  return (options: Readonly<Record<string, unknown>>, context: { api: string }): unknown => {
    const request = requestOf(context.api, options)
    const target = withQuery ? request.url : request.url.split('?')[0]
    if (request.method !== method || target !== url) return PASS
    const value = handler(request)
    return isThenable(value) ? Promise.resolve(value).then(toRaw) : toRaw(value)
  }
}

function toRaw(value: WxHttpResponse | undefined): RawResponse {
  if (value !== undefined && (typeof value !== 'object' || value === null)) {
    throw new FakeWxError(`a request handler returned ${describeValue(value)}; return { statusCode, data, header } (each optional).`)
  }
  const header = { ...value?.header }
  const setCookie = Object.keys(header).find((key) => key.toLowerCase() === 'set-cookie')
  const cookies = [...(setCookie === undefined ? [] : [header[setCookie]!]), ...(value?.cookies ?? [])]
  return rawResponse(value?.statusCode ?? 200, header, value?.data, cookies)
}

function isThenable(value: unknown): value is PromiseLike<WxHttpResponse | undefined> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function'
}
