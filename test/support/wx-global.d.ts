// The global `wx` the presets install, as the matcher, serializer and preset specs use it. Mini-program
// projects type it with miniprogram-api-typings; this suite only names the APIs it calls.
import type { FakeWxApi, WxApiFunction } from 'fake-wx'

type UsedApis =
  | 'authorize'
  | 'getSetting'
  | 'openSetting'
  | 'getLocation'
  | 'getWeRunData'
  | 'saveImageToPhotosAlbum'
  | 'showModal'
  | 'showToast'
  | 'getUserInfo'

declare global {
  // eslint-disable-next-line no-var
  var wx: FakeWxApi & Readonly<Record<UsedApis, WxApiFunction>>
}

export {}
