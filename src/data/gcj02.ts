import type { CoordinateType } from './types'

export interface Point {
  latitude: number
  longitude: number
}

// ---------------------------------------------------------------------------------------------
// WGS84 -> GCJ-02 ("Mars coordinates"), the standard published approximation. A few trig calls,
// so cheaper than it looks, and it gives the real 100-700 m offset for each city.

const GCJ_A = 6378245
const GCJ_EE = 0.006693421622965943

const shifts = new WeakMap<Point, Point>()
/** The shift to a coordinate type that needs none (wgs84). */
export const NO_SHIFT: Point = { latitude: 0, longitude: 0 }

/**
 * What to add to a point near `centre` to express it in `type`. The GCJ-02 shift is computed once per
 * centre: across a city's ±9 km it changes by well under a metre, and the trigonometry showed up per call.
 */
export function shiftTo(type: CoordinateType, centre: Point): Point {
  if (type !== 'gcj02') return NO_SHIFT
  let shift = shifts.get(centre)
  if (shift === undefined) {
    const shifted = wgs84ToGcj02(centre)
    shifts.set(centre, (shift = { latitude: shifted.latitude - centre.latitude, longitude: shifted.longitude - centre.longitude }))
  }
  return shift
}

/** `point` (near `centre`) in the requested coordinate type. */
export function toCoordinateType(type: CoordinateType, point: Point, centre: Point = point): Point {
  if (type !== 'gcj02') return point
  const shift = shiftTo(type, centre)
  return { latitude: point.latitude + shift.latitude, longitude: point.longitude + shift.longitude }
}

function wgs84ToGcj02({ latitude, longitude }: Point): Point {
  const x = longitude - 105
  const y = latitude - 35
  const radLat = (latitude / 180) * Math.PI
  const magic = 1 - GCJ_EE * Math.sin(radLat) ** 2
  const sqrtMagic = Math.sqrt(magic)
  const dLat = (gcjLatitudeShift(x, y) * 180) / (((GCJ_A * (1 - GCJ_EE)) / (magic * sqrtMagic)) * Math.PI)
  const dLng = (gcjLongitudeShift(x, y) * 180) / ((GCJ_A / sqrtMagic) * Math.cos(radLat) * Math.PI)
  return { latitude: latitude + dLat, longitude: longitude + dLng }
}

function gcjLatitudeShift(x: number, y: number): number {
  return (
    -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x)) +
    ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3 +
    ((20 * Math.sin(y * Math.PI) + 40 * Math.sin((y / 3) * Math.PI)) * 2) / 3 +
    ((160 * Math.sin((y / 12) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30)) * 2) / 3
  )
}

function gcjLongitudeShift(x: number, y: number): number {
  return (
    300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x)) +
    ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3 +
    ((20 * Math.sin(x * Math.PI) + 40 * Math.sin((x / 3) * Math.PI)) * 2) / 3 +
    ((150 * Math.sin((x / 12) * Math.PI) + 300 * Math.sin((x / 30) * Math.PI)) * 2) / 3
  )
}

