// Type test: assertWx from fake-wx/node and fake-wx/assert. Compiled by `npm run test:types` against the
// built package (dist/*.d.ts, through package.json "exports").
import { fakeWx } from 'fake-wx'
import { assertWx as plainAssertWx } from 'fake-wx/assert'
import { assertWx } from 'fake-wx/node'

const wx = fakeWx.wx

for (const assertions of [assertWx, plainAssertWx]) {
  const result: void = assertions.prompted(wx)
  void result
  assertions.prompted(wx, 'scope.userLocation')
  assertions.promptedTimes(wx, 'scope.userLocation', 2)
  assertions.failedWithAuthDeny(wx.getLocation)
  assertions.failedWithAuthDeny(wx, 'getLocation')
  assertions.failedWithSystemDeny(wx.getLocation)
  assertions.succeeded(fakeWx, 'getSetting')
  assertions.openedSetting(fakeWx.log)
  assertions.shownModal(wx, { title: '需要位置权限', showCancel: true })
  assertions.scope(wx, 'scope.userLocation', 'granted')
  assertions.not.prompted(wx, 'scope.userLocation')
  assertions.not.scope(wx, 'scope.camera', 'unasked')

  // @ts-expect-error misspelt assertion
  assertions.promted(wx)
  // @ts-expect-error the matcher's own name is not an assertion
  assertions.toHavePrompted(wx)
  // @ts-expect-error unknown scope
  assertions.prompted(wx, 'scope.userLoction')
  // @ts-expect-error a scope state that does not exist
  assertions.scope(wx, 'scope.userLocation', 'maybe')
  // @ts-expect-error the count is a number
  assertions.promptedTimes(wx, 'scope.userLocation', '2')
  // @ts-expect-error not a modal option
  assertions.shownModal(wx, { tittle: '需要位置权限' })
  // @ts-expect-error toHaveOpenedSetting takes no argument after the received value
  assertions.openedSetting(wx, 'scope.userLocation')
  // @ts-expect-error .not has no .not
  assertions.not.not.prompted(wx)
}
