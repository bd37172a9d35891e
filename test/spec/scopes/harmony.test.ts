/** HarmonyOS NEXT WeChat: platforms 'ohos' (phone) and 'ohos_pc' (PC). */
import { platforms } from 'fake-wx'
import { fresh, messageOf, outcome } from '../../support/fixtures'

describe('HarmonyOS NEXT', () => {
  // rule: PLATFORM-OHOS
  it("is two platforms, 'ohos' and 'ohos_pc', as getDeviceInfo().platform names them", () => {
    expect(platforms).toContain('ohos')
    expect(platforms).toContain('ohos_pc')
    expect(fresh({ platform: 'ohos' }).options.platform).toBe('ohos')
  })

  // rule: PLATFORM-OHOS
  it.each(['ohos', 'ohos_pc'] as const)('%s runs base library 3.7.0 and later: an older baseLibrary is a misuse', (platform) => {
    expect(() => fresh({ platform, baseLibrary: '3.7.0' })).not.toThrow()
    expect(messageOf(() => fresh({ platform, baseLibrary: '3.6.9' }))).toBe(
      `[fake-wx] options.baseLibrary '3.6.9' is older than platform '${platform}' runs: it needs base library 3.7.0 or later. Pass baseLibrary: '3.7.0' or newer, or another platform.`,
    )
    // The check holds for configure() too, whichever of the two options comes later.
    const fake = fresh({ baseLibrary: '3.0.0' })
    expect(() => fake.configure({ platform })).toThrow(/needs base library 3\.7\.0/)
  })

  // rule: PLATFORM-OHOS-SPELLINGS
  it.each([
    ['ios', 'getLocation:fail auth deny', 'authorize:fail auth deny', 103],
    ['android', 'getLocation:fail:auth denied', 'authorize:fail auth deny', undefined],
  ] as const)("ohosErrMsg: '%s' spells a refusal %s", async (ohosErrMsg, api, authorize, authorizeErrno) => {
    for (const platform of ['ohos', 'ohos_pc'] as const) {
      const fake = fresh({ platform, ohosErrMsg, authSetting: { 'scope.userLocation': false } })
      expect((await outcome(fake.wx.getLocation!({})))[1]).toEqual({ errMsg: api, errno: 103 })
      expect((await outcome(fake.wx.authorize!({ scope: 'scope.userLocation' })))[1]).toEqual({ errMsg: authorize, ...(authorizeErrno && { errno: authorizeErrno }) })
    }
  })

  it('ohosErrMsg changes only the HarmonyOS clients', async () => {
    const fake = fresh({ platform: 'ios', ohosErrMsg: 'android', authSetting: { 'scope.userLocation': false } })
    expect((await outcome(fake.wx.getLocation!({})))[1].errMsg).toBe('getLocation:fail auth deny')
  })

  // rule: TAP-PROMISE-OHOS
  it.each(['ohos', 'ohos_pc'] as const)('%s keeps tap state across await, as every client but iOS', async (platform) => {
    const fake = fresh({ platform })
    const result = await fake.user.tap(async () => {
      await Promise.resolve()
      return outcome(fake.wx.openSetting!())
    })
    expect(result[1].errMsg).toBe('openSetting:ok')
  })

  // rule: FILES-PROTOCOL-OHOS
  it('the phone keeps local files under wxfile://, the PC under http:// as the other PC clients', async () => {
    for (const [platform, prefix] of [['ohos', /^wxfile:\/\/tmp_/], ['ohos_pc', /^http:\/\/tmp\//]] as const) {
      const fake = fresh({ platform })
      fake.user.willPick(['a.jpg'])
      const [, res] = await outcome(fake.wx.chooseImage!({}))
      expect((res.tempFilePaths as string[])[0]).toMatch(prefix)
    }
  })

  // rule: FILES-PROTOCOL-OHOS
  it("filePaths picks the other form where the platform's is undocumented", async () => {
    for (const [filePaths, prefix] of [['http', /^http:\/\/tmp\//], ['wxfile', /^wxfile:\/\/tmp_/]] as const) {
      const fake = fresh({ platform: filePaths === 'http' ? 'ohos' : 'ohos_pc', filePaths })
      fake.user.willPick(['a.jpg'])
      const [, res] = await outcome(fake.wx.chooseImage!({}))
      expect((res.tempFilePaths as string[])[0]).toMatch(prefix)
    }
    expect(messageOf(() => fresh({ filePaths: 'file' as never }))).toBe("[fake-wx] options.filePaths must be one of 'wxfile', 'http', got 'file'. Did you mean 'wxfile'?")
  })

  it.each(['ohos', 'ohos_pc'] as const)('%s reports no iOS-only field of getAppAuthorizeSetting', (platform) => {
    const setting = fresh({ platform }).wx.getAppAuthorizeSetting!() as Record<string, unknown>
    expect(Object.keys(setting).sort()).toEqual(['bluetoothAuthorized', 'cameraAuthorized', 'locationAuthorized', 'microphoneAuthorized', 'notificationAuthorized', 'phoneCalendarAuthorized'])
  })

  it("ohosErrMsg must be 'ios' or 'android'", () => {
    expect(messageOf(() => fresh({ ohosErrMsg: 'harmony' as never }))).toBe("[fake-wx] options.ohosErrMsg must be one of 'ios', 'android', got 'harmony'.")
  })
})
