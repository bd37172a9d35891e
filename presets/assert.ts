/**
 * fake-wx/assert: assertWx alone, with no side effect, for plain Node scripts (`node check-permissions.mjs`)
 * and any runner without a fake-wx preset. Pair it with fake-wx/auto, and end the script with
 * fakeWx.verify(). Under node:test, fake-wx/node exports the same assertWx and also resets and verifies.
 */
export { assertWx, type AssertWx, type WxAssertions } from './assert-wx'
