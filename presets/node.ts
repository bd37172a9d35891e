/**
 * fake-wx/node, the preset for node:test: `node --test --import fake-wx/node`. Installs the fake as
 * `globalThis.wx`, resets it before each test, and after each test fails it when something went wrong
 * that the test did not see (fakeWx.verify(), the same check and message as the Jest and Vitest presets).
 * Where node:test lets a module set the default snapshot serializers (Node >= 22.3), a fake-wx log or
 * controller given to `t.assert.snapshot` is stored as its timeline.
 *
 * Also exports assertWx (the matchers as node:assert-style functions), so a test file that imports it
 * gets the hooks even when it is run without --import. The hooks are registered once per process, however
 * many copies of this module load (--import loads the ES module build, a `require` the CommonJS one).
 */
import * as nodeTest from 'node:test'
import { setUpNodeTest, type NodeTestHooks } from './node-set-up'

export { assertWx, type AssertWx, type WxAssertions } from './assert-wx'

const REGISTERED = Symbol.for('fake-wx.node-test-hooks')
const registry = globalThis as { [REGISTERED]?: true }
if (registry[REGISTERED] === undefined) {
  registry[REGISTERED] = true
  // A namespace import: on Node 20 node:test exports no `snapshot`, which a named import would fail to link.
  setUpNodeTest(nodeTest as NodeTestHooks)
}
