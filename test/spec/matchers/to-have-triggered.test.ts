import { fakeWx, launch, type ComponentInstance } from 'fake-wx'
import { failureOf } from '../../support/failure-message'
import { appRoot } from '../../support/mini-program'

type Counter = ComponentInstance<{ increment(): number }>

async function twoComponents(): Promise<{ counter: Counter; base: ComponentInstance }> {
  const mp = await launch({ root: appRoot('routes') })
  const counter = await mp.mountComponent<{ increment(): number }>('components/counter/index')
  const base = await mp.mountComponent('components/base/index')
  counter.increment()
  base.triggerEvent('ping', { n: 1 })
  return { counter, base }
}

describe('toHaveTriggered', () => {
  it('passes for an event the component sent, with its detail (exact, or an asymmetric matcher)', async () => {
    const { counter, base } = await twoComponents()
    expect(counter).toHaveTriggered('change')
    expect(counter).toHaveTriggered('change', { clicks: 1 })
    expect(counter).toHaveTriggered('change', expect.objectContaining({ clicks: expect.any(Number) }))
    expect(counter).not.toHaveTriggered('change', { clicks: 2 })
    expect(counter).not.toHaveTriggered('ping')
    expect(base).toHaveTriggered('ping')
  })

  it('wx, fakeWx and its log count every component', async () => {
    await twoComponents()
    expect(wx).toHaveTriggered('ping', { n: 1 })
    expect(fakeWx).toHaveTriggered('change')
    expect(fakeWx.log).not.toHaveTriggered('close')
  })

  it('an event sent with no detail matches undefined only when the detail is given', async () => {
    const { base } = await twoComponents()
    base.triggerEvent('close')
    expect(base).toHaveTriggered('close')
    expect(base).toHaveTriggered('close', undefined)
    expect(base).not.toHaveTriggered('close', {})
  })

  it('fails with the events sent instead', async () => {
    const { counter } = await twoComponents()
    const message = failureOf(() => expect(counter).toHaveTriggered('change', { clicks: 2 }))
    expect(message).toContain('expect(components/counter/index).toHaveTriggered(')
    expect(message).toContain("Expected: a 'change' event with detail { clicks: 2 }")
    expect(message).toContain('Received: 1 event, none matching:')
    expect(message).toContain("          components/counter/index triggerEvent 'change' { clicks: 1 }")
    expect(message).toMatchSnapshot()
  })

  it('fails when no component sent anything', async () => {
    await launch({ root: appRoot('routes') })
    expect(failureOf(() => expect(wx).toHaveTriggered('change'))).toContain('Received: no component event')
    const { base } = await twoComponents()
    base.triggerEvent('x')
    expect(failureOf(() => expect(base).toHaveTriggered('y'))).toContain("Received: 2 events, none matching:\n          components/base/index triggerEvent 'ping' { n: 1 }\n          components/base/index triggerEvent 'x'")
    fakeWx.reset()
    const fresh = await launch({ root: appRoot('routes') }).then((mp) => mp.mountComponent('components/base/index'))
    expect(failureOf(() => expect(fresh).toHaveTriggered('y'))).toContain('Received: no event from components/base/index')
  })

  it('.not fails with the matching events', async () => {
    const { counter } = await twoComponents()
    const message = failureOf(() => expect(counter).not.toHaveTriggered('change'))
    expect(message).toContain("Expected: no 'change' event")
    expect(message).toContain("Received: components/counter/index triggerEvent 'change' { clicks: 1 }")
  })

  it('prints an event sent with no detail as its name alone, and the expected event without a detail as its name', async () => {
    const { base } = await twoComponents()
    base.triggerEvent('x')
    const message = failureOf(() => expect(base).toHaveTriggered('y'))
    expect(message).toContain("Expected: a 'y' event\n")
    expect(message).toContain("          components/base/index triggerEvent 'x'\n")
  })

  it('names the event in the hint, and labels the wx calls of the timeline as wx calls', async () => {
    const { counter } = await twoComponents()
    wx.setStorageSync('clicks', 1)
    const message = failureOf(() => expect(counter).not.toHaveTriggered('change'))
    expect(message).toContain("expect(components/counter/index).not.toHaveTriggered('change')\n")
    expect(message).toContain("Expected: no 'change' event\n")
    expect(message).toContain("#1 wx.setStorageSync('clicks', 1)")
  })

  it("rejects a name that is not the event's", async () => {
    const { counter } = await twoComponents()
    const message = failureOf(() => expect(counter).toHaveTriggered(undefined as never))
    expect(message).toContain("Matcher error: expected value must be the event's name, such as 'change'.")
    expect(message).toMatch(/\nExpected has value: undefined$/)
    expect(failureOf(() => expect(counter).toHaveTriggered(''))).toContain('Matcher error')
  })
})
