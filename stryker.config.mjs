// StrykerJS mutation testing: `npm run test:mutation` (everything) and `npm run test:mutation:incremental`
// (only mutants whose code or covering tests changed since the last run). Not part of `npm test`: a full
// run takes hours on two cores; CI checks the score incrementally against a recorded baseline
// (scripts/mutation-ci.mjs, `npm run test:mutation:ci`).
// Narrow a run with --mutate, e.g. `npm run test:mutation -- --mutate src/params.ts`.
//
// No TypeScript checker (@stryker-mutator/typescript-checker): on src/params.ts it turned 26 mutants into
// compile errors but took one of the two cores for itself, and the run took 173 s instead of 93 s.
//
// Both scripts start Stryker through scripts/lts-node.mjs, because the Vitest runner loads Vitest 5
// in-process and Vitest 5 needs Node >= 22.12; Stryker's workers are spawned with the same Node.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  // The behaviour suite under test/spec, from source (vitest.config.ts maps fake-wx to src/), with the spec
  // files of one mutant's run sharing their modules (vitest.stryker.config.ts says why that is safe).
  // `related` runs, per mutant, only the spec files whose imports reach the mutated file.
  vitest: { configFile: 'vitest.stryker.config.ts', related: true },
  coverageAnalysis: 'perTest',
  // The initial run over the core's files records, for each of the suite's tests, every mutant it reaches:
  // more than Node's default heap holds.
  testRunnerNodeArgs: ['--max-old-space-size=8192'],
  // Static mutants are in code that runs once, at import: the tables of records, scopes and profiles. Each
  // one re-runs the whole suite (Stryker measured 17% of the mutants taking 59% of the time), and they
  // are data, which the score leaves out; their behaviour is what the suite's literals check.
  ignoreStatic: true,
  mutate: [
    'src/**/*.ts',
    'matchers/**/*.ts',
    // Data, not logic: generated API names, the city table, the faker re-export bundle.
    '!src/hosts/wechat/api-names.ts',
    '!src/data/cities.ts',
    '!src/data/faker-bundle.ts',
    '!src/coverage/wechat-scope-facts.ts',
    // Types only: nothing to mutate, and leaving them out spares instrumenting them.
    '!src/engine.ts',
    '!src/outcomes.ts',
    '!src/wx-types.ts',
    '!src/data/types.ts',
    '!matchers/context.ts',
    '!matchers/types.ts',
    // Plain Node's module loader: its tests launch an app from the built package in a child process (the
    // loader replaces Node's require cache and ES module registry, which a test cannot do in-process), out
    // of reach of Stryker's instrumentation of src/; 51 of its 81 mutants showed no coverage for that reason.
    '!src/mini-program/harness/node-loader.ts',
  ],
  // What the suite under test/spec never reads: benchmarks, examples, docs and the test projects (each with
  // its own node_modules) would only slow the copy into each sandbox. dist/ stays: the plain Node loader's
  // tests launch an app from the built package in a child process (run `npm run build` first); they test the
  // build, not the mutant, so every mutant of the loader they cover is also covered from source.
  ignorePatterns: ['/.tmp', '/bench', '/examples', '/docs', '/coverage', '/test/projects'],
  // reports/ and .stryker-tmp/ are gitignored; the incremental record is per machine, like a cache.
  incrementalFile: 'reports/stryker-incremental.json',
  tempDirName: '.stryker-tmp',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  // The console lists surviving mutants; the per-test list (hundreds of lines) is in the HTML report.
  clearTextReporter: { reportTests: false },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // The machines have 2 cores: Stryker's default (all of them when there are 4 or fewer) is what we want
  // on CI; pass --concurrency 1 to keep a core free while working.
  thresholds: { high: 95, low: 90, break: 90 },
}
