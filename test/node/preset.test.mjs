// fake-wx/node under node:test itself: `node --test --import fake-wx/node` (npm run test:node, on this
// Node and on the LTS). The package resolves itself by name, so this is the built dist/ as users load it.
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import * as nodeTest from 'node:test'
import { describe, test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { createFakeWx, fakeWx, user } from 'fake-wx'
import { assertWx as plainAssertWx } from 'fake-wx/assert'
import { assertWx } from 'fake-wx/node'

const here = fileURLToPath(new URL('.', import.meta.url))

/** Runs node in this folder, fake-wx/node imported unless `preset` is false; returns the exit code and everything printed. */
function node(args, { preset = true } = {}) {
  // Not as a child of this test run: node:test reports to its parent in another format when this is set.
  const { NODE_TEST_CONTEXT, ...env } = process.env
  const result = spawnSync(process.execPath, [...(preset ? ['--import', 'fake-wx/node'] : []), ...args], {
    cwd: here,
    encoding: 'utf8',
    env: { ...env, NO_COLOR: '1', FORCE_COLOR: '0' },
  })
  return { status: result.status, output: `${result.stdout}${result.stderr}` }
}

describe('node --test --import fake-wx/node', () => {
  test('installs the default fake as the global wx', () => {
    assert.equal(globalThis.wx, fakeWx.wx)
  })

  test('(a test that leaves a decision, a log and its own installed fake behind)', async () => {
    user.willDeny('scope.userLocation')
    await wx.getLocation({ type: 'gcj02' }).catch(() => undefined)
    assertWx.scope(wx, 'scope.userLocation', 'denied')
    createFakeWx().install(globalThis, { replace: true })
    assert.notEqual(globalThis.wx, fakeWx.wx)
  })

  test('resets the fake before each test and puts the default back as the global wx', () => {
    assert.equal(globalThis.wx, fakeWx.wx)
    assert.deepEqual(fakeWx.log.entries, [])
    assertWx.scope(wx, 'scope.userLocation', 'unasked')
  })

  test('fails a test that left a popup unscripted, after it ends, with the message of the other presets', () => {
    const { status, output } = node(['--test', 'fixtures/unscripted.fixture.mjs'])
    assert.equal(status, 1)
    assert.match(output, /wx\.getLocation showed the permission popup for 'scope\.userLocation', but the test scripted no answer\.\n\s*Add one before the code runs:\n\s*user\.willAllow\('scope\.userLocation'\)/)
    assert.match(output, /# pass 1|ℹ pass 1/)
    assert.match(output, /# fail 1|ℹ fail 1/)
  })

  test(
    'stores a log given to t.assert.snapshot as its timeline',
    { skip: nodeTest.snapshot === undefined ? `node:test has no snapshots on Node ${process.versions.node}` : false },
    async (t) => {
      user.willDeny('scope.userLocation')
      await wx.getLocation({ type: 'gcj02' }).catch(() => undefined)
      t.assert.snapshot(fakeWx.log)
      t.assert.snapshot({ plain: 'values keep node:test’s JSON' })
    },
  )
})

describe('assertWx from fake-wx/node', () => {
  test('throws an AssertionError with the matcher’s message, the same as fake-wx/assert’s', async () => {
    user.willDeny('scope.userLocation')
    await wx.getLocation({ type: 'gcj02' }).catch(() => undefined)
    const expected = { name: 'AssertionError', message: /^assertWx\.succeeded\(wx\.getLocation\)\n\nExpected: a call of wx\.getLocation succeeding\n/ }
    assert.throws(() => assertWx.succeeded(wx.getLocation), expected)
    assert.throws(() => plainAssertWx.succeeded(wx.getLocation), expected)
    assertWx.failedWithAuthDeny(wx.getLocation)
    assertWx.not.prompted(wx, 'scope.camera')
  })
})

describe('fake-wx/assert and fake-wx/auto in a plain script', () => {
  test('fake-wx/assert registers nothing with node:test: the script prints only its own output', () => {
    const { status, output } = node(['fixtures/plain-script.mjs'], { preset: false })
    assert.equal(status, 0, output)
    assert.equal(output, 'permission checks passed\n')
  })

  test('fakeWx.verify() at the end of a script fails it for an unscripted popup', () => {
    const script = "import 'fake-wx/auto'; import { fakeWx } from 'fake-wx'; await wx.getLocation({}).catch(() => {}); fakeWx.verify()"
    const { status, output } = node(['--input-type=module', '-e', script], { preset: false })
    assert.equal(status, 1)
    assert.match(output, /but the test scripted no answer/)
  })
})
