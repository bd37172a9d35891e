/** wx.getPrivacySetting, wx.requirePrivacyAuthorize, wx.openPrivacyContract (no promise style), and the listener. Rules: PRIVACY-GET-SETTING, PRIVACY-REQUIRE-AUTHORIZE, PRIVACY-LISTENER-REPLACES. */
import { ok } from '../../../api-record'
import { FakeWxError } from '../../../errors'
import { checkPrivacy } from '../../../gates/privacy'
import type { PrivacyListener } from '../../../privacy-state'
import type { WechatApi } from './record'

const DEFAULT_CONTRACT_NAME = '《小程序隐私保护指引》'

const PRIVACY_OPTION = { by: 'the privacy option', write: 'createFakeWx({ privacy: { needAuthorization: true } }) or fakeWx.configure({ privacy: ... })' }
const PRIVACY_USER = { by: 'the scripted user', write: 'user.willAgreePrivacy() or user.willDisagreePrivacy() (and the privacy option)' }

export const getPrivacySetting: WechatApi = {
  name: 'getPrivacySetting',
  answeredBy: PRIVACY_OPTION,
  promise: false,
  steps: [
    (call) =>
      ok({
        needAuthorization: call.engine.privacy.pending,
        privacyContractName: call.engine.options.privacy.privacyContractName ?? DEFAULT_CONTRACT_NAME,
      }),
  ],
}

/** Simulates a privacy API call: success at once when agreed, else the listener or the popup. */
export const requirePrivacyAuthorize: WechatApi = { name: 'requirePrivacyAuthorize', answeredBy: PRIVACY_USER, promise: false, privacy: true, steps: [checkPrivacy] }

export const openPrivacyContract: WechatApi = { name: 'openPrivacyContract', promise: false, steps: [() => ok()] }

/** "覆盖式注册监听…只有最后一次注册会生效": the last listener registered is the one called. */
export const onNeedPrivacyAuthorization: WechatApi = {
  name: 'onNeedPrivacyAuthorization',
  answeredBy: PRIVACY_USER,
  sync: (engine, [listener]) => {
    if (typeof listener !== 'function') {
      throw new FakeWxError(`wx.onNeedPrivacyAuthorization expects a listener function (resolve, eventInfo) => void, got ${typeof listener}.`)
    }
    engine.privacy.listener = listener as PrivacyListener
    return undefined
  },
}
