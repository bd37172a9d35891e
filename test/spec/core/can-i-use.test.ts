/** wx.canIUse: the schema syntax of the typings, answered from what the fake answers. */
import { fresh } from '../../support/fixtures'

const canIUse = (fake: ReturnType<typeof fresh>, schema: unknown) => (fake.wx.canIUse as unknown as (s: unknown) => unknown)(schema)

describe('wx.canIUse', () => {
  // rule: CANIUSE-SCHEMA
  it.each([
    ['getLocation', true],
    ['getLocation.success.latitude', true],
    ['getLocation.object.type.gcj02', true],
    ['getLocation.return', true],
    ['getLocation.callback', true],
    ['getSetting.object.withSubscriptions', true],
    ['canIUse', true],
    ['getLocation.resolve.latitude', false],
    ['getLocation.', false],
  ])('reads ${API}.${method}.${param}.${option}, method one of return, success, object, callback: %s → %s', (schema, answer) => {
    expect(canIUse(fresh(), schema)).toBe(answer)
  })

  // rule: CANIUSE-ANSWERS-MODELLED
  it('an API fake-wx does not answer is false, until the test gives it a handler or a mock', () => {
    const fake = fresh()
    expect([canIUse(fake, 'addCard'), canIUse(fake, 'getBatteryInfoSync.return.level')]).toEqual([false, false])
    fake.use({ addCard: () => ({}) })
    fake.mockWxMethod('getBatteryInfoSync', () => ({ level: 1 }))
    expect([canIUse(fake, 'addCard'), canIUse(fake, 'getBatteryInfoSync.return.level')]).toEqual([true, true])
    fake.reset()
    expect([canIUse(fake, 'addCard'), canIUse(fake, 'getBatteryInfoSync.return.level')]).toEqual([false, false])
  })

  // rule: CANIUSE-ANSWERS-MODELLED
  it.each([
    ['onNetworkStatusChange', true],
    ['offAppShow', true],
    ['onCompassChange.callback.direction', true],
    ['camera', true],
    ['live-pusher', true],
    ['camera.flash', true],
    ['button', true],
    ['button.open-type', true],
    ['button.open-type.openSetting', true],
    ['button.open-type.contact', true],
    ['button.open-type.launchApp', false],
    ['button.size', false],
    ['text.selectable', false],
    ['live-player', false],
    ['CameraContext.onCameraFrame', false],
    ['console.log', false],
    ['cloud', true],
    ['cloud.callFunction', false],
    ['worklet.shared', false],
    ['env', true],
    ['env.USER_DATA_PATH', true],
    ['env.OTHER', false],
    ['env.USER_DATA_PATH.x', false],
  ])('events, components and namespaces: %s → %s', (schema, answer) => {
    expect(canIUse(fresh(), schema)).toBe(answer)
  })

  // rule: CANIUSE-ANSWERS-MODELLED
  it('a namespaced function with a handler is usable', () => {
    const fake = fresh()
    fake.use({ 'cloud.callFunction': () => ({ result: 1 }) })
    expect([canIUse(fake, 'cloud.callFunction'), canIUse(fake, 'cloud.callFunction.success.result'), canIUse(fake, 'cloud.callFunction.then')]).toEqual([true, true, false])
  })

  // rule: CANIUSE-ANSWERS-MODELLED
  it.each([[undefined], [''], [1], [null], [{}]])('anything but a schema string is false (%s), never a throw', (schema) => {
    expect(canIUse(fresh(), schema)).toBe(false)
  })

  it('is a logged synchronous call', () => {
    const fake = fresh()
    canIUse(fake, 'getLocation')
    expect(fake.log.entries).toEqual([{ id: 1, type: 'call', api: 'canIUse', args: 'getLocation', style: 'sync', tap: false }])
    expect((fake.wx.canIUse as unknown as { mock: { results: unknown[] } }).mock.results).toEqual([{ type: 'return', value: true }])
  })
})
