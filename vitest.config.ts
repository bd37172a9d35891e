import { defineConfig } from 'vitest/config'
import { fileURLToPath } from 'node:url'

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url))

export default defineConfig({
  resolve: {
    alias: [
      { find: /^fake-wx$/, replacement: here('./src/index.ts') },
      { find: /^fake-wx\/(vitest|vitest-legacy|jest|node|assert)$/, replacement: here('./presets/$1.ts') },
      { find: /^fake-wx\/matchers$/, replacement: here('./matchers/index.ts') },
      { find: /^fake-wx\/serializer$/, replacement: here('./src/serializer/index.ts') },
      { find: /^fake-wx\/auto$/, replacement: here('./src/auto.ts') },
    ],
  },
  test: {
    globals: true,
    include: ['test/spec/**/*.test.ts'],
    setupFiles: ['presets/vitest.ts'],
    resolveSnapshotPath: (testPath, ext) =>
      testPath.replace(/([^/]+)$/, '__snapshots__/vitest/$1') + ext,
  },
})
