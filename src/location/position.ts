/**
 * Where the scripted user is (`user.isAt`, WGS-84), as getLocation, getFuzzyLocation and onLocationChange
 * report it: in GPS coordinates, or shifted to GCJ-02 as WeChat shifts them for `type: 'gcj02'` (rules
 * LOCATION-USER-IS-AT, LOCATION-GCJ02-ABROAD).
 */
import { toCoordinateType } from '../data/gcj02'
import type { CoordinateType, FuzzyLocationData, LocationData } from '../data/types'

import type { UserPosition } from './check-position'

export type { UserPosition }

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
