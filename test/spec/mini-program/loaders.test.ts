/**
 * How the app's files are loaded: through the runner's own module system (the presets' loaders), fresh for
 * each launch, with the runner's module mocks applied; CommonJS and ES-module apps; a loader of one's own; and
 * the plain Node loader for scripts and other runners.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { FakeWxError, fakeWx, launch, setModuleLoader, type ModuleLoader } from 'fake-wx'
import { appRoot, mini } from '../../support/mini-program'
import { mode, moduleMocks } from '../../support/runner'

const LOADER = Symbol.for('fake-wx.module-loader')
const presetLoader = (globalThis as Record<symbol, ModuleLoader | undefined>)[LOADER]

afterEach(() => setModuleLoader(presetLoader))

describe('an app written as ES modules', () => {
  if (mode === 'jest-cjs') {
    it('under Jest with CommonJS: says how to load it', async () => {
      await expect(launch({ root: appRoot('esm-app') })).rejects.toThrow(
        /esm-app\/app\.js is an ES module, and Jest runs in CommonJS mode here\. Give Jest a transform that compiles it to CommonJS \(babel-jest with @babel\/preset-env; ts-jest for \.ts\), or run Jest with native ES modules/,
      )
    })
  } else {
    it.each([1, 2])('loads, with fresh modules shared by the pages (launch %i)', async () => {
      const mp = await launch({ root: appRoot('esm-app') })
      const page = await mp.reLaunch('pages/index/index')
      expect(mini.getApp()!.globalData.loadedAt).toBe(1)
      expect(page.data).toEqual({ greeting: 'hello', counter: 2 })
    })
  }
})

describe("the runner's module mocks apply to the app's modules", () => {
  const greeting = join(appRoot('esm-app'), 'utils/greeting.js')
  const counter = join(appRoot('routes'), 'utils/counter.js')

  it('a mocked module is what the page imports', async () => {
    const mocks = moduleMocks()
    if (mode === 'jest-cjs') {
      mocks.doMock(counter, () => ({ next: () => 42 }))
      const mp = await launch({ root: appRoot('routes') })
      expect((await mp.reLaunch('pages/c/c')).data.count).toBe(42)
      mocks.dontMock!(counter)
    } else {
      const factory = () => ({ greeting: () => 'mocked' })
      if (mode === 'vitest') mocks.doMock(greeting, factory)
      else mocks.unstable_mockModule!(greeting, factory)
      const mp = await launch({ root: appRoot('esm-app') })
      expect((await mp.reLaunch('pages/index/index')).data.greeting).toBe('mocked')
      mocks.doUnmock?.(greeting)
    }
  })
})

describe('setModuleLoader', () => {
  it('a loader of your own: begin with the root, load each file, end when the app does', async () => {
    const seen: string[] = []
    const own: ModuleLoader = {
      begin: (root) => void seen.push(`begin ${root}`),
      load: (file) => {
        seen.push(`load ${file.slice(appRoot('routes').length)}`)
        return presetLoader!.load(file)
      },
      end: () => void seen.push('end'),
    }
    await presetLoader!.begin(appRoot('routes'))
    setModuleLoader(own)
    const mp = await launch({ root: appRoot('routes') })
    await mp.reLaunch('pages/c/c')
    fakeWx.reset()
    expect(seen).toEqual([`begin ${appRoot('routes')}`, 'load /app.js', 'load /pages/c/c.js', 'end'])
  })

  it('refuses what is not a loader, saying what to pass', () => {
    expect(() => setModuleLoader({ load: () => undefined } as never)).toThrow(FakeWxError)
    expect(() => setModuleLoader(null as never)).toThrow('setModuleLoader(loader) expects { begin(root), load(file), end?() }, got null. Pass undefined to use the plain Node loader.')
    expect(() => setModuleLoader((() => undefined) as never)).toThrow('got a function')
    expect(presetLoader).toBeDefined()
  })

  it('a loader that caches modules across launches is named in the error', async () => {
    const caching: ModuleLoader = { begin: () => undefined, load: () => ({}) }
    setModuleLoader(caching)
    await expect(launch({ root: appRoot('routes') })).rejects.toThrow(/app\.js did not call App\(\{\.\.\.\}\) when it was loaded\. If it does, the module loader returned it from a cache/)
  })
})

// The plain Node loader, in a process of its own, on the built package.
describe('the plain Node loader (no runner)', () => {
  const script = join(process.cwd(), 'test/spec/mini-program/node-launch.mjs')
  it.each(['esm', 'cjs'])('launches twice from the %s build, each time with fresh modules', (build) => {
    if (!existsSync(join(process.cwd(), 'dist/index.js'))) throw new Error('dist/ is missing: run npm run build')
    const result = spawnSync(process.execPath, [script, build], { encoding: 'utf8' })
    expect(result.stderr).toBe('')
    const report = JSON.parse(result.stdout) as Record<string, unknown>
    expect(report.cjs).toEqual({ loadedAt: [1, 1], counts: [[1, 2], [1, 2]] })
    // Node without module.registerHooks (before 22.15) cannot renew what an ES page imports, only the page itself.
    expect(report.esm).toEqual(report.registerHooks ? { loadedAt: [1, 1], counters: [2, 2] } : { loadedAt: [1, 3], counters: [2, 4] })
  })
})
