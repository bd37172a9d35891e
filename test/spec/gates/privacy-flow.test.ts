/** The privacy gate step by step: what the log shows, resolve called late, twice or badly, unscripted popups. */
import type { PrivacyResolution, WxResult } from 'fake-wx'
import { fresh, outcome } from '../../support/fixtures'

const NOT_AGREED = { privacy: { needAuthorization: true } }
type Fake = ReturnType<typeof fresh>
type Resolve = (r: PrivacyResolution) => void

const privacyLog = (fake: Fake) =>
  fake.log.entries.flatMap((e) =>
    e.type === 'popup' && e.kind === 'privacy' ? [['popup', e.referrer]] : e.type === 'answer' ? [['answer', e.answer, e.by]] : [],
  )
const problems = (fake: Fake) => fake.log.problems().map((p) => [p.kind, p.message])

/** Registers a listener that keeps each resolve, and starts wx.getUserInfo. */
async function pendingCall(fake: Fake) {
  const pending: Resolve[] = []
  fake.wx.onNeedPrivacyAuthorization!((resolve: Resolve) => pending.push(resolve))
  let settled: WxResult | undefined
  fake.wx.getUserInfo!({ complete: (r: WxResult) => (settled = r) })
  await fake.settled()
  expect(pending).toHaveLength(1)
  return { resolve: pending[0]!, settled: () => settled }
}

describe('the privacy listener', () => {
  // rule: PRIVACY-DISAGREE-FAILS
  it('disagree is logged as the listener’s answer, and reports nothing', async () => {
    const fake = fresh(NOT_AGREED)
    const call = await pendingCall(fake)
    call.resolve({ event: 'disagree' })
    await fake.settled()
    expect(call.settled()).toEqual({ errMsg: 'getUserInfo:fail privacy permission is not authorized', errno: 104 })
    expect(privacyLog(fake)).toEqual([
      ['popup', 'getUserInfo'],
      ['answer', 'disagree', 'listener'],
    ])
    expect(problems(fake)).toEqual([])
  })

  // rule: PRIVACY-AGREE-NEEDS-BUTTON
  it('agree with a tapped button is logged as the listener’s answer, and the agreement holds', async () => {
    const fake = fresh(NOT_AGREED)
    const call = await pendingCall(fake)
    await fake.user.tapAgreePrivacyButton('ok')
    call.resolve({ event: 'agree', buttonId: 'ok' })
    await fake.settled()
    expect(call.settled()?.errMsg).toBe('getUserInfo:ok')
    expect(privacyLog(fake)).toEqual([
      ['popup', 'getUserInfo'],
      ['answer', 'agree', 'listener'],
    ])
    await fake.wx.getUserInfo!()
    expect(privacyLog(fake)).toHaveLength(2)
  })

  // rule: PRIVACY-AGREE-NEEDS-BUTTON
  it('agree without a buttonId is refused and reported with the line to add', async () => {
    const fake = fresh(NOT_AGREED)
    const call = await pendingCall(fake)
    call.resolve({ event: 'agree' } as PrivacyResolution)
    await fake.settled()
    expect(call.settled()?.errno).toBe(104)
    expect(privacyLog(fake)).toEqual([
      ['popup', 'getUserInfo'],
      ['answer', 'disagree', 'listener'],
    ])
    expect(problems(fake)).toEqual([
      [
        'unscripted-prompt',
        `the privacy listener resolved { event: 'agree', buttonId: undefined }, but no <button open-type="agreePrivacyAuthorization"> with that id was tapped (the base library checks it).\nTap it first:\n  await user.tapAgreePrivacyButton("agree-btn")`,
      ],
    ])
  })

  // rule: PRIVACY-AGREE-NEEDS-BUTTON
  it('agree naming a button that was not tapped names that button', async () => {
    const fake = fresh(NOT_AGREED)
    const call = await pendingCall(fake)
    await fake.user.tapAgreePrivacyButton('other')
    call.resolve({ event: 'agree', buttonId: 'mine' })
    await fake.settled()
    expect(call.settled()?.errno).toBe(104)
    expect(problems(fake).map(([, message]) => message!.split('\n')[2])).toEqual(['  await user.tapAgreePrivacyButton("mine")'])
  })

  // rule: PRIVACY-EXPOSURE-ONLY-REPORTS
  it('exposureAuthorization leaves the call waiting; a later answer settles it', async () => {
    const fake = fresh(NOT_AGREED)
    const call = await pendingCall(fake)
    call.resolve({ event: 'exposureAuthorization' })
    await fake.settled()
    expect(call.settled()).toBeUndefined()
    call.resolve({ event: 'disagree' })
    await fake.settled()
    expect(call.settled()?.errno).toBe(104)
  })

  it('only the first answer counts; a later one, or one that is not an object, is ignored', async () => {
    const fake = fresh(NOT_AGREED)
    const call = await pendingCall(fake)
    call.resolve(null as never)
    call.resolve('agree' as never)
    await fake.settled()
    expect(call.settled()).toBeUndefined()
    await fake.user.tapAgreePrivacyButton('ok')
    call.resolve({ event: 'disagree' })
    call.resolve({ event: 'agree', buttonId: 'ok' })
    await fake.settled()
    expect(call.settled()?.errno).toBe(104)
    expect(privacyLog(fake)).toEqual([
      ['popup', 'getUserInfo'],
      ['answer', 'disagree', 'listener'],
    ])
    expect(problems(fake)).toEqual([])
  })

  it('a resolve from before reset() does nothing', async () => {
    const fake = fresh(NOT_AGREED)
    const call = await pendingCall(fake)
    fake.reset()
    await fake.settled()
    const entries = fake.log.entries.length
    await fake.user.tapAgreePrivacyButton('ok')
    call.resolve({ event: 'agree', buttonId: 'ok' })
    await fake.settled()
    expect(fake.log.entries.filter((e) => e.type === 'answer' || e.type === 'problem')).toEqual([])
    expect(fake.log.entries.length).toBeGreaterThanOrEqual(entries)
  })

  it('a listener that throws is reported with the error’s stack', async () => {
    const fake = fresh(NOT_AGREED)
    fake.wx.onNeedPrivacyAuthorization!(() => {
      throw new Error('boom')
    })
    fake.wx.getUserInfo!()
    await fake.settled()
    const [kind, message] = problems(fake)[0]!
    expect(kind).toBe('callback-threw')
    expect(message).toMatch(/^the onNeedPrivacyAuthorization listener threw: Error: boom\n\s+at /)
  })

  it('a listener that throws a non-error is reported with its text', async () => {
    const fake = fresh(NOT_AGREED)
    fake.wx.onNeedPrivacyAuthorization!(() => {
      throw 'no way'
    })
    fake.wx.getUserInfo!()
    await fake.settled()
    expect(problems(fake)).toEqual([['callback-threw', 'the onNeedPrivacyAuthorization listener threw: no way']])
  })
})

describe("WeChat's own privacy popup, unscripted", () => {
  it('under the error policy the call fails and the problem names the line to add', async () => {
    const fake = fresh({ ...NOT_AGREED, onUnscriptedPrompt: 'error' })
    expect(await outcome(fake.wx.getUserInfo!())).toEqual(['rejected', { errMsg: 'getUserInfo:fail [fake-wx] no answer scripted for the privacy popup' }])
    expect(problems(fake)).toEqual([
      [
        'unscripted-prompt',
        "wx.getUserInfo showed WeChat's privacy popup (the user has not agreed to the privacy agreement), but the test scripted no answer.\nAdd one before the code runs:\n  user.willAgreePrivacy()\n  // or: user.willDisagreePrivacy()",
      ],
    ])
    expect(privacyLog(fake)).toEqual([['popup', 'getUserInfo']])
  })

  // rule: PRIVACY-OFFICIAL-POPUP
  it.each([
    ['allow', 'agree', 'getUserInfo:ok'],
    ['deny', 'disagree', 'getUserInfo:fail privacy permission is not authorized'],
  ] as const)('under the %s policy the popup is answered %s by the policy', async (policy, answer, errMsg) => {
    const fake = fresh({ ...NOT_AGREED, onUnscriptedPrompt: policy })
    expect((await outcome(fake.wx.getUserInfo!()))[1].errMsg).toBe(errMsg)
    expect(privacyLog(fake)).toEqual([
      ['popup', 'getUserInfo'],
      ['answer', answer, 'policy'],
    ])
  })

  // rule: PRIVACY-OFFICIAL-POPUP
  it('a scripted answer is logged as the script’s', async () => {
    const fake = fresh(NOT_AGREED)
    fake.user.willDisagreePrivacy()
    await outcome(fake.wx.getUserInfo!())
    expect(privacyLog(fake)).toEqual([
      ['popup', 'getUserInfo'],
      ['answer', 'disagree', 'script'],
    ])
  })
})

describe('which calls the privacy gate stops', () => {
  // rule: PRIVACY-API-LIST
  it('an API that is not a privacy API shows no privacy popup', async () => {
    const fake = fresh(NOT_AGREED)
    await expect(fake.wx.showToast!({ title: '好' })).resolves.toEqual({ errMsg: 'showToast:ok' })
    expect(privacyLog(fake)).toEqual([])
  })

  // rule: PRIVACY-UNDECLARED-112
  it('authorize fails with 112 when one of the scope’s APIs is undeclared, not for other scopes', async () => {
    const fake = fresh({ privacy: { undeclared: ['getLocation'] }, onUnscriptedPrompt: 'allow' })
    expect(await outcome(fake.wx.authorize!({ scope: 'scope.userLocation' }))).toEqual([
      'rejected',
      { errMsg: 'authorize:fail api scope is not declared in the privacy agreement', errno: 112 },
    ])
    expect((await outcome(fake.wx.authorize!({ scope: 'scope.werun' })))[1].errMsg).toBe('authorize:ok')
  })
})
