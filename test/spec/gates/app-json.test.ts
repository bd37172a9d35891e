/** app.json declarations. */
import { createFakeWx } from 'fake-wx'
import { fresh, outcome } from '../../support/fixtures'

const DECLARED = {
  permission: { 'scope.userLocation': { desc: '用于查找附近门店' } },
  requiredPrivateInfos: ['getLocation', 'chooseLocation'],
}

describe('checked when the fake is created (what the devtools refuse to compile)', () => {
  // rule: APPJSON-FUZZY-PRECISE-EXCLUSIVE
  it('getFuzzyLocation with a precise-location API is rejected with the devtools message', () => {
    expect(() => createFakeWx({ appJson: { requiredPrivateInfos: ['getFuzzyLocation', 'getLocation'] } })).toThrow(
      "app.json: requiredPrivateInfos 'getFuzzyLocation' 与 'getLocation'、'onLocationChange'、'startLocationUpdate'、'startLocationUpdateBackground' 互斥",
    )
  })

  // rule: APPJSON-PICKERS-WITH-EITHER
  it('getFuzzyLocation with chooseLocation/choosePoi/chooseAddress is fine', () => {
    expect(() => createFakeWx({ appJson: { requiredPrivateInfos: ['getFuzzyLocation', 'chooseLocation', 'choosePoi', 'chooseAddress'] } })).not.toThrow()
  })

  // rule: APPJSON-DESC-MAX-30
  it('a desc over 30 characters is rejected', () => {
    const desc = '我们需要获取您的地理位置信息以便为您推荐附近的门店并计算配送距离和运费谢谢'
    expect(() => createFakeWx({ appJson: { permission: { 'scope.userLocation': { desc } } } })).toThrow(
      /permission\['scope\.userLocation'\]\.desc is \d+ characters; WeChat allows at most 30/,
    )
  })

  // rule: APPJSON-DESC-MAX-30
  it('a desc of exactly 30 characters is accepted, 31 rejected (characters, not bytes)', () => {
    const thirty = '用于查找附近门店并计算配送距离'.repeat(2)
    expect([...thirty]).toHaveLength(30) // 90 bytes in UTF-8
    const withDesc = (desc: string) => () => createFakeWx({ appJson: { permission: { 'scope.userLocation': { desc } } } })
    expect(withDesc(thirty)).not.toThrow()
    expect(withDesc(`${thirty}谢`)).toThrow(
      `app.json: permission['scope.userLocation'].desc is 31 characters; WeChat allows at most 30 (the devtools reject the file as "无效的json文件").`,
    )
  })

  // rule: APPJSON-DESC-MAX-30
  it('a 30-character desc lets the location API through the app.json gate', async () => {
    const fake = fresh({
      appJson: { permission: { 'scope.userLocation': { desc: '用于查找附近门店并计算配送距离'.repeat(2) } }, requiredPrivateInfos: ['getLocation'] },
    })
    fake.user.willAllow('scope.userLocation')
    const [settled, res] = await outcome(fake.wx.getLocation!({}))
    expect([settled, res.errMsg]).toEqual(['resolved', 'getLocation:ok'])
  })

  // rule: APPJSON-PRIVATE-INFOS-VALUES
  it('an undeclarable requiredPrivateInfos value is rejected with a suggestion', () => {
    expect(() => createFakeWx({ appJson: { requiredPrivateInfos: ['getLocaton'] } })).toThrow(/Did you mean 'getLocation'\?/)
  })
})

describe.each([
  ['ios', ' '],
  ['android', ':'],
] as const)('at runtime on %s', (platform, sep) => {
  // rule: APPJSON-PERMISSION-DESC, ERRMSG-REQUIRE-PERMISSION-DESC, GATE-ORDER-APPJSON-FIRST
  it('a location scope without permission.desc fails with require permission desc', async () => {
    const fake = fresh({ platform, appJson: { requiredPrivateInfos: ['getLocation'] } })
    expect(await outcome(fake.wx.getLocation!({}))).toEqual(['rejected', { errMsg: `getLocation:fail${sep}require permission desc` }])
    // The only authorize report (iOS, rule ERRMSG-REQUIRE-PERMISSION-DESC) has the colon on every platform we model.
    expect(await outcome(fake.wx.authorize!({ scope: 'scope.userLocation' }))).toEqual([
      'rejected',
      { errMsg: 'authorize:fail:require permission desc' },
    ])
    expect(fake.log.prompts()).toHaveLength(0)
  })

  // rule: APPJSON-PRIVATE-INFOS-REQUIRED, ERRMSG-PRIVATE-INFOS, GATE-ORDER-APPJSON-FIRST
  it('an API missing from requiredPrivateInfos fails before any popup', async () => {
    const fake = fresh({ platform, appJson: { permission: DECLARED.permission, requiredPrivateInfos: [] } })
    for (const api of ['getLocation', 'chooseLocation', 'chooseAddress']) {
      expect(await outcome(fake.wx[api]!({}))).toEqual([
        'rejected',
        { errMsg: `${api}:fail the api need to be declared in the requiredPrivateInfos field in app.json/ext.json` },
      ])
    }
    expect(fake.log.prompts()).toHaveLength(0)
  })

  it('a well-declared app goes on to the scope popup', async () => {
    const fake = fresh({ platform, appJson: DECLARED })
    fake.user.willAllow('scope.userLocation')
    expect((await outcome(fake.wx.getLocation!({})))[1].errMsg).toBe('getLocation:ok')
  })
})

describe('without appJson the app is taken to declare what it uses', () => {
  it('no desc, no requiredPrivateInfos, no failure', async () => {
    const fake = fresh({ authSetting: { 'scope.userLocation': true } })
    await expect(fake.wx.getLocation!({})).resolves.toMatchObject({ errMsg: 'getLocation:ok' })
    await expect(fake.wx.chooseLocation!({})).resolves.toMatchObject({ errMsg: 'chooseLocation:ok' })
  })
})

describe('requiredBackgroundModes', () => {
  const base = { permission: DECLARED.permission, requiredPrivateInfos: ['startLocationUpdateBackground'] }

  // rule: SCOPE-BACKGROUND-NEEDS-MODE
  it('startLocationUpdateBackground needs "requiredBackgroundModes": ["location"] (the real errMsg is unverified)', async () => {
    const fake = fresh({ appJson: base, authSetting: { 'scope.userLocationBackground': true } })
    const [how, res] = await outcome(fake.wx.startLocationUpdateBackground!())
    expect(how).toBe('rejected')
    expect(res.errMsg).toBe('startLocationUpdateBackground:fail [fake-wx] app.json lacks "requiredBackgroundModes": ["location"]')
    const declared = fresh({ appJson: { ...base, requiredBackgroundModes: ['location'] }, authSetting: { 'scope.userLocationBackground': true } })
    await expect(declared.wx.startLocationUpdateBackground!()).resolves.toEqual({ errMsg: 'startLocationUpdateBackground:ok' })
  })

  // rule: SETTINGS-LOCATION-ALWAYS-NEEDS-MODE
  it('the settings page offers "always" only with the background mode declared', async () => {
    const fake = fresh({ appJson: base, authSetting: { 'scope.userLocation': true } })
    fake.user.inSettings.willChooseLocation('always')
    await fake.user.tap(() => fake.wx.openSetting!())
    expect(fake.scopeState('scope.userLocationBackground')).toBe('unasked')
    expect(() => fake.verify()).toThrow(/offers "使用小程序期间和离开小程序后" only when app\.json declares "requiredBackgroundModes"/)
  })
})
