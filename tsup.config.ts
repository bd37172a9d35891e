import { readdirSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { defineConfig } from 'tsup'
import type { Plugin } from 'esbuild'

/**
 * faker's locale chunks end by building a ready-made Faker (`i = new e({locale: [zh_CN, en, base]})`)
 * that we never use; esbuild cannot prove the `new` side-effect free, so it would keep the whole English
 * locale. Marking it pure lets tree shaking drop it (545 KB -> about 200 KB).
 */
const pureFakerInstances: Plugin = {
  name: 'pure-faker-instances',
  setup(build) {
    build.onLoad({ filter: /@faker-js[\\/]faker[\\/]dist[\\/].*\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8')
      return { contents: source.replace(/=new (\w+)\(\{locale:/g, '=/* @__PURE__ */ new $1({locale:'), loader: 'js' }
    })
  },
}

/**
 * The presets reach the matchers and the printer through presets/entries.ts, which imports them up
 * front (for runs from source). The build swaps in presets/entries.lazy.ts, which requires them on
 * first use, and tells it which module format it is built for.
 */
const lazyPresetEntries: Plugin = {
  name: 'lazy-preset-entries',
  setup(build) {
    build.onResolve({ filter: /^\.\/entries$/ }, (args) =>
      args.importer.endsWith('/presets/set-up.ts') ? { path: args.importer.replace(/set-up\.ts$/, 'entries.lazy.ts') } : undefined,
    )
  },
}

/**
 * `launch()` reaches the mini-program harness through src/mini-program/load-harness.ts, which imports it (for
 * runs from source). The build swaps in load-harness.lazy.ts, which loads the harness's own chunk
 * (dist/mini-program.*) on the first launch.
 */
const lazyHarness: Plugin = {
  name: 'lazy-harness',
  setup(build) {
    build.onResolve({ filter: /^\.\/load-harness$/ }, (args) =>
      args.importer.endsWith('/src/mini-program/launch.ts') ? { path: args.importer.replace(/launch\.ts$/, 'load-harness.lazy.ts') } : undefined,
    )
  },
}

/**
 * The media family's records reach its behaviour through src/hosts/wechat/media/load.ts, which imports it up
 * front (for runs from source). The build swaps in load.lazy.ts, which requires dist/media-family.cjs on the
 * family's first call, and builds that bundle below.
 */
const lazyMediaFamily: Plugin = {
  name: 'lazy-media-family',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/media\/load$/ }, (args) =>
      args.importer.includes('/src/hosts/wechat/apis/') ? { path: args.importer.replace(/apis\/[^/]+\.ts$/, 'media/load.lazy.ts') } : undefined,
    )
  },
}

/**
 * Each API family (src/hosts/wechat/families/*.ts) is a CommonJS bundle of its own, required on its first
 * call (src/hosts/wechat/load-family.lazy.ts, swapped in for ./load-family here), so that importing
 * fake-wx does not grow with what it models.
 */
const lazyFamilies: Plugin = {
  name: 'lazy-families',
  setup(build) {
    build.onResolve({ filter: /^\.\/load-family$/ }, (args) =>
      args.importer.endsWith('/src/hosts/wechat/families.ts') ? { path: args.importer.replace(/families\.ts$/, 'load-family.lazy.ts') } : undefined,
    )
  },
}

const familyEntries = Object.fromEntries(
  readdirSync('src/hosts/wechat/families')
    .filter((file) => file.endsWith('.ts'))
    .map((file) => [`wx-family-${file.slice(0, -3)}`, `src/hosts/wechat/families/${file}`]),
)

// Entries that are thin glue over the core import it as 'fake-wx' (kept external), so that the
// preset, the matchers and the user's test file all share one core module and one default controller.
const glue = {
  auto: 'src/auto.ts',
  vitest: 'presets/vitest.ts',
  'vitest-legacy': 'presets/vitest-legacy.ts',
  jest: 'presets/jest.ts',
  node: 'presets/node.ts',
  assert: 'presets/assert.ts',
  matchers: 'matchers/index.ts',
  serializer: 'src/serializer/index.ts',
  reporter: 'presets/reporter.ts',
  // The mini-program harness: loaded by the first launch(), never by an import (src/mini-program/load-harness.lazy.ts).
  'mini-program': 'src/mini-program/harness/index.ts',
}

export default defineConfig([
  {
    entry: { index: 'src/index.ts', ...glue },
    format: ['esm', 'cjs'],
    // vitest-legacy's declarations are written by hand (presets/declarations/), and scripts/build.mjs
    // copies them in: they augment Vitest 3 and 4, and cannot compile against this repository's Vitest 5.
    dts: { entry: Object.fromEntries(Object.entries({ index: 'src/index.ts', ...glue }).filter(([name]) => name !== 'vitest-legacy')) },
    // No source maps in the package. Jest and Vitest follow a map's `sources` when they print a failure, so
    // frames inside fake-wx read node_modules/fake-wx/src/user.ts:100, a file the package does not ship:
    // the IDE cannot open it, and sourcesContent (which esbuild does embed) only helps a debugger. Without
    // maps the frames name dist/index.js and friends, which are there and unminified, so the line opens as
    // readable code. scripts/smoke.mjs checks both the frames and the tarball.
    sourcemap: false,
    clean: true,
    target: 'node20',
    platform: 'node',
    shims: true,
    splitting: false,
    external: ['fake-wx', /^fake-wx\//, 'vitest', '@jest/globals', './faker-zh-cn.cjs', './mini-program.js', './mini-program.cjs', /^\.\/wx-family-/, './media-family.cjs'],
    esbuildPlugins: [lazyPresetEntries, lazyHarness, lazyFamilies, lazyMediaFamily],
    // Keep `node:` on built-in imports: node:test exists only under that name (tsup would import 'test').
    removeNodeProtocol: false,
    esbuildOptions(options, { format }) {
      options.define = { ...options.define, FAKE_WX_FORMAT: JSON.stringify(format), FAKE_WX_CJS_REQUIRE: format === 'cjs' ? 'require' : 'undefined' }
    },
  },
  {
    // The API families, one CommonJS bundle each (see lazyFamilies): records and pure functions, their state
    // on the engine, so the ESM build can require them too.
    entry: familyEntries,
    format: ['cjs'],
    outExtension: () => ({ js: '.cjs' }),
    target: 'node20',
    platform: 'node',
    clean: false,
    splitting: false,
  },
  {
    // The media family, required by the core on its first call (src/hosts/wechat/media/load.lazy.ts).
    entry: { 'media-family': 'src/hosts/wechat/media/index.ts' },
    format: ['cjs'],
    outExtension: () => ({ js: '.cjs' }),
    target: 'node20',
    platform: 'node',
    clean: false,
  },
  {
    // faker is ESM-only upstream: we ship one CommonJS bundle of the zh_CN locale so that Jest in CJS
    // mode can load it too. It is required lazily, on the first call that needs result data.
    entry: { 'faker-zh-cn': 'src/data/faker-bundle.ts' },
    format: ['cjs'],
    outExtension: () => ({ js: '.cjs' }),
    target: 'node20',
    platform: 'node',
    noExternal: ['@faker-js/faker'],
    minify: true,
    clean: false,
    esbuildPlugins: [pureFakerInstances],
    // Chinese text as UTF-8 rather than \uXXXX escapes: a third smaller.
    esbuildOptions(options) {
      options.charset = 'utf8'
    },
  },
])
