/**
 * launch(): the one way into the mini-program harness. The harness itself loads on the first call
 * (./load-harness.ts), so test files that never launch an app do not pay for it.
 */
import type { FakeWx } from '../controller'
import { loadHarness } from './load-harness'
import type { LaunchOptions, MiniProgram } from './types'

export async function launchIn(defaultFake: FakeWx, options: LaunchOptions): Promise<MiniProgram> {
  const harness = await loadHarness()
  return harness.launchApp(defaultFake, options)
}
