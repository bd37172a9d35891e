// Part 3, the lazy-faker check, and the lazy API families' (none loaded by the import; a call loads its own). Copied next to the staged package (so 'fake-wx' resolves as for a
// user) and run with --import module-spy.mjs. Checks that faker is not loaded by the import, nor by a
// call that needs no result data, nor by number-only data (a location: fake-wx draws numbers from its
// own seeded generator), and that the first call needing a name (chooseAddress) loads exactly one faker
// bundle, with one locale. Prints one JSON line.
import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const mode = process.argv[2] // 'esm' | 'cjs'
const turn = () => new Promise((resolve) => setImmediate(resolve))
const fakerFiles = async () => {
  await turn() // hook messages arrive asynchronously
  const files = globalThis.__moduleLoads.map((l) => (l.file.startsWith('file:') ? fileURLToPath(l.file) : l.file))
  return [...new Set(files.filter((f) => /faker/i.test(f)))]
}

const familyFiles = async () => {
  await turn()
  const files = globalThis.__moduleLoads.map((l) => (l.file.startsWith('file:') ? fileURLToPath(l.file) : l.file))
  return [...new Set(files.filter((f) => /wx-family-/.test(f)))]
}

const { fakeWx, user } = mode === 'cjs' ? createRequire(import.meta.url)('fake-wx') : await import('fake-wx')
const afterImport = await fakerFiles()
const familiesAfterImport = await familyFiles()

fakeWx.install()
user.hasDenied('scope.userLocation')
await wx.getLocation({ type: 'gcj02' }).catch(() => {})
await wx.getSetting()
const afterNoData = await fakerFiles()
const familiesAfterPermissionCalls = await familyFiles()
try {
  wx.setStorageSync('token', 'abc')
} catch {} // a build without the storage family (comparing with an older dist)
const familiesAfterStorage = await familyFiles()

fakeWx.reset()
user.hasAllowed('scope.userLocation')
const location = await wx.getLocation({ type: 'gcj02' })
if (typeof location.latitude !== 'number') throw new Error('getLocation returned no location')
const afterNumbers = await fakerFiles()

const t0 = process.hrtime.bigint()
const address = await wx.chooseAddress()
const firstDataMs = Number(process.hrtime.bigint() - t0) / 1e6
const afterData = await fakerFiles()
if (typeof address.userName !== 'string') throw new Error('chooseAddress returned no address')

// Locales in the loaded bundle: faker locale definitions carry metadata { title, code }.
const locales = afterData.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/metadata:\{title:"[^"]*",code:"([^"]+)"/g)].map((m) => m[1]))

process.stdout.write(`${JSON.stringify({ mode, afterImport, afterNoData, afterNumbers, afterData, locales, firstDataMs, familiesAfterImport, familiesAfterPermissionCalls, familiesAfterStorage })}\n`)
