// What the per-call budget (≤ 5 × a plain mock; it was 3 ×) allows: a replica of fake-wx's observable work for a
// granted `getLocation` (copy the arguments, log the call, build a fresh result on a promise job, log
// the resolve) against the plain mock of part 1. Not part of the bench; cited in bench/README.md.
//   node bench/experiments/lean-replica.mjs
const FIXED = { errMsg: 'getLocation:ok', latitude: 31.2, longitude: 121.4, speed: 0, accuracy: 30, altitude: 0, verticalAccuracy: 0, horizontalAccuracy: 30 }
const plain = () => Promise.resolve().then(() => FIXED)

const log = []
let id = 0
const lean = (options) => {
  const call = ++id
  log.push({ id: call, type: 'call', api: 'getLocation', args: { ...options }, style: 'promise', tap: false })
  return Promise.resolve().then(() => {
    const result = { errMsg: 'getLocation:ok', latitude: 31.2 + (call % 7) / 1e3, longitude: 121.4, speed: 0, accuracy: 30, altitude: 0, verticalAccuracy: 0, horizontalAccuracy: 30 }
    log.push({ id: ++id, type: 'resolve', call, result })
    return result
  })
}

const samples = { plain: [], lean: [] }
for (let rep = 0; rep < 41; rep++) {
  for (const [name, fn] of rep % 2 === 0 ? [['plain', plain], ['lean', lean]] : [['lean', lean], ['plain', plain]]) {
    await new Promise(setImmediate)
    const t = process.hrtime.bigint()
    for (let b = 0; b < 10; b++) {
      log.length = 0
      for (let i = 0; i < 1000; i++) await fn({ type: 'gcj02' })
    }
    samples[name].push(Number(process.hrtime.bigint() - t) / 10_000)
  }
}
const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1]
const ratio = median(samples.lean.map((l, i) => l / samples.plain[i]))
console.log(`plain mock ${median(samples.plain).toFixed(0)} ns, lean replica ${median(samples.lean).toFixed(0)} ns per call: ${ratio.toFixed(2)}×`)
