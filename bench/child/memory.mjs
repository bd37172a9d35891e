// Part 5: heap growth per logged entry over many calls without a reset, and what reset() gives back.
// Run with --expose-gc. Prints one JSON line.
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import { join } from 'node:path'
import { FIXED_LOCATION } from './flows.mjs'

const opts = JSON.parse(process.env.BENCH_OPTIONS)
const { calls, repeats } = opts
if (typeof globalThis.gc !== 'function') throw new Error('run with --expose-gc')
const turn = () => new Promise((resolve) => setImmediate(resolve))

/** Heap in use after everything collectable is collected (several passes: weak refs, finalizers). */
async function settledHeap() {
  for (let i = 0; i < 4; i++) {
    await turn()
    globalThis.gc()
  }
  return process.memoryUsage().heapUsed
}

const { fakeWx, user } = await import(pathToFileURL(join(opts.pkgDir, 'dist', 'index.js')).href)
fakeWx.install()
const wx = globalThis.wx

// Baseline: jest.fn() also remembers every call (arguments, results, order); what fake-wx replaces.
const { ModuleMocker } = createRequire(join(opts.root, 'package.json'))('jest-mock')
const jestGetLocation = new ModuleMocker(globalThis).fn().mockResolvedValue(FIXED_LOCATION)

async function fakeCalls(n) {
  user.hasAllowed('scope.userLocation')
  for (let i = 0; i < n; i++) {
    await wx.getLocation({ type: 'gcj02' })
    if ((i & 4095) === 0) await turn()
  }
}

async function jestCalls(n) {
  for (let i = 0; i < n; i++) {
    await jestGetLocation({ type: 'gcj02' })
    if ((i & 4095) === 0) await turn()
  }
}

// Warm-up: faker loaded, code compiled, pools sized.
await fakeCalls(5000)
fakeWx.reset()
await jestCalls(5000)
jestGetLocation.mockClear()

const samples = { perEntry: [], entriesPerCall: [], retained: [], growth: [], jestPerCall: [] }
for (let r = 0; r < repeats; r++) {
  const before = await settledHeap()
  await fakeCalls(calls)
  const entries = fakeWx.log.size
  const after = await settledHeap()
  fakeWx.reset()
  const afterReset = await settledHeap()
  samples.growth.push(after - before)
  samples.perEntry.push((after - before) / entries)
  samples.entriesPerCall.push(entries / calls)
  samples.retained.push(afterReset - before)

  const jestBefore = await settledHeap()
  await jestCalls(calls)
  const jestAfter = await settledHeap()
  jestGetLocation.mockClear()
  samples.jestPerCall.push((jestAfter - jestBefore) / calls)
}
process.stdout.write(`${JSON.stringify({ node: process.version, calls, ...samples })}\n`)
