// Type test: `fake-wx/jest` augments the global `expect` typed by @types/jest (namespace jest).
// Compiled by `npm run test:types` when @types/jest is installed (tsconfig.jest-global.json).
import 'fake-wx/jest'
import { fakeWx } from 'fake-wx'

const wx = fakeWx.wx

expect(wx).toHavePrompted('scope.userLocation')
expect(wx.getLocation).toHaveFailedWithAuthDeny()
expect(wx).not.toHaveScope('scope.userLocation', 'denied')
expect(wx).toHavePromptedTimes('scope.userLocation', 1)
expect(wx).toHaveNavigatedTo('pages/detail/detail')

// @ts-expect-error misspelt matcher
expect(wx).toHavePromted()
// @ts-expect-error a scope state that does not exist
expect(wx).toHaveScope('scope.userLocation', 'maybe')
// @ts-expect-error the count is a number
expect(wx).toHavePromptedTimes('scope.userLocation', '2')
