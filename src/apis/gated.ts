/**
 * The APIs a scope gates. Each row is data: its name, promise support (§8.2), option checks and result;
 * the scope comes from THE scope table, and every row runs the same gates in the same order.
 */
import { checkScope } from '../gates/scope-gate'
import type { ParamSpec } from '../params'
import { ok, type ApiDefinition, type Call, type Step } from '../pipeline'
import { scopeOfApi } from '../scopes'

export interface GatedRow {
  readonly name: string
  readonly promise: boolean
  readonly params?: ParamSpec
  /** The success data (without errMsg), built once every gate has passed. */
  readonly result: (call: Call) => object | undefined
}

export function gatedApi(row: GatedRow): ApiDefinition {
  const scope = scopeOfApi(row.name)
  if (scope === undefined) throw new Error(`fake-wx: ${row.name} is not in the scope table`)
  const scopeStep: Step = (call) => checkScope(call, scope, false)
  const resultStep: Step = (call) => ok(row.result(call))
  const def: ApiDefinition = { name: row.name, promise: row.promise, steps: [scopeStep, resultStep] }
  return row.params === undefined ? def : { ...def, params: row.params }
}

const coordinateType = (call: Call): 'wgs84' | 'gcj02' => (call.options.type === 'gcj02' ? 'gcj02' : 'wgs84')

export const GATED_ROWS: readonly GatedRow[] = [
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
    name: 'saveImageToPhotosAlbum',
    promise: true,
    params: { filePath: { type: 'String', required: true } },
    result: () => undefined,
  },
  {
    name: 'saveVideoToPhotosAlbum',
    promise: true,
    params: { filePath: { type: 'String', required: true } },
    result: () => undefined,
  },
  {
    name: 'getWeRunData',
    promise: true,
    result: (call) => call.engine.data.weRun(),
  },
  {
    name: 'chooseAddress',
    promise: true,
    result: (call) => call.engine.data.address(),
  },
  {
    name: 'getUserInfo',
    promise: true,
    params: { withCredentials: { type: 'Boolean' }, lang: { type: 'String' } },
    // Since 2021-04-28 getUserInfo returns anonymous data without a popup (§5.4).
    result: (call) => call.engine.data.userInfoResult('anonymous'),
  },
  {
    // No promise style (§8.2). Recording stops with wx.stopRecord; the fake records nothing, so the
    // success arrives at once with a temp file (stopRecord is a no-op that succeeds).
    name: 'startRecord',
    promise: false,
    result: (call) => call.engine.data.record(),
  },
]
