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
  'previewImage', 'previewMedia', 'getImageInfo', 'compressImage', 'saveFile', 'canvasToTempFilePath', 'showShareImageMenu',
  'setClipboardData', 'makePhoneCall', 'openLocation',
]
/** The everyday families' asynchronous APIs, written from the typings (PromisifySuccessResult: all of them but getSystemInfoAsync). */
const EVERYDAY = [
  'setStorage', 'getStorage', 'removeStorage', 'clearStorage', 'getStorageInfo', 'batchSetStorage', 'batchGetStorage',
  'showToast', 'hideToast', 'showLoading', 'hideLoading', 'setNavigationBarTitle', 'setNavigationBarColor',
  'showNavigationBarLoading', 'hideNavigationBarLoading', 'setTabBarBadge', 'removeTabBarBadge', 'showTabBarRedDot',
  'hideTabBarRedDot', 'showTabBar', 'hideTabBar', 'startPullDownRefresh', 'stopPullDownRefresh', 'pageScrollTo',
  'vibrateShort', 'vibrateLong', 'getSystemInfo', 'getNetworkType', 'login', 'checkSession',
]
/** getSystemInfoAsync: "以 Promise 风格 调用：不支持" (tested with the system-info readers). */
const EVERYDAY_NO_PROMISE = ['getSystemInfoAsync']
const NO_PROMISE = ['requirePrivacyAuthorize', 'getPrivacySetting', 'openPrivacyContract', 'getFuzzyLocation', 'startRecord']
const ROUTES = ['navigateTo', 'redirectTo', 'switchTab', 'reLaunch', 'navigateBack']
/** They return their task, never a promise: request is excluded from the promise support. */
const TASKS = ['request', 'downloadFile', 'uploadFile']
/** The socket APIs: connectSocket returns its SocketTask; the old global send and close are typed promise-capable. */
const SOCKETS = ['connectSocket', 'sendSocketMessage', 'closeSocket']

// rule: SOCKET-RETURNS-TASK, PROMISE-FROM-TYPINGS
it('wx.connectSocket returns its SocketTask; wx.sendSocketMessage and wx.closeSocket return a promise without callbacks', async () => {
  const fake = fresh()
  const task = fake.wx.connectSocket!({ url: 'wss://a.example/s', fail: () => {} }) as { send?: unknown }
  expect(task).not.toBeInstanceOf(Promise)
  expect(typeof task.send).toBe('function')
  for (const api of ['sendSocketMessage', 'closeSocket']) {
    const returned = fake.wx[api]!({ data: 'x' })
    expect(returned).toBeInstanceOf(Promise)
    await expect(returned).rejects.toEqual({ errMsg: `${api}:fail WebSocket is not connected` })
  }
  fake.reset()
})

// rule: REQUEST-RETURNS-TASK
it.each(TASKS)('wx.%s returns its task, with abort(), whether or not callbacks are given', async (api) => {
  const fake = fresh()
  fake.use({ 'GET https://a.example/x': () => ({}), 'POST https://a.example/x': () => ({}) })
  for (const callbacks of [{}, { fail: () => {} }]) {
    const returned = fake.wx[api]!({ url: 'https://a.example/x', filePath: 'http://usr/a', name: 'f', ...callbacks }) as { abort?: unknown }
    expect(returned).not.toBeInstanceOf(Promise)
    expect(typeof returned.abort).toBe('function')
  }
  await fake.settled()
})

// rule: PROMISE-IFF-NO-CALLBACK, PROMISE-SUPPORTED-APIS, PROMISE-MEDIA-APIS, SYSTEM-OPEN-APP-AUTHORIZE
it.each(PROMISE)('wx.%s returns a promise without callbacks', async (api) => {
  const fake = fresh({ onUnscriptedPrompt: 'deny', tapRule: false })
  const returned = fake.wx[api]!({})
  expect(returned).toBeInstanceOf(Promise)
  await (returned as Promise<unknown>).catch(() => undefined)
})

// rule: STORAGE-PROMISE, UI-PROMISE, SYSTEM-INFO-PROMISE, LOGIN-PROMISE
it.each(EVERYDAY)('wx.%s returns a promise without callbacks, undefined with one', async (api) => {
  const fake = fresh()
  const returned = fake.wx[api]!({})
  expect(returned).toBeInstanceOf(Promise)
  await (returned as Promise<unknown>).catch(() => undefined)
  expect(fake.wx[api]!({ complete: () => undefined })).toBeUndefined()
})

// rule: PROMISE-EXCLUDED-APIS
it.each(NO_PROMISE)('wx.%s returns undefined: "以 Promise 风格 调用：不支持"', async (api) => {
  const fake = fresh({ onUnscriptedPrompt: 'deny' })
  expect(fake.wx[api]!({})).toBeUndefined()
  await fake.settled()
  expect(fake.log.results(api)).toHaveLength(1)
})

// rule: NAV-PROMISE
it.each(ROUTES)('wx.%s returns a promise without callbacks', async (api) => {
  const fake = fresh()
  const returned = fake.wx[api]!({})
  expect(returned).toBeInstanceOf(Promise)
  await expect(returned).rejects.toMatchObject({ errMsg: expect.stringMatching(new RegExp(`^${api}:fail`)) })
})

it('every modelled API is in one of the lists', () => {
  const listed = new Set([...PROMISE, ...NO_PROMISE, ...ROUTES, ...TASKS, ...SOCKETS])
  const rest = modelledGlobalApis().filter((api) => !listed.has(api) && wechatTables().record(api)!.sync === undefined)
  // Not in the permission list of rule PROMISE-SUPPORTED-APIS; their promise support follows TYP (stopRecord has none, like
  // startRecord), and the everyday families' is tested with them (rules STORAGE-PROMISE, UI-PROMISE).
  expect(rest.filter((api) => !EVERYDAY.includes(api) && !EVERYDAY_NO_PROMISE.includes(api)).sort()).toEqual(['closeBluetoothAdapter', 'showActionSheet', 'showModal', 'stopLocationUpdate', 'stopRecord'])
  expect(rest.filter((api) => EVERYDAY.includes(api)).sort()).toEqual([...EVERYDAY].sort())
})

it('the picker APIs are the ones that open a page the user may close', () => {
  expect([...wechatTables().pickers].sort()).toEqual([
    'chooseAddress', 'chooseImage', 'chooseInvoice', 'chooseInvoiceTitle', 'chooseLocation', 'chooseMedia', 'chooseMessageFile', 'choosePoi', 'chooseVideo', 'makePhoneCall', 'scanCode', 'showShareImageMenu',
  ])
  for (const api of wechatTables().pickers) expect(modelledGlobalApis()).toContain(api)
})
