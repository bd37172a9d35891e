// A Jest reporter for suite-per-file.mjs: each test file's own timings (perfStats), written as JSON to
// $PER_FILE_OUT when the run ends.
const { writeFileSync } = require('node:fs')

module.exports = class PerFileReporter {
  rows = []

  onTestResult(_test, result) {
    const p = result.perfStats
    this.rows.push({
      file: p.end - p.start,
      setup: p.setupAfterEnvEnd - p.setupAfterEnvStart,
      tests: result.testResults.reduce((sum, t) => sum + (t.duration ?? 0), 0),
    })
  }

  onRunComplete() {
    writeFileSync(process.env.PER_FILE_OUT, JSON.stringify(this.rows))
  }
}
