// Part 5: heap growth per logged entry without a reset, and what reset() gives back. Measured in
// bench/child/memory.mjs with --expose-gc.
import { ROOT, fmt, log, median, row, runChild } from '../lib/harness.mjs'

export const BUDGET = { bytesPerEntry: 400, retainedShare: 0.01 }

export async function measureMemory(ctx) {
  const options = { pkgDir: ctx.pkg.dir, root: ROOT, calls: 100_000, repeats: ctx.ci ? 3 : 5 }
  log(`part 5: memory (${options.calls} calls without reset, ${options.repeats} repeats)`)
  const m = await runChild('memory.mjs', options, { nodeArgs: ['--expose-gc'] })
  const perEntry = median(m.perEntry)
  const growth = median(m.growth)
  const retained = median(m.retained)
  // Heap figures after a full GC still move by a few hundred KB (code, feedback vectors): "all
  // reclaimed" means what stays is under 1% of what the log grew.
  const retainedShare = retained / growth
  return {
    rows: [
      row(
        `5. log memory, ${options.calls / 1000}k getLocation calls, no reset`,
        `${fmt.bytes(perEntry)}/entry (${median(m.entriesPerCall)} entries/call)`,
        `${fmt.bytes(median(m.jestPerCall))}/call jest.fn`,
        `${fmt.bytes(perEntry)}/entry`,
        `≤ ${BUDGET.bytesPerEntry} B/entry`,
        perEntry <= BUDGET.bytesPerEntry,
      ),
      row(
        '5. heap left after reset() (of the growth)',
        `${fmt.bytes(retained)} of ${(growth / 2 ** 20).toFixed(1)} MB`,
        '—',
        `${(100 * retainedShare).toFixed(2)}%`,
        `≤ ${100 * BUDGET.retainedShare}% (all reclaimed)`,
        retainedShare <= BUDGET.retainedShare,
      ),
    ],
    raw: m,
  }
}
