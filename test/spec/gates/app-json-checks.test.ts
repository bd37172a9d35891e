/** app.json: the shape checks made when the fake is created, and which calls the runtime checks stop. */
import { createFakeWx } from 'fake-wx'
import { fresh, outcome } from '../../support/fixtures'

const PRIVATE_INFOS =
  'getFuzzyLocation, getLocation, onLocationChange, startLocationUpdate, startLocationUpdateBackground, chooseLocation, choosePoi, chooseAddress'

describe('app.json given to the fake: its shape', () => {
  it.each([
    ['x', "'x'"],
    [null, 'null'],
    [['getLocation'], 'an array'],
    [3, '3'],
  ])('appJson %j is refused', (appJson, described) => {
    expect(() => createFakeWx({ appJson: appJson as never })).toThrow(`options.appJson must be your app.json object, got ${described}.`)
  })

  it('requiredPrivateInfos must be an array', () => {
    expect(() => createFakeWx({ appJson: { requiredPrivateInfos: 'getLocation' as never } })).toThrow(
      "appJson.requiredPrivateInfos must be an array, got 'getLocation'.",
    )
  })

  // rule: APPJSON-PRIVATE-INFOS-VALUES
  it('an undeclarable value is refused with the list of values, a suggestion only for a string', () => {
    expect(() => createFakeWx({ appJson: { requiredPrivateInfos: ['getLocaton'] } })).toThrow(
      `appJson.requiredPrivateInfos: 'getLocaton' cannot be declared. Did you mean 'getLocation'? The values are: ${PRIVATE_INFOS}.`,
    )
    expect(() => createFakeWx({ appJson: { requiredPrivateInfos: [42 as never] } })).toThrow(
      `appJson.requiredPrivateInfos: '42' cannot be declared. The values are: ${PRIVATE_INFOS}.`,
    )
  })

  it('a permission entry without a string desc is not a length error', () => {
    expect(() => createFakeWx({ appJson: { permission: { 'scope.userLocation': null as never } } })).not.toThrow()
    expect(() => createFakeWx({ appJson: { permission: { 'scope.userLocation': { desc: 12345 as never } } } })).not.toThrow()
  })
})

describe('app.json at run time: which calls it stops', () => {
  // rule: APPJSON-PRIVATE-INFOS-REQUIRED
  it('an API that is not a private-info API and needs no desc is not stopped by an empty app.json', async () => {
    const fake = fresh({ appJson: {}, authSetting: { 'scope.werun': true } })
    expect((await outcome(fake.wx.getWeRunData!()))[1].errMsg).toBe('getWeRunData:ok')
    expect((await outcome(fake.wx.authorize!({ scope: 'scope.werun' })))[1].errMsg).toBe('authorize:ok')
  })

  // rule: APPJSON-PERMISSION-DESC
  it('an empty desc is no desc', async () => {
    const fake = fresh({ appJson: { permission: { 'scope.userLocation': { desc: '' } }, requiredPrivateInfos: ['getLocation'] }, onUnscriptedPrompt: 'allow' })
    expect(await outcome(fake.wx.getLocation!({}))).toEqual(['rejected', { errMsg: 'getLocation:fail require permission desc' }])
  })

  it('authorize for an unknown scope fails as an invalid scope, app.json or not', async () => {
    const fake = fresh({ appJson: {} })
    expect(await outcome(fake.wx.authorize!({ scope: 'scope.bogus' }))).toEqual(['rejected', { errMsg: 'authorize:fail invalid scope' }])
  })
})

describe('the settings page with the background mode declared', () => {
  // rule: SETTINGS-LOCATION-ALWAYS-NEEDS-MODE
  it('offers "always": both location scopes are granted, nothing is reported', async () => {
    const fake = fresh({
      appJson: {
        permission: { 'scope.userLocation': { desc: '用于查找附近门店' } },
        requiredPrivateInfos: ['startLocationUpdateBackground'],
        requiredBackgroundModes: ['location'],
      },
      authSetting: { 'scope.userLocation': true },
    })
    fake.user.inSettings.willChooseLocation('always')
    await fake.user.tap(() => fake.wx.openSetting!())
    expect(fake.scopeState('scope.userLocationBackground')).toBe('granted')
    expect(fake.log.problems()).toEqual([])
  })
})
