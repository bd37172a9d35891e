// A CommonJS test file under `--import fake-wx/node`: its require loads the CommonJS build of the preset
// beside the ES module one, and the hooks must still run once per test.
const assert = require('node:assert/strict')
const { test } = require('node:test')
const { fakeWx, user } = require('fake-wx')
const { assertWx } = require('fake-wx/node')

let resets = 0
const reset = fakeWx.reset
fakeWx.reset = function countedReset(...args) {
  resets++
  return reset.apply(this, args)
}

test('(a first test, after which the fake is reset)', async () => {
  user.willDeny('scope.userLocation')
  await wx.getLocation({}).catch(() => undefined)
  assertWx.failedWithAuthDeny(wx.getLocation)
  assert.equal(resets, 1, 'the reset before this test')
  resets = 0
})

test('the ES module and CommonJS builds of the preset reset the fake once per test, not twice', () => {
  assert.equal(resets, 1, 'the reset before this test')
  assertWx.scope(wx, 'scope.userLocation', 'unasked')
})
