/** The settings page step by step: what a visit changes and logs, and the one 位置信息 entry for both location scopes. */
import { fresh } from '../../support/fixtures'

type Fake = ReturnType<typeof fresh>
const visit = async (fake: Fake) => {
  await fake.user.tap(() => fake.wx.openSetting!())
  const visits = fake.log.settingsVisits()
  return visits[visits.length - 1]!
}
const WITH_MODE = {
  permission: { 'scope.userLocation': { desc: '用于查找附近门店' } },
  requiredPrivateInfos: ['getLocation'],
  requiredBackgroundModes: ['location'],
}

describe('the settings page', () => {
  // rule: SETTINGS-OPEN-RESULT
  it('a toggle to the value a scope already has changes nothing', async () => {
    const fake = fresh({ authSetting: { 'scope.camera': true, 'scope.record': false } })
    fake.user.inSettings.willEnable('scope.camera').willEnable('scope.record')
    const { changes, unlisted } = await visit(fake)
    expect(changes).toEqual([{ scope: 'scope.record', from: false, to: true }])
    expect(unlisted).toEqual([])
  })

  // rule: SETTINGS-LOCATION-ENTRY
  it('"while using" needs no background mode: it is applied, nothing reported', async () => {
    const fake = fresh({ appJson: { permission: WITH_MODE.permission, requiredPrivateInfos: ['getLocation'] }, authSetting: { 'scope.userLocation': false } })
    fake.user.inSettings.willChooseLocation('while-using')
    const { changes } = await visit(fake)
    expect(changes[0]).toEqual({ scope: 'scope.userLocation', from: false, to: true })
    expect(fake.scopeState('scope.userLocation')).toBe('granted')
    expect(fake.log.problems()).toEqual([])
  })

  // rule: SETTINGS-LOCATION-ALWAYS-NEEDS-MODE
  it('"always" without the background mode is reported as an unscripted prompt', async () => {
    const fake = fresh({ appJson: { permission: WITH_MODE.permission, requiredPrivateInfos: ['getLocation'] }, authSetting: { 'scope.userLocation': true } })
    fake.user.inSettings.willChooseLocation('always')
    await visit(fake)
    expect(fake.log.problems().map((p) => p.kind)).toEqual(['unscripted-prompt'])
  })

  // rule: SETTINGS-PAGE-ONLY-ASKED
  it('the location entry is not listed before either location scope was asked: the choice changes nothing', async () => {
    const fake = fresh({ appJson: WITH_MODE })
    fake.user.inSettings.willChooseLocation('always')
    const { changes } = await visit(fake)
    expect(changes).toEqual([])
    expect(fake.scopeState('scope.userLocation')).toBe('unasked')
    expect(fake.scopeState('scope.userLocationBackground')).toBe('unasked')
  })

  // rule: SETTINGS-LOCATION-ENTRY
  it('the location entry sets both scopes; one never asked counts as off before', async () => {
    const fake = fresh({ appJson: WITH_MODE, authSetting: { 'scope.userLocation': false } })
    fake.user.inSettings.willChooseLocation('always')
    const { changes } = await visit(fake)
    expect(changes).toEqual([
      { scope: 'scope.userLocation', from: false, to: true },
      { scope: 'scope.userLocationBackground', from: false, to: true },
    ])
  })

  // rule: SETTINGS-LOCATION-ENTRY
  it('choosing what both scopes already are changes nothing', async () => {
    const fake = fresh({ appJson: WITH_MODE, authSetting: { 'scope.userLocation': true, 'scope.userLocationBackground': true } })
    fake.user.inSettings.willChooseLocation('always')
    const { changes } = await visit(fake)
    expect(changes).toEqual([])
  })
})
