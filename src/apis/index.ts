/** Every modelled API, compiled once at import. */
import { compile, ok, type ApiDefinition, type CompiledApi } from '../pipeline'
import { authorize, getSetting, openSetting } from './authorize-settings'
import { GATED_ROWS, gatedApi } from './gated'
import { showModal, showToast } from './interaction'

const stopRecord: ApiDefinition = { name: 'stopRecord', promise: false, steps: [() => ok()] }

const DEFINITIONS: readonly ApiDefinition[] = [
  authorize,
  getSetting,
  openSetting,
  showModal,
  showToast,
  stopRecord,
  ...GATED_ROWS.map(gatedApi),
]

export const MODELLED_APIS: ReadonlyMap<string, CompiledApi> = new Map(DEFINITIONS.map((def) => [def.name, compile(def)]))
