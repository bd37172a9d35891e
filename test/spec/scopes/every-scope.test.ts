/**
 * One test per row of the scope table and per gated API (../shared/wechat-rules.md §1, §2.1):
 * unasked → popup → allow/deny, granted → no popup, denied → fail fast, retired → no popup.
 */
import { scopes, type Scope } from 'fake-wx'
import { SCOPE_TABLE } from '../../../src/scopes'
import { fresh, outcome } from '../../support/fixtures'

/** Minimal valid options for each gated API. */
const VALID_OPTIONS: Record<string, Record<string, unknown>> = {
  getLocation: { type: 'gcj02' },
  startLocationUpdate: {},
  startLocationUpdateBackground: {},
  getFuzzyLocation: {},
  startRecord: {},
  joinVoIPChat: { groupId: 'g1', nonceStr: 'n', timeStamp: 1700000000, signature: 's' },
  openBluetoothAdapter: {},
  createBLEPeripheralServer: {},
  saveImageToPhotosAlbum: { filePath: 'http://tmp/a.png' },
  saveVideoToPhotosAlbum: { filePath: 'http://tmp/a.mp4' },
  addPhoneContact: { firstName: '小明' },
  addPhoneCalendar: { title: '会议', startTime: 1700000000 },
  addPhoneRepeatCalendar: { title: '晨跑', startTime: 1700000000 },
  getWeRunData: {},
  getUserInfo: {},
  chooseAddress: {},
  chooseInvoice: {},
  chooseInvoiceTitle: {},
}

/** Calls an API in callback style (works for APIs without promise support) and awaits the result. */
function call(fake: ReturnType<typeof fresh>, api: string): Promise<{ ok: boolean; res: Record<string, unknown> }> {
  return new Promise((resolve) => {
    fake.wx[api]!({
      ...VALID_OPTIONS[api],
      success: (res: Record<string, unknown>) => resolve({ ok: true, res }),
      fail: (res: Record<string, unknown>) => resolve({ ok: false, res }),
    })
  })
}

/**
 * Gated APIs the fake does not model, and why. wx.createVKSession's session reports a camera refusal
 * through VKSession.start's status code, which wechat-rules.md does not give: we do not invent one.
 */
const NOT_MODELLED = ['createVKSession']

const promptRows = SCOPE_TABLE.filter((row) => row.kind === 'prompt')
const gatedApis = promptRows.flatMap((row) =>
  row.apis.filter((api) => !api.includes('.') && !NOT_MODELLED.includes(api)).map((api) => [api, row.scope] as const),
)

it('every other gated API is modelled; the unmodelled ones say so when called', () => {
  const fake = fresh({ onUnscriptedPrompt: 'deny' })
  for (const api of NOT_MODELLED) expect(() => fake.wx[api]!({})).toThrow(/is not modelled by fake-wx/)
  for (const [api] of gatedApis) expect(() => fake.wx[api]!({ ...VALID_OPTIONS[api], complete: () => {} })).not.toThrow()
})

// rule: SCOPE-TABLE
it('the table covers every scope the issue lists', () => {
  expect([...scopes].sort()).toEqual(
    [
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
      'scope.address',
      'scope.invoice',
      'scope.invoiceTitle',
      'scope.userInfo',
    ].sort(),
  )
})

describe.each(promptRows.map((row) => [row.scope]))('%s via wx.authorize', (scope) => {
  // rule: SCOPE-TABLE, SCOPE-UNASKED-PROMPTS, SCOPE-ALLOW-GRANTS, AUTHORIZE-OK
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

describe.each(gatedApis)('wx.%s (gated by %s)', (api, scope) => {
  // rule: SCOPE-TABLE, SCOPE-UNASKED-PROMPTS, ERRMSG-OK
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
  it.each(['chooseLocation', 'choosePoi'])('wx.%s needs no scope since 2022-06-13 (§1), even with scope.userLocation denied', async (api) => {
    const fake = fresh({ authSetting: { 'scope.userLocation': false } })
    const res = (await fake.wx[api]!({})) as Record<string, unknown>
    expect(res.errMsg).toBe(`${api}:ok`)
    expect(typeof res.latitude).toBe('number')
    expect(fake.log.prompts()).toHaveLength(0)
  })
})
