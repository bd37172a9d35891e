// The README's node:test quick start, as a test that runs: the flow of examples/test/ with assertWx.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { user } from 'fake-wx'
import { assertWx } from 'fake-wx/node'
import { savePhoto } from '../../examples/miniprogram/utils/save-photo.js'

test("the README's quick start: refused, then turned on in the settings page", async () => {
  user.willDeny('scope.writePhotosAlbum').willConfirmModal()
  user.inSettings.willEnable('scope.writePhotosAlbum')

  const status = await user.tap(() => savePhoto('http://tmp/poster.png'))

  assert.equal(status, 'saved')
  assertWx.failedWithAuthDeny(wx.authorize)
  assertWx.openedSetting(wx)
  assertWx.not.prompted(wx, 'scope.userLocation')
})
