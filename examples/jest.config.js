module.exports = {
  setupFilesAfterEnv: ['fake-wx/jest'],
  testMatch: ['<rootDir>/test/jest/**/*.test.js'],
  reporters: ['default', ['fake-wx/reporter', { appJson: 'miniprogram/app.json', outputFile: 'reports/permission-paths.jest.json' }]],
}
