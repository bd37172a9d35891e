// What part 7 runs in a plain Node process: `launch` + `mp.reLaunch` of the shop page, with the plain Node
// loader (fresh CommonJS modules each launch), after a warm-up; prints the median ms per launch as JSON.
import { performance } from 'node:perf_hooks'
import { fakeWx, launch } from 'fake-wx'

const { root, repeats, perRepeat } = JSON.parse(process.env.BENCH_OPTIONS)

fakeWx.install()
// The page loads its shop list when it opens.
fakeWx.setDefaults({ handlers: { 'GET https://api.shop.example/shops': () => ({ data: [{ name: '上海南京东路店', latitude: 31.2353, longitude: 121.4754 }] }) } })
async function once() {
  fakeWx.reset()
  const mp = await launch({ root })
  await mp.reLaunch('pages/shop/shop')
}

for (let i = 0; i < perRepeat; i++) await once()
const samples = []
for (let r = 0; r < repeats; r++) {
  const start = performance.now()
  for (let i = 0; i < perRepeat; i++) await once()
  samples.push((performance.now() - start) / perRepeat)
}
samples.sort((a, b) => a - b)
console.log(JSON.stringify({ msPerLaunch: samples[Math.floor(samples.length / 2)], samples }))
