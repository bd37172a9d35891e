#!/usr/bin/env node
// npm run test:shuffle: the behaviour suite under Vitest and Jest with tests in a random order, to catch
// tests that pass only after (or before) another one. An order that fails is worth nothing unless it can
// be replayed, so one seed drives both runners, it is printed before they start and again after a
// failure, together with the command that re-runs the same order:
//
//   npm run test:shuffle -- --seed=<n>        (or SHUFFLE_SEED=<n> npm run test:shuffle)
//
// What the seed fixes: Vitest's order of files and of the tests in each file (--sequence.seed); Jest's
// order of the tests in each file (--seed with --randomize; Jest does not shuffle files). Files still run
// in parallel workers, so which two files share a worker can differ between runs.
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { root } from './lib/build.mjs'

const given = process.argv.find((arg) => arg.startsWith('--seed='))?.slice('--seed='.length) ?? process.env.SHUFFLE_SEED
// Jest takes a seed in [-2^31, 2^31 - 1]; a positive one fits both runners.
const seed = given === undefined ? 1 + Math.floor(Math.random() * 0x7ffffffe) : Number(given)
if (!Number.isInteger(seed) || seed < -0x80000000 || seed > 0x7fffffff) {
  console.error(`shuffle: the seed must be an integer between -2147483648 and 2147483647, not ${given}`)
  process.exit(2)
}

const runs = [
  {
    name: 'vitest',
    // Vitest 5 needs a newer Node than the machine's may be: lts-node runs it on the LTS.
    args: [join(root, 'scripts/lts-node.mjs'), 'vitest/vitest.mjs', 'run', '--sequence.shuffle', `--sequence.seed=${seed}`, '--reporter=dot'],
    again: `node scripts/lts-node.mjs vitest/vitest.mjs run --sequence.shuffle --sequence.seed=${seed}`,
  },
  {
    name: 'jest',
    args: [join(root, 'node_modules/jest/bin/jest.js'), '--randomize', `--seed=${seed}`, '--silent', '--maxWorkers=2'],
    again: `npx jest --randomize --seed=${seed}`,
  },
]

console.log(`shuffle: seed ${seed} (re-run this order: npm run test:shuffle -- --seed=${seed})`)
// Both runners run even when the first fails: a failure under one runner only says more.
const failed = runs.filter((run) => spawnSync(process.execPath, run.args, { cwd: root, stdio: 'inherit' }).status !== 0)
if (failed.length > 0) {
  console.error(`\nshuffle: ${failed.map((run) => run.name).join(' and ')} failed with seed ${seed}. Re-run the same order with`)
  console.error(`  npm run test:shuffle -- --seed=${seed}`)
  for (const run of failed) console.error(`  ${run.again}    (${run.name} alone; add a file path to narrow it)`)
  process.exit(1)
}
console.log(`shuffle: both runners passed with seed ${seed}`)
