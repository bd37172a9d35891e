#!/usr/bin/env node
// npm run demo: what fake-wx does, in one command, right after `npm ci`.
//  1. builds the package if dist/ is missing or stale;
//  2. runs the example mini-program's suites (examples/) under Vitest and Jest;
//  3. replays one refusal path of that mini-program and prints its timeline, as the snapshot shows it.
// Plain text when the output is not a terminal (or NO_COLOR is set).
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { ensureBuilt, root } from './lib/build.mjs'
import { linkSelf } from './link-self.mjs'
import { SNAPSHOTS, snapshots, testExamples } from './test-examples.mjs'

const color = process.stdout.isTTY === true && !('NO_COLOR' in process.env)
const paint = (code) => (text) => (color ? `\x1b[${code}m${text}\x1b[0m` : text)
const bold = paint('1')
const dim = paint('2')
const indent = (text, by = '     ') => text.replace(/^/gm, by)

/** The refusal path shown below; its source is printed as the test script. */
async function refusalPath({ user, mp }) {
  user.willDeny('scope.writePhotosAlbum').willConfirmModal()
  user.inSettings.willEnable('scope.writePhotosAlbum')
  const page = await mp.reLaunch('pages/shop/shop')
  await user.tap(() => page.onTapSavePoster())
  return page
}

const SNAPSHOT_NAME =
  'saving the poster (scope.writePhotosAlbum) first visit, the user denies, confirms the modal and turns it on in the settings page: saved 1'

console.log(bold('fake-wx demo: a fake `wx` with a scripted user, for testing the paths where the user says no'))
console.log()
if (ensureBuilt({ log: () => console.log(dim('Building the package (npm run build)...')) })) console.log()

console.log(bold('1. The example mini-program and its tests'))
console.log(dim('   examples/miniprogram: a shop page (Page({...})) that saves a poster and finds the nearest shop;'))
console.log(dim('   examples/store: a store with tabs, pages and a component, moving between pages with wx.navigateTo & co.;'))
console.log(dim('   examples/test: their tests, each suite run by Vitest and by Jest against the built package.'))
const { failed } = testExamples({ terse: true, log: (line) => console.log(indent(line, '   ')) })
if (failed > 0) {
  console.error('\nThe example suites failed; see above.')
  process.exit(1)
}
console.log()

// The built package, resolved as a user's project resolves it (examples/node_modules/fake-wx).
const require = createRequire(join(linkSelf(), '../../package.json'))
const { fakeWx, launch, user } = require('fake-wx')
const { printTimeline } = require('fake-wx/serializer')

fakeWx.install()
// The server the shop page loads its list from, as the example suites answer it.
const { http, HttpResponse } = await import('msw')
const SHOPS = [
  { name: '上海南京东路店', latitude: 31.2353, longitude: 121.4754 },
  { name: '北京三里屯店', latitude: 39.9336, longitude: 116.4546 },
  { name: '深圳南山店', latitude: 22.5333, longitude: 113.9304 },
]
fakeWx.setDefaults({ handlers: [http.get('https://api.shop.example/shops', () => HttpResponse.json(SHOPS))] })
const mp = await launch({ root: join(root, 'examples/miniprogram') })
const page = await refusalPath({ user, mp })
fakeWx.verify()
const timeline = printTimeline(fakeWx.log)

const script = refusalPath
  .toString()
  .split('\n')
  .slice(1, -2)
  .map((line) => line.trim())
  .join('\n')
console.log(bold('2. One refusal path: the user says no to "添加到相册", then turns it on in the settings page'))
console.log(dim('   The test scripts the user and taps the button:'))
console.log(indent(script))
console.log()
console.log(dim('   The timeline fake-wx recorded: every wx call, popup, answer and callback, in order'))
console.log(dim('   (what `expect(fakeWx.log).toMatchSnapshot()` stores):'))
console.log(indent(timeline))
console.log()
console.log(dim(`   The page ends with saveStatus: '${page.data.saveStatus}'.`))
const stored = snapshots(SNAPSHOTS.vitest).get(SNAPSHOT_NAME)
if (stored !== undefined && stored.trim() === timeline.trim()) {
  console.log(dim(`   The same text is committed in examples/${SNAPSHOTS.vitest} and examples/${SNAPSHOTS.jest}.`))
}
console.log()
console.log(`Next: ${bold('README.md')} (quick start for Vitest and Jest), ${bold('examples/')} (the code above), ${bold('npm test')} (every suite).`)
