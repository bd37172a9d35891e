/** The scope popup's answers: who answered in the log, a dismissal, getUserProfile's spelling, the OS reader's fields. */
import { fresh, outcome } from '../../support/fixtures'

const answers = (fake: ReturnType<typeof fresh>) => fake.log.entries.flatMap((e) => (e.type === 'answer' ? [[e.answer, e.by]] : []))

describe('the scope popup', () => {
  it('logs a policy answer as the policy’s, a scripted one as the script’s', async () => {
    const fake = fresh({ onUnscriptedPrompt: 'allow' })
    fake.user.willDeny('scope.record')
    await outcome(fake.wx.getWeRunData!())
    await outcome(fake.wx.startRecord!())
    expect(answers(fake)).toEqual([
      ['allow', 'policy'],
      ['deny', 'script'],
    ])
  })

  // rule: SCOPE-DISMISS-ERRMSG, SCOPE-DISMISS-RECORD
  it('a dismissed popup leaves the scope unasked by default', async () => {
    const fake = fresh()
    fake.user.willDismiss('scope.werun', { once: true })
    expect((await outcome(fake.wx.getWeRunData!()))[1].errMsg).toBe('getWeRunData:fail auth cancel')
    expect(fake.scopeState('scope.werun')).toBe('unasked')
  })

  // rule: SCOPE-DISMISS-RECORD
  it('with dismissal: "denied" a dismissal records a refusal, a popup left unanswered does not', async () => {
    const fake = fresh({ dismissal: 'denied' })
    fake.user.willNotRespond('scope.werun', { once: true }).willDismiss('scope.werun', { once: true })
    await outcome(fake.wx.getWeRunData!())
    expect(fake.scopeState('scope.werun')).toBe('unasked')
    await outcome(fake.wx.getWeRunData!())
    expect(fake.scopeState('scope.werun')).toBe('denied')
  })

  // rule: USERPROFILE-EVERY-CALL, ERRMSG-API-DENY
  it('getUserProfile refused on Android is spelt as a gated API, not as authorize', async () => {
    const fake = fresh({ platform: 'android' })
    fake.user.willDeny('scope.userInfo')
    expect(await fake.user.tap(() => outcome(fake.wx.getUserProfile!({ desc: '用于完善会员资料' })))).toEqual([
      'rejected',
      { errMsg: 'getUserProfile:fail:auth denied', errno: 103 },
    ])
  })
})

describe('wx.getAppAuthorizeSetting off iOS', () => {
  // rule: SYSTEM-APP-AUTHORIZE-FIELDS
  it('reports an iOS-only field the test set, and leaves out those it did not', () => {
    const fake = fresh({ platform: 'android', system: { albumAuthorized: 'denied' } })
    const setting = fake.wx.getAppAuthorizeSetting!() as Record<string, unknown>
    expect(setting.albumAuthorized).toBe('denied')
    expect('locationReducedAccuracy' in setting).toBe(false)
  })
})
