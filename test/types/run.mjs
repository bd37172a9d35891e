// npm run test:types: the type tests of the shipped declarations (after `npm run build`).
//  1. tsconfig.json: fake-wx/vitest and fake-wx/jest (via @jest/globals) augment their runner's expect.
//  2. tsconfig.jest-global.json: the global `expect` of @types/jest, when that package is installed.
//  3. The root entry's declarations reference no runner (root types must not pull them in: a user of one runner would get the other's globals).
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const root = resolve(here, '../..')
const require = createRequire(import.meta.url)
const tsc = require.resolve('typescript/bin/tsc')

function typecheck(project) {
  execFileSync(process.execPath, [tsc, '-p', join(here, project)], { stdio: 'inherit', cwd: root })
  console.log(`types: ${project} ok`)
}

typecheck('tsconfig.json')

let hasTypesJest = true
try {
  require.resolve('@types/jest/package.json', { paths: [root] })
} catch {
  hasTypesJest = false
}
if (hasTypesJest) typecheck('tsconfig.jest-global.json')
else console.log('types: tsconfig.jest-global.json skipped: @types/jest is not installed (add it to devDependencies to check the global jest.Matchers augmentation)')

/** Every declaration file the root entry loads, following relative imports. */
function declarationsOf(entry) {
  const seen = new Set()
  const queue = [entry]
  while (queue.length > 0) {
    const file = queue.pop()
    if (seen.has(file) || !existsSync(file)) continue
    seen.add(file)
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/from\s+'([^']+)'|import\s+'([^']+)'/g)) {
      if (specifier?.startsWith('.')) queue.push(resolve(dirname(file), specifier.replace(/\.c?js$/, file.endsWith('.d.cts') ? '.d.cts' : '.d.ts')))
    }
  }
  return [...seen]
}

const RUNNERS = /['"](vitest|@vitest\/[^'"]*|jest|@jest\/[^'"]*|expect|@types\/jest)['"]|namespace jest/
for (const entry of ['dist/index.d.ts', 'dist/index.d.cts']) {
  for (const file of declarationsOf(join(root, entry))) {
    const match = readFileSync(file, 'utf8').match(RUNNERS)
    if (match) throw new Error(`${file} (loaded by ${entry}) references a test runner: ${match[0]}`)
  }
}
console.log('types: the root entry references no test runner')
