/**
 * fake-wx/vitest-legacy, for Vitest 3's and 4's `setupFiles`: what fake-wx/vitest does, for the Vitest
 * generations whose `Matchers` has one type parameter. Its declarations are written by hand
 * (presets/declarations/vitest-legacy.d.ts, copied into dist/ by scripts/build.mjs), because this
 * repository type-checks against Vitest 5, where they cannot compile.
 */
import { taskMetaCoverage } from './coverage'
import { vitestModuleLoader } from './loaders/vitest'
import { setUpFakeWx, setUpMiniProgram } from './set-up'
import { checkVitestGeneration, installedVitestVersion } from './vitest-generation'
import { afterEach, beforeEach, expect, vi } from 'vitest'

checkVitestGeneration('fake-wx/vitest-legacy', installedVitestVersion())
setUpFakeWx({ expect, beforeEach, afterEach, coverage: taskMetaCoverage() })
setUpMiniProgram(vitestModuleLoader(vi))
