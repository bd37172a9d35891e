// Jest in ESM mode (node --experimental-vm-modules): the same suite against the ESM build (dist/*.js),
// so `import 'fake-wx'` users are covered too. Snapshots are shared with the CommonJS run, which makes
// every snapshot also a CJS/ESM parity check.
import base from './jest.config.js'

export default {
  ...base,
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    '^fake-wx$': '<rootDir>/dist/index.js',
    '^fake-wx/(.*)$': '<rootDir>/dist/$1.js',
  },
  setupFilesAfterEnv: ['<rootDir>/dist/jest.js'],
}
