/**
 * WGS-84 → GCJ-02 (src/data/gcj02.ts), against a reference written from the published conversion
 * (the widely used "eviltransform": Krasovsky 1940 ellipsoid, a = 6378245, ee = 0.00669342162296594323).
 */
import { NO_SHIFT, shiftTo, toCoordinateType } from '../../src/data/gcj02'

const PI = Math.PI
function referenceGcj02(lat: number, lng: number): [number, number] {
  const x = lng - 105
  const y = lat - 35
  let dLat = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x))
  dLat += ((20 * Math.sin(6 * x * PI) + 20 * Math.sin(2 * x * PI)) * 2) / 3
  dLat += ((20 * Math.sin(y * PI) + 40 * Math.sin((y / 3) * PI)) * 2) / 3
  dLat += ((160 * Math.sin((y / 12) * PI) + 320 * Math.sin((y * PI) / 30)) * 2) / 3
  let dLng = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x))
  dLng += ((20 * Math.sin(6 * x * PI) + 20 * Math.sin(2 * x * PI)) * 2) / 3
  dLng += ((20 * Math.sin(x * PI) + 40 * Math.sin((x / 3) * PI)) * 2) / 3
  dLng += ((150 * Math.sin((x / 12) * PI) + 300 * Math.sin((x / 30) * PI)) * 2) / 3
  const a = 6378245
  const ee = 0.00669342162296594323
  const radLat = (lat / 180) * PI
  const magic = 1 - ee * Math.sin(radLat) ** 2
  const sqrtMagic = Math.sqrt(magic)
  dLat = (dLat * 180) / (((a * (1 - ee)) / (magic * sqrtMagic)) * PI)
  dLng = (dLng * 180) / ((a / sqrtMagic) * Math.cos(radLat) * PI)
  return [lat + dLat, lng + dLng]
}

const POINTS: [string, number, number][] = [
  ['Beijing', 39.9042, 116.4074],
  ['Shanghai', 31.2304, 121.4737],
  ['Urumqi', 43.8256, 87.6168],
  ['Sanya', 18.2528, 109.5119],
]

describe('GCJ-02', () => {
  it.each(POINTS)('%s is shifted as the reference conversion shifts it', (_, latitude, longitude) => {
    const [lat, lng] = referenceGcj02(latitude, longitude)
    const shifted = toCoordinateType('gcj02', { latitude, longitude })
    expect(shifted.latitude).toBeCloseTo(lat, 9)
    expect(shifted.longitude).toBeCloseTo(lng, 9)
  })

  it('shifts Beijing a few hundred metres north-east', () => {
    const shifted = toCoordinateType('gcj02', { latitude: 39.9042, longitude: 116.4074 })
    expect(shifted.latitude - 39.9042).toBeGreaterThan(0.001)
    expect(shifted.latitude - 39.9042).toBeLessThan(0.002)
    expect(shifted.longitude - 116.4074).toBeGreaterThan(0.005)
    expect(shifted.longitude - 116.4074).toBeLessThan(0.007)
  })

  it('a point near a centre gets the centre’s shift', () => {
    const centre = { latitude: 31.2304, longitude: 121.4737 }
    const shift = shiftTo('gcj02', centre)
    const near = toCoordinateType('gcj02', { latitude: 31.24, longitude: 121.48 }, centre)
    expect(near.latitude).toBeCloseTo(31.24 + shift.latitude, 12)
    expect(near.longitude).toBeCloseTo(121.48 + shift.longitude, 12)
    expect(shiftTo('gcj02', centre)).toBe(shift)
  })

  it('wgs84 needs no shift', () => {
    const point = { latitude: 39.9042, longitude: 116.4074 }
    expect(toCoordinateType('wgs84', point)).toBe(point)
    expect(shiftTo('wgs84', point)).toBe(NO_SHIFT)
    expect(NO_SHIFT).toEqual({ latitude: 0, longitude: 0 })
  })
})
