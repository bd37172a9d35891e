// Jest runs the same behaviour suite as Vitest, but against the built package (dist/), so it also
// checks what users install. `npm test` builds first.
export default {
  testEnvironment: 'node',
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
