// msw 3 ships ES modules only, and Jest's module system loads CommonJS: this transform compiles msw and its
// dependencies to CommonJS with esbuild as Jest loads them (jest.config.js lists them). A project on msw 2,
// or one running Jest with native ES modules, needs none of it.
const { transformSync } = require('esbuild')

module.exports = {
  process(source, filename) {
    const { code, map } = transformSync(source, { loader: 'js', format: 'cjs', target: 'node20', sourcemap: 'inline', sourcefile: filename })
    return { code, map }
  },
}
