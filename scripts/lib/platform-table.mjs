// The README's platform table, generated from the WeChat host's profiles (src/hosts/wechat/profiles.ts),
// so the spellings users read are the ones the fake produces. The profiles are TypeScript: esbuild
// bundles the host in memory and the table is built from what it exports.
import { build } from 'esbuild'
import { join } from 'node:path'
import { root } from './rules.mjs'

export const PLATFORM_START = '<!-- generated:platforms:start -->'
export const PLATFORM_END = '<!-- generated:platforms:end -->'

async function loadHost() {
  const result = await build({
    entryPoints: [join(root, 'src/hosts/wechat/index.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'silent',
  })
  const code = result.outputFiles[0].text
  return (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)).wechat
}

/** The errMsg of `api` failing with `failure` under `profile`; "no errno" only where another platform has one. */
function spell(api, failure, profile, profiles) {
  const spelling = profile.spellings[failure]
  const errnoElsewhere = profiles.some((other) => other.spellings[failure].errno !== undefined)
  const parts = [`\`${api}:fail${spelling.text}\``]
  if (spelling.errno !== undefined) parts.push(`\`errno: ${spelling.errno}\``)
  else if (errnoElsewhere) parts.push('no `errno`')
  if (spelling.errCode !== undefined) parts.push(`\`errCode: ${spelling.errCode}\``)
  return parts.join(', ')
}

/** Each row: what happened, and how a profile reports it. */
const ROWS = [
  ['`wx.authorize` refused', (p, all) => spell('authorize', 'authorize-deny', p, all)],
  ['gated API refused', (p, all) => spell('getLocation', 'auth-deny', p, all)],
  ['popup dismissed', (p, all) => `${spell('authorize', 'authorize-cancel', p, all)}; ${spell('getLocation', 'auth-cancel', p, all)}`],
  ['WeChat lacks the OS permission', (p, all) => spell('getLocation', 'system-deny', p, all)],
  ['location switched off', (p, all) => spell('getLocation', 'location-switch-off', p, all)],
  ['app.json lacks the permission desc', (p, all) => spell('getLocation', 'require-permission-desc', p, all)],
  ['tap state after `await`', (p) => (p.tapSurvivesPromises ? 'kept' : 'lost (Promise is polyfilled)')],
  ['iOS-only fields of `getAppAuthorizeSetting`', (p) => (p.iosOnlySettings ? 'reported' : 'left out')],
]

/** The README block, markers included: one column per group of platforms that report alike. */
export async function platformBlock() {
  const host = await loadHost()
  const groups = new Map()
  const profiles = Object.values(host.profiles)
  for (const profile of profiles) {
    const cells = ROWS.map(([, cell]) => cell(profile, profiles))
    const key = cells.join('\n')
    const group = groups.get(key) ?? { names: [], cells }
    group.names.push(profile.platform)
    groups.set(key, group)
  }
  const columns = [...groups.values()]
  const first = columns[0]
  const rows = ROWS.map(([label], i) => {
    const cells = columns.map((column, c) => (c > 0 && column.cells[i] === first.cells[i] ? `as ${first.names.join(', ')}` : column.cells[i]))
    return `| ${label} | ${cells.join(' | ')} |`
  })
  return [
    PLATFORM_START,
    '<!-- Generated from src/hosts/wechat/profiles.ts by `npm run rules:readme`; do not edit by hand. -->',
    `| | ${columns.map((column) => column.names.join(', ')).join(' | ')} |`,
    `| --- | ${columns.map(() => '---').join(' | ')} |`,
    ...rows,
    PLATFORM_END,
  ].join('\n')
}
