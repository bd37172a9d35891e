/**
 * One test per row of the scope table and per gated API:
 * unasked → popup → allow/deny, granted → no popup, denied → fail fast, retired → no popup.
 */
import { scopes, type Scope } from 'fake-wx'
import { fresh, outcome } from '../../support/fixtures'
import { gatedGlobalApis, wechatTables } from '../../support/records'

/** Which scope gates which `wx` function, written from the official scope list (rule SCOPE-LIST). */
const GATED: readonly (readonly [string, Scope])[] = [
  ['getLocation', 'scope.userLocation'],
  ['startLocationUpdate', 'scope.userLocation'],
  ['getFuzzyLocation', 'scope.userFuzzyLocation'],
  ['startLocationUpdateBackground', 'scope.userLocationBackground'],
  ['startRecord', 'scope.record'],
  ['joinVoIPChat', 'scope.record'],
  ['openBluetoothAdapter', 'scope.bluetooth'],
  ['createBLEPeripheralServer', 'scope.bluetooth'],
  ['saveImageToPhotosAlbum', 'scope.writePhotosAlbum'],
  ['saveVideoToPhotosAlbum', 'scope.writePhotosAlbum'],
  ['addPhoneContact', 'scope.addPhoneContact'],
  ['addPhoneCalendar', 'scope.addPhoneCalendar'],
  ['addPhoneRepeatCalendar', 'scope.addPhoneCalendar'],
  ['getWeRunData', 'scope.werun'],
]

/** The scopes whose first request shows a popup (rule SCOPE-TABLE); the others need no authorization. */
const PROMPT_SCOPES: readonly Scope[] = [
  'scope.userLocation',
  'scope.userFuzzyLocation',
  'scope.userLocationBackground',
  'scope.record',
  'scope.camera',
  'scope.bluetooth',
  'scope.writePhotosAlbum',
  'scope.addPhoneContact',
  'scope.addPhoneCalendar',
  'scope.werun',
]

/**
 * Every modelled `wx` function a scope with a popup gates, read from the records with their example
 * options, so a new record is run through the tests below at once; the literals above say what it must be.
 */
const gatedApis = gatedGlobalApis().filter(({ scope }) => wechatTables().scope(scope)!.kind === 'prompt')
const EXAMPLES = new Map(gatedApis.map(({ api, example }) => [api, example]))

/** Calls an API in callback style (works for APIs without promise support) and awaits the result. */
function call(fake: ReturnType<typeof fresh>, api: string): Promise<{ ok: boolean; res: Record<string, unknown> }> {
  return new Promise((resolve) => {
    fake.wx[api]!({
      ...EXAMPLES.get(api),
      success: (res: Record<string, unknown>) => resolve({ ok: true, res }),
      fail: (res: Record<string, unknown>) => resolve({ ok: false, res }),
    })
  })
}

// rule: SCOPE-TABLE
it('the scopes with a popup are the ones the scope list names', () => {
  const withPopup = wechatTables().host.scopes.filter((row) => row.kind === 'prompt').map((row) => row.scope)
  expect([...withPopup].sort()).toEqual([...PROMPT_SCOPES].sort())
})

// rule: SCOPE-TABLE
it('the records gate exactly the APIs the scope list names, by the scope it names', () => {
  expect(gatedApis.map(({ api, scope }) => [api, scope]).sort()).toEqual(GATED.map(([api, scope]) => [api, scope]).sort())
})

it('wx.createVKSession is gated by scope.camera but not modelled: it says so when called', () => {
  // The VKSession object it returns reports a refusal through a status code no source gives: the fake does not invent one.
  const fake = fresh({ onUnscriptedPrompt: 'deny' })
  expect(() => fake.wx.createVKSession!({})).toThrow(/is not modelled by fake-wx/)
})

// rule: SCOPE-TABLE
it('the table covers every scope the official list names', () => {
  // The popup scopes, and the four that need no authorization (retired, or granted without a popup).
  expect([...scopes].sort()).toEqual([...PROMPT_SCOPES, 'scope.address', 'scope.invoice', 'scope.invoiceTitle', 'scope.userInfo'].sort())
})

// rule: SCOPE-TABLE, SCOPE-UNASKED-PROMPTS, SCOPE-ALLOW-GRANTS, AUTHORIZE-OK
describe.each(PROMPT_SCOPES.map((scope) => [scope]))('%s via wx.authorize', (scope) => {
  it('unasked: popup, allow → authorize:ok and granted', async () => {
    const fake = fresh()
    fake.user.willAllow(scope as Scope)
    await expect(fake.wx.authorize!({ scope })).resolves.toEqual({ errMsg: 'authorize:ok' })
    expect(fake.log.prompts(scope as Scope)).toHaveLength(1)
    expect(fake.scopeState(scope as Scope)).toBe('granted')
  })

  // rule: SCOPE-DENY-RECORDS-FALSE, ERRMSG-AUTHORIZE-DENY, ERRNO-103
  it('unasked: popup, deny → authorize:fail auth deny and denied', async () => {
    const fake = fresh()
    fake.user.willDeny(scope as Scope)
    await expect(fake.wx.authorize!({ scope })).rejects.toEqual({ errMsg: 'authorize:fail auth deny', errno: 103 })
    expect(fake.scopeState(scope as Scope)).toBe('denied')
  })
})

// rule: SCOPE-TABLE, SCOPE-UNASKED-PROMPTS, ERRMSG-OK
describe.each(gatedApis.map(({ api, scope }) => [api, scope as Scope] as const))('wx.%s (gated by %s)', (api, scope) => {
  it('unasked: popup, allow → <api>:ok', async () => {
    const fake = fresh()
    fake.user.willAllow(scope)
    const { ok, res } = await call(fake, api)
    expect(ok).toBe(true)
    expect(res.errMsg).toBe(`${api}:ok`)
    expect(fake.log.prompts(scope)).toHaveLength(1)
  })

  // rule: ERRMSG-API-DENY, ERRMSG-DEVTOOLS-AS-IOS, ERRNO-103
  it('unasked: popup, deny → <api>:fail auth deny', async () => {
    const fake = fresh()
    fake.user.willDeny(scope)
    const { ok, res } = await call(fake, api)
    expect(ok).toBe(false)
    expect(res).toEqual({ errMsg: `${api}:fail auth deny`, errno: 103 })
  })

  // rule: SCOPE-GRANTED-NO-POPUP
  it('granted: no popup', async () => {
    const fake = fresh({ authSetting: { [scope]: true } })
    expect((await call(fake, api)).ok).toBe(true)
    expect(fake.log.prompts()).toHaveLength(0)
  })

  // rule: SCOPE-DENIED-NO-POPUP
  it('denied: fails at once, no popup', async () => {
    const fake = fresh({ authSetting: { [scope]: false } })
    const { ok, res } = await call(fake, api)
    expect(ok).toBe(false)
    expect(res.errMsg).toBe(`${api}:fail auth deny`)
    expect(fake.log.prompts()).toHaveLength(0)
  })
})

describe.each([
  ['chooseAddress', 'scope.address'],
  ['chooseInvoice', 'scope.invoice'],
  ['chooseInvoiceTitle', 'scope.invoiceTitle'],
  ['getUserInfo', 'scope.userInfo'],
] as const)('wx.%s (%s needs no authorization)', (api, scope) => {
  // rule: SCOPE-RETIRED-NO-AUTH, SCOPE-RETIRED-READS-TRUE, SCOPE-USERINFO-NO-DIALOG, SCOPE-USERINFO-SETTING
  it('never pops a permission popup, succeeds, and getSetting then reads true', async () => {
    const fake = fresh()
    const { ok, res } = await call(fake, api)
    expect(ok).toBe(true)
    expect(res.errMsg).toBe(`${api}:ok`)
    expect(fake.log.prompts()).toHaveLength(0)
    await expect(fake.wx.getSetting!()).resolves.toMatchObject({ authSetting: { [scope]: true } })
  })
})

describe('APIs that left their scope', () => {
  // rule: SCOPE-LOCATION-PICKERS-FREE
  it.each(['chooseLocation', 'choosePoi'])('wx.%s needs no scope since 2022-06-13, even with scope.userLocation denied', async (api) => {
    const fake = fresh({ authSetting: { 'scope.userLocation': false } })
    const res = (await fake.wx[api]!({})) as Record<string, unknown>
    expect(res.errMsg).toBe(`${api}:ok`)
    expect(typeof res.latitude).toBe('number')
    expect(fake.log.prompts()).toHaveLength(0)
  })
})
