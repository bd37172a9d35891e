// Jest transform: TypeScript test files -> CommonJS through esbuild (already present for tsup).
// Type checking is tsc's job (npm run typecheck); this only strips types so the same suite runs under Jest.
const { transformSync } = require('esbuild')

module.exports = {
  process(source, filename) {
    const { code, map } = transformSync(source, {
      loader: filename.endsWith('.ts') ? 'ts' : 'js',
      format: 'cjs',
      target: 'node20',
      sourcemap: 'inline',
      sourcefile: filename,
    })
    return { code, map }
  },
}
