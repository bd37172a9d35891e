/**
 * The WeChat host: `wx`, its scopes, one record per API, and one profile per platform. Everything
 * WeChat-specific the core needs is reached from here.
 */
import type { Host } from '../host'
import { WX_API_NAMES } from './api-names'
import { WX_CALLBACK_APIS, WX_EVENTS, WX_NAMESPACES, WX_PROMISE_APIS } from './api-shapes'
import { authorize, getSetting, openSetting, openSettingButton } from './apis/authorize-settings'
import { canIUse } from './apis/can-i-use'
import { BUTTON_APIS } from './apis/buttons'
import { CLOUD_APIS } from './apis/cloud'
import { NETWORK_APIS } from './apis/network'
import { SOCKET_APIS } from './apis/socket'
import { registerHandlerKind } from '../../handlers/kinds'
import { mswKind } from '../../network/msw-kind'
import { routeKind } from '../../network/route-kind'
import { mswSocketKind } from '../../network/msw-socket-kind'
import { socketRouteKind } from '../../network/socket-route-kind'
import { DEVICE_APIS } from './apis/device'
import { FAMILIES } from './families'
import { showActionSheet, showModal } from './apis/interaction'
import { LOCATION_APIS } from './apis/location'
import { NAVIGATION_APIS } from './apis/navigation'
import { OPEN_DATA_APIS } from './apis/open-data'
import { PICKER_APIS } from './apis/pickers'
import { FILE_SYSTEM_APIS } from './apis/file-system'
import { MEDIA_APIS } from './apis/media'
import { DEVICE_MISC_APIS } from './apis/device-misc'
import { SELECTOR_QUERY_APIS } from './apis/selector-query'
import { getPrivacySetting, onNeedPrivacyAuthorization, openPrivacyContract, requirePrivacyAuthorize } from './apis/privacy'
import { RECORDER_APIS } from './apis/recorder'
import { requestSubscribeMessage } from './apis/subscribe'
import { SYSTEM_APIS } from './apis/system'
import { PROFILES, RECOGNISED_DENY_SPELLINGS, profileFor } from './profiles'
import { MINIGAME_ONLY_SCOPES, SCOPE_ROWS } from './scopes'

// wx.request, downloadFile and uploadFile answered by msw's handlers and by `'GET <url>'` route maps.
registerHandlerKind(routeKind)
registerHandlerKind(mswKind)
// wx.connectSocket answered by msw's ws.link handlers and by `'wss://<url>'` keys (asked before the route maps).
registerHandlerKind(socketRouteKind)
registerHandlerKind(mswSocketKind)

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
    showActionSheet,
    requestSubscribeMessage,
    getPrivacySetting,
    requirePrivacyAuthorize,
    openPrivacyContract,
    onNeedPrivacyAuthorization,
    canIUse,
    ...SYSTEM_APIS,
    ...LOCATION_APIS,
    ...DEVICE_APIS,
    ...OPEN_DATA_APIS,
    ...PICKER_APIS,
    ...MEDIA_APIS,
    ...FILE_SYSTEM_APIS,
    ...DEVICE_MISC_APIS,
    ...SELECTOR_QUERY_APIS,
    ...RECORDER_APIS,
    ...NAVIGATION_APIS,
    ...BUTTON_APIS,
    ...NETWORK_APIS,
    ...SOCKET_APIS,
    ...CLOUD_APIS,
  ],
  families: FAMILIES,
  apiNames: WX_API_NAMES,
  profiles: PROFILES,
  profileFor,
  // The developer tools: iOS's spellings and errno, and tap state kept across promises.
  defaultPlatform: 'devtools',
  recognisedDenySpellings: RECOGNISED_DENY_SPELLINGS,
  exampleScopes: ['scope.userLocation', 'scope.camera'],
  promiseApis: WX_PROMISE_APIS,
  callbackApis: WX_CALLBACK_APIS,
  events: WX_EVENTS,
  namespaces: WX_NAMESPACES,
  // The user directory of the file system, as the platform reports it (rule ENV-USER-DATA-PATH).
  dataNamespaces: { env: { USER_DATA_PATH: (profile) => profile.localFiles.userData } },
}

export { platforms, type Platform } from './profiles'
export { SCOPES, type Scope } from './scopes'
