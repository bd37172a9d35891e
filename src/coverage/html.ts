/**
 * The reporter's HTML page: the matrix of the printed table, green where a test took the path, red where
 * a path is a gap or required and missing, and under each cell the tests that took it. One file, no
 * scripts, no external resources: it opens from a CI artefact as it is.
 */
import { platformsOf, type Coverage, type ScopeCoverage } from './aggregate'
import { PATH_OUTCOMES, type PathOutcome } from './paths'

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

const SPECIAL = /[&<>"']/

export function escapeHtml(text: string): string {
  // Most names need nothing: test first, replace only then.
  return SPECIAL.test(text) ? text.replace(/[&<>"']/g, (char) => ESCAPES[char]!) : text
}

/** Covered, a gap (red), or simply not taken. */
type CellState = 'covered' | 'gap' | 'none'

function stateOf(coverage: Coverage, row: ScopeCoverage, outcome: PathOutcome): CellState {
  if (row.cells.get(outcome)!.size > 0) return 'covered'
  const gap = (outcome === 'denied' || outcome === 'deniedEarlier') && coverage.gaps.includes(row.scope)
  const required = coverage.requiredMissing.some((pair) => pair.scope === row.scope && pair.outcome === outcome)
  return gap || required ? 'gap' : 'none'
}

function cellHtml(coverage: Coverage, row: ScopeCoverage, outcome: PathOutcome): string {
  const state = stateOf(coverage, row, outcome)
  const attributes = `class="${state}" data-outcome="${outcome}"`
  if (state !== 'covered') return `<td ${attributes}>${state === 'gap' ? 'missing' : '–'}</td>`
  const cell = row.cells.get(outcome)!
  const platforms = platformsOf(cell, coverage.platforms)
    .map((platform) => `<span class="platform">${escapeHtml(platform)}</span>`)
    .join(' ')
  const tests = [...cell]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([test, on]) => `<li>${escapeHtml(test)} <span class="on">(${escapeHtml([...on].join(', '))})</span></li>`)
    .join('')
  const count = `${cell.size} test${cell.size === 1 ? '' : 's'}`
  return `<td ${attributes}><div class="platforms">${platforms}</div><details><summary>${count}</summary><ul>${tests}</ul></details></td>`
}

function rowHtml(coverage: Coverage, row: ScopeCoverage): string {
  const notes: string[] = []
  if (row.apis.length > 0) notes.push(row.apis.map(escapeHtml).join(', '))
  if (row.declared) notes.push('declared in app.json')
  if (!row.refusable) notes.push('WeChat no longer asks for it')
  const head = `<th scope="row"><code>${escapeHtml(row.scope)}</code><div class="notes">${notes.join(' · ')}</div></th>`
  return `<tr data-scope="${escapeHtml(row.scope)}">${head}${PATH_OUTCOMES.map((outcome) => cellHtml(coverage, row, outcome)).join('')}</tr>`
}

function listHtml(id: string, title: string, items: readonly string[]): string {
  if (items.length === 0) return ''
  return `<section id="${id}"><h2>${title}</h2><ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul></section>`
}

const STYLE = `
body { font: 14px/1.45 system-ui, sans-serif; margin: 2rem; color: #1f2328; background: #fff; }
h1 { font-size: 1.4rem; margin: 0 0 .25rem; }
p.summary { margin: 0 0 1rem; color: #57606a; }
table { border-collapse: collapse; }
th, td { border: 1px solid #d0d7de; padding: .35rem .5rem; vertical-align: top; text-align: left; }
thead th { background: #f6f8fa; font-weight: 600; white-space: nowrap; }
tbody th { background: #f6f8fa; font-weight: normal; white-space: nowrap; }
.notes { color: #57606a; font-size: 12px; }
td.covered { background: #dafbe1; }
td.gap { background: #ffd8d3; color: #82071e; font-weight: 600; }
td.none { color: #8c959f; text-align: center; }
.platform { display: inline-block; padding: 0 .35rem; margin: 0 .1rem .1rem 0; border-radius: .6rem; background: #1a7f37; color: #fff; font-size: 12px; }
details { margin-top: .2rem; font-size: 12px; }
details ul { margin: .2rem 0 0; padding-left: 1.1rem; }
.on { color: #57606a; }
.legend span { display: inline-block; padding: 0 .5rem; margin-right: .5rem; border: 1px solid #d0d7de; }
.legend .covered { background: #dafbe1; } .legend .gap { background: #ffd8d3; }
`

export function coverageHtml(coverage: Coverage): string {
  const gaps = coverage.gaps.map((scope) => `<code>${escapeHtml(scope)}</code>: no test refuses it (no denied, no deniedEarlier)`)
  const required = coverage.requiredMissing.map(({ scope, outcome }) => `<code>${escapeHtml(scope)}</code>: ${outcome}`)
  const summary =
    `${coverage.scopes.length} scope${coverage.scopes.length === 1 ? '' : 's'}, ${coverage.gaps.length} gap${coverage.gaps.length === 1 ? '' : 's'}` +
    (coverage.required.length > 0 ? `, ${coverage.requiredMissing.length} required path${coverage.requiredMissing.length === 1 ? '' : 's'} missing` : '')
  const table =
    coverage.scopes.length === 0
      ? '<p>No test used a permission scope, and no app.json was given.</p>'
      : `<table id="paths"><thead><tr><th>scope</th>${PATH_OUTCOMES.map((outcome) => `<th>${outcome}</th>`).join('')}</tr></thead>` +
        `<tbody>${coverage.scopes.map((row) => rowHtml(coverage, row)).join('')}</tbody></table>`
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>fake-wx permission paths</title>
<style>${STYLE}</style>
</head>
<body>
<h1>fake-wx permission paths</h1>
<p class="summary">${summary}. Each cell: the platforms on which some test took the path; open it for the tests.</p>
<p class="legend"><span class="covered">taken</span><span class="gap">gap or required, missing</span></p>
${table}
${listHtml('gaps', 'Gaps', gaps)}
${listHtml('required', `Required (${coverage.required.join(', ')}) but never exercised`, required)}
</body>
</html>
`
}
