module.exports = {
  setupFilesAfterEnv: ['fake-wx/jest'],
  testMatch: ['<rootDir>/test/**/*.test.js'],
}
