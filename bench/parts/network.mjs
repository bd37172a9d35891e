// Part 8: a wx.request answered by an msw handler and by the built-in route form, beside the hand-written stub
// they replace. Figures only (no budget): what a test pays per request. Measured in bench/child/network.mjs.
import { ROOT, fmt, log, median, row, runChild } from '../lib/harness.mjs'

export async function measureNetwork(ctx) {
  const options = { pkgDir: ctx.pkg.dir, root: ROOT, repeats: ctx.ci ? 9 : 21, calls: 500 }
  log(`part 8: network (${options.calls} requests per sample, ${options.repeats} repeats)`)
  const s = await runChild('network.mjs', options, {})
  const ratio = (kind) => median(s[kind].map((v, i) => v / s.stub[i]))
  return {
    rows: [
      row('8. wx.request answered by an msw handler', fmt.ns(median(s.msw)), `${fmt.ns(median(s.stub))} hand-written stub`, fmt.ratio(ratio('msw')), '—', null),
      row('   same, by the built-in route form', fmt.ns(median(s.route)), `${fmt.ns(median(s.stub))} hand-written stub`, fmt.ratio(ratio('route')), '—', null),
    ],
    raw: s,
  }
}
