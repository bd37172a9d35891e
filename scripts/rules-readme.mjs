// Writes the README's fidelity table from conformance/rules.json and the `// rule:` comments of the
// behaviour suite, between <!-- generated:fidelity:start --> and <!-- generated:fidelity:end -->.
import { readFileSync, writeFileSync } from 'node:fs'
import { END, README_FILE, START, loadRules, readmeBlock, scanTests, withReadmeBlock } from './lib/rules.mjs'

const readme = readFileSync(README_FILE, 'utf8')
const updated = withReadmeBlock(readme, readmeBlock(loadRules(), scanTests().tagged))
if (updated === undefined) {
  console.error(`README.md has no ${START} ... ${END} markers: put them where the fidelity table belongs.`)
  process.exit(1)
}
if (updated === readme) console.log('README.md: fidelity table already up to date')
else {
  writeFileSync(README_FILE, updated)
  console.log('README.md: fidelity table written')
}
