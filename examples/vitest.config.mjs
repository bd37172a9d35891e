import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    globals: true,
    setupFiles: ['fake-wx/vitest'],
    include: ['test/vitest/**/*.test.mjs'],
    reporters: ['default', ['fake-wx/reporter', { appJson: 'miniprogram/app.json', outputFile: 'reports/permission-paths.json', html: 'reports/permission-paths.html' }]],
  },
})
