/**
 * Location APIs: the three location scopes, the map pickers (no scope since 2022-06-13), and the user's
 * position (`user.isAt`) with the updates that follow it. Rules: SCOPE-TABLE, SCOPE-LOCATION-PICKERS-FREE,
 * APPJSON-PRIVATE-INFOS-VALUES, PROMISE-EXCLUDED-APIS, LOCATION-USER-IS-AT, LOCATION-UPDATES, LOCATION-UPDATE-GCJ02.
 */
import type { Call } from '../../../api-record'
import type { Engine } from '../../../engine'
import { eventFunction } from '../../../events'
import { media } from '../media/load'
import type { WechatApi } from './record'

const coordinateType = (call: Call): 'wgs84' | 'gcj02' => (call.options.type === 'gcj02' ? 'gcj02' : 'wgs84')

/** startLocationUpdate reports gcj02 unless asked for wgs84 (a staff reply; the type option came later). */
const updateType = (call: Call): 'wgs84' | 'gcj02' => (call.options.type === 'wgs84' ? 'wgs84' : 'gcj02')

/** Starts the updates, once the gates let the call through: the user's later moves reach the listeners. */
function started(call: Call): undefined {
  media().startUpdates(call.engine, updateType(call))
  return undefined
}

/**
 * The location events are modelled records (onLocationChange needs `requiredPrivateInfos`), kept in the
 * global's event listeners like every other on/off pair, so `fakeWx.emit('locationChange', ...)` reaches them too.
 */
function listen(engine: Engine, api: string, args: readonly unknown[]): undefined {
  const event = engine.host.eventOf(api)
  if (event === undefined) throw new Error(`fake-wx: the typings have no event for ${api}`)
  return eventFunction(event.shape, event.role)(engine, args)
}

// getFuzzyLocation first: the order app.json messages list the declarable values in.
export const LOCATION_APIS: readonly WechatApi[] = [
  {
    name: 'getFuzzyLocation',
    promise: false, // "以 Promise 风格 调用：不支持"
    scopes: ['scope.userFuzzyLocation'],
    privacy: true,
    privateInfo: 'fuzzy',
    params: { type: { type: 'String' } },
    result: (call) => {
      const { position } = call.engine.user
      return position === undefined ? call.engine.data.fuzzyLocation(coordinateType(call)) : media().fuzzyLocationAt(position, coordinateType(call))
    },
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
    result: (call) => {
      const { position } = call.engine.user
      const altitude = call.options.altitude === true
      return position === undefined ? call.engine.data.location(coordinateType(call), altitude) : media().locationAt(position, coordinateType(call), altitude)
    },
  },
  // Declarable in requiredPrivateInfos too.
  { name: 'onLocationChange', privateInfo: 'precise', sync: (engine, args) => listen(engine, 'onLocationChange', args) },
  { name: 'offLocationChange', sync: (engine, args) => listen(engine, 'offLocationChange', args) },
  // The fake's updates never fail once started: these listeners are kept, and never called.
  { name: 'onLocationChangeError', sync: (engine, args) => listen(engine, 'onLocationChangeError', args) },
  { name: 'offLocationChangeError', sync: (engine, args) => listen(engine, 'offLocationChangeError', args) },
  {
    name: 'startLocationUpdate',
    promise: true,
    scopes: ['scope.userLocation'],
    privacy: true,
    privateInfo: 'precise',
    params: { type: { type: 'String' } },
    result: started,
  },
  {
    name: 'startLocationUpdateBackground',
    promise: true,
    scopes: ['scope.userLocationBackground'],
    privacy: true,
    privateInfo: 'precise',
    backgroundMode: 'location',
    params: { type: { type: 'String' } },
    result: started,
  },
  {
    name: 'stopLocationUpdate',
    promise: true,
    result: (call) => {
      media().stopUpdates(call.engine)
      return undefined
    },
  },
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
