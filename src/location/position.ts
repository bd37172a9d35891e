/**
 * Where the scripted user is (`user.isAt`, WGS-84), as getLocation, getFuzzyLocation and onLocationChange
 * report it: in GPS coordinates, or shifted to GCJ-02 as WeChat shifts them for `type: 'gcj02'` (rules
 * LOCATION-USER-IS-AT, LOCATION-GCJ02-ABROAD).
 */
import { toCoordinateType } from '../data/gcj02'
import type { CoordinateType, FuzzyLocationData, LocationData } from '../data/types'
import { FakeWxError, describeValue, didYouMean } from '../errors'

/** Where the user is: WGS-84 degrees, metres, metres per second. */
export interface UserPosition {
  readonly latitude: number
  readonly longitude: number
  /** Metres above sea level. Default 0. */
  readonly altitude?: number
  /** Metres. Default 30. */
  readonly accuracy?: number
  /** Metres. Default 0. */
  readonly verticalAccuracy?: number
  /** Metres per second. Default 0 (standing). */
  readonly speed?: number
}

const KEYS = ['latitude', 'longitude', 'altitude', 'accuracy', 'verticalAccuracy', 'speed']

export function checkPosition(position: unknown, where: string): UserPosition {
  if (typeof position !== 'object' || position === null || Array.isArray(position)) {
    throw new FakeWxError(`${where} expects a position in WGS-84 such as { latitude: 31.2304, longitude: 121.4737 }, got ${describeValue(position)}.`)
  }
  const fields = position as Record<string, unknown>
  const unknown = Object.keys(fields).find((key) => !KEYS.includes(key))
  if (unknown !== undefined) throw new FakeWxError(`${where}: unknown field '${unknown}'.${didYouMean(unknown, KEYS)} Fields: ${KEYS.join(', ')}.`)
  const number = (key: string, min: number, max: number, required: boolean): void => {
    const value = fields[key]
    if (value === undefined && !required) return
    if (typeof value !== 'number' || !(value >= min && value <= max)) {
      throw new FakeWxError(`${where}: ${key} must be a number from ${min} to ${max}, got ${describeValue(value)}.`)
    }
  }
  number('latitude', -90, 90, true)
  number('longitude', -180, 180, true)
  number('altitude', -1e4, 1e5, false)
  for (const key of ['accuracy', 'verticalAccuracy', 'speed']) number(key, 0, 1e6, false)
  return { ...(fields as unknown as UserPosition) }
}

/** Outside this box the reference conversions leave a point as it is: GCJ-02 applies to mainland China only. */
function outOfChina({ latitude, longitude }: { latitude: number; longitude: number }): boolean {
  return longitude < 72.004 || longitude > 137.8347 || latitude < 0.8293 || latitude > 55.8271
}

function coordinates(position: UserPosition, type: CoordinateType): { latitude: number; longitude: number } {
  const point = { latitude: position.latitude, longitude: position.longitude }
  return type === 'gcj02' && !outOfChina(point) ? toCoordinateType('gcj02', point) : point
}

const round = (value: number, decimals: number): number => Math.round(value * 10 ** decimals) / 10 ** decimals

/** The position as onLocationChange and getLocation report it; `altitude` false leaves altitude and verticalAccuracy 0 (rule LOCATION-TYPE-ALTITUDE). */
export function locationAt(position: UserPosition, type: CoordinateType, altitude: boolean): LocationData {
  const { latitude, longitude } = coordinates(position, type)
  const accuracy = position.accuracy ?? 30
  return {
    latitude: round(latitude, 6),
    longitude: round(longitude, 6),
    speed: position.speed ?? 0,
    accuracy,
    altitude: altitude ? position.altitude ?? 0 : 0,
    verticalAccuracy: altitude ? position.verticalAccuracy ?? 0 : 0,
    horizontalAccuracy: accuracy,
  }
}

/** Fuzzy location: good to about a kilometre, two decimals. */
export function fuzzyLocationAt(position: UserPosition, type: CoordinateType): FuzzyLocationData {
  const { latitude, longitude } = coordinates(position, type)
  return { latitude: round(latitude, 2), longitude: round(longitude, 2) }
}
