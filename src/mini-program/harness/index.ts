/**
 * The mini-program harness, loaded by the first `launch()` (a chunk of its own in the build: a test file that
 * never launches an app does not load it). It imports the core as 'fake-wx', like the other entries, so that
 * one core serves the test, the presets and the harness.
 */
import { FakeWxError } from 'fake-wx'
import type { FakeWx } from '../../controller'
import { CONTROLLER, MINI_PROGRAM, STATE, brand } from '../../brand'
import type { Engine } from '../../engine'
import { clearMiniProgram, type EnterOptions } from '../state'
import { installMiniProgramGlobals, setCurrentApp } from '../globals'
import { installedModuleLoader } from '../module-loader'
import type { LaunchOptions, MiniProgram } from '../types'
import { appConfig } from './app-config'
import { AppRuntime } from './app'
import { createNodeLoader } from './node-loader'

const LAUNCH_KEYS = ['root', 'launchOptions', 'appJson', 'fake']

let nodeLoader: ReturnType<typeof createNodeLoader> | undefined

function engineOf(fake: FakeWx): Engine {
  const state = (fake as unknown as Record<symbol, { engine?: Engine } | undefined>)[STATE]
  if (state?.engine === undefined) throw new FakeWxError('launch({ fake }): fake must be a fake-wx controller (fakeWx, or one made by createFakeWx()).')
  return state.engine
}

/** The options App.onLaunch gets: the test's, over the entry page with no query and scene 1001 (rule LAUNCH-DEFAULT-OPTIONS). */
function enterOptions(entryPage: string, given: unknown): EnterOptions {
  if (given === undefined) return { path: entryPage, query: {}, scene: 1001 }
  if (typeof given !== 'object' || given === null) throw new FakeWxError('launch({ launchOptions }): launchOptions must be an object such as { path: \'pages/index/index\', query: { id: \'7\' }, scene: 1011 }.')
  const options = { path: entryPage, query: {}, scene: 1001, ...given } as EnterOptions
  if (typeof options.path !== 'string') throw new FakeWxError('launch({ launchOptions }): launchOptions.path must be a page path such as \'pages/index/index\'.')
  if (typeof options.query !== 'object' || options.query === null) throw new FakeWxError('launch({ launchOptions }): launchOptions.query must be an object of strings.')
  if (typeof options.scene !== 'number') throw new FakeWxError('launch({ launchOptions }): launchOptions.scene must be a number (a scene value such as 1001 or 1011).')
  return { ...options, path: options.path.replace(/^\/+/, '') }
}

export async function launchApp(defaultFake: FakeWx, options: LaunchOptions): Promise<MiniProgram> {
  if (typeof options !== 'object' || options === null) throw new FakeWxError("launch(options) expects { root: 'miniprogram' }: the folder that holds app.json.")
  for (const key of Object.keys(options)) {
    if (!LAUNCH_KEYS.includes(key)) throw new FakeWxError(`launch(): unknown option '${key}'. Options: ${LAUNCH_KEYS.join(', ')}.`)
  }
  if (typeof options.root !== 'string' || options.root === '') throw new FakeWxError("launch({ root }): root must be the path of the folder that holds app.json, such as 'miniprogram'.")
  const fake = options.fake ?? defaultFake
  const engine = engineOf(fake)
  const config = appConfig(options.root, options.appJson)
  const launched = enterOptions(config.entryPage, options.launchOptions)
  // The app's own app.json gates its calls (requiredPrivateInfos, permission), for this test.
  fake.configure({ appJson: config.json })
  // A second launch in one test replaces the first app, as a restart would.
  clearMiniProgram(engine.miniProgram)
  const loader = installedModuleLoader() ?? (nodeLoader ??= createNodeLoader())
  await loader.begin(config.root)
  const runtime = new AppRuntime(engine, config, loader, fake)
  const state = engine.miniProgram
  state.runtime = runtime
  state.dispose = () => runtime.dispose()
  state.launchOptions = launched
  state.enterOptions = launched
  installMiniProgramGlobals(true)
  setCurrentApp(runtime)
  try {
    await runtime.start(launched)
  } catch (error) {
    clearMiniProgram(state)
    throw error
  }
  const mp = runtime.facade()
  // Matchers take the app as their receiver: expect(mp).toHaveNavigatedTo(...).
  brand(mp, CONTROLLER, fake)
  brand(mp, MINI_PROGRAM, true)
  return mp
}
