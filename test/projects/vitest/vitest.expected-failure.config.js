// Runs only the test that the preset's afterEach check must fail (test/support/test-projects.mjs).
import base from './vitest.config.js'

export default { ...base, test: { ...base.test, include: ['expected-failure/**/*.test.js'] } }
