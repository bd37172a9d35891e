// Part 6: what fake-wx/reporter adds to a run. The fake-wx suite of part 4, once with the runner's default
// reporter and once with `reporters: ['default', 'fake-wx/reporter']` (collection in every worker, the table
// and the JSON at the end), alternating (ABBA), after one untimed warm-up run each.
//
// The verdict is on CPU time (the runner's processes, main and workers): the reporter adds work and no
// waiting, and a 2% budget is below what wall clock resolves on a shared two-core machine, where other work
// moves a run by ±20%. Wall clock is shown beside it.
import { writeFileSync } from 'node:fs'
import { fmt, join, log, median, relativeSpread, row } from '../lib/harness.mjs'
import { SUITE, generateSuite, runSuite } from './suite.mjs'

export const BUDGET = { ratio: 1.02 }

/**
 * The fake-wx variant's config with the reporter added as the README's line adds it, next to the plain one
 * (the JSON goes to the suite's directory, the working directory of the run).
 */
function writeReporterConfigs() {
  writeFileSync(
    join(SUITE, 'vitest', 'fake', 'vitest.reporter.config.mjs'),
    "import base from './vitest.config.mjs'\nexport default { test: { ...base.test, reporters: ['default', 'fake-wx/reporter'] } }\n",
  )
  writeFileSync(join(SUITE, 'jest', 'fake', 'jest.reporter.config.cjs'), "module.exports = { ...require('./jest.config.cjs'), reporters: ['default', 'fake-wx/reporter'] }\n")
}

export async function measureReporter(ctx) {
  const files = ctx.ci ? 4 : 20
  const testsPerFile = 50
  const total = files * testsPerFile
  const repeats = ctx.ci ? 5 : 7
  generateSuite({ files, testsPerFile })
  writeReporterConfigs()
  const rows = []
  const raw = {}
  for (const runner of ['vitest', 'jest']) {
    const configs = runner === 'vitest' ? { plain: 'vitest.config.mjs', reporter: 'vitest.reporter.config.mjs' } : { plain: 'jest.config.cjs', reporter: 'jest.reporter.config.cjs' }
    if (!ctx.pkg.has('reporter.js')) {
      rows.push(row(`6. fake-wx/reporter, ${runner}`, 'not built', '—', '—', `≤ ${fmt.ratio(BUDGET.ratio)}`, false, 'dist/reporter.* missing'))
      continue
    }
    log(`part 6: ${total} tests under ${runner}, with fake-wx/reporter vs without (${repeats} repeats)`)
    await runSuite(runner, 'fake', total, configs.reporter) // warm-up
    await runSuite(runner, 'fake', total, configs.plain)
    const samples = { reporter: [], plain: [], reporterCpu: [], plainCpu: [] }
    const measure = async (count, offset) => {
      for (let i = 0; i < count; i++) {
        for (const variant of (i + offset) % 2 === 0 ? ['reporter', 'plain'] : ['plain', 'reporter']) {
          const { wallMs, cpuMs } = await runSuite(runner, 'fake', total, configs[variant])
          samples[variant].push(wallMs)
          samples[`${variant}Cpu`].push(cpuMs)
        }
      }
    }
    await measure(repeats, 0)
    if (samples.reporterCpu.includes(undefined)) throw new Error('this platform reports no CPU time of child processes')
    const cpuRatios = () => samples.reporterCpu.map((r, i) => r / samples.plainCpu[i])
    if (Math.abs(median(cpuRatios()) - BUDGET.ratio) < 0.01 || relativeSpread(cpuRatios()) > 0.03) {
      log(`  ${runner}: CPU ratio ${median(cpuRatios()).toFixed(3)} is near the budget or noisy: ${repeats * 2} more repeats`)
      await measure(repeats * 2, repeats)
    }
    const cpuRatio = median(cpuRatios())
    const ratio = median(samples.reporter.map((r, i) => r / samples.plain[i]))
    raw[runner] = { ...samples, ratio, cpuRatio }
    rows.push(
      row(
        `6. ${total} tests with fake-wx/reporter, ${runner}, CPU time`,
        fmt.ms(median(samples.reporterCpu)),
        `${fmt.ms(median(samples.plainCpu))} without`,
        `${cpuRatio.toFixed(3)}×`,
        `≤ ${fmt.ratio(BUDGET.ratio)}`,
        cpuRatio <= BUDGET.ratio,
      ),
    )
    rows.push(row(`   same, wall clock`, fmt.ms(median(samples.reporter)), `${fmt.ms(median(samples.plain))} without`, `${ratio.toFixed(3)}×`, '—', null))
  }
  return { rows, raw, missed: Object.entries(raw).filter(([, r]) => r.cpuRatio > BUDGET.ratio).map(([runner]) => runner) }
}
