module.exports = {
  setupFilesAfterEnv: ['fake-wx/jest'],
  testMatch: ['<rootDir>/test/jest/**/*.test.js'],
}
