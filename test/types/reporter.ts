// fake-wx/reporter's types: the options, the outcome names, the JSON, and the runners' ways of constructing it.
import FakeWxReporter, { nodeTestReporter, type CoverageJson, type FakeWxReporterOptions, type PathOutcome } from 'fake-wx/reporter'

const options: FakeWxReporterOptions = { outputFile: 'reports/paths.json', html: 'reports/paths.html', require: ['denied', 'deniedEarlier'], appJson: 'app.json' }
// @ts-expect-error a misspelt outcome does not compile
const misspelt: FakeWxReporterOptions = { require: ['deniedEarly'] }
// @ts-expect-error an unknown option does not compile
const unknown: FakeWxReporterOptions = { outFile: 'x.json' }
void misspelt
void unknown

const outcome: PathOutcome = 'tapMissing'
void outcome

// Vitest constructs it with the options; Jest with its global config first.
const forVitest = new FakeWxReporter(options)
const forJest = new FakeWxReporter({ rootDir: '/project' }, options, {})
forVitest.onTestRunEnd?.()
forJest.getLastError?.()

// node:test: a stream of its events.
const stream = nodeTestReporter({ require: ['denied'] })
stream.end()

declare const json: CoverageJson
const tests: number | undefined = json.scopes['scope.userLocation']?.outcomes.deniedEarlier.tests
const version: 1 = json.version
const missing: { scope: string; outcome: PathOutcome }[] = json.missing
void tests
void version
void missing
