import { defineConfig } from 'vitest/config'
import base from './vitest.config'

// The behaviour suite as Stryker runs it, once per mutant. Stryker starts a fresh worker for each mutant
// run, so sharing modules between the spec files of one run (isolate: false) changes nothing a mutant can
// see, and it makes a run four times faster: the source is loaded once per mutant instead of once per file.
// The spec files that check what a fresh module graph has not loaded yet keep their own modules.
const FRESH_MODULES = ['test/spec/lazy-faker.test.ts']

// Projects that extend the root add to its include list, so the root names no files itself.
const { include, ...shared } = base.test ?? {}

export default defineConfig({
  ...base,
  test: {
    ...shared,
    projects: [
      { extends: true, test: { name: 'shared-modules', include, exclude: FRESH_MODULES, isolate: false } },
      { extends: true, test: { name: 'fresh-modules', include: FRESH_MODULES } },
    ],
  },
})
