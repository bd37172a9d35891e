/**
 * Bad input to the objects the media family hands back never crashes: FileSystemManager's asynchronous
 * methods settle exactly once, its synchronous ones return or throw WeChat's Error (never a TypeError of
 * the fake's own), and a selector query takes anything and still calls back once.
 * Runs: FAKE_WX_PROPERTY_RUNS (default 2,000), split between the properties.
 */
import fc from 'fast-check'
import { createFakeWx, type FakeFileSystemManager } from 'fake-wx'

const RUNS = Math.max(50, Math.floor(Number(process.env.FAKE_WX_PROPERTY_RUNS ?? 2000) / 4))
const METHODS = ['access', 'readFile', 'writeFile', 'appendFile', 'unlink', 'mkdir', 'rmdir', 'readdir', 'stat', 'saveFile'] as const
const PATHS = ['http://usr', 'http://usr/', 'http://usr/a.txt', 'http://usr/d', 'http://usr/d/b', 'http://tmp/x.jpg', 'http://store/y', '/pkg/a.json', '', 'wxfile://usr/a']

const value = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -5, max: 20 }),
  fc.constantFrom(...PATHS, 'utf8', 'base64', 'hex', 'nope'),
  fc.string({ maxLength: 12 }),
  fc.array(fc.string({ maxLength: 4 }), { maxLength: 3 }),
  fc.object({ maxDepth: 1 }),
)
const KEYS = ['path', 'filePath', 'dirPath', 'tempFilePath', 'data', 'encoding', 'position', 'length', 'recursive', 'x']
const optionsArb = fc.oneof(fc.constant(undefined), value, fc.dictionary(fc.constantFrom(...KEYS), value, { maxKeys: 5 }))

function seeded(fs: FakeFileSystemManager): void {
  fs.mkdirSync('http://usr/d')
  fs.writeFileSync('http://usr/a.txt', 'hello')
}

// rule: FILES-ERRORS, FILES-SYNC-THROWS
it(`FileSystemManager's asynchronous methods settle exactly once on arbitrary input (${RUNS} runs)`, async () => {
  const fake = createFakeWx()
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...METHODS), optionsArb, fc.boolean(), async (method, raw, withCallbacks) => {
      fake.reset()
      const fs = fake.wx.getFileSystemManager()
      seeded(fs)
      const received: string[] = []
      const options =
        withCallbacks && typeof raw === 'object' && raw !== null
          ? { ...raw, success: (r: { errMsg: string }) => received.push(r.errMsg), fail: (r: { errMsg: string }) => received.push(r.errMsg), complete: () => received.push('complete') }
          : raw
      expect((fs[method] as (o: unknown) => unknown)(options)).toBeUndefined()
      await fake.settled()
      const results = fake.log.results(`FileSystemManager.${method}`)
      expect(results).toHaveLength(1)
      expect(String(results[0]!.result.errMsg)).toMatch(new RegExp(`^${method}:(ok|fail)`))
      if (received.length > 0) expect(received).toEqual([results[0]!.result.errMsg, 'complete'])
      expect(fake.log.problems()).toEqual([])
    }),
    { numRuns: RUNS },
  )
})

// rule: FILES-SYNC-THROWS
it(`the *Sync methods return or throw WeChat's Error on arbitrary arguments (${RUNS} runs)`, () => {
  const fake = createFakeWx()
  fc.assert(
    fc.property(fc.constantFrom(...METHODS), fc.array(value, { maxLength: 4 }), (method, args) => {
      fake.reset()
      const fs = fake.wx.getFileSystemManager()
      seeded(fs)
      try {
        ;(fs[`${method}Sync`] as (...a: unknown[]) => unknown)(...args)
      } catch (error) {
        expect(error).toBeInstanceOf(Error)
        expect((error as Error).message).toMatch(new RegExp(`^${method}Sync:fail`))
        expect((error as Error).message).not.toMatch(/internal error/)
      }
      expect(fake.log.problems()).toEqual([])
    }),
    { numRuns: RUNS },
  )
})

it(`a selector query takes anything and calls back once (${RUNS} runs)`, async () => {
  const fake = createFakeWx({ layout: { '#a': { width: 1, height: 2 }, '.b': [{ width: 3 }] } })
  const request = fc.record({
    target: fc.constantFrom('select', 'selectAll', 'selectViewport'),
    selector: value,
    what: fc.constantFrom('boundingClientRect', 'scrollOffset', 'fields', 'context', 'node'),
    fields: value,
  })
  await fc.assert(
    fc.asyncProperty(fc.array(request, { maxLength: 4 }), async (requests) => {
      fake.reset()
      fake.configure({ layout: { '#a': { width: 1, height: 2 }, '.b': [{ width: 3 }] } })
      const query = fake.wx.createSelectorQuery()
      for (const r of requests) {
        const ref = r.target === 'selectViewport' ? query.selectViewport() : query[r.target](r.selector as string)
        if (r.what === 'fields') ref.fields(r.fields as never)
        else ref[r.what]()
      }
      const calls: unknown[][] = []
      query.exec((results) => calls.push(results))
      await fake.settled()
      expect(calls).toHaveLength(1)
      expect(calls[0]).toHaveLength(requests.length)
    }),
    { numRuns: RUNS },
  )
})
