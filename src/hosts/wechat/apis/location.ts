/** Location APIs: the three location scopes, the map pickers (no scope since 2022-06-13). Rules: SCOPE-TABLE, SCOPE-LOCATION-PICKERS-FREE, APPJSON-PRIVATE-INFOS-VALUES, PROMISE-EXCLUDED-APIS. */
import type { Call } from '../../../api-record'
import type { WechatApi } from './record'

const coordinateType = (call: Call): 'wgs84' | 'gcj02' => (call.options.type === 'gcj02' ? 'gcj02' : 'wgs84')

// getFuzzyLocation first: the order app.json messages list the declarable values in.
export const LOCATION_APIS: readonly WechatApi[] = [
  {
    name: 'getFuzzyLocation',
    promise: false, // "以 Promise 风格 调用：不支持"
    scopes: ['scope.userFuzzyLocation'],
    privacy: true,
    privateInfo: 'fuzzy',
    params: { type: { type: 'String' } },
    result: (call) => call.engine.data.fuzzyLocation(coordinateType(call)),
  },
  {
    name: 'getLocation',
    promise: true,
    scopes: ['scope.userLocation'],
    privacy: true,
    privateInfo: 'precise',
    params: {
      type: { type: 'String' },
      altitude: { type: 'Boolean' },
      isHighAccuracy: { type: 'Boolean' },
      highAccuracyExpireTime: { type: 'Number' },
    },
    example: { type: 'gcj02' },
    result: (call) => call.engine.data.location(coordinateType(call), call.options.altitude === true),
  },
  // Declarable in requiredPrivateInfos; the event itself is not modelled.
  { name: 'onLocationChange', privateInfo: 'precise' },
  { name: 'startLocationUpdate', promise: true, scopes: ['scope.userLocation'], privacy: true, privateInfo: 'precise', result: () => undefined },
  {
    name: 'startLocationUpdateBackground',
    promise: true,
    scopes: ['scope.userLocationBackground'],
    privacy: true,
    privateInfo: 'precise',
    backgroundMode: 'location',
    result: () => undefined,
  },
  { name: 'stopLocationUpdate', promise: true, result: () => undefined },
  {
    // No scope since 2022-06-13: the map page opens; the user picks a place or closes it.
    name: 'chooseLocation',
    promise: true,
    privacy: true,
    privateInfo: 'other',
    params: { latitude: { type: 'Number' }, longitude: { type: 'Number' } },
    picker: true,
    result: (call) => call.engine.data.chosenLocation(),
  },
  { name: 'choosePoi', promise: true, privacy: true, privateInfo: 'other', picker: true, result: (call) => call.engine.data.poi() },
]
