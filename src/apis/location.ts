/** Location APIs (§1 scope.userLocation / userFuzzyLocation / userLocationBackground; §2.7 pickers). */
import type { ApiRow } from './define'
import type { Call } from '../pipeline'

const coordinateType = (call: Call): 'wgs84' | 'gcj02' => (call.options.type === 'gcj02' ? 'gcj02' : 'wgs84')

export const LOCATION_ROWS: readonly ApiRow[] = [
  {
    name: 'getLocation',
    promise: true,
    params: {
      type: { type: 'String' },
      altitude: { type: 'Boolean' },
      isHighAccuracy: { type: 'Boolean' },
      highAccuracyExpireTime: { type: 'Number' },
    },
    result: (call) => call.engine.data.location(coordinateType(call), call.options.altitude === true),
  },
  {
    name: 'getFuzzyLocation',
    promise: false, // "以 Promise 风格 调用：不支持" (§1, §8.2)
    params: { type: { type: 'String' } },
    result: (call) => call.engine.data.fuzzyLocation(coordinateType(call)),
  },
  { name: 'startLocationUpdate', promise: true, result: () => undefined },
  { name: 'startLocationUpdateBackground', promise: true, result: () => undefined },
  { name: 'stopLocationUpdate', promise: true, result: () => undefined },
  {
    // No scope since 2022-06-13 (§1): the map page opens; the user picks a place or closes it.
    name: 'chooseLocation',
    promise: true,
    params: { latitude: { type: 'Number' }, longitude: { type: 'Number' } },
    picker: true,
    result: (call) => call.engine.data.chosenLocation(),
  },
  { name: 'choosePoi', promise: true, picker: true, result: (call) => call.engine.data.poi() },
]
