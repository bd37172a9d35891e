/** What porting real apps asked for: the client's own sheets cancelled, retired scopes refused, known bugs accepted. */
import { isAuthDenyErrMsg, type WxResult } from 'fake-wx'
import { fresh, messageOf, outcome } from '../../support/fixtures'

describe("backing out of the client's own sheet", () => {
  // rule: ERRMSG-SHEET-CANCEL
  it.each([
    ['saveImageToPhotosAlbum', 'scope.writePhotosAlbum', { filePath: 'http://tmp/poster.png' }],
    ['addPhoneContact', 'scope.addPhoneContact', { firstName: '小明' }],
  ] as const)('%s: user.willCancel gives <api>:fail cancel after the scope passed, not a refusal', async (api, scope, options) => {
    const fake = fresh({ platform: 'ios' })
    fake.user.willAllow(scope).willCancel(api, { once: true })
    const [, res] = await outcome(fake.wx[api]!(options))
    expect(res).toEqual({ errMsg: `${api}:fail cancel` })
    expect(isAuthDenyErrMsg(res.errMsg)).toBe(false)
    expect(fake.scopeState(scope)).toBe('granted')
    expect(fake.log.entries.filter((e) => e.type === 'popup').map((e) => e.type === 'popup' && e.kind)).toEqual(['scope', 'picker'])
    // Unscripted, the user goes through with it: no sheet in the log, no problem.
    await expect(fake.wx[api]!(options)).resolves.toEqual({ errMsg: `${api}:ok` })
    expect(fake.log.problems()).toEqual([])
  })

  // rule: ERRMSG-SHEET-CANCEL
  it('a refused scope fails before any sheet: the cancel script stays unused', async () => {
    const fake = fresh({ authSetting: { 'scope.writePhotosAlbum': false }, onUnusedScript: 'error' })
    fake.user.willCancel('saveImageToPhotosAlbum', { once: true })
    expect((await outcome(fake.wx.saveImageToPhotosAlbum!({ filePath: 'x' })))[1].errMsg).toBe('saveImageToPhotosAlbum:fail auth deny')
    expect(() => fake.verify()).toThrow("user.willCancel('saveImageToPhotosAlbum', { once: true }) was scripted but never used")
  })
})

describe('retired scopes on older clients', () => {
  // rule: SCOPE-RETIRED-ASKED
  it("retiredScopes: 'asked': scope.address is a real permission: refused earlier, chooseAddress fails with no popup", async () => {
    const fake = fresh({ retiredScopes: 'asked', authSetting: { 'scope.address': false } })
    expect(await outcome(fake.wx.chooseAddress!())).toEqual(['rejected', { errMsg: 'chooseAddress:fail auth deny', errno: 103 }])
    await expect(fake.wx.getSetting!()).resolves.toEqual({ errMsg: 'getSetting:ok', authSetting: { 'scope.address': false } })
  })

  // rule: SCOPE-RETIRED-ASKED
  it('asked: a popup the user answers, and implicitScopes always no longer reads it true', async () => {
    const fake = fresh({ retiredScopes: 'asked', implicitScopes: 'always' })
    fake.user.willDeny('scope.invoice')
    expect((await outcome(fake.wx.chooseInvoice!()))[1].errMsg).toBe('chooseInvoice:fail auth deny')
    expect(fake.log.prompts('scope.invoice')).toHaveLength(1)
    const { authSetting } = (await fake.wx.getSetting!()) as WxResult
    expect(authSetting).toEqual({ 'scope.invoice': false, 'scope.userInfo': true })
  })

  // rule: SCOPE-RETIRED-READS-TRUE, SCOPE-RETIRED-NO-AUTH
  it('retired (the default): refusing one is a misuse that names the option', () => {
    expect(messageOf(() => fresh({ authSetting: { 'scope.address': false } }))).toBe(
      "[fake-wx] options.authSetting['scope.address'] cannot be false: WeChat retired this scope and getSetting reads it true (rule SCOPE-RETIRED-READS-TRUE). For an older client where it was a real permission, add retiredScopes: 'asked'.",
    )
    expect(messageOf(() => fresh().user.willDeny('scope.address'))).toBe(
      "[fake-wx] user.willDeny: 'scope.address' never shows a popup; WeChat retired it and wx.chooseAddress works without authorization (rule SCOPE-RETIRED-NO-AUTH). Remove this line, or imitate an older client with retiredScopes: 'asked'.",
    )
    expect(() => fresh({ retiredScopes: 'asked' }).user.willDeny('scope.address').inSettings.willEnable('scope.invoiceTitle')).not.toThrow()
    expect(messageOf(() => fresh({ retiredScopes: 'old' as never }))).toBe("[fake-wx] options.retiredScopes must be one of 'retired', 'asked', got 'old'.")
  })
})

describe('accepting a problem the fake reported', () => {
  /** A fake whose app callback threw (a known bug the test asserts). */
  async function buggy() {
    const fake = fresh({ authSetting: { 'scope.userLocation': true } })
    fake.wx.getLocation!({
      success: () => {
        throw new Error('the page is gone')
      },
    })
    await fake.settled()
    return fake
  }

  it('verify() then passes; the accepted problems are returned', async () => {
    const fake = await buggy()
    expect(() => fake.verify()).toThrow(/the success callback of wx\.getLocation threw/)
    const accepted = fake.acceptProblems('the page is gone')
    expect(accepted.map((p) => p.kind)).toEqual(['callback-threw'])
    expect(() => fake.verify()).not.toThrow()
    expect(fake.log.problems()).toHaveLength(1) // still in the log
  })

  it('a RegExp or a function matches too; a problem reported later is not accepted', async () => {
    const fake = await buggy()
    expect(fake.acceptProblems(/success callback/)).toHaveLength(1)
    fake.wx.getLocation!({
      fail: () => {},
      success: () => {
        throw new Error('again')
      },
    })
    await fake.settled()
    expect(() => fake.verify()).toThrow(/again/)
    expect(fake.acceptProblems((problem) => problem.message.includes('again'))).toHaveLength(1)
    expect(() => fake.verify()).not.toThrow()
  })

  it('nothing matching is a misuse that lists what was reported; reset() forgets the acceptance', async () => {
    const fake = await buggy()
    expect(messageOf(() => fake.acceptProblems('no such thing'))).toMatch(
      /^\[fake-wx\] acceptProblems\('no such thing'\): no problem the fake reported matches\. Reported:\n {2}- the success callback of wx\.getLocation threw: Error: the page is gone$/,
    )
    fake.acceptProblems('the page is gone')
    expect(messageOf(() => fake.acceptProblems('the page is gone'))).toBe("[fake-wx] acceptProblems('the page is gone'): no problem the fake reported matches. The fake reported none.")
    fake.reset()
    expect(messageOf(() => fake.acceptProblems(() => true))).toContain('The fake reported none.')
  })

  it('the misuse lists every open problem on a line of its own, each by its first line only', async () => {
    const fake = fresh({ authSetting: { 'scope.userLocation': true } })
    fake.wx.getLocation!({
      success: () => {
        throw 'a one-line reason'
      },
    })
    fake.wx.getLocation!({
      success: () => {
        throw new Error('the page is gone')
      },
    })
    await fake.settled()
    expect(messageOf(() => fake.acceptProblems('no such thing'))).toBe(
      "[fake-wx] acceptProblems('no such thing'): no problem the fake reported matches. Reported:\n" +
        '  - the success callback of wx.getLocation threw: a one-line reason\n' +
        '  - the success callback of wx.getLocation threw: Error: the page is gone',
    )
  })

  it('a function accepts the problems it returns true for, not those it returns false or another truthy value for', async () => {
    const fake = await buggy()
    expect(messageOf(() => fake.acceptProblems(() => false))).toContain('no problem the fake reported matches')
    expect(messageOf(() => fake.acceptProblems((() => 'yes') as never))).toContain('no problem the fake reported matches')
    expect(() => fake.verify()).toThrow(/the page is gone/)
    expect(fake.acceptProblems(() => true)).toHaveLength(1)
  })

  it.each([[''], [1], [null]])('acceptProblems(%o) says what to pass', (match) => {
    expect(messageOf(() => fresh().acceptProblems(match as never))).toMatch(/^\[fake-wx\] acceptProblems expects a part of the problem's message, a RegExp or a function/)
  })
})
