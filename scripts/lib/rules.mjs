// Shared by rules-check and rules-readme: the conformance table (conformance/rules.json), the
// `// rule: ID` comments of the behaviour suite, and the README table generated from both.
import { readFileSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = fileURLToPath(new URL('../..', import.meta.url))
export const RULES_FILE = join(root, 'conformance', 'rules.json')
export const README_FILE = join(root, 'README.md')
export const SPEC_DIR = join(root, 'test', 'spec')
export const START = '<!-- generated:fidelity:start -->'
export const END = '<!-- generated:fidelity:end -->'
export const REGENERATE = 'npm run rules:readme'

const KEYS = ['id', 'area', 'confidence', 'mode', 'statement', 'source']
const ID = /^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$/
const AREA = /^[a-z][a-z-]*$/
const MODE = /^(default|not modelled|option: \S.*)$/

export function loadRules() {
  return JSON.parse(readFileSync(RULES_FILE, 'utf8'))
}

/**
 * A source must be something a reader can look up anywhere: a URL or a public reference. A path
 * outside the repository (../shared/..., /work/..., ~/...) only resolves on one machine, so it is refused.
 */
function localPathIn(source) {
  for (const part of source.split(';').map((s) => s.trim())) {
    if (/^(\/|\.\.?\/|~|file:)/.test(part) || part.includes('../')) return part
    if (/(^|[\s/])shared\//.test(part) || /(wechat|everyday)-rules\.md/.test(part)) return part
  }
  return undefined
}

/** Problems with the shape of the table, one line each. */
export function validateRules(rules) {
  const problems = []
  if (!Array.isArray(rules)) return ['conformance/rules.json must be a JSON array of rules']
  const seen = new Set()
  rules.forEach((rule, index) => {
    const where = `rule #${index + 1}${typeof rule?.id === 'string' ? ` (${rule.id})` : ''}`
    if (typeof rule !== 'object' || rule === null || Array.isArray(rule)) {
      problems.push(`${where}: not an object`)
      return
    }
    for (const key of Object.keys(rule)) if (!KEYS.includes(key)) problems.push(`${where}: unknown field '${key}'`)
    for (const key of KEYS) if (typeof rule[key] !== 'string' || rule[key].trim() === '') problems.push(`${where}: '${key}' must be a non-empty string`)
    if (typeof rule.id === 'string') {
      if (!ID.test(rule.id)) problems.push(`${where}: id must be upper case words joined by dashes (e.g. SCOPE-DENIED-NO-POPUP)`)
      if (seen.has(rule.id)) problems.push(`${where}: duplicate id`)
      seen.add(rule.id)
    }
    if (typeof rule.confidence === 'string' && !['H', 'M', 'L'].includes(rule.confidence)) problems.push(`${where}: confidence must be H, M or L`)
    if (typeof rule.mode === 'string' && !MODE.test(rule.mode)) problems.push(`${where}: mode must be 'default', 'not modelled' or 'option: <name>'`)
    if (typeof rule.area === 'string' && !AREA.test(rule.area)) problems.push(`${where}: area must be a lower-case word (scopes, errmsg, privacy, ...)`)
    if (typeof rule.statement === 'string' && /[\r\n]/.test(rule.statement)) problems.push(`${where}: statement must be one line`)
    if (typeof rule.source === 'string') {
      const local = localPathIn(rule.source)
      if (local !== undefined) problems.push(`${where}: source '${local}' is a path outside the repository; cite the original URL or public reference`)
    }
  })
  return problems
}

function specFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return specFiles(path)
    return entry.name.endsWith('.ts') ? [path] : []
  })
}

const RULE_COMMENT = /^\s*\/\/\s*rule:\s*(.*)$/
// What a rule comment must sit directly above: a test or a group of tests.
const TEST_START = /^\s*(it|test|describe)(\.(each|skip|only|concurrent|sequential|todo))?\s*[(`[]/

/**
 * Every `// rule: ID, ID` comment under test/spec. Returns the tagged tests ({ file, line, ids }) and
 * the problems found: a comment that is not directly above it/test/describe, or names no rule.
 */
export function scanTests() {
  const tagged = []
  const problems = []
  for (const path of specFiles(SPEC_DIR).sort()) {
    const file = relative(root, path)
    const lines = readFileSync(path, 'utf8').split('\n')
    for (let i = 0; i < lines.length; i++) {
      const match = RULE_COMMENT.exec(lines[i])
      if (match === null) continue
      const ids = match[1].split(/[\s,]+/).filter(Boolean)
      if (ids.length === 0) problems.push(`${file}:${i + 1}: 'rule:' comment names no rule`)
      // Several rule comments may stack; the first other line must start the test they tag.
      let next = i + 1
      while (next < lines.length && RULE_COMMENT.test(lines[next])) next++
      if (!TEST_START.test(lines[next] ?? '')) {
        problems.push(`${file}:${i + 1}: 'rule:' comment is not directly above it(...), test(...) or describe(...)`)
        continue
      }
      tagged.push({ file, line: next + 1, ids })
    }
  }
  return { tagged, problems }
}

/** rule id -> the tagged tests that name it. */
export function coverage(rules, tagged) {
  const byId = new Map(rules.map((rule) => [rule.id, []]))
  for (const test of tagged) for (const id of test.ids) byId.get(id)?.push(test)
  return byId
}

/** The rules that must have a test: H and M rules that fake-wx models. */
export const needsTest = (rule) => (rule.confidence === 'H' || rule.confidence === 'M') && rule.mode !== 'not modelled'

const cell = (text) => text.replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;')

function testsCell(tests) {
  if (tests.length === 0) return '—'
  const files = [...new Set(tests.map((t) => t.file.replace(/^test\/spec\//, '').replace(/\.test\.ts$/, '')))]
  return `${tests.length}: ${files.join(', ')}`
}

/** The README block between the markers, markers included. */
export function readmeBlock(rules, tagged) {
  const byId = coverage(rules, tagged)
  const rows = rules.map((rule) => {
    const mode = rule.mode.startsWith('option: ') ? `option \`${rule.mode.slice(8)}\`` : rule.mode
    return `| \`${rule.id}\` | ${cell(rule.statement)} | ${rule.confidence} | ${mode} | ${testsCell(byId.get(rule.id))} |`
  })
  return [
    START,
    `<!-- Generated from conformance/rules.json and the \`// rule:\` comments in test/spec by \`${REGENERATE}\`; do not edit by hand. -->`,
    '',
    '| rule | what fake-wx does | conf. | default/option | tests (in test/spec) |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
    'Each rule\'s source is in [`conformance/rules.json`](conformance/rules.json). Not a WeChat rule, but toolkit behaviour:',
    'a popup the test did not script fails the call, and the test after it ends (`onUnscriptedPrompt`).',
    END,
  ].join('\n')
}

/**
 * The README with a generated block replaced, or undefined when its markers are missing. The block starts
 * and ends with its own markers (the fidelity table's by default).
 */
export function withReadmeBlock(readme, block, start = START, end = END) {
  const from = readme.indexOf(start)
  const to = readme.indexOf(end)
  if (from < 0 || to < from) return undefined
  return readme.slice(0, from) + block + readme.slice(to + end.length)
}
