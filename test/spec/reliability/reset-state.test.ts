/**
 * reset() returns EVERY piece of a fake's state to a fresh fake's. Each piece has a way to dirty it through the
 * public API and an observation of behaviour that shows it; a dirtied then reset fake must behave like
 * createFakeWx() does. The list of pieces is checked against the controller's own fields (its engine, the
 * user's scripts, the privacy and subscription state, the maps beside the engine), so a field added later fails
 * here until the test covers it.
 */
import { setTimeout as realSetTimeout } from 'node:timers'
import { createFakeWx, launch, type FakeWx, type PrivacyResolution, type WxResult } from 'fake-wx'
import { outcome } from '../../support/fixtures'
import { appRoot } from '../../support/mini-program'

type Observation = unknown

interface Piece {
  /** Leaves this piece of state changed, through the public API only. */
  dirty(fake: FakeWx): void | Promise<void>
  /** Behaviour that shows the piece; a fresh fake and a reset fake must give the same. */
  observe(fake: FakeWx): Promise<Observation>
}

interface Elsewhere {
  /** The title of the test in this file that covers the piece. */
  readonly coveredBy: string
}

interface NotReset {
  /** Why reset() keeps it, by design. */
  readonly kept: string
}

const HUNG = 'hung: the call never settled'

/** Settles `value` (a promise or not), or says it hung: a popup left open by an earlier test would make a call wait forever. */
async function settle(value: unknown): Promise<unknown> {
  let timer: ReturnType<typeof realSetTimeout> | undefined
  const hung = new Promise<string>((resolve) => (timer = realSetTimeout(() => resolve(HUNG), 1000)))
  try {
    return await Promise.race([outcome(value), hung])
  } finally {
    clearTimeout(timer)
  }
}

function verifyText(fake: FakeWx): string {
  try {
    fake.verify()
    return 'verify passed'
  } catch (error) {
    return (error as Error).message
  }
}

/** The log as data (a listener passed to a wx function is logged as an argument). */
function logOf(fake: FakeWx): unknown {
  return JSON.parse(JSON.stringify(fake.log.entries, (_key, value: unknown) => (typeof value === 'function' ? '[function]' : value)))
}

/** What a call returned, the log it left and what verify() says, once the fake is idle. */
async function run(fake: FakeWx, call: () => unknown): Promise<Observation> {
  const result = await settle(call())
  await fake.settled()
  return { result, log: logOf(fake), verify: verifyText(fake) }
}

/** Callback style, for the APIs with no promise style (getPrivacySetting, requirePrivacyAuthorize). */
function callback(fake: FakeWx, api: string, options: Record<string, unknown> = {}): Promise<WxResult> {
  return new Promise((resolve, reject) => fake.wx[api]!({ ...options, success: resolve, fail: reject }))
}

const needAuthorization = { privacy: { needAuthorization: true } } as const

/** What the callbacks of calls left in flight received, per fake. */
const leftInFlight = new WeakMap<FakeWx, string[]>()
/** Resolve functions a privacy listener kept, per fake (the app keeps them across reset()). */
const keptResolves = new WeakMap<FakeWx, (result: PrivacyResolution) => void>()
/** What an app's network listener received, per fake. */
const networkEvents = new WeakMap<FakeWx, unknown[]>()
/** What the recorder's listeners received, per fake. */
const recorderEvents = new WeakMap<FakeWx, string[]>()

function leaveACallWithTheListener(fake: FakeWx): void {
  fake.configure(needAuthorization)
  fake.wx.onNeedPrivacyAuthorization!((resolve: (result: PrivacyResolution) => void) => void keptResolves.set(fake, resolve))
  leftInFlight.set(fake, [])
  const record = (res: WxResult) => leftInFlight.get(fake)!.push(res.errMsg)
  fake.wx.requirePrivacyAuthorize!({ fail: record, complete: record })
}

const locate = (fake: FakeWx) => fake.wx.getLocation!({ type: 'wgs84' })
const saveImage = (fake: FakeWx) => fake.wx.saveImageToPhotosAlbum!({ filePath: 'http://tmp/a.png' })
const askWithPrivacy = (fake: FakeWx) => {
  fake.configure(needAuthorization)
  fake.user.willAgreePrivacy().willAllow('scope.userLocation')
  return run(fake, () => locate(fake))
}
const openSettingFromDenied = (fake: FakeWx) => {
  fake.user.hasDenied('scope.userLocation')
  return run(fake, () => fake.user.tap(() => fake.wx.openSetting!()))
}
const subscribeSettings = (fake: FakeWx) =>
  run(fake, async () => [
    await callback(fake, 'getSetting', { withSubscriptions: true }),
    await outcome(fake.user.tap(() => fake.wx.requestSubscribeMessage!({ tmplIds: ['tmpl-a'] }))),
  ])

/**
 * Every piece of state: the engine's fields, the fields of the state objects it holds (privacy, subscriptions,
 * the user's scripts, the settings page's scripts) and the maps the controller keeps beside the engine.
 */
const PIECES: Record<string, Piece | Elsewhere | NotReset> = {
  host: { kept: "the host's records and tables: fixed for the fake's life" },
  problem: { kept: 'a method that writes to the log' },
  data: {
    dirty: async (fake) => {
      fake.user.hasAllowed('scope.userLocation')
      await outcome(locate(fake))
      await outcome(locate(fake))
    },
    observe: (fake) => {
      fake.user.hasAllowed('scope.userLocation')
      return run(fake, () => locate(fake))
    },
  },
  log: {
    dirty: async (fake) => void (await outcome(fake.wx.getSetting!())),
    observe: async (fake) => logOf(fake),
  },
  auth: {
    dirty: (fake) => void fake.user.hasDenied('scope.userLocation').hasAllowed('scope.werun'),
    observe: (fake) =>
      run(fake, async () => [fake.scopeState('scope.userLocation'), fake.scopeState('scope.werun'), await fake.wx.getSetting!()]),
  },
  'subscriptions.mainSwitch': {
    dirty: (fake) => void fake.user.hasSubscriptionSettings({ mainSwitch: false }),
    observe: subscribeSettings,
  },
  'subscriptions.items': {
    dirty: (fake) => void fake.user.hasSubscriptionSettings({ itemSettings: { 'tmpl-a': 'accept' } }),
    observe: subscribeSettings,
  },
  'privacy.needAuthorization': {
    dirty: (fake) => void fake.configure(needAuthorization),
    observe: (fake) => run(fake, () => callback(fake, 'getPrivacySetting')),
  },
  'privacy.listener': {
    dirty: (fake) => fake.wx.onNeedPrivacyAuthorization!((resolve: (result: PrivacyResolution) => void) => resolve({ event: 'disagree' })),
    observe: askWithPrivacy,
  },
  'privacy.tappedButtons': {
    dirty: async (fake) => void (await fake.user.tapAgreePrivacyButton('btn-agree')),
    observe: (fake) => {
      fake.configure(needAuthorization)
      fake.wx.onNeedPrivacyAuthorization!((resolve: (result: PrivacyResolution) => void) => resolve({ event: 'agree', buttonId: 'btn-agree' }))
      fake.user.willAllow('scope.userLocation')
      return run(fake, () => locate(fake))
    },
  },
  'privacy.inRefusalGap': {
    dirty: async (fake) => {
      fake.configure(needAuthorization)
      fake.user.willDisagreePrivacy({ once: true })
      await outcome(locate(fake))
    },
    observe: askWithPrivacy,
  },
  waiting: {
    dirty: leaveACallWithTheListener,
    observe: async (fake) => verifyText(fake),
  },
  paused: {
    dirty: leaveACallWithTheListener,
    // reset() fails a paused call of the old test once, naming the reset; a second reset() finds nothing left.
    observe: async (fake) => {
      const received = leftInFlight.get(fake) ?? []
      received.length = 0
      fake.reset()
      await fake.settled()
      return [...received]
    },
  },
  generation: {
    dirty: leaveACallWithTheListener,
    // The app kept the old call's resolve: calling it now must not touch the new test.
    observe: async (fake) => {
      keptResolves.get(fake)?.({ event: 'disagree' })
      return run(fake, () => callback(fake, 'getPrivacySetting'))
    },
  },
  scheduler: {
    dirty: (fake) => {
      fake.user.hasAllowed('scope.userLocation')
      void fake.wx.getLocation!({ complete: () => {} })
    },
    observe: async (fake) => {
      await fake.settled()
      return logOf(fake)
    },
  },
  openPopups: {
    // The popup is on screen until its answer is delivered, on a later job: reset() comes first.
    dirty: (fake) => {
      fake.configure({ privacy: { needAuthorization: false } })
      fake.user.willAllow('scope.writePhotosAlbum')
      void outcome(saveImage(fake))
    },
    observe: (fake) => {
      fake.user.willAllow('scope.writePhotosAlbum')
      return run(fake, () => saveImage(fake))
    },
  },
  tap: { coveredBy: 'reset() inside a tap handler ends the tap turn' },
  miniProgram: {
    dirty: async (fake) => {
      const mp = await launch({ root: appRoot('routes'), fake })
      await mp.reLaunch('pages/a/a')
    },
    // With the app: navigateBack fails at the first page; without one, because nothing is launched.
    observe: (fake) => run(fake, () => fake.wx.navigateBack!()),
  },
  resetHooks: {
    dirty: (fake) => {
      const recorder = fake.wx.getRecorderManager!() as { onStart(l: () => void): void; onError(l: () => void): void }
      recorderEvents.set(fake, [])
      recorder.onStart(() => recorderEvents.get(fake)!.push('start'))
      recorder.onError(() => recorderEvents.get(fake)!.push('error'))
    },
    observe: async (fake) => {
      const events = recorderEvents.get(fake) ?? []
      events.length = 0
      fake.user.willDeny('scope.record')
      const recorder = fake.wx.getRecorderManager!() as { start(): void }
      recorder.start()
      await fake.settled()
      return [...events]
    },
  },
  'user.popups': {
    dirty: (fake) => void fake.user.willDeny('scope.userLocation'),
    observe: (fake) => run(fake, () => locate(fake)),
  },
  'user.modals': {
    dirty: (fake) => void fake.user.willConfirmModal(),
    observe: (fake) => run(fake, () => fake.wx.showModal!({ title: '提示' })),
  },
  'user.pickers': {
    dirty: (fake) => void fake.user.willCancel('chooseLocation'),
    observe: (fake) => {
      fake.user.hasAllowed('scope.userLocation')
      return run(fake, () => fake.wx.chooseLocation!({}))
    },
  },
  'user.files': {
    dirty: (fake) => void fake.user.willPick(['cat.jpg']),
    observe: (fake) => run(fake, () => fake.wx.chooseImage!({})),
  },
  'privacy.newTypes': {
    dirty: (fake) => void fake.configure({ privacy: { newTypes: ['getClipboardData'] } }),
    observe: (fake) => run(fake, () => callback(fake, 'getPrivacySetting')),
  },
  'user.phoneSheets': {
    dirty: (fake) => void fake.user.willRefusePhoneNumber(),
    observe: (fake) => run(fake, () => fake.user.tapButton('getPhoneNumber', (event) => event.detail.errMsg)),
  },
  'user.avatars': {
    dirty: (fake) => void fake.user.willCancelAvatar(),
    observe: (fake) => run(fake, () => fake.user.tapButton('chooseAvatar', (event) => event.detail)),
  },
  'user.contactCards': {
    dirty: (fake) => void fake.user.willTapContactCard('pages/a'),
    observe: (fake) => run(fake, () => fake.user.tapButton('contact', (event) => event.detail)),
  },
  'user.scans': {
    dirty: (fake) => void fake.user.willScan('https://example.com/p/1'),
    observe: (fake) => run(fake, () => fake.wx.scanCode!({})),
  },
  'user.copied': {
    dirty: (fake) => void fake.user.hasCopied('copied before'),
    observe: (fake) => run(fake, () => fake.wx.getClipboardData!()),
  },
  'user.position': {
    dirty: (fake) => void fake.user.isAt({ latitude: 45, longitude: 120 }),
    observe: (fake) => {
      fake.user.hasAllowed('scope.userLocation')
      return run(fake, () => locate(fake))
    },
  },
  'user.onMove': { kept: "the fake's hook into its location updates, one per fake; the updates and listeners it reaches are reset" },
  'user.subscribePanels': {
    dirty: (fake) => void fake.user.willSubscribe({ 'tmpl-a': 'accept' }),
    observe: subscribeSettings,
  },
  'user.privacyAnswers': {
    dirty: (fake) => void fake.user.willDisagreePrivacy(),
    observe: (fake) => {
      // Before the combined popup of 3.4.2: getLocation asks in WeChat's own privacy popup.
      fake.configure({ ...needAuthorization, baseLibrary: '3.4.1' })
      fake.user.willAllow('scope.userLocation')
      return run(fake, () => locate(fake))
    },
  },
  'user.actionSheets': {
    dirty: (fake) => void fake.user.willChooseAction(1),
    observe: (fake) => run(fake, () => fake.wx.showActionSheet!({ itemList: ['拍照', '相册'] })),
  },
  'inSettings.toggles': {
    dirty: (fake) => void fake.user.inSettings.willEnable('scope.userLocation'),
    observe: openSettingFromDenied,
  },
  'inSettings.location': {
    dirty: (fake) => void fake.user.inSettings.willChooseLocation('while-using'),
    observe: openSettingFromDenied,
  },
  ui: {
    dirty: async (fake) => {
      await fake.wx.showLoading!({ title: '加载中', mask: true })
      await fake.wx.setNavigationBarTitle!({ title: '订单' })
      await fake.wx.setTabBarBadge!({ index: 1, text: '3' })
      await fake.wx.startPullDownRefresh!()
    },
    observe: (fake) =>
      run(fake, async () => [fake.ui.loading, fake.ui.navigationBar, fake.ui.tabBar, fake.ui.pullDownRefresh, await outcome(fake.wx.hideLoading!())]),
  },
  session: {
    dirty: (fake) => void fake.configure({ session: 'expired' }),
    observe: (fake) => run(fake, () => outcome(fake.wx.checkSession!())),
  },
  logins: {
    dirty: async (fake) => void (await fake.wx.login!()),
    observe: (fake) => run(fake, () => fake.wx.login!()),
  },
  storage: {
    dirty: (fake) => {
      fake.wx.setStorageSync!('token', 'abc')
      fake.configure({ storage: { visits: 3 } })
    },
    observe: (fake) => run(fake, () => [fake.wx.getStorageInfoSync!(), fake.wx.getStorageSync!('token'), fake.wx.getStorageSync!('visits')]),
  },
  handlers: {
    dirty: (fake) => {
      fake.mockWxMethod('getBatteryInfoSync', () => ({ level: 50 }))
      fake.use({ addCard: () => ({ cardList: [] }) })
    },
    observe: (fake) =>
      run(fake, async () => {
        const answers: unknown[] = [fake.wx.canIUse!('getBatteryInfoSync'), fake.wx.canIUse!('addCard')]
        for (const call of [() => fake.wx.getBatteryInfoSync!(), () => fake.wx.addCard!({ cardList: [] })]) {
          try {
            answers.push(await call())
          } catch (error) {
            answers.push((error as Error).message)
          }
        }
        return answers
      }),
  },
  events: {
    dirty: (fake) => {
      fake.wx.onNetworkStatusChange!((payload: unknown) => networkEvents.get(fake)?.push(payload))
      networkEvents.set(fake, [])
    },
    observe: async (fake) => {
      const received = networkEvents.get(fake) ?? []
      received.length = 0
      return [fake.emit('networkStatusChange', { isConnected: false }), [...received]]
    },
  },
  handWrites: {
    dirty: (fake) => {
      const wx = fake.wx as unknown as Record<string, unknown>
      wx.showShareImageMenu = () => 'by hand'
      wx.myHelper = 'by hand'
      ;(wx.cloud as Record<string, unknown>).callFunction = () => 'by hand'
      ;(wx.env as Record<string, unknown>).USER_DATA_PATH = 'by hand'
    },
    observe: async (fake) => {
      const wx = fake.wx as unknown as Record<string, Record<string, unknown>>
      const names = (value: unknown) => (typeof value === 'function' ? (value as { getMockName?: () => string }).getMockName?.() ?? 'a function of the test' : value)
      return [names(wx.showShareImageMenu), 'myHelper' in wx, names(wx.cloud!.callFunction), wx.env!.USER_DATA_PATH, Object.keys(wx).length]
    },
  },
  mockCleared: {
    dirty: async (fake) => {
      await outcome(fake.wx.getSetting!())
      await outcome(fake.wx.getSetting!())
      ;(fake.wx.getSetting as unknown as { mockClear(): void }).mockClear()
    },
    // mock.calls counts from the last mockClear(): a mark left by another test would hide this one's calls.
    observe: async (fake) => {
      await outcome(fake.wx.getSetting!())
      await outcome(fake.wx.getSetting!())
      return [fake.log.calls('getSetting').length, (fake.wx.getSetting as unknown as { mock: { calls: unknown[][] } }).mock.calls.length]
    },
  },
  // Last: the options change how every later call goes.
  options: {
    dirty: (fake) => {
      fake.configure({
        platform: 'android',
        seed: 9,
        tapRule: false,
        onUnscriptedPrompt: 'deny',
        legacyErrMsg: true,
        privacy: { privacyContractName: '《隐私》', undeclared: ['getLocation'] },
        appJson: { requiredPrivateInfos: ['getLocation'] },
      })
    },
    observe: async (fake) => ({
      options: structuredClone(fake.options),
      call: await run(fake, () => Promise.all([outcome(fake.wx.openSetting!()), outcome(callback(fake, 'getPrivacySetting'))])),
      located: await run(fake, () => locate(fake)),
    }),
  },
  profile: {
    dirty: (fake) => void fake.configure({ platform: 'android' }),
    observe: (fake) => {
      fake.user.hasDenied('scope.userLocation')
      return run(fake, () => locate(fake))
    },
  },
  acceptedProblems: { coveredBy: 'reset() forgets the problems the test accepted' },
  versions: {
    // Base library 2.0.0: before the tap rule of openSetting (2.3.0) and before errno (2.24.0).
    dirty: (fake) => void fake.configure({ baseLibrary: '2.0.0' }),
    observe: (fake) => {
      fake.user.hasDenied('scope.userLocation')
      return run(fake, () => Promise.all([outcome(fake.wx.openSetting!()), outcome(locate(fake))]))
    },
  },
  installations: { kept: 'install() holds for the whole file (the presets install once); uninstall() undoes it' },
}

/** The state the controller holds, by name, read from the controller itself. */
function stateOf(fake: FakeWx): string[] {
  const state = (fake as unknown as Record<symbol, Record<string, unknown> | undefined>)[Symbol.for('fake-wx.state')]
  if (state === undefined) throw new Error('the controller does not expose its state (Symbol.for("fake-wx.state"))')
  const { engine, ...beside } = state as { engine: Record<string, object> }
  const fieldsOf = (prefix: string, value: object) => Object.keys(value).map((key) => `${prefix}.${key}`)
  const expanded: Record<string, string[]> = {
    privacy: fieldsOf('privacy', engine.privacy!),
    subscriptions: fieldsOf('subscriptions', engine.subscriptions!),
    user: [...fieldsOf('user', engine.user!), ...fieldsOf('inSettings', (engine.user as { inSettings: object }).inSettings)],
  }
  return [...Object.keys(engine).flatMap((key) => expanded[key] ?? [key]), ...Object.keys(beside)].sort()
}

/**
 * Dirties the pieces in order, then calls `then`. A synchronous dirtying is not awaited, so what it leaves in
 * flight (a popup on screen, a queued delivery) is still there when `then` runs (reset(), in the same job).
 */
async function dirty(fake: FakeWx, pieces: readonly Piece[], then: () => void = () => {}): Promise<void> {
  for (const piece of pieces) {
    const returned = piece.dirty(fake)
    if (returned !== undefined) await returned
  }
  then()
}

const tested = Object.entries(PIECES).filter((entry): entry is [string, Piece] => 'dirty' in entry[1])

it("lists every field of the controller's state", () => {
  expect(Object.keys(PIECES).sort()).toEqual(stateOf(createFakeWx()))
})

describe.each(tested)('%s', (_name, piece) => {
  it('is changed by dirtying it (the observation sees it)', async () => {
    const fake = createFakeWx()
    await dirty(fake, [piece])
    expect(await piece.observe(fake)).not.toEqual(await piece.observe(createFakeWx()))
  })

  it('is back to a fresh fake’s after it was dirtied and reset()', async () => {
    const fake = createFakeWx()
    await dirty(fake, [piece], () => fake.reset())
    expect(await piece.observe(fake)).toEqual(await piece.observe(createFakeWx()))
  })

  it('is back to a fresh fake’s after every piece was dirtied and reset()', async () => {
    const fake = createFakeWx()
    await dirty(fake, tested.map(([, other]) => other), () => fake.reset())
    expect(await piece.observe(fake)).toEqual(await piece.observe(createFakeWx()))
  })
})

it('reset() forgets the problems the test accepted', async () => {
  /** An app callback that throws: a problem, the same log position in every fresh log. */
  const problem = async (fake: FakeWx) => {
    fake.user.hasAllowed('scope.camera')
    fake.wx.authorize!({
      scope: 'scope.camera',
      success: () => {
        throw new Error('accepted bug')
      },
    })
    await fake.settled()
  }
  const fake = createFakeWx()
  await problem(fake)
  fake.acceptProblems('accepted bug')
  expect(verifyText(fake)).toBe('verify passed')
  fake.reset()
  await problem(fake)
  const fresh = createFakeWx()
  await problem(fresh)
  expect(verifyText(fake)).toBe(verifyText(fresh))
  expect(verifyText(fresh)).toMatch(/accepted bug/)
})

it('reset() inside a tap handler ends the tap turn', async () => {
  const fake = createFakeWx()
  let afterReset: Promise<unknown> | undefined
  await fake.user.tap(() => {
    fake.reset()
    afterReset = run(fake, () => fake.wx.openSetting!())
  })
  const fresh = createFakeWx()
  expect(await afterReset).toEqual(await run(fresh, () => fresh.wx.openSetting!()))
})
