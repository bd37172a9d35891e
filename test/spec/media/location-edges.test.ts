/** user.isAt's checks at their edges, and the mainland box of the GCJ-02 shift at its very border. */
import type { FakeWx, WxResult } from 'fake-wx'
import { fresh, messageOf } from '../../support/fixtures'

function located(): FakeWx {
  return fresh({ authSetting: { 'scope.userLocation': true } })
}

describe('user.isAt refuses what is no position', () => {
  it('null is no position (and no crash)', () => {
    expect(messageOf(() => fresh().user.isAt(null as never))).toBe(
      '[fake-wx] user.isAt expects a position in WGS-84 such as { latitude: 31.2304, longitude: 121.4737 }, got null.',
    )
  })

  it('longitude is required as latitude is', () => {
    expect(messageOf(() => fresh().user.isAt({ latitude: 31 } as never))).toBe('[fake-wx] user.isAt: longitude must be a number from -180 to 180, got undefined.')
  })
})

describe('the GCJ-02 box at its border', () => {
  // The reference conversions' outOfChina check uses strict comparisons (lng < 72.004 || lng > 137.8347 ||
  // lat < 0.8293 || lat > 55.8271): a point exactly on the box's edge is inside, so gcj02 shifts it.
  // rule: LOCATION-GCJ02-ABROAD
  it.each([
    [{ latitude: 30, longitude: 72.004 }],
    [{ latitude: 30, longitude: 137.8347 }],
    [{ latitude: 0.8293, longitude: 110 }],
    [{ latitude: 55.8271, longitude: 110 }],
  ])('%j is shifted', async (position) => {
    const fake = located()
    fake.user.isAt(position)
    const shifted = (await fake.wx.getLocation!({ type: 'gcj02' })) as WxResult
    expect([shifted.latitude, shifted.longitude]).not.toEqual([position.latitude, position.longitude])
    expect(await fake.wx.getLocation!({})).toMatchObject(position)
  })
})
