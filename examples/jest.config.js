module.exports = {
  setupFilesAfterEnv: ['fake-wx/jest'],
  testMatch: ['<rootDir>/test/jest/**/*.test.js'],
  // msw (the shop list's server) ships ES modules only: jest-esm-transform.cjs compiles it and its dependencies.
  transform: { '/node_modules/.+\\.m?js$': '<rootDir>/jest-esm-transform.cjs' },
  transformIgnorePatterns: ['/node_modules/(?!(msw|@mswjs|@msw|@open-draft|rettime|until-async|outvariant|is-node-process|headers-polyfill|strict-event-emitter|tough-cookie|tldts|tldts-core|cookie)/)'],
  reporters: ['default', ['fake-wx/reporter', { appJson: 'miniprogram/app.json', outputFile: 'reports/permission-paths.jest.json' }]],
}
