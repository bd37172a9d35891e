/** What `user.isAt` accepts, checked when the test scripts it (the toolkit's core; ./position.ts loads with the family). */
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

