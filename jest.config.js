// Jest runs the same behaviour suite as Vitest, but against the built package (dist/), so it also
// checks what users install. `npm test` builds first; globalSetup fails the run when dist/ is not built
// from the sources as they are now (test/support/jest-dist-guard.mjs).
export default {
  testEnvironment: 'node',
  globalSetup: '<rootDir>/test/support/jest-dist-guard.mjs',
  roots: ['<rootDir>/test/spec'],
  testMatch: ['**/*.test.ts'],
  transform: { '\\.ts$': '<rootDir>/test/support/jest-esbuild-transform.cjs' },
  moduleNameMapper: {
    '^fake-wx$': '<rootDir>/dist/index.cjs',
    '^fake-wx/(.*)$': '<rootDir>/dist/$1.cjs',
  },
  setupFilesAfterEnv: ['<rootDir>/dist/jest.cjs'],
  snapshotResolver: '<rootDir>/test/support/jest-snapshot-resolver.cjs',
}
