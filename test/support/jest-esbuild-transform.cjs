// Jest transform: TypeScript test files -> JavaScript through esbuild (already present for tsup).
// CommonJS by default; ES modules when Jest runs in ESM mode (jest.esm.config.js, --experimental-vm-modules).
// Type checking is tsc's job (npm run typecheck); this only strips types so the same suite runs under Jest.
const { transformSync } = require('esbuild')

module.exports = {
  process(source, filename, options) {
    const { code, map } = transformSync(source, {
      loader: filename.endsWith('.ts') ? 'ts' : 'js',
      format: options?.supportsStaticESM ? 'esm' : 'cjs',
      target: 'node20',
      sourcemap: 'inline',
      sourcefile: filename,
    })
    return { code, map }
  },
}
