// Lists the mutants a Stryker JSON report left undetected (Survived, NoCoverage), with the replacement and the
// source line: node scripts/mutation-survivors.mjs reports/mutation/merged.json [path-substring]
import { readFileSync } from 'node:fs'
const [report, filter] = process.argv.slice(2)
const r = JSON.parse(readFileSync(report, 'utf8'))
let n = 0
for (const [file, f] of Object.entries(r.files)) {
  if (filter && !file.includes(filter)) continue
  const lines = f.source.split('\n')
  for (const m of f.mutants) {
    if (m.status !== 'Survived' && m.status !== 'NoCoverage') continue
    n++
    const { line, column } = m.location.start
    console.log(`${file}:${line}:${column} ${m.mutatorName} [${m.status}] -> ${JSON.stringify(m.replacement ?? '')}\n    ${lines[line - 1].trim().slice(0, 160)}`)
  }
}
console.error(`${n} undetected`)
