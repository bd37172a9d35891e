export default {
  setupFilesAfterEnv: ['fake-wx/jest'],
  transform: {},
  testMatch: ['<rootDir>/test/**/*.test.js'],
}
