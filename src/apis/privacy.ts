/** wx.getPrivacySetting, wx.requirePrivacyAuthorize, wx.openPrivacyContract (§7.3-§7.5): no promise style. */
import { checkPrivacy } from '../gates/privacy'
import { ok, type ApiDefinition } from '../pipeline'

const DEFAULT_CONTRACT_NAME = '《小程序隐私保护指引》'

export const getPrivacySetting: ApiDefinition = {
  name: 'getPrivacySetting',
  promise: false,
  steps: [
    (call) =>
      ok({
        needAuthorization: call.engine.privacy.needAuthorization,
        privacyContractName: call.engine.options.privacy.privacyContractName ?? DEFAULT_CONTRACT_NAME,
      }),
  ],
}

/** Simulates a privacy API call: success at once when agreed, else the listener or the popup (§7.5). */
export const requirePrivacyAuthorize: ApiDefinition = { name: 'requirePrivacyAuthorize', promise: false, steps: [checkPrivacy] }

export const openPrivacyContract: ApiDefinition = { name: 'openPrivacyContract', promise: false, steps: [() => ok()] }
