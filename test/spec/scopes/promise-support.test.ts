/** which permission-related APIs return a promise when called without callbacks. */
import { fresh } from '../../support/fixtures'
import { modelledGlobalApis, wechatTables } from '../../support/records'

const PROMISE = [
  'authorize', 'getSetting', 'openSetting',
  'getLocation', 'chooseLocation', 'choosePoi', 'startLocationUpdate', 'startLocationUpdateBackground',
  'getUserProfile', 'getUserInfo', 'requestSubscribeMessage', 'openAppAuthorizeSetting',
  'saveImageToPhotosAlbum', 'saveVideoToPhotosAlbum', 'openBluetoothAdapter', 'createBLEPeripheralServer',
  'addPhoneContact', 'addPhoneCalendar', 'addPhoneRepeatCalendar', 'getWeRunData', 'joinVoIPChat',
  'chooseAddress', 'chooseInvoice', 'chooseInvoiceTitle', 'getClipboardData', 'chooseMedia',
  // The media pickers (rule PROMISE-MEDIA-APIS).
  'chooseImage', 'chooseVideo', 'chooseMessageFile', 'scanCode',
]
const NO_PROMISE = ['requirePrivacyAuthorize', 'getPrivacySetting', 'openPrivacyContract', 'getFuzzyLocation', 'startRecord']

// rule: PROMISE-IFF-NO-CALLBACK, PROMISE-SUPPORTED-APIS, PROMISE-MEDIA-APIS, SYSTEM-OPEN-APP-AUTHORIZE
it.each(PROMISE)('wx.%s returns a promise without callbacks', async (api) => {
  const fake = fresh({ onUnscriptedPrompt: 'deny', tapRule: false })
  const returned = fake.wx[api]!({})
  expect(returned).toBeInstanceOf(Promise)
  await (returned as Promise<unknown>).catch(() => undefined)
})

// rule: PROMISE-EXCLUDED-APIS
it.each(NO_PROMISE)('wx.%s returns undefined: "以 Promise 风格 调用：不支持"', async (api) => {
  const fake = fresh({ onUnscriptedPrompt: 'deny' })
  expect(fake.wx[api]!({})).toBeUndefined()
  await fake.settled()
  expect(fake.log.results(api)).toHaveLength(1)
})

it('every modelled API is in one of the two lists', () => {
  const listed = new Set([...PROMISE, ...NO_PROMISE])
  const rest = modelledGlobalApis().filter((api) => !listed.has(api) && wechatTables().record(api)!.sync === undefined)
  // Not in the permission list of rule PROMISE-SUPPORTED-APIS; their promise support follows TYP (stopRecord has none, like startRecord).
  expect(rest.sort()).toEqual(['closeBluetoothAdapter', 'showActionSheet', 'showModal', 'showToast', 'stopLocationUpdate', 'stopRecord'])
})

it('the picker APIs are the ones that open a page the user may close', () => {
  expect([...wechatTables().pickers].sort()).toEqual([
    'chooseAddress', 'chooseImage', 'chooseInvoice', 'chooseInvoiceTitle', 'chooseLocation', 'chooseMedia', 'chooseMessageFile', 'choosePoi', 'chooseVideo', 'scanCode',
  ])
  for (const api of wechatTables().pickers) expect(modelledGlobalApis()).toContain(api)
})
