/** createFakeWx's options: the defaults, the exact message of each misspelt option or value, and what is copied. */
import { createFakeWx, type FakeWxOptions } from 'fake-wx'
import { messageOf } from '../../support/fixtures'

const create = (options: unknown) => () => createFakeWx(options as FakeWxOptions)

describe('the defaults', () => {
  it('createFakeWx() resolves every option to its documented default', () => {
    expect(createFakeWx().options).toEqual({
      platform: 'devtools',
      seed: 1,
      authSetting: {},
      onUnscriptedPrompt: 'error',
      tapRule: true,
      dismissal: 'unasked',
      legacyErrMsg: false,
      concurrentPrompts: 'share',
      userProfile: 'anonymous',
      implicitScopes: 'when-used',
      onUnusedScript: 'ignore',
      appJson: undefined,
      privacy: {},
      system: {},
      storage: undefined,
      launchOptions: {},
      session: 'valid',
      layout: {},
      handlers: [],
      phoneNumberQuota: undefined,
      spellings: {},
      baseLibrary: '3.15.1',
      clientVersion: '8.0.54',
      privacyCheck: 'enforced',
      ohosErrMsg: 'ios',
      filePaths: undefined,
      androidCamera: 'xweb',
      notEnabled: [],
      backgroundGrantsLocation: true,
      androidAuthorizeErrno: false,
      authorizeCarriesTap: false,
      retiredScopes: 'retired',
      onUnhandledRequest: 'error',
    })
  })

  it('an option given as undefined keeps its default and is not checked', () => {
    const fake = createFakeWx({ platform: undefined, seed: undefined, dismissal: undefined, system: undefined })
    expect(fake.options.platform).toBe('devtools')
    expect(fake.options.seed).toBe(1)
    expect(fake.options.dismissal).toBe('unasked')
    expect(fake.options.system).toEqual({})
  })

  it('configure() with an undefined option keeps the value in force', () => {
    const fake = createFakeWx({ platform: 'ios' })
    fake.configure({ platform: undefined })
    expect(fake.options.platform).toBe('ios')
  })

  it('each value an option offers is accepted', () => {
    for (const options of [
      { dismissal: 'denied' },
      { concurrentPrompts: 'no-response' },
      { userProfile: 'real' },
      { implicitScopes: 'always' },
      { implicitScopes: 'never' },
      { onUnusedScript: 'warn' },
      { onUnusedScript: 'error' },
      { tapRule: false },
      { legacyErrMsg: true },
      { onUnscriptedPrompt: 'dismiss' },
      { onUnscriptedPrompt: () => 'allow' },
      { privacy: { needAuthorization: true, undeclared: ['getLocation'], privacyContractName: 'x' } },
      { system: { wifiEnabled: false, deviceOrientation: 'landscape' } },
    ] as FakeWxOptions[]) {
      expect(createFakeWx(options).options).toMatchObject(options)
    }
  })
})

describe('a misspelt option or value throws the message that names it', () => {
  it.each([
    [null, "createFakeWx expects an options object such as { platform: 'android' }, got null."],
    ['ios', "createFakeWx expects an options object such as { platform: 'android' }, got 'ios'."],
    [1, "createFakeWx expects an options object such as { platform: 'android' }, got 1."],
    [{ platform: 1 }, "options.platform must be one of 'ios', 'android', 'devtools', 'windows', 'mac', 'ohos', 'ohos_pc', got 1."],
    [{ platform: 'xyzzyq' }, "options.platform must be one of 'ios', 'android', 'devtools', 'windows', 'mac', 'ohos', 'ohos_pc', got 'xyzzyq'."],
    [{ platform: 'andriod' }, "options.platform must be one of 'ios', 'android', 'devtools', 'windows', 'mac', 'ohos', 'ohos_pc', got 'andriod'. Did you mean 'android'?"],
    [{ seed: '1' }, "options.seed must be an integer, got '1'."],
    [{ seed: 1.5 }, 'options.seed must be an integer, got 1.5.'],
    [{ authSetting: null }, "options.authSetting must be an object such as { 'scope.userLocation': false }, got null."],
    [{ authSetting: [] }, "options.authSetting must be an object such as { 'scope.userLocation': false }, got an array."],
    [{ authSetting: 'scope.camera' }, "options.authSetting must be an object such as { 'scope.userLocation': false }, got 'scope.camera'."],
    [{ authSetting: { 'scope.userLocaton': false } }, "options.authSetting: unknown scope 'scope.userLocaton'. Did you mean 'scope.userLocation'?"],
    [{ authSetting: { 'scope.camera': 1 } }, "options.authSetting['scope.camera'] must be true (allowed earlier) or false (denied earlier), got 1."],
    [
      { authSetting: { 'scope.invoiceTitle': false } },
      "options.authSetting['scope.invoiceTitle'] cannot be false: WeChat retired this scope and getSetting reads it true (rule SCOPE-RETIRED-READS-TRUE). For an older client where it was a real permission, add retiredScopes: 'asked'.",
    ],
    [{ onUnscriptedPrompt: 1 }, "options.onUnscriptedPrompt must be one of 'error', 'warn', 'allow', 'deny', 'dismiss' or a function, got 1."],
    [{ onUnscriptedPrompt: 'zzzzzz' }, "options.onUnscriptedPrompt must be one of 'error', 'warn', 'allow', 'deny', 'dismiss' or a function, got 'zzzzzz'."],
    [{ onUnscriptedPrompt: 'eror' }, "options.onUnscriptedPrompt must be one of 'error', 'warn', 'allow', 'deny', 'dismiss' or a function, got 'eror'. Did you mean 'error'?"],
    [{ tapRule: 'yes' }, "options.tapRule must be true or false, got 'yes'."],
    [{ legacyErrMsg: 0 }, 'options.legacyErrMsg must be true or false, got 0.'],
    [{ dismissal: 3 }, "options.dismissal must be one of 'unasked', 'denied', got 3."],
    [{ dismissal: 'denid' }, "options.dismissal must be one of 'unasked', 'denied', got 'denid'. Did you mean 'denied'?"],
    [{ concurrentPrompts: 'shar' }, "options.concurrentPrompts must be one of 'share', 'no-response', got 'shar'. Did you mean 'share'?"],
    [{ userProfile: 'rel' }, "options.userProfile must be one of 'anonymous', 'real', got 'rel'. Did you mean 'real'?"],
    [{ implicitScopes: 'alway' }, "options.implicitScopes must be one of 'when-used', 'always', 'never', got 'alway'. Did you mean 'always'?"],
    [{ onUnusedScript: 'eror' }, "options.onUnusedScript must be one of 'ignore', 'warn', 'error', got 'eror'. Did you mean 'error'?"],
    [{ onUnusedScript: 'qqqqqqqq' }, "options.onUnusedScript must be one of 'ignore', 'warn', 'error', got 'qqqqqqqq'."],
    [{ privacy: null }, 'options.privacy must be an object, got null.'],
    [{ privacy: [] }, 'options.privacy must be an object, got an array.'],
    [{ privacy: true }, 'options.privacy must be an object, got true.'],
    [{ privacy: { needAuth: true } }, "options.privacy: unknown field 'needAuth'. Fields: needAuthorization, undeclared, privacyContractName, newTypes, banned."],
    [{ privacy: { undeclare: [] } }, "options.privacy: unknown field 'undeclare'. Did you mean 'undeclared'? Fields: needAuthorization, undeclared, privacyContractName, newTypes, banned."],
    [{ system: 'on' }, "options.system must be an object, got 'on'."],
    [
      { system: { locationEnable: false } },
      "options.system: unknown field 'locationEnable'. Did you mean 'locationEnabled'? Fields: albumAuthorized, bluetoothAuthorized, cameraAuthorized, locationAuthorized, locationReducedAccuracy, microphoneAuthorized, notificationAuthorized, notificationAlertAuthorized, notificationBadgeAuthorized, notificationSoundAuthorized, phoneCalendarAuthorized, bluetoothEnabled, locationEnabled, wifiEnabled, deviceOrientation, brand, model, system, benchmarkLevel, abi, deviceAbi, cpuType, memorySize, pixelRatio, screenWidth, screenHeight, windowWidth, windowHeight, statusBarHeight, screenTop, safeArea, SDKVersion, version, language, fontSizeSetting, fontSizeScaleFactor, enableDebug, theme, menuButton, networkType, signalStrength, miniProgram.",
    ],
  ])('%j', (options, message) => {
    expect(messageOf(create(options))).toBe(`[fake-wx] ${message}`)
  })

  it('configure() and setDefaults() check the same way', () => {
    const fake = createFakeWx()
    expect(messageOf(() => fake.configure({ tapRule: 'no' } as never))).toBe("[fake-wx] options.tapRule must be true or false, got 'no'.")
    expect(messageOf(() => fake.setDefaults({ seed: 'x' } as never))).toBe("[fake-wx] options.seed must be an integer, got 'x'.")
  })
})

describe('the options are copied', () => {
  it('arrays inside the options are copied: changing them afterwards changes nothing', () => {
    const undeclared = ['getLocation']
    const fake = createFakeWx({ privacy: { undeclared } })
    undeclared.push('chooseImage')
    expect(fake.options.privacy.undeclared).toEqual(['getLocation'])
    expect(fake.options.privacy.undeclared).not.toBe(undeclared)
  })

  it('an app.json with null values and objects without a prototype (JSON.parse reviver output, Object.create(null)) is accepted', () => {
    const permission = Object.assign(Object.create(null) as Record<string, { desc: string }>, { 'scope.userLocation': { desc: 'to find shops near you' } })
    const appJson = { permission, sitemapLocation: null }
    const fake = createFakeWx({ appJson })
    expect(fake.options.appJson).toEqual({ permission: { 'scope.userLocation': { desc: 'to find shops near you' } }, sitemapLocation: null })
    expect(fake.options.appJson!.permission).not.toBe(permission)
  })

  it('a field set to undefined inside an option object is accepted', () => {
    const fake = createFakeWx({ privacy: { undeclared: undefined, needAuthorization: true } })
    expect(fake.options.privacy.needAuthorization).toBe(true)
  })

  it('values that are not plain data (a Date, a class instance) are kept as they are', () => {
    const built = new Date(0)
    const fake = createFakeWx({ appJson: { built } })
    expect(fake.options.appJson!['built']).toBe(built)
  })
})
