// Parts 1 and 2: cost per call, the full refusal flow, and reset(). Run by bench/parts/calls.mjs in a
// child process. Each repeat measures subject and baseline back to back, in alternating order (ABBA),
// so machine noise hits both alike.
// Prints one JSON line: per-repeat samples; the parent takes medians.
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import { join } from 'node:path'
import { handWx, refusalFlow, FIXED_LOCATION, scriptRefusal } from './flows.mjs'

const opts = JSON.parse(process.env.BENCH_OPTIONS)
const { repeats, calls, flows, resets, only } = opts
const now = process.hrtime.bigint

const { fakeWx, user } = await import(pathToFileURL(join(opts.pkgDir, 'dist', 'index.js')).href)
fakeWx.install()
const wx = globalThis.wx
const hand = handWx()
// What most teams write instead of a plain function: jest.fn().mockResolvedValue (jest-mock, as Jest has it).
const { ModuleMocker } = createRequire(join(opts.root, 'package.json'))('jest-mock')
const jestGetLocation = new ModuleMocker(globalThis).fn().mockResolvedValue(FIXED_LOCATION)

const BATCH = 1000
const noop = () => {}
/** Lets the event loop turn (as a runner does between tests): timers and immediates the fake set run. */
const turn = () => new Promise((resolve) => setImmediate(resolve))

// ---- what is measured -------------------------------------------------------------------------

/** Per-call subjects: a batch of awaited calls, after an untimed setup (reset + script). */
const callKinds = {
  // The subject: granted location, result data from faker, logged (call + resolve entries).
  fakeGranted: {
    setup: () => {
      fakeWx.reset()
      user.hasAllowed('scope.userLocation')
    },
    async batch() {
      for (let i = 0; i < BATCH; i++) await wx.getLocation({ type: 'gcj02' })
    },
  },
  // The baseline, the hand-written mock: a plain function resolving a fixed result on a microtask.
  handGranted: {
    setup: () => hand.reset(),
    async batch() {
      for (let i = 0; i < BATCH; i++) await hand.getLocation({ type: 'gcj02' })
    },
  },
  jestGranted: {
    setup: () => jestGetLocation.mockClear(),
    async batch() {
      for (let i = 0; i < BATCH; i++) await jestGetLocation({ type: 'gcj02' })
    },
  },
  // For the profile: a refusal (no result data, so no faker draws).
  fakeDenied: {
    setup: () => {
      fakeWx.reset()
      user.hasDenied('scope.userLocation')
    },
    async batch() {
      for (let i = 0; i < BATCH; i++) await wx.getLocation({ type: 'gcj02' }).catch(noop)
    },
  },
  handDenied: {
    setup: () => {
      hand.reset()
      hand.auth['scope.userLocation'] = false
    },
    async batch() {
      for (let i = 0; i < BATCH; i++) await hand.getLocation({ type: 'gcj02' }).catch(noop)
    },
  },
}

async function timeCalls(kind, n) {
  const { setup, batch } = callKinds[kind]
  let total = 0n
  for (let done = 0; done < n; done += BATCH) {
    await turn()
    setup()
    const t = now()
    await batch()
    total += now() - t
  }
  return Number(total) / n
}

/** The full refusal flow, from a fresh state: mean ns per flow (script + 4 calls), resets untimed. */
async function timeFlows(which, n) {
  let total = 0n
  for (let i = 0; i < n; i++) {
    let t
    await turn()
    if (which === 'fake') {
      fakeWx.reset()
      t = now()
      scriptRefusal(user)
      if ((await refusalFlow(wx)) !== true) throw new Error('the refusal flow did not end granted (fake-wx)')
    } else {
      hand.reset()
      t = now()
      hand.script.deny = true
      hand.script.confirm = true
      hand.script.enable = true
      if ((await refusalFlow(hand)) !== true) throw new Error('the refusal flow did not end granted (hand mock)')
    }
    total += now() - t
  }
  return Number(total) / n
}

/** reset() after a typical test (the refusal flow, then a granted getLocation): mean ns per reset. */
async function timeResets(which, n) {
  let total = 0n
  for (let i = 0; i < n; i++) {
    let t
    if (which === 'fake') {
      scriptRefusal(user)
      await refusalFlow(wx)
      await wx.getLocation({ type: 'gcj02' })
      await turn()
      t = now()
      fakeWx.reset()
    } else {
      hand.script.deny = hand.script.confirm = hand.script.enable = true
      await refusalFlow(hand)
      await hand.getLocation({ type: 'gcj02' })
      await turn()
      t = now()
      hand.reset()
    }
    total += now() - t
  }
  return Number(total) / n
}

// ---- repeats ------------------------------------------------------------------------------------

/**
 * Subject and baseline back to back, order alternating (ABBA). No forced gc() in between: a forced
 * full GC shrinks V8's young generation, and the allocation-heavy subject then ran 2-3× slower for the
 * next ~20k calls than it does in a test run, where the heap has grown to fit.
 */
async function pair(a, b, r) {
  const out = {}
  for (const [name, fn] of r % 2 === 0 ? [a, b] : [b, a]) out[name] = await fn()
  return out
}

const result = { node: process.version }
const wanted = (part) => only === undefined || only.includes(part)

// Every figure is a pair (subject, baseline). Repeats go round-robin over the figures, so each figure's
// samples spread over the whole run and a burst of machine noise spoils a few repeats of each rather
// than all repeats of one; the parent takes medians over repeats.
const figures = []
if (wanted('calls')) {
  figures.push(
    ['getLocation', () => timeCalls('fakeGranted', calls), () => timeCalls('handGranted', calls)],
    ['getLocationVsJestFn', () => timeCalls('fakeGranted', calls), () => timeCalls('jestGranted', calls)],
    ['getLocationDenied', () => timeCalls('fakeDenied', calls), () => timeCalls('handDenied', calls)],
  )
}
if (wanted('flow')) figures.push(['flow', () => timeFlows('fake', flows), () => timeFlows('hand', flows)])
if (wanted('reset')) figures.push(['reset', () => timeResets('fake', resets), () => timeResets('hand', resets)])

// Warm-up: every path compiled and optimised before anything counts.
for (let w = 0; w < 3; w++) for (const [, subject, baseline] of figures) await pair(['s', subject], ['b', baseline], w)
for (const [key] of figures) result[key] = { subject: [], baseline: [] }
for (let r = 0; r < repeats; r++) {
  for (const [key, subject, baseline] of figures) {
    const s = await pair(['s', subject], ['b', baseline], r)
    result[key].subject.push(s.s)
    result[key].baseline.push(s.b)
  }
}

if (opts.profile !== undefined) {
  // Under --cpu-prof: one workload alone, long enough for the sampler (bench/lib/profile.mjs reads it).
  const workload = {
    calls: () => timeCalls('fakeGranted', 20 * BATCH),
    flow: () => timeFlows('fake', 200),
    reset: () => timeResets('fake', 200),
  }[opts.profile]
  fakeWx.reset()
  await workload() // warm-up
  const until = Date.now() + opts.profileMs
  let rounds = 0
  while (Date.now() < until) {
    await workload()
    rounds++
  }
  result.profiled = { workload: opts.profile, rounds }
}

process.stdout.write(`${JSON.stringify(result)}\n`)
