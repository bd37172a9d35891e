/** The user's position (user.isAt), getLocation in both coordinate systems, and the updates that follow a move. */
import type { FakeWx, WxResult } from 'fake-wx'
import { printTimeline } from 'fake-wx/serializer'
import { fresh, messageOf, outcome } from '../../support/fixtures'

/** People's Square, Shanghai, in WGS-84, and the same place in GCJ-02 (computed with the reference "eviltransform" conversion, to 6 decimals). */
const SQUARE = { latitude: 31.2304, longitude: 121.4737 }
const SQUARE_GCJ02 = { latitude: 31.228458, longitude: 121.478223 }
/** A few hundred metres north-east. */
const MOVED = { latitude: 31.2330, longitude: 121.4760 }
const MOVED_GCJ02 = { latitude: 31.231053, longitude: 121.480516 }

function allowed(): FakeWx {
  return fresh({ authSetting: { 'scope.userLocation': true, 'scope.userFuzzyLocation': true, 'scope.userLocationBackground': true } })
}

describe('user.isAt and getLocation', () => {
  // rule: LOCATION-USER-IS-AT, LOCATION-TYPE-ALTITUDE
  it('wgs84 (the default) reports the position as scripted', async () => {
    const fake = allowed()
    fake.user.isAt(SQUARE)
    expect(await fake.wx.getLocation!({})).toEqual({
      latitude: 31.2304,
      longitude: 121.4737,
      speed: 0,
      accuracy: 30,
      altitude: 0,
      verticalAccuracy: 0,
      horizontalAccuracy: 30,
      errMsg: 'getLocation:ok',
    })
  })

  // rule: LOCATION-USER-IS-AT
  it('gcj02 shifts it as WeChat does', async () => {
    const fake = allowed()
    fake.user.isAt(SQUARE)
    expect(await fake.wx.getLocation!({ type: 'gcj02' })).toMatchObject(SQUARE_GCJ02)
  })

  // rule: LOCATION-USER-IS-AT, LOCATION-TYPE-ALTITUDE
  it('altitude, accuracy and speed as scripted; altitude only when asked for', async () => {
    const fake = allowed()
    fake.user.isAt({ ...SQUARE, altitude: 12.5, verticalAccuracy: 4, accuracy: 8, speed: 1.5 })
    expect(await fake.wx.getLocation!({ altitude: true })).toMatchObject({ altitude: 12.5, verticalAccuracy: 4, accuracy: 8, horizontalAccuracy: 8, speed: 1.5 })
    expect(await fake.wx.getLocation!({})).toMatchObject({ altitude: 0, verticalAccuracy: 0 })
  })

  // rule: LOCATION-GCJ02-ABROAD
  it('outside mainland China gcj02 is the GPS position', async () => {
    const fake = allowed()
    fake.user.isAt({ latitude: 51.5007, longitude: -0.1246 })
    expect(await fake.wx.getLocation!({ type: 'gcj02' })).toMatchObject({ latitude: 51.5007, longitude: -0.1246 })
    fake.user.isAt({ latitude: 22.3, longitude: 140 })
    expect(await fake.wx.getLocation!({ type: 'gcj02' })).toMatchObject({ latitude: 22.3, longitude: 140 })
    fake.user.isAt({ latitude: 60, longitude: 100 })
    expect(await fake.wx.getLocation!({ type: 'gcj02' })).toMatchObject({ latitude: 60, longitude: 100 })
    fake.user.isAt({ latitude: 0.5, longitude: 100 })
    expect(await fake.wx.getLocation!({ type: 'gcj02' })).toMatchObject({ latitude: 0.5, longitude: 100 })
    fake.user.isAt({ latitude: 40, longitude: 70 })
    expect(await fake.wx.getLocation!({ type: 'gcj02' })).toMatchObject({ latitude: 40, longitude: 70 })
  })

  // rule: LOCATION-USER-IS-AT
  it('getFuzzyLocation rounds it to two decimals', async () => {
    const fake = allowed()
    fake.user.isAt(SQUARE)
    const result = await new Promise<WxResult>((resolve) => fake.wx.getFuzzyLocation!({ type: 'gcj02', success: resolve }))
    expect(result).toEqual({ latitude: 31.23, longitude: 121.48, errMsg: 'getFuzzyLocation:ok' })
    const wgs = await new Promise<WxResult>((resolve) => fake.wx.getFuzzyLocation!({ success: resolve }))
    expect([wgs.latitude, wgs.longitude]).toEqual([31.23, 121.47])
  })

  it('without user.isAt the position is seeded, as before', async () => {
    const fake = allowed()
    const first = (await fake.wx.getLocation!({})) as WxResult
    expect(first.latitude).not.toBe(31.2304)
    fake.reset()
    fake.user.hasAllowed('scope.userLocation')
    expect(await fake.wx.getLocation!({})).toEqual(first)
  })

  it('the scope still decides: a refusal reports no position', async () => {
    const fake = fresh()
    fake.user.isAt(SQUARE).willDeny('scope.userLocation')
    expect(await outcome(fake.wx.getLocation!({}))).toEqual(['rejected', { errMsg: 'getLocation:fail auth deny', errno: 103 }])
  })

  it.each([
    [undefined, "user.isAt expects a position in WGS-84 such as { latitude: 31.2304, longitude: 121.4737 }, got undefined."],
    [[31, 121], 'user.isAt expects a position in WGS-84 such as { latitude: 31.2304, longitude: 121.4737 }, got an array.'],
    [{ lat: 31, longitude: 121 }, "user.isAt: unknown field 'lat'. Fields: latitude, longitude, altitude, accuracy, verticalAccuracy, speed."],
    [{ latitude: 31, longitude: 121, acuracy: 5 }, "user.isAt: unknown field 'acuracy'. Did you mean 'accuracy'? Fields: latitude, longitude, altitude, accuracy, verticalAccuracy, speed."],
    [{ longitude: 121 }, 'user.isAt: latitude must be a number from -90 to 90, got undefined.'],
    [{ latitude: 91, longitude: 121 }, 'user.isAt: latitude must be a number from -90 to 90, got 91.'],
    [{ latitude: '31', longitude: 121 }, "user.isAt: latitude must be a number from -90 to 90, got '31'."],
    [{ latitude: 31, longitude: -180.5 }, 'user.isAt: longitude must be a number from -180 to 180, got -180.5.'],
    [{ latitude: 31, longitude: 121, speed: -1 }, 'user.isAt: speed must be a number from 0 to 1000000, got -1.'],
    [{ latitude: 31, longitude: 121, accuracy: Number.NaN }, 'user.isAt: accuracy must be a number from 0 to 1000000, got NaN.'],
    [{ latitude: 31, longitude: 121, verticalAccuracy: -2 }, 'user.isAt: verticalAccuracy must be a number from 0 to 1000000, got -2.'],
    [{ latitude: 31, longitude: 121, altitude: 1e6 }, 'user.isAt: altitude must be a number from -10000 to 100000, got 1000000.'],
  ])('user.isAt(%j) is refused', (position, message) => {
    expect(messageOf(() => fresh().user.isAt(position as never))).toBe(`[fake-wx] ${message}`)
  })

  it('the limits themselves are accepted', () => {
    expect(() => fresh().user.isAt({ latitude: -90, longitude: 180, altitude: -1e4, speed: 0, accuracy: 1e6 })).not.toThrow()
    expect(() => fresh().user.isAt({ latitude: 90, longitude: -180, altitude: 1e5 })).not.toThrow()
  })
})

describe('startLocationUpdate and onLocationChange', () => {
  // rule: LOCATION-UPDATES, LOCATION-UPDATE-GCJ02
  it('after the start, each move reaches the listeners, in gcj02 by default', async () => {
    const fake = allowed()
    const moves: Readonly<Record<string, number>>[] = []
    fake.user.isAt(SQUARE)
    fake.wx.onLocationChange((res) => moves.push(res))
    await fake.wx.startLocationUpdate!()
    await fake.settled()
    expect(moves).toEqual([]) // no move yet
    fake.user.isAt(MOVED)
    expect(moves).toEqual([]) // delivered on a later job
    await fake.settled()
    expect(moves).toEqual([{ ...MOVED_GCJ02, speed: 0, accuracy: 30, altitude: 0, verticalAccuracy: 0, horizontalAccuracy: 30 }])
  })

  // rule: LOCATION-UPDATE-GCJ02
  it("type: 'wgs84' reports GPS coordinates, with the altitude", async () => {
    const fake = allowed()
    const moves: Readonly<Record<string, number>>[] = []
    fake.wx.onLocationChange((res) => moves.push(res))
    await fake.wx.startLocationUpdate!({ type: 'wgs84' })
    fake.user.isAt({ ...MOVED, altitude: 30, verticalAccuracy: 3 })
    await fake.settled()
    expect(moves).toEqual([{ ...MOVED, speed: 0, accuracy: 30, altitude: 30, verticalAccuracy: 3, horizontalAccuracy: 30 }])
  })

  // rule: LOCATION-UPDATES
  it('no move reaches the listeners before the start, after stopLocationUpdate, or when the start was refused', async () => {
    const fake = fresh()
    const moves: unknown[] = []
    fake.wx.onLocationChange((res: unknown) => moves.push(res))
    fake.user.isAt(SQUARE)
    await fake.settled()
    fake.user.willDeny('scope.userLocation')
    await fake.wx.startLocationUpdate!().catch(() => undefined)
    fake.user.isAt(MOVED)
    await fake.settled()
    expect(moves).toEqual([])
    fake.configure({ authSetting: { 'scope.userLocation': true } })
    await fake.wx.startLocationUpdate!()
    fake.user.isAt(SQUARE)
    await fake.settled()
    expect(moves).toHaveLength(1)
    await expect(fake.wx.stopLocationUpdate!()).resolves.toEqual({ errMsg: 'stopLocationUpdate:ok' })
    fake.user.isAt(MOVED)
    await fake.settled()
    expect(moves).toHaveLength(1)
  })

  // rule: LOCATION-UPDATES
  it('startLocationUpdateBackground starts them too', async () => {
    const fake = allowed()
    const moves: unknown[] = []
    fake.wx.onLocationChange((res: unknown) => moves.push(res))
    await fake.wx.startLocationUpdateBackground!()
    fake.user.isAt(SQUARE)
    await fake.settled()
    expect(moves).toEqual([expect.objectContaining(SQUARE_GCJ02)])
  })

  // rule: LOCATION-UPDATES
  it('offLocationChange removes a listener, or all of them', async () => {
    const fake = allowed()
    const calls: string[] = []
    const a = () => calls.push('a')
    const b = () => calls.push('b')
    fake.wx.onLocationChange(a)
    fake.wx.onLocationChange(b)
    fake.wx.onLocationChange('not a function' as never)
    await fake.wx.startLocationUpdate!()
    fake.user.isAt(SQUARE)
    await fake.settled()
    expect(calls).toEqual(['a', 'b'])
    fake.wx.offLocationChange(a)
    fake.wx.offLocationChange(() => undefined)
    fake.user.isAt(MOVED)
    await fake.settled()
    expect(calls).toEqual(['a', 'b', 'b'])
    fake.wx.offLocationChange()
    fake.user.isAt(SQUARE)
    await fake.settled()
    expect(calls).toEqual(['a', 'b', 'b'])
  })

  it('onLocationChangeError listeners are kept and never called: the fake’s updates do not fail', async () => {
    const fake = allowed()
    const errors: unknown[] = []
    const listener = (err: unknown) => errors.push(err)
    expect(fake.wx.onLocationChangeError(listener)).toBeUndefined()
    await fake.wx.startLocationUpdate!()
    fake.user.isAt(SQUARE)
    await fake.settled()
    expect(fake.wx.offLocationChangeError(listener)).toBeUndefined()
    expect(errors).toEqual([])
  })

  it('a listener that throws is reported, and the next still runs', async () => {
    const fake = allowed()
    const ran: string[] = []
    fake.wx.onLocationChange(() => {
      throw new Error('the app broke')
    })
    fake.wx.onLocationChange(() => ran.push('next'))
    await fake.wx.startLocationUpdate!()
    fake.user.isAt(SQUARE)
    await fake.settled()
    expect(ran).toEqual(['next'])
    expect(fake.log.problems()).toEqual([expect.objectContaining({ kind: 'callback-threw', call: undefined, message: expect.stringMatching(/^a listener of the 'locationChange' event threw: Error: the app broke/) })])
  })

  it('reset() stops the updates and drops the listeners', async () => {
    const fake = allowed()
    const moves: unknown[] = []
    fake.wx.onLocationChange((res: unknown) => moves.push(res))
    await fake.wx.startLocationUpdate!()
    fake.reset()
    fake.user.isAt(SQUARE)
    await fake.settled()
    fake.user.hasAllowed('scope.userLocation')
    await fake.wx.startLocationUpdate!()
    fake.user.isAt(MOVED)
    await fake.settled()
    expect(moves).toEqual([])
    expect(fake.log.entries.filter((e) => e.type === 'event')).toHaveLength(1) // the move, with no listener
  })

  it('a move is on the timeline', async () => {
    const fake = allowed()
    await fake.wx.startLocationUpdate!()
    fake.user.isAt(SQUARE)
    await fake.settled()
    expect(printTimeline(fake.log).split('\n')).toEqual([
      '#1 wx.startLocationUpdate()',
      "  resolve { errMsg: 'startLocationUpdate:ok' }",
      'event locationChange {',
      '    latitude: 31.228458,',
      '    longitude: 121.478223,',
      '    speed: 0,',
      '    accuracy: 30,',
      '    altitude: 0,',
      '    verticalAccuracy: 0,',
      '    horizontalAccuracy: 30,',
      '  } → 0 listeners',
    ])
  })

  // rule: ERRMSG-PARAM-TYPE
  it('the start checks its type option', async () => {
    expect(await outcome(allowed().wx.startLocationUpdate!({ type: 1 }))).toEqual([
      'rejected',
      { errMsg: 'startLocationUpdate:fail parameter error: parameter.type should be String instead of Number;' },
    ])
  })
})
