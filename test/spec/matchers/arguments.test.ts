import { failureOf } from '../../support/failure-message'

/** The matcher error a misused assertion throws, as Jest's own matchers word it. */
function misuse(matcher: string, problem: string, type: string, value: string): string {
  return `expect(received).${matcher}()\n\nMatcher error: ${problem}\n\nExpected has type:  ${type}\nExpected has value: ${value}`
}

describe('matcher arguments', () => {
  it('a misspelt scope throws, suggesting the scope meant', () => {
    expect(failureOf(() => expect(wx).toHavePrompted('scope.userLoction' as never))).toBe(
      misuse('toHavePrompted', "expected value must be a scope name such as 'scope.userLocation'. Did you mean 'scope.userLocation'?", 'String', '"scope.userLoction"'),
    )
  })

  it('a scope that is not a string throws with no suggestion', () => {
    expect(failureOf(() => expect(wx).toHavePrompted(42 as never))).toBe(
      misuse('toHavePrompted', "expected value must be a scope name such as 'scope.userLocation'.", 'Number', '42'),
    )
  })

  it('toHaveScope requires the scope', () => {
    expect(failureOf(() => expect(wx).toHaveScope(undefined as never, 'granted'))).toBe(
      misuse('toHaveScope', "expected value must be a scope name such as 'scope.userLocation'.", 'Undefined', 'undefined'),
    )
  })

  it('a misspelt API name throws, suggesting the API meant', () => {
    expect(failureOf(() => expect(wx).toHaveSucceeded('getLocaton'))).toBe(
      misuse('toHaveSucceeded', "expected value must be the name of a wx API, such as 'getLocation'. Did you mean 'getLocation'?", 'String', '"getLocaton"'),
    )
    expect(failureOf(() => expect(wx).toHaveFailedWithAuthDeny('getLocaton'))).toBe(
      misuse('toHaveFailedWithAuthDeny', "expected value must be the name of a wx API, such as 'getLocation'. Did you mean 'getLocation'?", 'String', '"getLocaton"'),
    )
  })

  it('an API name that is not a string throws with no suggestion', () => {
    expect(failureOf(() => expect(wx).toHaveSucceeded(42 as never))).toBe(
      misuse('toHaveSucceeded', "expected value must be the name of a wx API, such as 'getLocation'.", 'Number', '42'),
    )
  })

  it('an API function with another API named throws; with the same API named, the argument is accepted', async () => {
    expect(failureOf(() => expect(wx.getLocation).toHaveSucceeded('chooseImage'))).toBe(
      misuse(
        'toHaveSucceeded',
        "received wx.getLocation but the argument names 'chooseImage': pass one or the other, e.g. expect(wx).toHaveSucceeded('chooseImage').",
        'String',
        '"chooseImage"',
      ),
    )
    await wx.getSetting({})
    expect(wx.getSetting).toHaveSucceeded('getSetting')
  })

  it('a misspelt scope state throws, suggesting the state meant', () => {
    expect(failureOf(() => expect(wx).toHaveScope('scope.camera', 'grant' as never))).toBe(
      misuse('toHaveScope', "expected state must be 'granted', 'denied' or 'unasked'. Did you mean 'granted'?", 'String', '"grant"'),
    )
    expect(failureOf(() => expect(wx).toHaveScope('scope.camera', 42 as never))).toBe(
      misuse('toHaveScope', "expected state must be 'granted', 'denied' or 'unasked'.", 'Number', '42'),
    )
  })

  it('a count of popups must be a whole number, zero or more', () => {
    expect(failureOf(() => expect(wx).toHavePromptedTimes('scope.camera', 2.5))).toBe(
      misuse('toHavePromptedTimes', 'expected value must be a whole number of popups (0 or more).', 'Number', '2.5'),
    )
    expect(wx).toHavePromptedTimes('scope.camera', 0)
  })
})
