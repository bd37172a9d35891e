import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    globals: true,
    setupFiles: ['fake-wx/vitest'],
    include: ['test/vitest/**/*.test.mjs'],
  },
})
