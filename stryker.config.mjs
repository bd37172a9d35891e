// StrykerJS mutation testing: `npm run test:mutation` (everything) and `npm run test:mutation:incremental`
// (only mutants whose code or covering tests changed since the last run). Not part of `npm test`: on the
// 2-core machines a full run is estimated at 35-70 minutes (5057 mutants at the 0.4-0.8 s each measured:
// src/params.ts alone, 97 mutants, took 93 s; src/errors.ts, 90 mutants, 46 s, and 12 s again with
// --incremental when nothing had changed).
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
  // The behaviour suite under test/spec, from source: vitest.config.ts maps fake-wx to src/ and has no
  // typecheck project, so it needs no separate mode. `related` runs, per mutant, only the spec files whose
  // imports reach the mutated file.
  vitest: { configFile: 'vitest.config.ts', related: true },
  coverageAnalysis: 'perTest',
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
    // Types only: nothing to mutate, and leaving them out spares instrumenting them.
    '!src/engine.ts',
    '!src/outcomes.ts',
    '!src/wx-types.ts',
    '!src/data/types.ts',
    '!matchers/context.ts',
    '!matchers/types.ts',
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
