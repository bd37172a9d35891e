// Type test: `fake-wx/jest` augments the expect of '@jest/globals' (Jest >= 30). Compiled by
// `npm run test:types` against the built package (dist/*.d.ts, through package.json "exports").
import 'fake-wx/jest'
import { expect } from '@jest/globals'
import { fakeWx } from 'fake-wx'

const wx = fakeWx.wx

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
expect(wx).toHaveShownModal({ title: '需要位置权限', content: expect.stringContaining('设置') })
expect(wx).toHaveScope('scope.userLocation', 'granted')
expect(wx).not.toHaveScope('scope.camera', 'unasked')
const later: Promise<void> = expect(Promise.resolve(wx)).resolves.toHavePrompted()
void later
expect(wx).toHaveNavigatedTo('pages/detail/detail', { sku: '1' })
expect(wx).toHaveTriggered('change')

// @ts-expect-error misspelt matcher
expect(wx).toHavePromted()
// @ts-expect-error unknown scope
expect(wx).toHavePrompted('scope.userLoction')
// @ts-expect-error a scope state that does not exist
expect(wx).toHaveScope('scope.userLocation', 'maybe')
// @ts-expect-error the count is a number
expect(wx).toHavePromptedTimes('scope.userLocation', '2')
// @ts-expect-error not a modal option
expect(wx).toHaveShownModal({ tittle: '需要位置权限' })
// @ts-expect-error misspelt matcher under .not
expect(wx).not.toHaveOpendSetting()

// The functions of the fake wx are mock functions to Jest's own matchers.
expect(wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已保存' }))
expect(wx.showToast).toHaveBeenCalledTimes(2)
const calls: unknown[][] = wx.showToast!.mock.calls
void calls
// @ts-expect-error mock.calls is read from the log, not assigned
wx.showToast!.mock = undefined
// @ts-expect-error the route is a string
expect(wx).toHaveNavigatedTo(1)
