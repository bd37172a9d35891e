/** System and app information from the platform's device, under the `system` option (rules SYSTEM-*, APP-LAUNCH-OPTIONS). */
import { fakeWx, launch } from 'fake-wx'
import { printTimeline } from 'fake-wx/serializer'
import { callWithCallbacks, fresh, messageOf } from '../../support/fixtures'
import { appRoot } from '../../support/mini-program'

/** What each platform's device reports, written from the rules' sources (the iPhone 6/7/8 of the tools, an iPhone 13, a Redmi K60). */
const WINDOWS = {
  devtools: {
    pixelRatio: 2,
    screenWidth: 375,
    screenHeight: 667,
    windowWidth: 375,
    windowHeight: 603,
    statusBarHeight: 20,
    safeArea: { left: 0, top: 20, right: 375, bottom: 667, width: 375, height: 647 },
    screenTop: 0,
  },
  ios: {
    pixelRatio: 3,
    screenWidth: 390,
    screenHeight: 844,
    windowWidth: 390,
    windowHeight: 753,
    statusBarHeight: 47,
    safeArea: { left: 0, top: 47, right: 390, bottom: 810, width: 390, height: 763 },
    screenTop: 0,
  },
  android: {
    pixelRatio: 2.75,
    screenWidth: 393,
    screenHeight: 873,
    windowWidth: 393,
    windowHeight: 792,
    statusBarHeight: 33,
    safeArea: { left: 0, top: 33, right: 393, bottom: 873, width: 393, height: 840 },
    screenTop: 0,
  },
} as const

describe('the window', () => {
  // rule: SYSTEM-INFO-PROFILE, SYSTEM-WINDOW-INFO, SYSTEM-WINDOW-HEIGHT
  it.each(Object.entries(WINDOWS))('on %s: the device’s screen, a page under the status and navigation bars', (platform, window) => {
    expect(fresh({ platform: platform as keyof typeof WINDOWS }).wx.getWindowInfo!()).toEqual(window)
  })

  // rule: SYSTEM-WINDOW-INFO
  it('the system option sets any field; the window follows the screen and the status bar unless given', () => {
    const fake = fresh({ system: { screenWidth: 414, screenHeight: 896, statusBarHeight: 44 } })
    expect(fake.wx.getWindowInfo!()).toEqual({
      pixelRatio: 2,
      screenWidth: 414,
      screenHeight: 896,
      windowWidth: 414,
      windowHeight: 808,
      statusBarHeight: 44,
      safeArea: { left: 0, top: 44, right: 414, bottom: 896, width: 414, height: 852 },
      screenTop: 0,
    })
    const safeArea = { left: 0, top: 44, right: 414, bottom: 862, width: 414, height: 818 }
    fake.configure({ system: { windowWidth: 400, windowHeight: 700, pixelRatio: 3, screenTop: 10, safeArea } })
    expect(fake.wx.getWindowInfo!()).toEqual({ ...WINDOWS.devtools, windowWidth: 400, windowHeight: 700, pixelRatio: 3, screenTop: 10, safeArea })
  })
})

describe('the device', () => {
  // rule: SYSTEM-INFO-PROFILE, SYSTEM-DEVICE-INFO, SYSTEM-DEVICE-ANDROID-ONLY
  it.each([
    ['devtools', { brand: 'devtools', model: 'iPhone 6/7/8', system: 'iOS 10.0.1', platform: 'devtools', memorySize: '2048' }],
    ['ios', { brand: 'iPhone', model: 'iPhone 13<iPhone14,5>', system: 'iOS 17.5.1', platform: 'ios', memorySize: '4096' }],
    [
      'android',
      {
        brand: 'Xiaomi',
        model: '23013RK75C',
        system: 'Android 14',
        platform: 'android',
        memorySize: '12288',
        abi: 'arm64-v8a',
        deviceAbi: 'arm64-v8a',
        benchmarkLevel: 30,
        cpuType: 'Qualcomm Technologies, Inc SM8475',
      },
    ],
    ['windows', { brand: 'microsoft', model: 'microsoft', system: 'Windows 10 x64', platform: 'windows', memorySize: '16384' }],
    ['mac', { brand: 'apple', model: 'MacBookPro18,3', system: 'macOS 14.5', platform: 'mac', memorySize: '16384' }],
  ] as const)('on %s', (platform, info) => {
    expect(fresh({ platform }).wx.getDeviceInfo!()).toEqual(info)
  })

  // rule: SYSTEM-DEVICE-INFO, SYSTEM-DEVICE-ANDROID-ONLY
  it('the system option sets the brand, model and OS; the Android-only fields appear elsewhere only when given', () => {
    const fake = fresh({ platform: 'ios', system: { brand: 'iPhone', model: 'iPhone 15 Pro<iPhone16,1>', system: 'iOS 18.0', memorySize: '8192', benchmarkLevel: 50 } })
    expect(fake.wx.getDeviceInfo!()).toEqual({ brand: 'iPhone', model: 'iPhone 15 Pro<iPhone16,1>', system: 'iOS 18.0', platform: 'ios', memorySize: '8192', benchmarkLevel: 50 })
    fake.configure({ platform: 'android', system: { cpuType: 'MediaTek' } })
    expect(fake.wx.getDeviceInfo!()).toEqual(expect.objectContaining({ cpuType: 'MediaTek', abi: 'arm64-v8a', benchmarkLevel: 30 }))
  })
})

describe('the app', () => {
  // rule: VERSION-DEFAULTS
  it("reports the baseLibrary option as SDKVersion, unless system.SDKVersion says otherwise", () => {
    expect(fresh({ baseLibrary: '2.32.3' }).wx.getAppBaseInfo!()).toMatchObject({ SDKVersion: '2.32.3' })
    expect(fresh({ baseLibrary: '2.32.3', system: { SDKVersion: '3.0.0' } }).wx.getAppBaseInfo!()).toMatchObject({ SDKVersion: '3.0.0' })
  })

  // rule: SYSTEM-INFO-PROFILE, SYSTEM-APP-BASE-INFO
  it('reports the base library, WeChat’s version and language, the font size and the debug switch', () => {
    expect(fresh().wx.getAppBaseInfo!()).toEqual({
      SDKVersion: '3.15.1',
      enableDebug: false,
      host: { env: 'WeChat' },
      language: 'zh_CN',
      version: '8.0.5',
      fontSizeSetting: 16,
      fontSizeScaleFactor: 1,
    })
    expect(fresh({ platform: 'ios' }).wx.getAppBaseInfo!()).toEqual(expect.objectContaining({ version: '8.0.50', fontSizeSetting: 17 }))
    const configured = fresh({ system: { SDKVersion: '2.32.3', language: 'en', enableDebug: true, fontSizeSetting: 20, fontSizeScaleFactor: 1.25, version: '8.0.40' } })
    expect(configured.wx.getAppBaseInfo!()).toEqual({
      SDKVersion: '2.32.3',
      enableDebug: true,
      host: { env: 'WeChat' },
      language: 'en',
      version: '8.0.40',
      fontSizeSetting: 20,
      fontSizeScaleFactor: 1.25,
    })
  })

  // rule: SYSTEM-THEME-DARKMODE
  it('reports the theme only when app.json sets darkmode', () => {
    expect(fresh({ system: { theme: 'dark' } }).wx.getAppBaseInfo!()).not.toHaveProperty('theme')
    expect(fresh({ appJson: { darkmode: true } }).wx.getAppBaseInfo!()).toEqual(expect.objectContaining({ theme: 'light' }))
    expect(fresh({ appJson: { darkmode: true }, system: { theme: 'dark' } }).wx.getAppBaseInfo!()).toEqual(expect.objectContaining({ theme: 'dark' }))
    expect(fresh({ appJson: { darkmode: true }, system: { theme: 'dark' } }).wx.getSystemInfoSync!()).toEqual(expect.objectContaining({ theme: 'dark' }))
  })
})

describe('the menu button', () => {
  // rule: SYSTEM-MENU-BUTTON, SYSTEM-MENU-BUTTON-SIZE
  it.each([
    ['devtools', { left: 281, top: 24, right: 368, bottom: 56, width: 87, height: 32 }],
    ['ios', { left: 296, top: 51, right: 383, bottom: 83, width: 87, height: 32 }],
    ['android', { left: 299, top: 41, right: 386, bottom: 73, width: 87, height: 32 }],
  ] as const)('on %s: 87 × 32, 7 px from the right, just below the status bar', (platform, rect) => {
    expect(fresh({ platform }).wx.getMenuButtonBoundingClientRect!()).toEqual(rect)
  })

  // rule: SYSTEM-MENU-BUTTON
  it('follows the screen width and the status bar, or is given whole', () => {
    expect(fresh({ system: { screenWidth: 414, statusBarHeight: 44 } }).wx.getMenuButtonBoundingClientRect!()).toEqual({
      left: 320,
      top: 48,
      right: 407,
      bottom: 80,
      width: 87,
      height: 32,
    })
    const menuButton = { left: 1, top: 2, right: 3, bottom: 4, width: 2, height: 2 }
    expect(fresh({ system: { menuButton } }).wx.getMenuButtonBoundingClientRect!()).toEqual(menuButton)
  })
})

describe('getSystemInfo', () => {
  // rule: SYSTEM-INFO-UNION
  it('is the device, the window, the app and the OS settings together', () => {
    const info = fresh({ platform: 'ios', system: { locationEnabled: false, cameraAuthorized: 'denied' } }).wx.getSystemInfoSync!()
    expect(info).toEqual({
      brand: 'iPhone',
      model: 'iPhone 13<iPhone14,5>',
      system: 'iOS 17.5.1',
      platform: 'ios',
      ...WINDOWS.ios,
      SDKVersion: '3.15.1',
      enableDebug: false,
      host: { env: 'WeChat' },
      language: 'zh_CN',
      version: '8.0.50',
      fontSizeSetting: 17,
      bluetoothEnabled: true,
      locationEnabled: false,
      wifiEnabled: true,
      deviceOrientation: 'portrait',
      albumAuthorized: 'authorized',
      bluetoothAuthorized: 'authorized',
      cameraAuthorized: 'denied',
      locationAuthorized: 'authorized',
      locationReducedAccuracy: false,
      microphoneAuthorized: 'authorized',
      notificationAuthorized: 'authorized',
      notificationAlertAuthorized: 'authorized',
      notificationBadgeAuthorized: 'authorized',
      notificationSoundAuthorized: 'authorized',
      phoneCalendarAuthorized: 'authorized',
    })
  })

  // rule: SYSTEM-INFO-PROMISE
  it('getSystemInfo gives the same in either style; getSystemInfoAsync has callbacks only', async () => {
    const fake = fresh({ platform: 'android' })
    const sync = fake.wx.getSystemInfoSync!()
    await expect(fake.wx.getSystemInfo!()).resolves.toEqual({ ...sync, errMsg: 'getSystemInfo:ok' })
    expect(fake.wx.getSystemInfoAsync!({})).toBeUndefined()
    const { events } = callWithCallbacks(fake, 'getSystemInfoAsync')
    await fake.settled()
    expect(events).toEqual([
      ['success', { ...sync, errMsg: 'getSystemInfoAsync:ok' }],
      ['complete', { ...sync, errMsg: 'getSystemInfoAsync:ok' }],
    ])
  })

  it('every reader returns a fresh object: changing one changes nothing', () => {
    const fake = fresh()
    const window = fake.wx.getWindowInfo!() as { safeArea: { top: number } }
    window.safeArea.top = 0
    const launch = fake.wx.getLaunchOptionsSync!() as { query: Record<string, string> }
    launch.query.id = '1'
    const account = fake.wx.getAccountInfoSync!() as { miniProgram: { appId: string } }
    account.miniProgram.appId = 'changed'
    expect([fake.wx.getWindowInfo!(), fake.wx.getLaunchOptionsSync!(), fake.wx.getAccountInfoSync!()]).toEqual([
      WINDOWS.devtools,
      expect.objectContaining({ query: {} }),
      { miniProgram: { appId: 'touristappid', envVersion: 'develop', version: '' } },
    ])
  })
})

describe('the account, the network, the launch', () => {
  // rule: SYSTEM-ACCOUNT-INFO
  it('getAccountInfoSync: a develop build of the tools’ tourist app, or what the system option says', () => {
    expect(fresh().wx.getAccountInfoSync!()).toEqual({ miniProgram: { appId: 'touristappid', envVersion: 'develop', version: '' } })
    expect(fresh({ system: { miniProgram: { appId: 'wx1234567890abcdef', envVersion: 'release', version: '1.2.0' } } }).wx.getAccountInfoSync!()).toEqual({
      miniProgram: { appId: 'wx1234567890abcdef', envVersion: 'release', version: '1.2.0' },
    })
    expect(fresh({ system: { miniProgram: { envVersion: 'trial' } } }).wx.getAccountInfoSync!()).toEqual({
      miniProgram: { appId: 'touristappid', envVersion: 'trial', version: '' },
    })
  })

  // rule: SYSTEM-NETWORK-TYPE
  it('getNetworkType: wifi unless the system option says otherwise', async () => {
    await expect(fresh().wx.getNetworkType!()).resolves.toEqual({ errMsg: 'getNetworkType:ok', networkType: 'wifi', signalStrength: 0, hasSystemProxy: false, weakNet: false })
    await expect(fresh({ system: { networkType: 'none' } }).wx.getNetworkType!()).resolves.toEqual(expect.objectContaining({ networkType: 'none' }))
    await expect(fresh({ system: { networkType: '4g', signalStrength: -90 } }).wx.getNetworkType!()).resolves.toEqual(
      expect.objectContaining({ networkType: '4g', signalStrength: -90 }),
    )
  })

  // rule: APP-LAUNCH-OPTIONS
  it('getLaunchOptionsSync and getEnterOptionsSync: scene 1001 on app.json’s first page, or what launchOptions says', () => {
    const defaults = { path: 'pages/index/index', scene: 1001, query: {}, referrerInfo: {}, apiCategory: 'default' }
    expect(fresh().wx.getLaunchOptionsSync!()).toEqual(defaults)
    expect(fresh().wx.getEnterOptionsSync!()).toEqual(defaults)
    expect(fresh({ appJson: { pages: ['pages/shop/shop', 'pages/me/me'] } }).wx.getLaunchOptionsSync!()).toEqual({ ...defaults, path: 'pages/shop/shop' })
    expect(fresh({ appJson: { pages: [] } }).wx.getLaunchOptionsSync!()).toEqual(defaults)
    expect(fresh({ launchOptions: { scene: 1047 } }).wx.getLaunchOptionsSync!()).toEqual({ ...defaults, scene: 1047 })
    const shared = {
      path: 'pages/detail/detail',
      scene: 1044,
      query: { id: '42' },
      referrerInfo: { appId: 'wxabc', extraData: { from: 'group' } },
      shareTicket: 'ticket-1',
      chatType: 2,
      apiCategory: 'browseOnly',
    } as const
    const fake = fresh({ launchOptions: shared })
    expect(fake.wx.getLaunchOptionsSync!()).toEqual(shared)
    expect(fake.wx.getEnterOptionsSync!()).toEqual(shared)
    fake.reset()
    expect(fake.wx.getEnterOptionsSync!()).toEqual(shared)
  })

  // rule: APP-LAUNCH-OPTIONS
  it('with a launched app: the launch’s options, and getEnterOptionsSync those of the latest show', async () => {
    fakeWx.configure({ launchOptions: { scene: 1047 } })
    const mp = await launch({ root: appRoot('routes'), launchOptions: { path: 'pages/b/b', query: { id: '7' }, scene: 1011 } })
    const launched = { path: 'pages/b/b', query: { id: '7' }, scene: 1011, referrerInfo: {}, apiCategory: 'default' }
    expect(wx.getLaunchOptionsSync()).toEqual(launched)
    expect(wx.getEnterOptionsSync()).toEqual(launched)
    await mp.hide()
    await mp.show({ scene: 1007 })
    expect(wx.getEnterOptionsSync()).toEqual(expect.objectContaining({ scene: 1007 }))
    expect(wx.getLaunchOptionsSync()).toEqual(launched)
  })

  it('the launchOptions option checks its fields', () => {
    expect(messageOf(() => fresh({ launchOptions: { secne: 1001 } as never }))).toBe(
      "[fake-wx] options.launchOptions: unknown field 'secne'. Did you mean 'scene'? Fields: path, scene, query, referrerInfo, shareTicket, chatType, apiCategory.",
    )
  })
})

describe('the log', () => {
  it('each reader is a call whose return is in the timeline', async () => {
    const fake = fresh()
    fake.wx.getMenuButtonBoundingClientRect!()
    await fake.wx.getNetworkType!()
    expect(printTimeline(fake.log).split('\n')).toEqual([
      '#1 wx.getMenuButtonBoundingClientRect()',
      '  return { left: 281, top: 24, right: 368, bottom: 56, width: 87, height: 32 }',
      '#2 wx.getNetworkType()',
      '  resolve {',
      "    networkType: 'wifi',",
      '    signalStrength: 0,',
      '    hasSystemProxy: false,',
      '    weakNet: false,',
      "    errMsg: 'getNetworkType:ok',",
      '  }',
    ])
  })
})
