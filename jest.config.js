// Jest runs the same behaviour suite as Vitest, but against the built package (dist/), so it also
// checks what users install. `npm test` builds first; globalSetup fails the run when dist/ is not built
// from the sources as they are now (test/support/jest-dist-guard.mjs).
export default {
  testEnvironment: 'node',
  globalSetup: '<rootDir>/test/support/jest-dist-guard.mjs',
  roots: ['<rootDir>/test/spec'],
  testMatch: ['**/*.test.ts'],
  // msw (used by the network tests) and some of its dependencies ship ES modules only: compiled to CommonJS too.
  transform: { '\\.ts$': '<rootDir>/test/support/jest-esbuild-transform.cjs', '/node_modules/.+\\.m?js$': '<rootDir>/test/support/jest-esbuild-transform.cjs' },
  transformIgnorePatterns: ['/node_modules/(?!(msw|@mswjs|@msw|@open-draft|rettime|until-async|outvariant|is-node-process|headers-polyfill|strict-event-emitter|tough-cookie|tldts|tldts-core|cookie)/)'],
  moduleNameMapper: {
    '^fake-wx$': '<rootDir>/dist/index.cjs',
    '^fake-wx/(.*)$': '<rootDir>/dist/$1.cjs',
  },
  setupFilesAfterEnv: ['<rootDir>/dist/jest.cjs'],
  snapshotResolver: '<rootDir>/test/support/jest-snapshot-resolver.cjs',
}
