/**
 * The WeChat host: `wx`, its scopes, one record per API, and one profile per platform. Everything
 * WeChat-specific the core needs is reached from here.
 */
import type { Host } from '../host'
import { WX_API_NAMES } from './api-names'
import { authorize, getSetting, openSetting, openSettingButton } from './apis/authorize-settings'
import { BUTTON_APIS } from './apis/buttons'
import { DEVICE_APIS } from './apis/device'
import { showActionSheet, showModal, showToast } from './apis/interaction'
import { LOCATION_APIS } from './apis/location'
import { OPEN_DATA_APIS } from './apis/open-data'
import { PICKER_APIS } from './apis/pickers'
import { getPrivacySetting, onNeedPrivacyAuthorization, openPrivacyContract, requirePrivacyAuthorize } from './apis/privacy'
import { RECORDER_APIS } from './apis/recorder'
import { requestSubscribeMessage } from './apis/subscribe'
import { SYSTEM_APIS } from './apis/system'
import { PROFILES, RECOGNISED_DENY_SPELLINGS, profileFor } from './profiles'
import { MINIGAME_ONLY_SCOPES, SCOPE_ROWS } from './scopes'

export const wechat: Host = {
  globalName: 'wx',
  scopes: SCOPE_ROWS,
  otherScopes: MINIGAME_ONLY_SCOPES,
  apis: [
    authorize,
    getSetting,
    openSetting,
    openSettingButton,
    showModal,
    showToast,
    showActionSheet,
    requestSubscribeMessage,
    getPrivacySetting,
    requirePrivacyAuthorize,
    openPrivacyContract,
    onNeedPrivacyAuthorization,
    ...SYSTEM_APIS,
    ...LOCATION_APIS,
    ...DEVICE_APIS,
    ...OPEN_DATA_APIS,
    ...PICKER_APIS,
    ...RECORDER_APIS,
    ...BUTTON_APIS,
  ],
  apiNames: WX_API_NAMES,
  profiles: PROFILES,
  profileFor,
  // The developer tools: iOS's spellings and errno, and tap state kept across promises.
  defaultPlatform: 'devtools',
  recognisedDenySpellings: RECOGNISED_DENY_SPELLINGS,
  exampleScopes: ['scope.userLocation', 'scope.camera'],
}

export { platforms, type Platform } from './profiles'
export { SCOPES, type Scope } from './scopes'
