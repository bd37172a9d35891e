/** wx.requestSubscribeMessage: template id checks, partial and missing scripts, kept choices, the log. */
import { fresh, outcome } from '../../support/fixtures'

type Fake = ReturnType<typeof fresh>
const subscribe = (fake: Fake, tmplIds: unknown[]) => fake.user.tap(() => outcome(fake.wx.requestSubscribeMessage!({ tmplIds })))
const answers = (fake: Fake) => fake.log.entries.filter((e) => e.type === 'answer').map(({ answer, by, detail }) => ({ answer, by, detail }))

describe('wx.requestSubscribeMessage: template ids', () => {
  // rule: SUBSCRIBE-MAX-5
  it('five ids are allowed, six are too many', async () => {
    const fake = fresh({ onUnscriptedPrompt: 'allow' })
    const five = ['a', 'b', 'c', 'd', 'e']
    expect(await subscribe(fake, five)).toEqual(['resolved', { errMsg: 'requestSubscribeMessage:ok', a: 'accept', b: 'accept', c: 'accept', d: 'accept', e: 'accept' }])
    expect(await subscribe(fake, [...five, 'f'])).toEqual([
      'rejected',
      { errMsg: 'requestSubscribeMessage:fail Templates count out of max bounds', errCode: 20003 },
    ])
  })

  // rule: SUBSCRIBE-INVALID-ID-10004
  it.each([[['a', 7]], [['a', '']]])('an id that is not a non-empty string is invalid: %j', async (ids) => {
    const fake = fresh({ onUnscriptedPrompt: 'allow' })
    expect(await subscribe(fake, ids)).toEqual(['rejected', { errMsg: 'requestSubscribeMessage:fail Invalid template id', errCode: 10004 }])
  })
})

describe('wx.requestSubscribeMessage: the panel', () => {
  it('unscripted: the call fails and the problem names the templates and the line to add', async () => {
    const fake = fresh({ onUnscriptedPrompt: 'error' })
    expect(await subscribe(fake, ['t1', 't2'])).toEqual([
      'rejected',
      { errMsg: 'requestSubscribeMessage:fail [fake-wx] no answer scripted for the subscribe panel' },
    ])
    expect(fake.log.problems().map((p) => p.message)).toEqual([
      "wx.requestSubscribeMessage showed the subscribe panel for 't1', 't2', but the test scripted no answer.\nAdd one before the code runs:\n  user.willSubscribe({ 't1': 'accept', 't2': 'accept' })",
    ])
    expect(answers(fake)).toEqual([])
  })

  it('a script that misses a template: the policy answers the missing one, the script the others', async () => {
    const fake = fresh({ onUnscriptedPrompt: 'deny' })
    fake.user.willSubscribe({ t1: 'accept' }, { keepChoice: true })
    expect(await subscribe(fake, ['t1', 't2'])).toEqual(['resolved', { errMsg: 'requestSubscribeMessage:ok', t1: 'accept', t2: 'reject' }])
    expect(answers(fake)).toEqual([{ answer: 'subscribe', by: 'script', detail: { t1: 'accept', t2: 'reject' } }])
    // A partly unscripted panel keeps nothing: the panel shows again.
    await subscribe(fake, ['t1'])
    expect(fake.log.entries.filter((e) => e.type === 'popup' && e.kind === 'subscribe')).toHaveLength(2)
  })

  it('a partly scripted panel under the error policy fails and names only the missing template', async () => {
    const fake = fresh({ onUnscriptedPrompt: 'error' })
    fake.user.willSubscribe({ t1: 'accept' })
    expect((await subscribe(fake, ['t1', 't2']))[0]).toBe('rejected')
    expect(fake.log.problems().map((p) => p.message)).toEqual([
      "wx.requestSubscribeMessage showed the subscribe panel for 't2', but the test scripted no answer.\nAdd one before the code runs:\n  user.willSubscribe({ 't2': 'accept' })",
    ])
  })

  it('unscripted under a policy: logged as answered by the policy', async () => {
    const fake = fresh({ onUnscriptedPrompt: 'allow' })
    expect(await subscribe(fake, ['t1'])).toEqual(['resolved', { errMsg: 'requestSubscribeMessage:ok', t1: 'accept' }])
    expect(answers(fake)).toEqual([{ answer: 'subscribe', by: 'policy', detail: { t1: 'accept' } }])
  })

  // rule: SUBSCRIBE-KEPT-CHOICE
  it('a choice not kept is asked again; the log shows only the templates the panel asked', async () => {
    const fake = fresh()
    fake.user.willSubscribe({ t1: 'reject' }, { once: true }).willSubscribe({ t1: 'accept', t2: 'reject' }, { keepChoice: true, once: true })
    fake.user.willSubscribe({ t2: 'accept', t3: 'accept' }, { once: true })
    expect(await subscribe(fake, ['t1'])).toEqual(['resolved', { errMsg: 'requestSubscribeMessage:ok', t1: 'reject' }])
    expect(await subscribe(fake, ['t1', 't2'])).toEqual(['resolved', { errMsg: 'requestSubscribeMessage:ok', t1: 'accept', t2: 'reject' }])
    expect(await subscribe(fake, ['t2', 't3'])).toEqual(['resolved', { errMsg: 'requestSubscribeMessage:ok', t2: 'reject', t3: 'accept' }])
    expect(answers(fake)).toEqual([
      { answer: 'subscribe', by: 'script', detail: { t1: 'reject' } },
      { answer: 'subscribe', by: 'script', detail: { t1: 'accept', t2: 'reject' } },
      { answer: 'subscribe', by: 'script', detail: { t3: 'accept' } },
    ])
  })
})
