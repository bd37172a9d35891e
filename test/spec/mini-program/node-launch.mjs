// Run by loaders.test.ts in a process of its own: the plain Node loader, with no runner, on the built package.
// Launches the CommonJS and the ES-module fixture apps twice each and prints what their modules saw, as JSON.
import Module, { createRequire } from 'node:module'
import { join } from 'node:path'

const build = process.argv[2]
const dist = join(process.cwd(), 'dist')
const fakeWx = build === 'cjs' ? createRequire(import.meta.url)(join(dist, 'index.cjs')) : await import(join(dist, 'index.js'))
const apps = join(process.cwd(), 'test/spec/mini-program/apps')

async function twice(app, open) {
  const runs = []
  for (let i = 0; i < 2; i++) {
    fakeWx.fakeWx.reset()
    const mp = await fakeWx.launch({ root: join(apps, app) })
    runs.push({ loadedAt: mp.app.globalData.loadedAt, ...(await open(mp)) })
  }
  return runs
}

const cjs = await twice('routes', async (mp) => ({ count: [(await mp.reLaunch('pages/a/a')).data.count, (await mp.navigateTo('pages/c/c')).data.count] }))
const esm = await twice('esm-app', async (mp) => ({ counter: (await mp.reLaunch('pages/index/index')).data.counter }))
process.stdout.write(
  JSON.stringify({
    registerHooks: typeof Module.registerHooks === 'function',
    cjs: { loadedAt: cjs.map((run) => run.loadedAt), counts: cjs.map((run) => run.count) },
    esm: { loadedAt: esm.map((run) => run.loadedAt), counters: esm.map((run) => run.counter) },
  }),
)
