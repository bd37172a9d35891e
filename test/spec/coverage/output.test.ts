/** What the reporter prints and writes: the table, the HTML page. Expected text is written out in full. */
import { CoverageCollector, type TestRecord } from '../../../src/coverage/aggregate'
import { coverageHtml, escapeHtml } from '../../../src/coverage/html'
import { coverageTable } from '../../../src/coverage/table'
import { WECHAT_SCOPE_FACTS } from '../../../src/coverage/wechat-scope-facts'

function coverageOf(records: TestRecord[], settings: Parameters<CoverageCollector['coverage']>[1] = {}) {
  const collector = new CoverageCollector()
  for (const record of records) collector.add(record)
  return collector.coverage(WECHAT_SCOPE_FACTS, settings)
}

const suite: TestRecord[] = [
  { file: 'test/shop.test.js', name: 'refused <on> android & ios', platform: 'android', scopes: { 'scope.userLocation': { apis: ['getLocation'], outcomes: ['denied', 'enabledInSettings'] } } },
  { file: 'test/shop.test.js', name: 'refused <on> android & ios', platform: 'ios', scopes: { 'scope.userLocation': { apis: ['getLocation'], outcomes: ['denied'] } } },
  { file: 'test/camera.test.js', name: 'scans', platform: 'devtools', scopes: { 'scope.camera': { apis: ['<camera>'], outcomes: ['allowed'] } } },
]

describe('the printed table', () => {
  it('one row per scope, one column per outcome, each cell the platforms; then the gaps', () => {
    expect(coverageTable(coverageOf(suite, { appJson: { permission: { 'scope.werun': { desc: '步数' } } } }))).toBe(
      [
        'fake-wx permission paths: the platforms on which some test took each path (-: none)',
        '',
        '| scope              | allowed  | denied      | deniedEarlier | dismissed | noResponse | enabledInSettings | disabledInSettings | systemDenied | privacyDenied | privacyUndeclared | appJsonUndeclared | apiNotEnabled | tapMissing |',
        '|--------------------|----------|-------------|---------------|-----------|------------|-------------------|--------------------|--------------|---------------|-------------------|-------------------|---------------|------------|',
        '| scope.userLocation | -        | ios android | -             | -         | -          | android           | -                  | -            | -             | -                 | -                 | -             | -          |',
        '| scope.camera       | devtools | -           | -             | -         | -          | -                 | -                  | -            | -             | -                 | -                 | -             | -          |',
        '| scope.werun        | -        | -           | -             | -         | -          | -                 | -                  | -            | -             | -                 | -                 | -             | -          |',
        '',
        'Gaps: scopes the app uses that no test refuses (no denied, no deniedEarlier):',
        '  scope.camera',
        '  scope.werun (declared in app.json; no test calls its APIs)',
        '',
      ].join('\n'),
    )
  })

  it('lists the required pairs no test reached', () => {
    const table = coverageTable(coverageOf(suite.slice(0, 2), { require: ['denied', 'deniedEarlier'] }))
    expect(table.endsWith('\n\nRequired (denied, deniedEarlier) but never exercised:\n  scope.userLocation: deniedEarlier\n')).toBe(true)
    expect(table).not.toContain('Gaps')
  })

  it('says so when no test used a scope', () => {
    expect(coverageTable(coverageOf([]))).toBe('fake-wx permission paths: no test used a permission scope, and no app.json was given.\n')
  })
})

describe('the HTML page', () => {
  // Built inside each test, so that mutation testing credits each test with the page code it checks.
  const suitePage = () => coverageHtml(coverageOf(suite, { require: ['deniedEarlier'], appJson: { permission: { 'scope.werun': { desc: '步数' } } } }))

  it('is one self-contained file: no script, no external resource', () => {
    const html = suitePage()
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true)
    expect(html).not.toMatch(/<script|<link|src=|url\(|https?:/i)
  })

  it('has the matrix: a header per outcome, a row per scope', () => {
    const html = suitePage()
    expect(html).toContain(
      '<thead><tr><th>scope</th><th>allowed</th><th>denied</th><th>deniedEarlier</th><th>dismissed</th><th>noResponse</th><th>enabledInSettings</th><th>disabledInSettings</th><th>systemDenied</th><th>privacyDenied</th><th>privacyUndeclared</th><th>appJsonUndeclared</th><th>apiNotEnabled</th><th>tapMissing</th></tr></thead>',
    )
    expect([...html.matchAll(/<tr data-scope="([^"]+)">/g)].map((m) => m[1])).toEqual(['scope.userLocation', 'scope.camera', 'scope.werun'])
  })

  it('a covered cell lists its platforms and, under it, each test with the platforms it ran on (escaped)', () => {
    const html = suitePage()
    expect(html).toContain(
      '<td class="covered" data-outcome="denied"><div class="platforms"><span class="platform">ios</span> <span class="platform">android</span></div>' +
        '<details><summary>1 test</summary><ul><li>test/shop.test.js › refused &lt;on&gt; android &amp; ios <span class="on">(android, ios)</span></li></ul></details></td>',
    )
  })

  it('a gap is red in both refusal columns; a required pair is red; anything else is plain', () => {
    const html = suitePage()
    const camera = html.slice(html.indexOf('<tr data-scope="scope.camera">'), html.indexOf('<tr data-scope="scope.werun">'))
    expect(camera).toContain('<td class="gap" data-outcome="denied">missing</td><td class="gap" data-outcome="deniedEarlier">missing</td>')
    expect(camera).toContain('<td class="none" data-outcome="dismissed">–</td>')
    const location = html.slice(html.indexOf('<tr data-scope="scope.userLocation">'), html.indexOf('<tr data-scope="scope.camera">'))
    expect(location).toContain('<td class="gap" data-outcome="deniedEarlier">missing</td>')
    expect(location).toContain('<td class="none" data-outcome="allowed">–</td>')
  })

  it('notes the APIs, app.json and the scopes WeChat no longer asks for under the scope', () => {
    const html = suitePage()
    expect(html).toContain('<th scope="row"><code>scope.camera</code><div class="notes">&lt;camera&gt;</div></th>')
    expect(html).toContain('<th scope="row"><code>scope.werun</code><div class="notes">declared in app.json</div></th>')
    const retired = coverageHtml(coverageOf([{ file: 'a.js', name: 'a', platform: 'ios', scopes: { 'scope.address': { apis: ['chooseAddress'], outcomes: [] } } }]))
    expect(retired).toContain('<div class="notes">chooseAddress · WeChat no longer asks for it</div>')
  })

  it('sums up and lists the gaps and the required pairs', () => {
    const html = suitePage()
    expect(html).toContain('<p class="summary">3 scopes, 2 gaps, 3 required paths missing.')
    expect(html).toContain('<section id="gaps"><h2>Gaps</h2><ul><li><code>scope.camera</code>: no test refuses it (no denied, no deniedEarlier)</li>')
    expect(html).toContain(
      '<section id="required"><h2>Required (deniedEarlier) but never exercised</h2><ul><li><code>scope.userLocation</code>: deniedEarlier</li><li><code>scope.camera</code>: deniedEarlier</li><li><code>scope.werun</code>: deniedEarlier</li></ul></section>',
    )
  })

  it('in the singular, and without require, says no more than it has', () => {
    const one = coverageHtml(coverageOf(suite.slice(2), { require: ['allowed'] }))
    expect(one).toContain('<p class="summary">1 scope, 1 gap, 0 required paths missing.')
    const plain = coverageHtml(coverageOf(suite.slice(0, 2)))
    expect(plain).toContain('<p class="summary">1 scope, 0 gaps.')
    expect(plain).not.toContain('<section')
    expect(coverageHtml(coverageOf([]))).toContain('<p>No test used a permission scope, and no app.json was given.</p>')
  })

  it('a cell reached by several tests lists them sorted, counted in the plural', () => {
    const page = coverageHtml(
      coverageOf([
        { file: 'b.test.js', name: 'second', platform: 'ios', scopes: { 'scope.camera': { apis: ['authorize'], outcomes: ['denied'] } } },
        { file: 'a.test.js', name: 'first', platform: 'mac', scopes: { 'scope.camera': { apis: ['authorize'], outcomes: ['denied'] } } },
      ], { require: ['allowed'] }),
    )
    expect(page).toContain('<summary>2 tests</summary><ul><li>a.test.js › first <span class="on">(mac)</span></li><li>b.test.js › second <span class="on">(ios)</span></li></ul>')
    expect(page).toContain('<p class="summary">1 scope, 0 gaps, 1 required path missing.')
  })

  it('a cell reached by many tests lists them sorted by file and name, whatever order they ran in', () => {
    const denied = (file: string, name: string): TestRecord => ({ file, name, platform: 'ios', scopes: { 'scope.camera': { apis: ['authorize'], outcomes: ['denied'] } } })
    for (const order of [['d', 'b', 'c', 'a'], ['b', 'd', 'a', 'c'], ['c', 'a', 'd', 'b']]) {
      const page = coverageHtml(coverageOf(order.map((letter) => denied(`${letter}.test.js`, 'refuses'))))
      expect(page).toContain(
        '<summary>4 tests</summary><ul>' +
          ['a', 'b', 'c', 'd'].map((letter) => `<li>${letter}.test.js › refuses <span class="on">(ios)</span></li>`).join('') +
          '</ul>',
      )
    }
  })

  it('without require, a gap is red in the deniedEarlier column too', () => {
    const page = coverageHtml(coverageOf(suite.slice(2)))
    expect(page).toContain('<td class="gap" data-outcome="denied">missing</td><td class="gap" data-outcome="deniedEarlier">missing</td><td class="none" data-outcome="dismissed">–</td>')
  })

  it("a required pair is red only in its own scope's row (systemDenied is not asked of a scope without an OS permission)", () => {
    const page = coverageHtml(
      coverageOf(
        [
          { file: 'a.test.js', name: 'locates', platform: 'ios', scopes: { 'scope.userLocation': { apis: ['getLocation'], outcomes: ['denied'] } } },
          { file: 'a.test.js', name: 'adds a contact', platform: 'ios', scopes: { 'scope.addPhoneContact': { apis: ['addPhoneContact'], outcomes: ['denied'] } } },
        ],
        { require: ['systemDenied'] },
      ),
    )
    const contact = page.slice(page.indexOf('<tr data-scope="scope.addPhoneContact">'))
    expect(contact).toContain('<td class="none" data-outcome="systemDenied">–</td>')
    const location = page.slice(page.indexOf('<tr data-scope="scope.userLocation">'), page.indexOf('</tr>', page.indexOf('<tr data-scope="scope.userLocation">')))
    expect(location).toContain('<td class="gap" data-outcome="systemDenied">missing</td>')
  })

  it('rows follow one another; several APIs and several required outcomes are comma-separated', () => {
    const page = coverageHtml(
      coverageOf(
        [
          { file: 'a.test.js', name: 'locates', platform: 'ios', scopes: { 'scope.userLocation': { apis: ['authorize', 'getLocation'], outcomes: ['denied'] } } },
          { file: 'a.test.js', name: 'scans', platform: 'ios', scopes: { 'scope.camera': { apis: ['authorize'], outcomes: ['denied'] } } },
        ],
        { require: ['denied', 'deniedEarlier'] },
      ),
    )
    expect(page).toContain('<div class="notes">authorize, getLocation</div>')
    expect(page).toContain('</tr><tr data-scope="scope.camera">')
    expect(page).toContain('</td></tr></tbody></table>')
    expect(page).toContain('<section id="required"><h2>Required (denied, deniedEarlier) but never exercised</h2>')
  })

  it('a page with nothing to list ends with the table', () => {
    const page = coverageHtml(coverageOf(suite.slice(0, 2)))
    expect(page.endsWith('</tbody></table>\n\n\n</body>\n</html>\n')).toBe(true)
  })

  it('escapes the five characters HTML needs escaped', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;')
  })
})
