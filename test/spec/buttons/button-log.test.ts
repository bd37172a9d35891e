/**
 * What the timeline records of the open-type buttons and the nickname input: who answered a sheet (the script or
 * the onUnscriptedPrompt policy) and what it answered, why a chooseAvatar tap fired no event, the style and tap
 * state of each tap, and the nickname input under privacy types declared after the agreement.
 */
import { fresh } from '../../support/fixtures'

const answers = (fake: ReturnType<typeof fresh>) =>
  fake.log.entries.filter((e) => e.type === 'answer').map((e) => {
    const { answer, by } = e as { answer: string; by: string }
    return [answer, by]
  })
const failures = (fake: ReturnType<typeof fresh>) => fake.log.entries.filter((e) => e.type === 'fail').map((e) => (e as unknown as { result: { errMsg: string } }).result.errMsg)

describe('the phone-number sheet left unscripted', () => {
  // rule: PHONE-NUMBER-RESULT
  it("onUnscriptedPrompt: 'allow' shares the number, logged as the policy's answer", async () => {
    const fake = fresh({ onUnscriptedPrompt: 'allow' })
    const event = await fake.user.tapButton('getPhoneNumber', (e) => e)
    expect(event!.detail.errMsg).toBe('getPhoneNumber:ok')
    expect(answers(fake)).toEqual([['allow', 'policy']])
  })

  // rule: PHONE-NUMBER-DENY
  it("onUnscriptedPrompt: 'deny' refuses it, logged as the policy's answer; a scripted answer is the script's", async () => {
    const fake = fresh({ onUnscriptedPrompt: 'deny' })
    const event = await fake.user.tapButton('getPhoneNumber', (e) => e)
    expect(event!.detail).toEqual({ errMsg: 'getPhoneNumber:fail user deny' })
    fake.user.willSharePhoneNumber()
    await fake.user.tapButton('getPhoneNumber', (e) => e)
    expect(answers(fake)).toEqual([
      ['deny', 'policy'],
      ['allow', 'script'],
    ])
  })
})

describe('the avatar sheet', () => {
  // rule: CHOOSE-AVATAR-CANCEL
  it("left unscripted under onUnscriptedPrompt: 'deny': closed by the policy, and the log says why no event fired", async () => {
    const fake = fresh({ onUnscriptedPrompt: 'deny' })
    await fake.user.tapButton('chooseAvatar', (e) => e)
    expect(answers(fake)).toEqual([['cancel', 'policy']])
    expect(failures(fake)).toEqual(['chooseAvatar:fail [fake-wx] no avatar scripted: bindchooseavatar does not fire'])
  })

  it("left unscripted under onUnscriptedPrompt: 'allow': a picture chosen by the policy", async () => {
    const fake = fresh({ onUnscriptedPrompt: 'allow' })
    await fake.user.tapButton('chooseAvatar', (e) => e)
    expect(answers(fake)).toEqual([['choose', 'policy']])
  })

  // rule: CHOOSE-AVATAR-SECURITY
  it('a picture that fails the content check: the log says why no event fired', async () => {
    const fake = fresh()
    fake.user.willChooseAvatar('http://tmp/bad.jpg', { failsSecurityCheck: true })
    await fake.user.tapButton('chooseAvatar', (e) => e)
    expect(answers(fake)).toEqual([['choose', 'script']])
    expect(failures(fake)).toEqual(["chooseAvatar:fail [fake-wx] the picture failed WeChat's content check: bindchooseavatar does not fire"])
  })
})

describe('the contact and share buttons in the log', () => {
  // rule: BUTTON-CONTACT, BUTTON-SHARE
  it('each tap is a callback-style call with the tap state it was made in', async () => {
    const fake = fresh()
    await fake.user.tapButton('contact', () => undefined)
    await fake.user.tap(() => fake.user.tapButton('share', () => undefined, { id: 'share-btn' }))
    expect(fake.log.calls().map((c) => [c.api, c.args, c.style, c.tap])).toEqual([
      ['button:contact', undefined, 'callback', false],
      ['button:share', { id: 'share-btn' }, 'callback', true],
    ])
  })
})

describe('<input type="nickname"> and privacy types declared after the agreement', () => {
  it('is logged as a synchronous call', async () => {
    const fake = fresh()
    await fake.user.fillNicknameInput('小明')
    expect(fake.log.calls('input:nickname').map((c) => c.style)).toEqual(['sync'])
  })

  // rule: PRIVACY-NEW-TYPES, NICKNAME-INPUT-DEGRADES
  it.each([['input:nickname'], ['input.nickname']])('newTypes naming %s: a plain text input again until the user agrees', async (name) => {
    const fake = fresh({ privacyCheck: 'enforced', privacy: { newTypes: [name] } })
    await fake.user.fillNicknameInput('违规昵称', undefined, { failsSecurityCheck: true })
    expect(fake.log.results('input:nickname').map((r) => r.result)).toEqual([{ type: 'text', value: '违规昵称' }])
  })

  // rule: PRIVACY-NEW-TYPES
  it('newTypes naming other APIs leave it a nickname input', async () => {
    const fake = fresh({ privacyCheck: 'enforced', privacy: { newTypes: ['getWeRunData'] } })
    await fake.user.fillNicknameInput('违规昵称', undefined, { failsSecurityCheck: true })
    expect(fake.log.results('input:nickname').map((r) => r.result)).toEqual([{ type: 'nickname', value: '' }])
  })
})
