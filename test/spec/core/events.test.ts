/**
 * The global's events: every wx.on<Event>/wx.off<Event> pair of the typings keeps listeners, fakeWx.emit calls
 * them, off removes them as WeChat does, and the error and unhandledRejection listeners get WeChat's payloads.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { FakeWx } from 'fake-wx'
import { fresh, messageOf } from '../../support/fixtures'

type Listener = (payload: unknown) => void
const on = (fake: FakeWx, name: string, listener: unknown) => (fake.wx[name] as unknown as (l: unknown) => void)(listener)
const off = (fake: FakeWx, name: string, ...listener: unknown[]) => (fake.wx[name] as unknown as (...l: unknown[]) => void)(...listener)

/** Every wx.on<Event> the typings declare, read from the typings themselves. */
function typingsOnFunctions(): string[] {
  const source = readFileSync(join(process.cwd(), 'node_modules/miniprogram-api-typings/types/wx/lib.wx.api.d.ts'), 'utf8')
  const body = source.slice(source.indexOf('interface Wx {'))
  return [...new Set([...body.matchAll(/^ {8}(on[A-Z][A-Za-z0-9]*)\(/gm)].map((m) => m[1]!))]
}

/** The name after `on`, its first letter lower case (what emit matches, without regard to case). */
const eventName = (onName: string) => onName[2]!.toLowerCase() + onName.slice(3)

describe('every on<Event> of the typings', () => {
  // rule: EVENT-PAIRS
  it('keeps the listener, and emit(<event>) calls it with the payload', () => {
    const names = typingsOnFunctions().filter((name) => name !== 'onNeedPrivacyAuthorization')
    expect(names.length).toBeGreaterThan(60)
    expect(names).toEqual(expect.arrayContaining(['onNetworkStatusChange', 'onAppShow', 'onAppHide', 'onError', 'onUnhandledRejection', 'onLocationChange']))
    const fake = fresh()
    const received: [string, unknown][] = []
    for (const name of names) on(fake, name, (payload: unknown) => received.push([name, payload]))
    for (const name of names) expect([name, fake.emit(eventName(name), { from: name })]).toEqual([name, 1])
    expect(received).toEqual(names.map((name) => [name, { from: name }]))
  })
})

describe('listeners', () => {
  // rule: EVENT-PAIRS
  it('are called in the order they were registered, now; off(listener) removes that one', () => {
    const fake = fresh()
    const calls: string[] = []
    const first: Listener = () => calls.push('first')
    const second: Listener = () => calls.push('second')
    on(fake, 'onNetworkStatusChange', first)
    on(fake, 'onNetworkStatusChange', second)
    expect(fake.emit('networkStatusChange', { isConnected: false, networkType: 'none' })).toBe(2)
    expect(calls).toEqual(['first', 'second'])
    off(fake, 'offNetworkStatusChange', first)
    expect(fake.emit('networkStatusChange', { isConnected: true, networkType: 'wifi' })).toBe(1)
    expect(calls).toEqual(['first', 'second', 'second'])
    off(fake, 'offNetworkStatusChange', () => {})
    expect(fake.emit('networkStatusChange', {})).toBe(1)
  })

  it('a listener that removes itself does not stop the others of the same emit', () => {
    const fake = fresh()
    const calls: string[] = []
    const once: Listener = () => {
      calls.push('once')
      off(fake, 'offAppShow', once)
    }
    on(fake, 'onAppShow', once)
    on(fake, 'onAppShow', () => calls.push('always'))
    fake.emit('appShow', {})
    fake.emit('appShow', {})
    expect(calls).toEqual(['once', 'always', 'always'])
  })

  // rule: EVENT-OFF-ALL-WITHOUT-LISTENER
  it('off() without a listener removes every listener of the event, and only of that event', () => {
    const fake = fresh()
    on(fake, 'onAppHide', () => {})
    on(fake, 'onAppHide', () => {})
    on(fake, 'onAppShow', () => {})
    off(fake, 'offAppHide')
    expect([fake.emit('appHide', {}), fake.emit('appShow', {})]).toEqual([0, 1])
  })

  // rule: EVENT-OFF-NO-PARAMETER
  it.each([
    ['onBLECharacteristicValueChange', 'offBLECharacteristicValueChange', 'bleCharacteristicValueChange'],
    ['onBeaconServiceChange', 'offBeaconServiceChange', 'beaconServiceChange'],
    ['onBeaconUpdate', 'offBeaconUpdate', 'beaconUpdate'],
    ['onBluetoothAdapterStateChange', 'offBluetoothAdapterStateChange', 'bluetoothAdapterStateChange'],
    ['onBluetoothDeviceFound', 'offBluetoothDeviceFound', 'bluetoothDeviceFound'],
    ['onCopyUrl', 'offCopyUrl', 'copyUrl'],
    ['onGeneratePoster', 'offGeneratePoster', 'generatePoster'],
    ['onUserCaptureScreen', 'offUserCaptureScreen', 'userCaptureScreen'],
  ])('%s: its off takes no listener and removes every one, whatever it is passed', (onName, offName, event) => {
    const fake = fresh()
    const kept: Listener = () => {}
    on(fake, onName, kept)
    off(fake, offName, () => {})
    expect(fake.emit(event, {})).toBe(0)
  })

  // rule: EVENT-SINGLE-LISTENER
  it.each([
    ['onGeneratePoster', 'generatePoster'],
    ['onUserCaptureScreen', 'userCaptureScreen'],
    ['onBeaconUpdate', 'beaconUpdate'],
    ['onBeaconServiceChange', 'beaconServiceChange'],
    ['onHCEMessage', 'hceMessage'],
  ])('%s keeps one listener: registering another replaces it', (onName, event) => {
    const fake = fresh()
    const calls: string[] = []
    on(fake, onName, () => calls.push('first'))
    on(fake, onName, () => calls.push('second'))
    expect(fake.emit(event, {})).toBe(1)
    expect(calls).toEqual(['second'])
  })

  it('off for an event nobody listens to changes nothing', () => {
    const fake = fresh()
    off(fake, 'offAppShow', () => {})
    off(fake, 'offAppShow')
    on(fake, 'onAppShow', () => {})
    expect(fake.emit('appShow', {})).toBe(1)
  })

  it('a listener that is not a function is not registered (the call is still logged)', () => {
    const fake = fresh()
    on(fake, 'onAppShow', 'not a function')
    expect(fake.emit('appShow', {})).toBe(0)
    expect(fake.log.calls('onAppShow')).toEqual([expect.objectContaining({ args: 'not a function', style: 'sync' })])
  })

  it('reset() forgets them', () => {
    const fake = fresh()
    on(fake, 'onAppShow', () => {})
    fake.reset()
    expect(fake.emit('appShow', {})).toBe(0)
  })

  it('each fake keeps its own', () => {
    const one = fresh()
    const other = fresh()
    on(one, 'onAppShow', () => {})
    expect([one.emit('appShow', {}), other.emit('appShow', {})]).toEqual([1, 0])
  })

  it('the registration and each event are in the log and the timeline', () => {
    const fake = fresh()
    on(fake, 'onNetworkStatusChange', () => fake.wx.getNetworkType)
    fake.emit('networkStatusChange', { isConnected: false, networkType: 'none' })
    fake.emit('appShow', { scene: 1001 })
    expect(fake.log.events()).toEqual([
      { id: 2, type: 'event', call: undefined, event: 'networkStatusChange', payload: { isConnected: false, networkType: 'none' }, listeners: 1 },
      { id: 3, type: 'event', call: undefined, event: 'appShow', payload: { scene: 1001 }, listeners: 0 },
    ])
    expect(fake.log.events('appShow')).toHaveLength(1)
    expect(fake.log).toMatchInlineSnapshot(`
      #1 wx.onNetworkStatusChange([Function])
      event networkStatusChange { isConnected: false, networkType: 'none' } → 1 listener
      event appShow { scene: 1001 } → 0 listeners
    `)
  })
})

describe('emit', () => {
  it('takes the event name in any case (BLE, HCE, VoIP are spelt as the app spells them)', () => {
    const fake = fresh()
    on(fake, 'onBLEConnectionStateChange', () => {})
    on(fake, 'onVoIPChatInterrupted', () => {})
    expect([fake.emit('bleConnectionStateChange', {}), fake.emit('BLEConnectionStateChange', {}), fake.emit('voIPChatInterrupted', {})]).toEqual([1, 1, 1])
    expect(fake.log.events().map((e) => e.event)).toEqual(['bleConnectionStateChange', 'bleConnectionStateChange', 'voIPChatInterrupted'])
  })

  it('an unknown event is toolkit misuse, with a suggestion', () => {
    expect(messageOf(() => fresh().emit('networkStatusChanged'))).toBe(
      "[fake-wx] emit: wx has no event named 'networkStatusChanged'. Did you mean 'networkStatusChange'? An event is named after its on function: wx.onNetworkStatusChange → emit('networkStatusChange', payload).",
    )
    expect(messageOf(() => fresh().emit(1 as never))).toBe(
      "[fake-wx] emit: wx has no event named 1. An event is named after its on function: wx.onNetworkStatusChange → emit('networkStatusChange', payload).",
    )
  })

  it('needPrivacyAuthorization is fake-wx’s own to emit: the privacy gate calls that listener', () => {
    expect(messageOf(() => fresh().emit('needPrivacyAuthorization'))).toBe(
      "[fake-wx] emit: fake-wx calls the listener of wx.onNeedPrivacyAuthorization itself, answered by the scripted user; write user.willAgreePrivacy() or user.willDisagreePrivacy() (and the privacy option) instead.",
    )
  })
})

describe('the error and unhandledRejection events', () => {
  // rule: EVENT-ERROR-PAYLOAD
  it('an error emitted as an Error or a message reaches onError listeners as { message }, the message holding the stack', () => {
    const fake = fresh()
    const received: unknown[] = []
    on(fake, 'onError', (payload: unknown) => received.push(payload))
    const error = new Error('boom')
    fake.emit('error', error)
    fake.emit('error', 'plain message')
    fake.emit('error', { message: 'as given' })
    expect(received).toEqual([{ message: error.stack }, { message: 'plain message' }, { message: 'as given' }])
    expect((received[0] as { message: string }).message).toMatch(/^Error: boom\n\s+at /)
  })

  // rule: EVENT-ERROR-ON-SCRIPT-ERROR, EVENT-ERROR-PAYLOAD
  it('a callback that throws reaches the onError listeners, and still fails the test', async () => {
    const fake = fresh()
    const received: unknown[] = []
    on(fake, 'onError', (payload: unknown) => received.push(payload))
    fake.wx.getSetting!({
      success: () => {
        throw new Error('app bug')
      },
    })
    await fake.settled()
    expect(received).toEqual([{ message: expect.stringMatching(/^Error: app bug\n/) }])
    expect(() => fake.verify()).toThrow(/the success callback of wx\.getSetting threw: Error: app bug/)
  })

  // rule: EVENT-ERROR-ON-SCRIPT-ERROR
  it('a listener that throws reaches them too; an onError listener that throws does not loop', () => {
    const fake = fresh()
    const received: unknown[] = []
    on(fake, 'onError', (payload: unknown) => {
      received.push(payload)
      throw new Error('the error listener broke')
    })
    on(fake, 'onAppShow', () => {
      throw 'show broke'
    })
    fake.emit('appShow', {})
    expect(received).toEqual([{ message: 'show broke' }])
    expect(fake.log.problems().map((p) => p.message.split('\n')[0])).toEqual([
      "a listener of the 'appShow' event threw: show broke",
      "a listener of the 'error' event threw: Error: the error listener broke",
    ])
  })

  it('with no onError listener, a callback that throws emits nothing (and still fails the test)', async () => {
    const fake = fresh()
    on(fake, 'onAppShow', () => {})
    fake.wx.getSetting!({
      success: () => {
        throw new Error('app bug')
      },
    })
    await fake.settled()
    expect(fake.log.events()).toEqual([])
    expect(fake.log.problems()).toHaveLength(1)
  })

  it('a payload that is not an Error, a message or { reason } is passed as it is', () => {
    const fake = fresh()
    const received: unknown[] = []
    on(fake, 'onError', (payload: unknown) => received.push(payload))
    on(fake, 'onUnhandledRejection', (payload: unknown) => received.push(payload))
    fake.emit('error', 42)
    fake.emit('unhandledRejection', 'just a reason')
    fake.emit('unhandledRejection')
    expect(received).toEqual([42, 'just a reason', undefined])
  })

  // rule: EVENT-UNHANDLED-REJECTION-PAYLOAD
  it('only unhandledRejection makes { reason } a { reason, promise }; null reaches its listeners as null', () => {
    const fake = fresh()
    const received: unknown[] = []
    on(fake, 'onUnhandledRejection', (payload: unknown) => received.push(payload))
    on(fake, 'onNetworkStatusChange', (payload: unknown) => received.push(payload))
    fake.emit('unhandledRejection', null)
    fake.emit('networkStatusChange', { reason: 'not a rejection' })
    expect(received).toEqual([null, { reason: 'not a rejection' }])
  })

  // rule: EVENT-UNHANDLED-REJECTION-PAYLOAD
  it('unhandledRejection listeners get { reason, promise }; without a promise, a rejected one is made for the reason', async () => {
    const fake = fresh()
    const received: { reason: unknown; promise: Promise<unknown> }[] = []
    on(fake, 'onUnhandledRejection', (payload: unknown) => received.push(payload as (typeof received)[number]))
    const reason = { errMsg: 'getLocation:fail auth deny' }
    fake.emit('unhandledRejection', { reason })
    const promise = Promise.reject(reason)
    promise.catch(() => {})
    fake.emit('unhandledRejection', { reason, promise })
    expect(received[0]!.reason).toBe(reason)
    await expect(received[0]!.promise).rejects.toBe(reason)
    expect(received[1]).toEqual({ reason, promise })
    expect(received[1]!.promise).toBe(promise)
  })
})
