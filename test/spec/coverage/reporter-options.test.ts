/** The reporter's options: defaults, paths, and the messages of a misspelt option, outcome or app.json. */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { resolveReporterOptions } from '../../../src/coverage/reporter-options'
import { messageOf } from '../../support/fixtures'

const cwd = mkdtempSync(join(tmpdir(), 'fake-wx-reporter-options-'))
writeFileSync(join(cwd, 'app.json'), JSON.stringify({ permission: { 'scope.userLocation': { desc: '门店' } }, requiredPrivateInfos: ['getLocation'] }))
writeFileSync(join(cwd, 'broken.json'), '{ "permission": ')
writeFileSync(join(cwd, 'list.json'), '[]')

describe('the reporter options', () => {
  it.each([undefined, null, {}])('%j: the JSON to fake-wx-coverage.json in the working directory, nothing else', (options) => {
    expect(resolveReporterOptions(options, cwd)).toEqual({ outputFile: join(cwd, 'fake-wx-coverage.json'), html: undefined, require: [], appJson: undefined })
  })

  it('resolves the files against the working directory and reads app.json; require keeps each outcome once', () => {
    expect(
      resolveReporterOptions({ outputFile: 'reports/paths.json', html: '/tmp/paths.html', require: ['denied', 'deniedEarlier', 'denied'], appJson: 'app.json' }, cwd),
    ).toEqual({
      outputFile: join(cwd, 'reports/paths.json'),
      html: '/tmp/paths.html',
      require: ['denied', 'deniedEarlier'],
      appJson: { permission: { 'scope.userLocation': { desc: '门店' } }, requiredPrivateInfos: ['getLocation'] },
    })
  })

  it.each([
    ['not an object', 'paths.json', "[fake-wx] fake-wx/reporter: options must be an object, got 'paths.json'."],
    ['a list', [], '[fake-wx] fake-wx/reporter: options must be an object, got an array.'],
    ['a misspelt option', { outputFle: 'x.json' }, "[fake-wx] fake-wx/reporter: unknown option 'outputFle'. Did you mean 'outputFile'? The options are: outputFile, html, require, appJson."],
    ['an unknown option', { verbose: true }, "[fake-wx] fake-wx/reporter: unknown option 'verbose'. The options are: outputFile, html, require, appJson."],
    ['a file name that is not a string', { html: true }, '[fake-wx] fake-wx/reporter: option html must be a file name, got true.'],
    ['an empty file name', { outputFile: '' }, "[fake-wx] fake-wx/reporter: option outputFile must be a file name, got ''."],
    ['require as a string', { require: 'denied' }, "[fake-wx] fake-wx/reporter: option require must be a list of outcomes, e.g. ['denied', 'deniedEarlier'], got 'denied'."],
    [
      'a misspelt outcome',
      { require: ['denied', 'deniedEarly'] },
      "[fake-wx] fake-wx/reporter: require lists 'deniedEarly', which is not an outcome. Did you mean 'deniedEarlier'? The outcomes are: allowed, denied, deniedEarlier, dismissed, noResponse, enabledInSettings, disabledInSettings, systemDenied, privacyDenied, privacyUndeclared, appJsonUndeclared, apiNotEnabled, tapMissing.",
    ],
    [
      'an outcome that is not a string',
      { require: [3] },
      '[fake-wx] fake-wx/reporter: require lists 3, which is not an outcome. The outcomes are: allowed, denied, deniedEarlier, dismissed, noResponse, enabledInSettings, disabledInSettings, systemDenied, privacyDenied, privacyUndeclared, appJsonUndeclared, apiNotEnabled, tapMissing.',
    ],
    ['an appJson that is not there', { appJson: 'missing.json' }, `[fake-wx] fake-wx/reporter: cannot read the appJson file ${join(cwd, 'missing.json')} (ENOENT). Give the path of your app.json.`],
    ['an appJson that is not JSON', { appJson: 'broken.json' }, `[fake-wx] fake-wx/reporter: the appJson file ${join(cwd, 'broken.json')} is not JSON (`],
    ['an appJson that is a list', { appJson: 'list.json' }, `[fake-wx] fake-wx/reporter: the appJson file ${join(cwd, 'list.json')} must hold an object, got an array.`],
  ])('%s stops the run with a message that says what to write', (_what, options, message) => {
    const said = messageOf(() => resolveReporterOptions(options, cwd))
    if (message.endsWith('(')) expect(said.startsWith(message)).toBe(true)
    else expect(said).toBe(message)
  })

  it('an appJson holding a number or a string is not an object either', () => {
    writeFileSync(join(cwd, 'number.json'), '42')
    expect(messageOf(() => resolveReporterOptions({ appJson: 'number.json' }, cwd))).toBe(`[fake-wx] fake-wx/reporter: the appJson file ${join(cwd, 'number.json')} must hold an object, got 42.`)
    writeFileSync(join(cwd, 'string.json'), '"app"')
    expect(messageOf(() => resolveReporterOptions({ appJson: 'string.json' }, cwd))).toBe(`[fake-wx] fake-wx/reporter: the appJson file ${join(cwd, 'string.json')} must hold an object, got 'app'.`)
  })

  it('an appJson that is not a file name says which option is wrong', () => {
    expect(messageOf(() => resolveReporterOptions({ appJson: 7 }, cwd))).toBe('[fake-wx] fake-wx/reporter: option appJson must be a file name, got 7.')
  })

  it('an appJson holding null is not an object either', () => {
    writeFileSync(join(cwd, 'null.json'), 'null')
    expect(messageOf(() => resolveReporterOptions({ appJson: 'null.json' }, cwd))).toBe(
      `[fake-wx] fake-wx/reporter: the appJson file ${join(cwd, 'null.json')} must hold an object, got null.`,
    )
  })
})
