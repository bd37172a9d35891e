// Runs only the test that the preset's afterEach check must fail (test/support/test-projects.mjs).
import base from './jest.config.js'

export default { ...base, testMatch: ['<rootDir>/expected-failure/**/*.test.js'] }
