// Jest and Vitest write different snapshot headers, so each keeps its own folder.
// test/support/check-snapshot-parity.mjs (npm run test:parity) checks that both hold the same timelines.
const path = require('node:path')

module.exports = {
  resolveSnapshotPath: (testPath, ext) =>
    path.join(path.dirname(testPath), '__snapshots__', 'jest', path.basename(testPath) + ext),
  resolveTestPath: (snapshotPath, ext) =>
    path.join(path.dirname(snapshotPath), '..', '..', path.basename(snapshotPath, ext)),
  testPathForConsistencyCheck: path.join('test', 'spec', 'example.test.ts'),
}
