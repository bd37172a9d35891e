// A Vitest reporter for suite-per-file.mjs: each test file's own timings (TestModule.diagnostic()),
// written as JSON to $PER_FILE_OUT when the run ends.
import { writeFileSync } from 'node:fs'

export default class PerFileReporter {
  rows = []

  onTestModuleEnd(testModule) {
    const d = testModule.diagnostic()
    let tests = 0
    for (const t of testModule.children.allTests()) tests += t.diagnostic()?.duration ?? 0
    this.rows.push({ file: d.setupDuration + d.collectDuration + d.duration, setup: d.setupDuration, collect: d.collectDuration, tests })
  }

  onTestRunEnd() {
    writeFileSync(process.env.PER_FILE_OUT, JSON.stringify(this.rows))
  }
}
