/** The per-scope state machine (rules SCOPE-*). */
import { fresh, outcome } from '../../support/fixtures'

describe('never-asked scope: the first call pops a dialog', () => {
  // rule: SCOPE-UNASKED-PROMPTS, SCOPE-ALLOW-GRANTS, ERRMSG-OK
  it('allow: the scope becomes granted and the gated API runs', async () => {
    const fake = fresh()
    fake.user.willAllow('scope.userLocation')
    const [how, res] = await outcome(fake.wx.getLocation!({ type: 'gcj02' }))
    expect(how).toBe('resolved')
    expect(res.errMsg).toBe('getLocation:ok')
    expect(typeof res.latitude).toBe('number')
    expect(fake.log.prompts('scope.userLocation')).toHaveLength(1)
    expect(fake.scopeState('scope.userLocation')).toBe('granted')
  })

  // rule: SCOPE-DENY-RECORDS-FALSE, ERRMSG-API-PREFIX, ERRMSG-API-DENY, ERRNO-103
  it('deny: the scope becomes denied and the call fails with the API name as prefix', async () => {
    const fake = fresh({ platform: 'ios' })
    fake.user.willDeny('scope.writePhotosAlbum')
    const [how, res] = await outcome(fake.wx.saveImageToPhotosAlbum!({ filePath: 'http://tmp/a.png' }))
    expect(how).toBe('rejected')
    expect(res).toEqual({ errMsg: 'saveImageToPhotosAlbum:fail auth deny', errno: 103 })
    expect(fake.scopeState('scope.writePhotosAlbum')).toBe('denied')
  })
})

describe('an answer is remembered', () => {
  // rule: SCOPE-GRANTED-NO-POPUP
  it('granted: no second dialog, the call proceeds', async () => {
    const fake = fresh()
    fake.user.willAllow('scope.werun', { once: true })
    await fake.wx.getWeRunData!()
    const [how] = await outcome(fake.wx.getWeRunData!())
    expect(how).toBe('resolved')
    expect(fake.log.prompts('scope.werun')).toHaveLength(1)
  })

  // rule: SCOPE-DENIED-NO-POPUP, ERRMSG-AUTHORIZE-DENY, ERRMSG-API-PREFIX
  it('denied: "不会出现弹窗，而是直接进入接口 fail 回调" — authorize and the API fail at once', async () => {
    const fake = fresh({ platform: 'ios' })
    fake.user.willDeny('scope.userLocation')
    await outcome(fake.wx.getLocation!({ type: 'gcj02' }))
    const [how, res] = await outcome(fake.wx.authorize!({ scope: 'scope.userLocation' }))
    expect(how).toBe('rejected')
    expect(res).toEqual({ errMsg: 'authorize:fail auth deny', errno: 103 })
    const [, again] = await outcome(fake.wx.getLocation!({}))
    expect(again.errMsg).toBe('getLocation:fail auth deny')
    expect(fake.log.prompts('scope.userLocation')).toHaveLength(1)
  })

  // rule: SCOPE-DENIED-NO-POPUP
  it('denied earlier (user.hasDenied): fails with no dialog at all', async () => {
    const fake = fresh()
    fake.user.hasDenied('scope.record')
    const [how, res] = await outcome(fake.wx.authorize!({ scope: 'scope.record' }))
    expect(how).toBe('rejected')
    expect(res.errMsg).toBe('authorize:fail auth deny')
    expect(fake.log.prompts()).toHaveLength(0)
  })

  // rule: SCOPE-GRANTED-NO-POPUP
  it('allowed earlier (options.authSetting): no dialog, success', async () => {
    const fake = fresh({ authSetting: { 'scope.userLocation': true } })
    const [how] = await outcome(fake.wx.getLocation!({}))
    expect(how).toBe('resolved')
    expect(fake.log.prompts()).toHaveLength(0)
  })

  // rule: SCOPE-DECISION-PERSISTS
  it('decisions persist until reset(), which forgets them (the user deleting the mini program)', async () => {
    const fake = fresh()
    fake.user.hasDenied('scope.camera')
    expect(fake.scopeState('scope.camera')).toBe('denied')
    fake.reset()
    expect(fake.scopeState('scope.camera')).toBe('unasked')
  })
})

describe('wx.authorize', () => {
  // rule: AUTHORIZE-OK, SCOPE-GRANTED-NO-POPUP
  it('asks in advance; on allow later gated calls do not prompt', async () => {
    const fake = fresh()
    fake.user.willAllow('scope.userLocation', { once: true })
    await expect(fake.wx.authorize!({ scope: 'scope.userLocation' })).resolves.toEqual({ errMsg: 'authorize:ok' })
    await expect(fake.wx.getLocation!({})).resolves.toMatchObject({ errMsg: 'getLocation:ok' })
    expect(fake.log.prompts()).toHaveLength(1)
  })

  // rule: AUTHORIZE-NO-API-CALL
  it('does not call the gated API itself ("不会实际调用对应接口")', async () => {
    const fake = fresh()
    fake.user.willAllow('scope.userLocation')
    await fake.wx.authorize!({ scope: 'scope.userLocation' })
    expect(fake.log.calls('getLocation')).toHaveLength(0)
  })
})

describe('scopes authorize cannot really request', () => {
  // rule: SCOPE-USERINFO-NO-DIALOG
  it('scope.userInfo: no dialog, authorize succeeds at once', async () => {
    const fake = fresh()
    await expect(fake.wx.authorize!({ scope: 'scope.userInfo' })).resolves.toEqual({ errMsg: 'authorize:ok' })
    expect(fake.log.prompts()).toHaveLength(0)
  })

  // rule: SCOPE-RETIRED-NO-AUTH, SCOPE-RETIRED-READS-TRUE
  it.each(['scope.address', 'scope.invoice', 'scope.invoiceTitle'])('%s needs no authorization and reads true once used', async (scope) => {
    const fake = fresh()
    await expect(fake.wx.authorize!({ scope })).resolves.toEqual({ errMsg: 'authorize:ok' })
    expect(fake.log.prompts()).toHaveLength(0)
    await expect(fake.wx.getSetting!()).resolves.toEqual({ errMsg: 'getSetting:ok', authSetting: { [scope]: true } })
  })

  // rule: SCOPE-RETIRED-NO-AUTH
  it('chooseAddress runs with no popup (scope.address retired)', async () => {
    const fake = fresh()
    const res = (await fake.wx.chooseAddress!()) as Record<string, unknown>
    expect(res.errMsg).toBe('chooseAddress:ok')
    expect(typeof res.userName).toBe('string')
    expect(fake.log.prompts()).toHaveLength(0)
  })

  // rule: AUTHORIZE-INVALID-SCOPE, SCOPE-MINIGAME-ONLY
  it.each(['scope.userLocaton', 'scope.WxFriendInteraction', 'location', ''])('an unknown scope (%j) fails authorize:fail invalid scope', async (scope) => {
    const fake = fresh()
    await expect(fake.wx.authorize!({ scope })).rejects.toEqual({ errMsg: 'authorize:fail invalid scope' })
  })

  // rule: AUTHORIZE-PARAM-NO-SCOPE
  it('authorize with no scope fails with the base library parameter error', async () => {
    const fake = fresh()
    await expect(fake.wx.authorize!({})).rejects.toEqual({
      errMsg: 'authorize:fail parameter error: parameter.scope should be String instead of Undefined;',
    })
  })
})

describe('concurrent requests for one scope', () => {
  // rule: SCOPE-CONCURRENT-SHARE, ERRMSG-API-DENY, ERRNO-ANDROID-AUTHORIZE-NONE
  it('share one dialog; every waiting call settles with its outcome', async () => {
    const fake = fresh({ platform: 'android' })
    fake.user.willDeny('scope.userLocation', { once: true })
    const results = await Promise.all([
      outcome(fake.wx.authorize!({ scope: 'scope.userLocation' })),
      outcome(fake.wx.getLocation!({})),
    ])
    expect(results).toEqual([
      ['rejected', { errMsg: 'authorize:fail auth deny' }],
      ['rejected', { errMsg: 'getLocation:fail:auth denied', errno: 103 }],
    ])
    expect(fake.log.prompts()).toHaveLength(1)
  })
})

describe('scripted answers', () => {
  // rule: SCOPE-DISMISS-ERRMSG
  it('{ once: true } answers are used first, one per popup, then the standing one', async () => {
    const fake = fresh()
    fake.user.willAllow('scope.camera').willDismiss('scope.camera', { once: true }).willDismiss('scope.camera', { once: true })
    const settled: string[] = []
    for (let i = 0; i < 3; i++) {
      const [how, res] = await outcome(fake.wx.authorize!({ scope: 'scope.camera' }))
      settled.push(`${how} ${res.errMsg}`)
    }
    expect(settled).toEqual(['rejected authorize:fail auth cancel', 'rejected authorize:fail auth cancel', 'resolved authorize:ok'])
    const answers = fake.log.entries.flatMap((e) => (e.type === 'answer' ? [e.answer] : []))
    expect(answers).toEqual(['dismiss', 'dismiss', 'allow'])
  })

  // rule: SCOPE-DISMISS-RECORD, SCOPE-DISMISS-ERRMSG
  it('a dismissal leaves the scope never-asked, so the next call asks again (L)', async () => {
    const fake = fresh({ platform: 'android' })
    fake.user.willDismiss('scope.bluetooth', { once: true }).willAllow('scope.bluetooth')
    await expect(fake.wx.authorize!({ scope: 'scope.bluetooth' })).rejects.toEqual({ errMsg: 'authorize:fail auth cancel' })
    expect(fake.scopeState('scope.bluetooth')).toBe('unasked')
    await expect(fake.wx.authorize!({ scope: 'scope.bluetooth' })).resolves.toEqual({ errMsg: 'authorize:ok' })
    expect(fake.log.prompts('scope.bluetooth')).toHaveLength(2)
  })
})
