/**
 * Options the app built wrongly: a getter that throws, a Proxy whose traps throw. The base library would
 * fail the call, not crash the app, so the fake fails it as a bad parameter and never throws into the
 * caller. The clause after `parameter error:` is the fake's own ([fake-wx]): no real spelling is known.
 */
import type { WxResult } from 'fake-wx'
import { fresh, outcome } from '../../support/fixtures'

describe('options that cannot be read', () => {
  it('a getter that throws fails the call as a bad parameter, naming the parameter', async () => {
    const fake = fresh()
    fake.user.hasAllowed('scope.userLocation')
    const options = {
      get type(): string {
        throw new Error('boom')
      },
    }
    let returned: unknown
    expect(() => (returned = fake.wx.getLocation!(options))).not.toThrow()
    expect(await outcome(returned)).toEqual(['rejected', { errMsg: 'getLocation:fail parameter error: parameter.type could not be read ([fake-wx] boom);' }])
    expect(fake.log.prompts()).toHaveLength(0)
  })

  it('a Proxy whose key listing throws fails the call the same way, with callbacks or without', async () => {
    const fake = fresh()
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new TypeError('no keys for you')
        },
      },
    )
    expect(await outcome(fake.wx.getSetting!(hostile))).toEqual(['rejected', { errMsg: 'getSetting:fail parameter error: parameter.(options) could not be read ([fake-wx] no keys for you);' }])
  })

  it('the callbacks read before the throw still hear about it, once', async () => {
    const fake = fresh()
    const seen: string[] = []
    const options = {
      fail: (res: WxResult) => seen.push(`fail ${res.errMsg}`),
      complete: () => seen.push('complete'),
      get title(): string {
        throw new Error('no title')
      },
    }
    expect(fake.wx.showToast!(options)).toBeUndefined()
    await fake.settled()
    expect(seen).toEqual(['fail showToast:fail parameter error: parameter.title could not be read ([fake-wx] no title);', 'complete'])
  })
})
