// Type test: `fake-wx/vitest` augments Vitest's expect (the import and the global). Compiled by
// `npm run test:types` against the built package (dist/*.d.ts, through package.json "exports").
/// <reference types="vitest/globals" />
import 'fake-wx/vitest'
import { fakeWx } from 'fake-wx'
import { expect as importedExpect } from 'vitest'

const wx = fakeWx.wx
const globalExpect = expect // vitest/globals

for (const expect of [importedExpect, globalExpect]) {
  const result: void = expect(wx).toHavePrompted()
  void result
  expect(wx).toHavePrompted('scope.userLocation')
  expect(wx.getLocation).toHavePromptedTimes('scope.userLocation', 2)
  expect(wx.getLocation).toHaveFailedWithAuthDeny()
  expect(wx).toHaveFailedWithAuthDeny('getLocation')
  expect(wx.getLocation).toHaveFailedWithSystemDeny()
  // @ts-expect-error the api filter is a name, not a number
  expect(wx).toHaveFailedWithSystemDeny(1)
  expect(fakeWx).toHaveSucceeded('getSetting')
  expect(fakeWx.log).toHaveOpenedSetting()
  expect(wx).toHaveShownModal()
  expect(wx).toHaveShownModal({ title: '需要位置权限', content: expect.stringContaining('设置'), showCancel: true })
  expect(wx).toHaveScope('scope.userLocation', 'granted')
  expect(wx).not.toHaveScope('scope.camera', 'unasked')
  const later: Promise<void> = expect(Promise.resolve(wx)).resolves.toHavePrompted()
  void later

  // @ts-expect-error misspelt matcher
  expect(wx).toHavePromted()
  // @ts-expect-error unknown scope
  expect(wx).toHavePrompted('scope.userLoction')
  // @ts-expect-error a scope state that does not exist
  expect(wx).toHaveScope('scope.userLocation', 'maybe')
  // @ts-expect-error the state is required
  expect(wx).toHaveScope('scope.userLocation')
  // @ts-expect-error the count is a number
  expect(wx).toHavePromptedTimes('scope.userLocation', '2')
  // @ts-expect-error the api is a name, not the function
  expect(wx).toHaveSucceeded(wx.getLocation)
  // @ts-expect-error not a modal option
  expect(wx).toHaveShownModal({ tittle: '需要位置权限' })
  // @ts-expect-error toHaveOpenedSetting takes no argument
  expect(wx).toHaveOpenedSetting('scope.userLocation')

  // The functions of the fake wx are mock functions to the runner's own matchers.
  expect(wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已保存' }))
  expect(wx.showToast).toHaveBeenLastCalledWith({ title: '已保存' })
  const calls: unknown[][] = vi.mocked(wx.showToast!).mock.calls
  void calls
  expect(wx).toHaveNavigatedTo('pages/detail/detail', { sku: '1', n: 2, from: expect.any(String) })
  expect(wx.navigateTo).not.toHaveNavigatedTo('pages/index/index')
  expect(wx).toHaveTriggered('change', { city: '上海' })
  // @ts-expect-error the route is a string
  expect(wx).toHaveNavigatedTo({ route: 'pages/detail/detail' })
  // @ts-expect-error query values are strings, numbers or booleans
  expect(wx).toHaveNavigatedTo('pages/detail/detail', { sku: ['1'] })
  // @ts-expect-error the event's name is required
  expect(wx).toHaveTriggered()
}

// Handlers: the options are typed; a synchronous handler may type its arguments more narrowly.
fakeWx.use({ showShareImageMenu: (options) => ({ path: options.path }), 'cloud.callFunction': async () => ({ result: 1 }) })
fakeWx.use([{ getStorageSync: (key: string) => key }])
fakeWx.setDefaults({ handlers: { getBatteryInfoSync: () => ({ level: 1 }) } })
const listeners: number = fakeWx.emit('networkStatusChange', { isConnected: false })
void listeners
wx.showToast!.mockReturnValue(undefined).mockClear()
// @ts-expect-error emit takes the event's name
fakeWx.emit()
