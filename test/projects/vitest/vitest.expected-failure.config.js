// Runs only the test that the preset's afterEach check must fail (test/support/test-projects.mjs).
import { defineConfig, mergeConfig } from 'vitest/config'
import base from './vitest.config.js'

export default mergeConfig(base, defineConfig({ test: { include: ['expected-failure/**/*.test.js'] } }), false)
