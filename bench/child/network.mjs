// Part 8: one wx.request answered by an msw handler, by the built-in route form, and by the hand-written stub
// teams write instead (a function calling `success` on a later promise job). Run by bench/parts/network.mjs in
// a child process. Each repeat measures the three back to back, in rotating order, so noise hits all alike.
// Prints one JSON line: ns per request, per repeat; the parent takes medians.
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import { join } from 'node:path'

const opts = JSON.parse(process.env.BENCH_OPTIONS)
const { repeats, calls } = opts
const now = process.hrtime.bigint
const URL = 'https://api.shop.example/shops'
const SHOPS = [
  { id: 1, name: '上海南京东路店' },
  { id: 2, name: '北京三里屯店' },
]

const { fakeWx } = await import(pathToFileURL(join(opts.pkgDir, 'dist', 'index.js')).href)
// msw as the repository has it (ES modules only: imported by path).
const { http, HttpResponse } = await import(pathToFileURL(createRequire(join(opts.root, 'package.json')).resolve('msw')).href)
fakeWx.install()
const wx = globalThis.wx

/** The stub a team writes: the success WeChat would give, on a later promise job, and a task with abort(). */
const stub = {
  request(options) {
    Promise.resolve().then(() => options.success({ data: SHOPS, statusCode: 200, header: { 'content-type': 'application/json' }, cookies: [], errMsg: 'request:ok' }))
    return { abort() {}, onHeadersReceived() {}, offHeadersReceived() {} }
  },
}

/** What the app does: a request, awaited through its success callback. */
const load = (target) => new Promise((resolve) => target.request({ url: URL, success: resolve }))

const kinds = {
  stub: { setup() {}, target: stub },
  route: { setup: () => fakeWx.use({ [`GET ${URL}`]: () => ({ data: SHOPS, header: { 'content-type': 'application/json' } }) }), target: wx },
  msw: { setup: () => fakeWx.use(http.get(URL, () => HttpResponse.json(SHOPS))), target: wx },
}

async function measure(kind) {
  const { setup, target } = kinds[kind]
  fakeWx.reset()
  setup()
  const start = now()
  for (let i = 0; i < calls; i++) {
    const res = await load(target)
    if (res.statusCode !== 200) throw new Error(`${kind}: unexpected ${JSON.stringify(res)}`)
  }
  return Number(now() - start) / calls
}

// Warm-up: code compiled, msw's matching cached.
for (const kind of Object.keys(kinds)) for (let i = 0; i < 3; i++) await measure(kind)

const samples = { stub: [], route: [], msw: [] }
const order = Object.keys(kinds)
for (let r = 0; r < repeats; r++) {
  const rotated = [...order.slice(r % order.length), ...order.slice(0, r % order.length)]
  for (const kind of rotated) samples[kind].push(await measure(kind))
}
fakeWx.reset()
console.log(JSON.stringify(samples))
