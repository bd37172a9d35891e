/**
 * RequestTask.abort() at the edges of the call's life: once the answer is in, abort() changes nothing, even
 * before the success is delivered; once abort() has failed the call, an answer that comes after it changes
 * nothing, even before the failure is delivered.
 */
import type { FakeWx } from 'fake-wx'
import { callWithCallbacks, fresh } from '../../support/fixtures'

const abortOf = (returned: unknown) => (returned as { abort(): void }).abort()

/** A handler's promise-like answer the test resolves by hand, at the moment it chooses. */
function answerByHand(fake: FakeWx): (data: object) => void {
  let answer: ((data: object) => void) | undefined
  fake.use({ request: () => ({ then: (resolve: (data: object) => void) => void (answer = resolve) }) })
  return (data) => answer!(data)
}

describe('RequestTask.abort()', () => {
  // rule: REQUEST-ABORT
  it('right after a call its handler answered at once, changes nothing: the success is delivered', async () => {
    const fake = fresh()
    fake.use({ 'GET https://a.example/x': () => ({ data: 'v' }) })
    const { events, returned } = callWithCallbacks(fake, 'request', { url: 'https://a.example/x' })
    abortOf(returned)
    await fake.settled()
    expect(events.map(([which, result]) => [which, result.errMsg])).toEqual([
      ['success', 'request:ok'],
      ['complete', 'request:ok'],
    ])
  })

  // rule: REQUEST-ABORT
  it('an answer that comes after abort() but before the failure is delivered changes nothing', async () => {
    const fake = fresh()
    const answer = answerByHand(fake)
    const { events, returned } = callWithCallbacks(fake, 'request', { url: 'https://a.example/x' })
    abortOf(returned)
    answer({ data: 'late' })
    await fake.settled()
    expect(events).toEqual([
      ['fail', { errMsg: 'request:fail abort' }],
      ['complete', { errMsg: 'request:fail abort' }],
    ])
  })
})
