import { failureOf } from '../../support/failure-message'

/**
 * Checks the matcher error a misused assertion throws, as Jest's own matchers word it. Each runner names the
 * value's type its own way (or not at all, for undefined), so only the value line is compared after the problem.
 */
function expectMisuse(message: string, matcher: string, problem: string, value: string): void {
  const head = `expect(received).${matcher}()\n\nMatcher error: ${problem}\n\nExpected has `
  const tail = `\nExpected has value: ${value}`
  expect(message.slice(0, head.length)).toBe(head)
  expect(message.slice(-tail.length)).toBe(tail)
}

describe('matcher arguments', () => {
  it('a misspelt scope throws, suggesting the scope meant', () => {
    expectMisuse(failureOf(() => expect(wx).toHavePrompted('scope.userLoction' as never)), 'toHavePrompted', "expected value must be a scope name such as 'scope.userLocation'. Did you mean 'scope.userLocation'?", '"scope.userLoction"')
  })

  it('a scope that is not a string throws with no suggestion', () => {
    expectMisuse(failureOf(() => expect(wx).toHavePrompted(42 as never)), 'toHavePrompted', "expected value must be a scope name such as 'scope.userLocation'.", '42')
  })

  it('toHaveScope requires the scope', () => {
    expectMisuse(failureOf(() => expect(wx).toHaveScope(undefined as never, 'granted')), 'toHaveScope', "expected value must be a scope name such as 'scope.userLocation'.", 'undefined')
  })

  it('a misspelt API name throws, suggesting the API meant', () => {
    expectMisuse(failureOf(() => expect(wx).toHaveSucceeded('getLocaton')), 'toHaveSucceeded', "expected value must be the name of a wx API, such as 'getLocation'. Did you mean 'getLocation'?", '"getLocaton"')
    expectMisuse(failureOf(() => expect(wx).toHaveFailedWithAuthDeny('getLocaton')), 'toHaveFailedWithAuthDeny', "expected value must be the name of a wx API, such as 'getLocation'. Did you mean 'getLocation'?", '"getLocaton"')
  })

  it('an API name that is not a string throws with no suggestion', () => {
    expectMisuse(failureOf(() => expect(wx).toHaveSucceeded(42 as never)), 'toHaveSucceeded', "expected value must be the name of a wx API, such as 'getLocation'.", '42')
  })

  it('an API function with another API named throws; with the same API named, the argument is accepted', async () => {
    expectMisuse(failureOf(() => expect(wx.getLocation).toHaveSucceeded('chooseImage')), 'toHaveSucceeded', "received wx.getLocation but the argument names 'chooseImage': pass one or the other, e.g. expect(wx).toHaveSucceeded('chooseImage').", '"chooseImage"')
    await wx.getSetting({})
    expect(wx.getSetting).toHaveSucceeded('getSetting')
  })

  it('a misspelt scope state throws, suggesting the state meant', () => {
    expectMisuse(failureOf(() => expect(wx).toHaveScope('scope.camera', 'grant' as never)), 'toHaveScope', "expected state must be 'granted', 'denied' or 'unasked'. Did you mean 'granted'?", '"grant"')
    expectMisuse(failureOf(() => expect(wx).toHaveScope('scope.camera', 42 as never)), 'toHaveScope', "expected state must be 'granted', 'denied' or 'unasked'.", '42')
  })

  it('a count of popups must be a whole number, zero or more', () => {
    expectMisuse(failureOf(() => expect(wx).toHavePromptedTimes('scope.camera', 2.5)), 'toHavePromptedTimes', 'expected value must be a whole number of popups (0 or more).', '2.5')
    expect(wx).toHavePromptedTimes('scope.camera', 0)
  })
})
