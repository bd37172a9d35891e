// Runs only the test that the preset's afterEach check must fail (test/support/test-projects.mjs).
const base = require('./jest.config.js')

module.exports = { ...base, testMatch: ['<rootDir>/expected-failure/**/*.test.js'] }
