/**
 * The snapshot timeline. Snapshots here are checked for parity between Jest and Vitest by
 * test/support/check-snapshot-parity.mjs: the same test must give the same text under both runners.
 */
import { createFakeWx, fakeWx, user } from 'fake-wx'
import { printTimeline } from 'fake-wx/serializer'
import { locateShop } from '../../support/locate-shop'

async function refusalLeadsToSettings(): Promise<void> {
  user.willDeny('scope.userLocation').willConfirmModal()
  user.inSettings.willEnable('scope.userLocation')
  await user.tap(() => locateShop())
}

describe('the snapshot timeline', () => {
  it('tells the refusal story: popup, answer, modal, settings visit, retry', async () => {
    await refusalLeadsToSettings()
    expect(fakeWx.log).toMatchSnapshot()
  })

  it('prints one header per call and indents its events under it', async () => {
    user.willAllow('scope.userLocation')
    wx.getLocation({ type: 'wgs84', success: () => undefined })
    await fakeWx.settled()
    const [header, ...events] = printTimeline(fakeWx.log).split('\n')
    expect(header).toBe("#1 wx.getLocation({ type: 'wgs84' })")
    expect(events.slice(0, 2)).toEqual(['  popup scope.userLocation: 获取你的位置信息', '  user allows'])
    expect(events[2]).toMatch(/^ {2}success \{$/)
    expect(events.every((line) => line.startsWith('  '))).toBe(true)
  })

  it('refers back to an earlier call whose events come after a later call', async () => {
    user.willDeny('scope.userLocation').willCancelModal()
    await wx.getLocation({
      fail: () => void wx.showModal({ title: '需要位置权限', success: () => undefined }),
      complete: () => undefined,
    })
    await fakeWx.settled()
    expect(printTimeline(fakeWx.log)).toBe(
      [
        '#1 wx.getLocation()',
        '  popup scope.userLocation: 获取你的位置信息',
        '  user denies',
        "  fail { errMsg: 'getLocation:fail auth deny', errno: 103 }",
        "#2 wx.showModal({ title: '需要位置权限' })",
        "  modal '需要位置权限'",
        '#1 wx.getLocation (continued)',
        '  complete',
        '#2 wx.showModal (continued)',
        '  user cancels',
        "  success { errMsg: 'showModal:ok', confirm: false, cancel: true }",
      ].join('\n'),
    )
    expect(fakeWx.log).toMatchSnapshot()
  })

  it('shows promise-style calls as resolve and reject', async () => {
    user.hasDenied('scope.writePhotosAlbum')
    await wx.saveImageToPhotosAlbum({ filePath: 'http://tmp/a.png' }).catch(() => undefined)
    await wx.showToast({ title: '保存失败', icon: 'none' })
    expect(fakeWx.log).toMatchSnapshot()
    expect(printTimeline(fakeWx.log)).toContain("  reject { errMsg: 'saveImageToPhotosAlbum:fail auth deny', errno: 103 }")
  })

  it('shows an unscripted popup as a problem line', async () => {
    await wx.authorize({ scope: 'scope.userLocation' }).catch(() => undefined)
    const text = printTimeline(fakeWx.log)
    expect(text).toContain("  problem: wx.authorize showed the permission popup for 'scope.userLocation', but the test scripted no answer.")
    expect(text).toContain("  reject { errMsg: 'authorize:fail [fake-wx] no answer scripted for the scope.userLocation popup' }")
    expect(fakeWx.log).toMatchSnapshot()
    fakeWx.reset() // seen: the preset's afterEach check must not fail this test
  })

  it('cuts long strings such as encryptedData to a fixed prefix', async () => {
    user.willAllow('scope.werun')
    const result = (await wx.getWeRunData()) as { encryptedData: string }
    expect(result.encryptedData.length).toBeGreaterThan(1000)
    const text = printTimeline(fakeWx.log)
    expect(text).not.toContain(result.encryptedData)
    expect(text).toContain(`encryptedData: '${result.encryptedData.slice(0, 24)}…'`)
    expect(Math.max(...text.split('\n').map((line) => line.length))).toBeLessThanOrEqual(100)
    expect(fakeWx.log).toMatchSnapshot()
  })

  it('marks tapped and mocked calls', async () => {
    fakeWx.mockWxMethod('getBatteryInfoSync', () => ({ platform: 'ios' }))
    wx.getBatteryInfoSync!()
    await user.tap(() => wx.showToast({ title: '好' }))
    expect(printTimeline(fakeWx.log).split('\n').filter((line) => line.startsWith('#'))).toEqual([
      '#1 wx.getBatteryInfoSync() [mocked]',
      "#2 wx.showToast({ title: '好' }) [tap]",
    ])
  })

  it('names calls that are not wx functions as what they are: a button, a manager method', async () => {
    user.willDeny('scope.userLocation')
    await wx.getLocation({}).catch(() => undefined)
    user.inSettings.willEnable('scope.userLocation')
    user.willAllow('scope.record')
    await user.tapOpenSettingButton()
    ;(wx.getRecorderManager() as { start(options: object): void }).start({ duration: 1000 })
    await fakeWx.settled()
    expect(printTimeline(fakeWx.log).split('\n').filter((line) => line.startsWith('#'))).toEqual([
      '#1 wx.getLocation()',
      '#2 <button open-type="openSetting">',
      '#3 wx.getRecorderManager()',
      '#4 RecorderManager.start({ duration: 1000 })',
    ])
    expect(fakeWx.log).toMatchSnapshot()
  })

  it('says so when nothing was called', () => {
    expect(printTimeline(fakeWx.log)).toBe('(no wx calls)')
    expect(fakeWx.log).toMatchSnapshot()
  })

  it('gives the same text for the same test, run after run', async () => {
    await refusalLeadsToSettings()
    const first = printTimeline(fakeWx.log)
    fakeWx.reset()
    await refusalLeadsToSettings()
    expect(printTimeline(fakeWx.log)).toBe(first)
  })

  it('prints a controller as its log, and ignores its wx, its user and other values', async () => {
    const other = createFakeWx()
    other.user.willAllow('scope.camera')
    await other.wx.authorize!({ scope: 'scope.camera' })
    expect(printTimeline(other)).toBe(printTimeline(other.log))
    expect(other).toMatchSnapshot()
    expect(() => printTimeline(other.wx)).toThrow('printTimeline expects a fake-wx log or controller')
  })

  it('indents the timeline where it stands inside another value', async () => {
    await wx.showToast({ title: '好' })
    expect({ log: fakeWx.log }).toMatchSnapshot()
  })
})
