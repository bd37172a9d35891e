// Writes the README's fidelity table from conformance/rules.json and the `// rule:` comments of the
// behaviour suite, and its platform table from the WeChat host's profiles, each between its markers.
import { readFileSync, writeFileSync } from 'node:fs'
import { PLATFORM_END, PLATFORM_START, platformBlock } from './lib/platform-table.mjs'
import { END, README_FILE, START, loadRules, readmeBlock, scanTests, withReadmeBlock } from './lib/rules.mjs'

const readme = readFileSync(README_FILE, 'utf8')
const withFidelity = withReadmeBlock(readme, readmeBlock(loadRules(), scanTests().tagged))
if (withFidelity === undefined) {
  console.error(`README.md has no ${START} ... ${END} markers: put them where the fidelity table belongs.`)
  process.exit(1)
}
const updated = withReadmeBlock(withFidelity, await platformBlock(), PLATFORM_START, PLATFORM_END)
if (updated === undefined) {
  console.error(`README.md has no ${PLATFORM_START} ... ${PLATFORM_END} markers: put them where the platform table belongs.`)
  process.exit(1)
}
if (updated === readme) console.log('README.md: fidelity and platform tables already up to date')
else {
  writeFileSync(README_FILE, updated)
  console.log('README.md: fidelity and platform tables written')
}
