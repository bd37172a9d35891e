/**
 * wx.cloud: `init` only records its call (there is no cloud to connect to); callFunction and the rest are
 * answered by handlers (`'cloud.callFunction': ({ name, data }) => ({ result })`), and a callFunction handler that
 * returns nothing means the function does not exist. Rules: CLOUD-INIT-NOOP, CLOUD-FUNCTION-NOT-FOUND.
 */
import { fail } from '../../../api-record'
import type { WechatApi } from './record'

export const CLOUD_APIS: readonly WechatApi[] = [
  { name: 'cloud.init', sync: () => undefined },
  // No model: with no handler at all the call stays loud ("not modelled").
  { name: 'cloud.callFunction', answerNothing: () => fail('cloud-function-not-found') },
]
