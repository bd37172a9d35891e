/** The recorder manager's events, and what the device and media APIs hand back. */
import { fresh, outcome } from '../../support/fixtures'

describe('wx.getRecorderManager(): events', () => {
  function recorderWithEvents(fake: ReturnType<typeof fresh>) {
    const recorder = fake.wx.getRecorderManager()
    const events: [string, unknown][] = []
    for (const event of ['Start', 'Stop', 'Pause', 'Resume', 'Error'] as const) {
      recorder[`on${event}`]((res: unknown) => events.push([event, res]))
    }
    return { recorder, events }
  }

  it('pause and resume report only while recording; stop hands over the file once', async () => {
    const fake = fresh({ authSetting: { 'scope.record': true } })
    const { recorder, events } = recorderWithEvents(fake)
    recorder.pause()
    recorder.resume()
    recorder.stop()
    await fake.settled()
    expect(events).toEqual([])
    recorder.start()
    await fake.settled()
    recorder.pause()
    recorder.resume()
    recorder.stop()
    await fake.settled()
    recorder.pause()
    recorder.resume()
    recorder.stop()
    await fake.settled()
    expect(events.map(([event]) => event)).toEqual(['Start', 'Pause', 'Resume', 'Stop'])
    expect(events[1]![1]).toEqual({})
    expect(events[2]![1]).toEqual({})
    expect(events[3]![1]).toEqual({ tempFilePath: expect.stringMatching(/^http:\/\/tmp\/.+\.silk$/), duration: 1000, fileSize: 2048 })
  })

  it('a failure without errno reaches onError without one', async () => {
    const fake = fresh()
    fake.user.willDismiss('scope.record')
    const { recorder, events } = recorderWithEvents(fake)
    recorder.start()
    await fake.settled()
    expect(events).toEqual([['Error', { errMsg: 'operateRecorder:fail auth cancel' }]])
    expect(Object.keys(events[0]![1] as object)).toEqual(['errMsg'])
  })

  it('a refusal with no onError listener is silent', async () => {
    const fake = fresh()
    fake.user.willDeny('scope.record')
    fake.wx.getRecorderManager().start()
    await fake.settled()
    expect(fake.log.problems()).toEqual([])
    expect(fake.log.results().map((r) => r.result.errMsg)).toEqual(['operateRecorder:fail auth deny'])
  })

  it('reset() forgets the listeners and the recording, the manager stays', async () => {
    const fake = fresh({ authSetting: { 'scope.record': true } })
    const { recorder, events } = recorderWithEvents(fake)
    recorder.start()
    await fake.settled()
    fake.reset()
    expect(fake.wx.getRecorderManager()).toBe(recorder)
    const later: string[] = []
    recorder.onStop(() => later.push('Stop'))
    recorder.stop()
    await fake.settled()
    expect(later).toEqual([])
    recorder.start()
    await fake.settled()
    recorder.pause()
    recorder.stop()
    await fake.settled()
    expect(events.map(([event]) => event)).toEqual(['Start'])
    expect(later).toEqual(['Stop'])
  })

  it('events nobody listens to are dropped', async () => {
    const fake = fresh({ authSetting: { 'scope.record': true } })
    const recorder = fake.wx.getRecorderManager()
    recorder.start()
    await fake.settled()
    recorder.pause()
    recorder.resume()
    recorder.stop()
    await expect(fake.settled()).resolves.toBeUndefined()
    expect(fake.log.problems()).toEqual([])
  })
})

describe('device APIs: results', () => {
  it('joinVoIPChat succeeds with an empty member list', async () => {
    const fake = fresh({ authSetting: { 'scope.record': true } })
    await expect(fake.wx.joinVoIPChat!({ groupId: 'g1', nonceStr: 'n', timeStamp: 1700000000, signature: 's' })).resolves.toEqual({
      errMsg: 'joinVoIPChat:ok',
      openIdList: [],
      errCode: 0,
    })
  })

  it('createBLEPeripheralServer hands back a server whose methods say they are not modelled', async () => {
    const fake = fresh({ authSetting: { 'scope.bluetooth': true } })
    const res = (await fake.wx.createBLEPeripheralServer!()) as { errMsg: string; server: Record<string, () => unknown> }
    expect(res.errMsg).toBe('createBLEPeripheralServer:ok')
    const methods = [
      'addService',
      'removeService',
      'startAdvertising',
      'stopAdvertising',
      'writeCharacteristicValue',
      'onCharacteristicReadRequest',
      'onCharacteristicWriteRequest',
      'close',
    ]
    expect(Object.keys(res.server)).toEqual(methods)
    for (const method of methods) {
      expect(() => res.server[method]!()).toThrow(
        `BLEPeripheralServer.${method} is not modelled: fake-wx models the permission flow of wx.createBLEPeripheralServer, not the server.`,
      )
    }
  })
})

describe('wx.getUserInfo: result', () => {
  // rule: SCOPE-USERINFO-NO-DIALOG
  it('returns the anonymous user', async () => {
    const fake = fresh()
    const res = (await fake.wx.getUserInfo!()) as unknown as { userInfo: Record<string, unknown> }
    expect(res.userInfo).toMatchObject({ nickName: '微信用户', gender: 0, country: '', province: '', city: '' })
    expect(fake.log.prompts()).toEqual([])
  })
})
