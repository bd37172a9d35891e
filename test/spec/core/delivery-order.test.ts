/**
 * When answers arrive, relative to the app's own promise continuations: WeChat answers in a later macrotask
 * (rule TIMING-ASYNC-CALLBACKS), so an answer never overtakes a continuation the app queued before making the call.
 */
import { fresh } from '../../support/fixtures'

// rule: TIMING-ASYNC-CALLBACKS
it('a call made from a continuation is answered after the continuations the app queued before it', async () => {
  const fake = fresh()
  const order: string[] = []
  fake.wx.getSetting!({ success: () => order.push('first call') })
  void Promise.resolve().then(() => {
    void Promise.resolve().then(() => order.push('continuation'))
    fake.wx.getSetting!({ success: () => order.push('call from a continuation') })
  })
  fake.wx.getSetting!({ success: () => order.push('second call') })
  await fake.settled()
  expect(order).toEqual(['first call', 'second call', 'continuation', 'call from a continuation'])
})
