/**
 * wx.cloud: `init` only records its call (there is no cloud to connect to); callFunction and the rest are
 * answered by handlers (`'cloud.callFunction': ({ name, data }) => ({ result })`). Rule: CLOUD-INIT-NOOP.
 */
import type { WechatApi } from './record'

export const CLOUD_APIS: readonly WechatApi[] = [{ name: 'cloud.init', sync: () => undefined }]
