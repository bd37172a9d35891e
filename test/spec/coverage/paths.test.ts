/**
 * The permission paths one test took, read from its log: what a test worker sends fake-wx/reporter.
 * Expected paths are written from the outcome list of the reporter's format, not read from its tables.
 */
import type { FakeWx } from 'fake-wx'
import { HOST } from '../../../src/brand'
import { apiName, mayNeedDeniedScopes, pathsOf } from '../../../src/coverage/paths'
import type { HostTables } from '../../../src/hosts/host'
import type { LogEntry } from '../../../src/log'
import { fresh, outcome } from '../../support/fixtures'

const hostOf = (fake: FakeWx): HostTables => (fake as unknown as { [HOST]: HostTables })[HOST]
const pathsOfFake = (fake: FakeWx, denied: readonly string[] = []) => pathsOf(fake.log.entries, hostOf(fake), () => denied)

describe('the paths of one test', () => {
  it('a test that calls nothing took no path', () => {
    expect(pathsOfFake(fresh())).toEqual({})
  })

  it('the popup answered yes: allowed, with the API that asked', async () => {
    const fake = fresh()
    fake.user.willAllow('scope.userLocation')
    await fake.wx.getLocation!({})
    await fake.wx.getLocation!({}) // granted now: no popup, nothing more
    expect(pathsOfFake(fake)).toEqual({ 'scope.userLocation': { apis: ['getLocation'], outcomes: ['allowed'] } })
  })

  it('the popup answered no, then the next call refused at once: denied, deniedEarlier', async () => {
    const fake = fresh()
    fake.user.willDeny('scope.writePhotosAlbum')
    await outcome(fake.wx.authorize!({ scope: 'scope.writePhotosAlbum' }))
    await outcome(fake.wx.saveImageToPhotosAlbum!({ filePath: 'a.png' }))
    expect(pathsOfFake(fake)).toEqual({
      'scope.writePhotosAlbum': { apis: ['authorize', 'saveImageToPhotosAlbum'], outcomes: ['denied', 'deniedEarlier'] },
    })
  })

  it('a refusal from an earlier visit (hasDenied) is deniedEarlier, on every platform', async () => {
    for (const platform of ['ios', 'android'] as const) {
      const fake = fresh({ platform })
      fake.user.hasDenied('scope.camera')
      await outcome(fake.wx.authorize!({ scope: 'scope.camera' }))
      expect(pathsOfFake(fake)).toEqual({ 'scope.camera': { apis: ['authorize'], outcomes: ['deniedEarlier'] } })
    }
  })

  it('with legacyErrMsg the -12006 refusal is deniedEarlier too', async () => {
    const fake = fresh({ legacyErrMsg: true })
    fake.user.hasDenied('scope.userLocation')
    await outcome(fake.wx.getLocation!({}))
    expect(pathsOfFake(fake)['scope.userLocation']!.outcomes).toEqual(['deniedEarlier'])
  })

  it('a dismissed popup and a popup that never answers: dismissed, noResponse', async () => {
    const fake = fresh()
    fake.user.willDismiss('scope.record', { once: true }).willNotRespond('scope.record')
    await outcome(fake.wx.startRecord!({}))
    await outcome(fake.wx.startRecord!({}))
    expect(pathsOfFake(fake)).toEqual({ 'scope.record': { apis: ['startRecord'], outcomes: ['dismissed', 'noResponse'] } })
  })

  it("concurrentPrompts: 'no-response': the second call's failure with no popup of its own is noResponse", async () => {
    const fake = fresh({ concurrentPrompts: 'no-response' })
    fake.user.willAllow('scope.userLocation')
    await Promise.all([outcome(fake.wx.getLocation!({})), outcome(fake.wx.getLocation!({}))])
    expect(pathsOfFake(fake)['scope.userLocation']!.outcomes).toEqual(['allowed', 'noResponse'])
  })

  it("a call that waited for another call's popup takes that popup's answer, not an earlier refusal", async () => {
    const fake = fresh()
    fake.user.willDeny('scope.userLocation')
    await Promise.all([outcome(fake.wx.getLocation!({})), outcome(fake.wx.getLocation!({}))])
    expect(fake.log.prompts('scope.userLocation')).toHaveLength(1)
    expect(pathsOfFake(fake)['scope.userLocation']!.outcomes).toEqual(['denied'])
  })

  it('the settings page switching a scope on and another off: enabledInSettings, disabledInSettings', async () => {
    const fake = fresh()
    fake.user.hasDenied('scope.userLocation').hasAllowed('scope.camera')
    fake.user.inSettings.willEnable('scope.userLocation').willDisable('scope.camera')
    await fake.user.tap(() => fake.wx.openSetting!())
    expect(pathsOfFake(fake)).toEqual({
      'scope.userLocation': { apis: [], outcomes: ['enabledInSettings'] },
      'scope.camera': { apis: [], outcomes: ['disabledInSettings'] },
    })
  })

  it('a settings visit that changes nothing takes no path', async () => {
    const fake = fresh()
    fake.user.hasDenied('scope.userLocation')
    await fake.user.tap(() => fake.wx.openSetting!())
    expect(pathsOfFake(fake)).toEqual({})
  })

  it.each([
    ['the OS permission', { locationAuthorized: 'denied' }],
    ['the location switch', { locationEnabled: false }],
  ] as const)('%s off once the scope passed: allowed, then systemDenied', async (_what, system) => {
    const fake = fresh({ system })
    fake.user.willAllow('scope.userLocation')
    await outcome(fake.wx.getLocation!({}))
    expect(pathsOfFake(fake)['scope.userLocation']!.outcomes).toEqual(['allowed', 'systemDenied'])
  })

  it("an API's own OS switch (bluetooth off) is systemDenied", async () => {
    const fake = fresh({ system: { bluetoothEnabled: false } })
    fake.user.hasAllowed('scope.bluetooth')
    await outcome(fake.wx.openBluetoothAdapter!({}))
    expect(pathsOfFake(fake)).toEqual({ 'scope.bluetooth': { apis: ['openBluetoothAdapter'], outcomes: ['systemDenied'] } })
  })

  it('the privacy popup refused, then the 10 s gap: privacyDenied for the scope the call asks for', async () => {
    const fake = fresh({ privacy: { needAuthorization: true }, baseLibrary: '3.4.1' })
    fake.user.willDisagreePrivacy()
    await outcome(fake.wx.getLocation!({}))
    await outcome(fake.wx.authorize!({ scope: 'scope.camera' })) // in the gap: no popup
    expect(pathsOfFake(fake)).toEqual({
      'scope.userLocation': { apis: ['getLocation'], outcomes: ['privacyDenied'] },
      'scope.camera': { apis: ['authorize'], outcomes: ['privacyDenied'] },
    })
  })

  it('from base library 3.4.2 the agreement is part of the scope popup: refusing that popup is denied', async () => {
    const fake = fresh({ privacy: { needAuthorization: true } })
    fake.user.willDeny('scope.werun')
    await outcome(fake.wx.getWeRunData!({}))
    expect(fake.log.results()[0]!.result).toEqual({ errMsg: 'getWeRunData:fail auth deny', errno: 103 })
    expect(pathsOfFake(fake)).toEqual({ 'scope.werun': { apis: ['getWeRunData'], outcomes: ['denied'] } })
  })

  it("the privacy listener's refusal is privacyDenied", async () => {
    const fake = fresh({ privacy: { needAuthorization: true } })
    fake.wx.onNeedPrivacyAuthorization!((resolve) => resolve({ event: 'disagree' }))
    await outcome(fake.wx.getWeRunData!({}))
    expect(pathsOfFake(fake)).toEqual({ 'scope.werun': { apis: ['getWeRunData'], outcomes: ['privacyDenied'] } })
  })

  it('an undeclared privacy type (112) is privacyUndeclared', async () => {
    const fake = fresh({ privacy: { undeclared: ['getLocation'] } })
    await outcome(fake.wx.getLocation!({}))
    expect(pathsOfFake(fake)).toEqual({ 'scope.userLocation': { apis: ['getLocation'], outcomes: ['privacyUndeclared'] } })
  })

  it.each([
    ['no permission desc', { permission: {}, requiredPrivateInfos: ['getLocation'] }, 'getLocation'],
    ['not in requiredPrivateInfos', { permission: { 'scope.userLocation': { desc: '查找门店' } } }, 'getLocation'],
    ['no permission desc, via authorize', { permission: {} }, 'authorize'],
  ] as const)('app.json lacking the declaration (%s) is appJsonUndeclared', async (_what, appJson, api) => {
    const fake = fresh({ appJson })
    await outcome(api === 'authorize' ? fake.wx.authorize!({ scope: 'scope.userLocation' }) : fake.wx.getLocation!({}))
    expect(pathsOfFake(fake)).toEqual({ 'scope.userLocation': { apis: [api], outcomes: ['appJsonUndeclared'] } })
  })

  it('no privacy guide at all (appid privacy api banned) is privacyUndeclared', async () => {
    const fake = fresh({ privacy: { banned: true } })
    await outcome(fake.wx.getLocation!({}))
    expect(pathsOfFake(fake)).toEqual({ 'scope.userLocation': { apis: ['getLocation'], outcomes: ['privacyUndeclared'] } })
  })

  it.each([false, true])('an API the MP console has not enabled is apiNotEnabled, called or asked for with authorize (legacyErrMsg %s)', async (legacyErrMsg) => {
    const fake = fresh({ notEnabled: ['getLocation'], legacyErrMsg })
    await outcome(fake.wx.getLocation!({}))
    await outcome(fake.wx.authorize!({ scope: 'scope.userLocation' }))
    expect(pathsOfFake(fake)).toEqual({ 'scope.userLocation': { apis: ['getLocation', 'authorize'], outcomes: ['apiNotEnabled'] } })
    expect(fake.log.results().map((r) => r.failure)).toEqual(['api-not-enabled', legacyErrMsg ? 'legacy-scope-unauthorized' : 'scope-unauthorized'])
  })

  it("older iOS clients' getLocation:fail 1 (the OS permission, legacyErrMsg) is systemDenied", async () => {
    const fake = fresh({ platform: 'ios', legacyErrMsg: true, system: { locationAuthorized: 'denied' } })
    fake.user.hasAllowed('scope.userLocation')
    await outcome(fake.wx.getLocation!({}))
    expect(fake.log.results()[0]!.failure).toBe('legacy-system-deny')
    expect(pathsOfFake(fake)['scope.userLocation']!.outcomes).toEqual(['systemDenied'])
  })

  it('a background location call without the background mode is appJsonUndeclared', async () => {
    const fake = fresh({ appJson: { permission: { 'scope.userLocation': { desc: '导航' } }, requiredPrivateInfos: ['startLocationUpdateBackground'] } })
    await outcome(fake.wx.startLocationUpdateBackground!({}))
    expect(pathsOfFake(fake)['scope.userLocationBackground']!.outcomes).toEqual(['appJsonUndeclared'])
  })

  it('openSetting without a tap counts tapMissing for the scopes the test used and those refused at its end', async () => {
    const fake = fresh()
    fake.user.willDeny('scope.userLocation')
    await outcome(fake.wx.getLocation!({}))
    await outcome(fake.wx.openSetting!())
    expect(pathsOfFake(fake, ['scope.userLocation', 'scope.camera'])).toEqual({
      'scope.userLocation': { apis: ['getLocation'], outcomes: ['denied', 'tapMissing'] },
      'scope.camera': { apis: [], outcomes: ['tapMissing'] },
    })
  })

  it('the refused scopes are asked for only when openSetting failed for want of a tap', async () => {
    const fake = fresh()
    fake.user.willDeny('scope.userLocation')
    await outcome(fake.wx.getLocation!({}))
    const asked: string[] = []
    pathsOf(fake.log.entries, hostOf(fake), () => {
      asked.push('denied scopes')
      return []
    })
    expect(asked).toEqual([])
  })

  it('a worker keeps the refused scopes only for a log where openSetting failed for want of a tap', async () => {
    const fake = fresh()
    fake.user.willDeny('scope.userLocation')
    await outcome(fake.wx.getLocation!({}))
    await outcome(fake.wx.getLocation!({}))
    expect(mayNeedDeniedScopes(fake.log.entries)).toBe(false)
    await outcome(fake.wx.openSetting!())
    expect(mayNeedDeniedScopes(fake.log.entries)).toBe(true)
    const promised = fresh()
    await promised.wx.openSetting!().catch(() => undefined) // a rejected promise, not a fail callback
    expect(mayNeedDeniedScopes(promised.log.entries)).toBe(true)
    expect(mayNeedDeniedScopes([])).toBe(false)
  })

  it('without the refused scopes, openSetting without a tap counts tapMissing for the scopes the test used only', async () => {
    const fake = fresh()
    fake.user.willDeny('scope.userLocation')
    await outcome(fake.wx.getLocation!({}))
    await outcome(fake.wx.openSetting!())
    expect(pathsOf(fake.log.entries, hostOf(fake))).toEqual({ 'scope.userLocation': { apis: ['getLocation'], outcomes: ['denied', 'tapMissing'] } })
  })

  it("a tap missing from a call with a scope of its own (getUserProfile) counts for that scope only", async () => {
    const fake = fresh()
    fake.user.willAllow('scope.userLocation')
    await outcome(fake.wx.getLocation!({}))
    await outcome(fake.wx.getUserProfile!({ desc: '完善资料' }))
    expect(pathsOfFake(fake, ['scope.camera'])).toEqual({
      'scope.userLocation': { apis: ['getLocation'], outcomes: ['allowed'] },
      'scope.userInfo': { apis: ['getUserProfile'], outcomes: ['tapMissing'] },
    })
  })

  it('a call of an API the host has no record of (a log from another host) uses no scope', () => {
    const entries = [{ id: 1, type: 'call', api: 'my.getAuthCode', args: {}, style: 'async', tap: false }] as unknown as LogEntry[]
    expect(pathsOf(entries, hostOf(fresh()))).toEqual({})
  })

  it('a worker keeps the refused scopes for openSetting failed for want of a tap through its fail callback too', async () => {
    const fake = fresh()
    await new Promise((settled) => fake.wx.openSetting!({ fail: settled }))
    expect(mayNeedDeniedScopes(fake.log.entries)).toBe(true)
  })

  it('getUserProfile without a tap is tapMissing for scope.userInfo; its popup refused is denied', async () => {
    const fake = fresh()
    fake.user.willDeny('scope.userInfo')
    await outcome(fake.wx.getUserProfile!({ desc: '完善资料' }))
    await fake.user.tap(() => outcome(fake.wx.getUserProfile!({ desc: '完善资料' })))
    expect(pathsOfFake(fake)).toEqual({ 'scope.userInfo': { apis: ['getUserProfile'], outcomes: ['tapMissing', 'denied'] } })
  })

  it('a tap missing from a call with no scope, in a test that used none, counts for no scope', async () => {
    const fake = fresh()
    await outcome(fake.wx.requestSubscribeMessage!({ tmplIds: ['t1'] }))
    expect(pathsOfFake(fake)).toEqual({})
  })

  it('a failure that is not a permission path (a parameter error, a closed picker) counts nothing for the scope', async () => {
    const fake = fresh()
    fake.user.willAllow('scope.userLocation')
    await outcome(fake.wx.getLocation!({ type: 7 }))
    await outcome(fake.wx.authorize!({ scope: 'scope.nonsense' }))
    expect(pathsOfFake(fake)).toEqual({ 'scope.userLocation': { apis: ['getLocation'], outcomes: [] } })
  })

  it('a scope WeChat before 8.0.0 shows no popup for (background location) is used, with no path', async () => {
    const fake = fresh({ clientVersion: '7.0.22' })
    await outcome(fake.wx.startLocationUpdateBackground!({}))
    expect(pathsOfFake(fake)).toEqual({ 'scope.userLocationBackground': { apis: ['startLocationUpdateBackground'], outcomes: [] } })
  })

  it('a stubbed API still counts as a use of its scope, with no path', () => {
    const fake = fresh()
    fake.mockWxMethod('getLocation', () => undefined)
    fake.wx.getLocation!({})
    fake.wx.getSetting!({})
    expect(pathsOfFake(fake)).toEqual({ 'scope.userLocation': { apis: ['getLocation'], outcomes: [] } })
  })

  it('a stub of an API fake-wx does not model (wx.request) uses no scope', () => {
    const fake = fresh()
    fake.mockWxMethod('request', () => undefined)
    fake.wx.request!({ url: 'https://example.com' })
    expect(pathsOfFake(fake)).toEqual({})
  })

  it('a privacy refusal of an API with no scope (getClipboardData) counts for no scope', async () => {
    const fake = fresh({ privacy: { needAuthorization: true } })
    fake.user.willDisagreePrivacy()
    await outcome(fake.wx.getClipboardData!({}))
    expect(pathsOfFake(fake, ['scope.camera'])).toEqual({})
  })

  it('authorize with a scope that is not a string uses no scope', async () => {
    const fake = fresh()
    await outcome(fake.wx.authorize!({ scope: 7 }))
    expect(pathsOfFake(fake)).toEqual({})
  })

  it('authorize called with no options uses no scope', async () => {
    const fake = fresh()
    await outcome(fake.wx.authorize!())
    expect(pathsOfFake(fake)).toEqual({})
  })

  it('<live-pusher> refused for the camera only: deniedEarlier for scope.camera, not scope.record', async () => {
    const fake = fresh()
    fake.user.hasAllowed('scope.record').hasDenied('scope.camera')
    await fake.components.livePusher()
    expect(pathsOfFake(fake)).toEqual({
      'scope.camera': { apis: ['<live-pusher>'], outcomes: ['deniedEarlier'] },
      'scope.record': { apis: ['<live-pusher>'], outcomes: [] },
    })
  })

  it('each outcome and API is listed once per test, in the order first reached', async () => {
    const fake = fresh()
    fake.user.willDeny('scope.userLocation', { once: true }).willAllow('scope.userLocation')
    await outcome(fake.wx.getLocation!({}))
    fake.reset()
    fake.user.willDeny('scope.userLocation')
    await outcome(fake.wx.getLocation!({}))
    await outcome(fake.wx.getLocation!({}))
    await outcome(fake.wx.getLocation!({}))
    expect(pathsOfFake(fake)).toEqual({ 'scope.userLocation': { apis: ['getLocation'], outcomes: ['denied', 'deniedEarlier'] } })
  })
})

describe('how the report names an API', () => {
  it('without the global name; components and objects by their label', () => {
    const host = hostOf(fresh())
    expect(apiName(host, 'getLocation')).toBe('getLocation')
    expect(apiName(host, 'insertCamera')).toBe('<camera>')
    expect(apiName(host, 'RecorderManager.start')).toBe('RecorderManager.start')
  })
})
