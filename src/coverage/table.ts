/**
 * The table the reporter prints after the run: one row per scope, one column per outcome, each cell the
 * platforms on which some test took that path. A Markdown table, so that it can be pasted as it is.
 */
import { platformsOf, type Coverage } from './aggregate'
import { PATH_OUTCOMES } from './paths'

/** The mark of a path no test took. */
export const NONE = '-'

function row(cells: readonly string[], widths: readonly number[]): string {
  return `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`
}

export function coverageTable(coverage: Coverage): string {
  if (coverage.scopes.length === 0) return 'fake-wx permission paths: no test used a permission scope, and no app.json was given.\n'
  const header = ['scope', ...PATH_OUTCOMES]
  const body = coverage.scopes.map((scope) => [
    scope.scope,
    ...PATH_OUTCOMES.map((outcome) => {
      const platforms = platformsOf(scope.cells.get(outcome)!, coverage.platforms)
      return platforms.length === 0 ? NONE : platforms.join(' ')
    }),
  ])
  const widths = header.map((title, i) => Math.max(title.length, ...body.map((cells) => cells[i]!.length)))
  const lines = [
    `fake-wx permission paths: the platforms on which some test took each path (${NONE}: none)`,
    '',
    row(header, widths),
    `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`,
    ...body.map((cells) => row(cells, widths)),
  ]
  if (coverage.gaps.length > 0) {
    lines.push('', 'Gaps: scopes the app uses that no test refuses (no denied, no deniedEarlier):')
    for (const scope of coverage.gaps) {
      const touched = coverage.scopes.find((s) => s.scope === scope)!.touched
      lines.push(`  ${scope}${touched ? '' : ' (declared in app.json; no test calls its APIs)'}`)
    }
  }
  if (coverage.requiredMissing.length > 0) {
    lines.push('', `Required (${coverage.required.join(', ')}) but never exercised:`)
    for (const { scope, outcome } of coverage.requiredMissing) lines.push(`  ${scope}: ${outcome}`)
  }
  return `${lines.join('\n')}\n`
}
