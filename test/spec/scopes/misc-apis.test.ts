/** Smaller facts of single APIs: the privacy listener's argument, getLocation's options, the components' events, unscripted policies. */
import type { WxResult } from 'fake-wx'
import { fresh, outcome } from '../../support/fixtures'

describe('wx.onNeedPrivacyAuthorization', () => {
  it('needs a function', () => {
    expect(() => fresh().wx.onNeedPrivacyAuthorization!('agree' as never)).toThrow(
      'wx.onNeedPrivacyAuthorization expects a listener function (resolve, eventInfo) => void, got string.',
    )
  })
})

describe('wx.getLocation: options', () => {
  const locate = async (options: Record<string, unknown>) => {
    const fake = fresh({ authSetting: { 'scope.userLocation': true } })
    return (await fake.wx.getLocation!(options)) as WxResult & { latitude: number; longitude: number; altitude: number; verticalAccuracy: number }
  }

  it('reports altitude only when asked for', async () => {
    const plain = await locate({})
    expect([plain.altitude, plain.verticalAccuracy]).toEqual([0, 0])
    const high = await locate({ altitude: true })
    expect(high.verticalAccuracy).toBeGreaterThanOrEqual(3)
  })

  it('gives wgs84 unless gcj02 is asked for; gcj02 is the same place shifted a little', async () => {
    const wgs84 = await locate({ type: 'wgs84' })
    expect(await locate({})).toEqual(wgs84)
    expect(await locate({ type: 'bd09' })).toEqual(wgs84)
    const gcj02 = await locate({ type: 'gcj02' })
    expect(gcj02.latitude).not.toBe(wgs84.latitude)
    expect(Math.abs(gcj02.latitude - wgs84.latitude)).toBeLessThan(0.01)
    expect(Math.abs(gcj02.longitude - wgs84.longitude)).toBeLessThan(0.01)
  })
})

describe('components: the event once allowed', () => {
  it('<live-pusher> reports it connected', async () => {
    const fake = fresh({ authSetting: { 'scope.camera': true, 'scope.record': true } })
    await expect(fake.components.livePusher()).resolves.toEqual({ type: 'statechange', detail: { code: 1001, message: '已经连接推流服务器' } })
  })

  it('<camera> is ready with its zoom', async () => {
    const fake = fresh({ authSetting: { 'scope.camera': true } })
    await expect(fake.components.camera()).resolves.toEqual({ type: 'initdone', detail: { maxZoom: 1 } })
  })
})

describe('a function as onUnscriptedPrompt', () => {
  it('decides the permission popups it is told about', async () => {
    const asked: unknown[] = []
    const fake = fresh({
      onUnscriptedPrompt: (prompt) => {
        asked.push(prompt)
        return 'allow'
      },
    })
    expect((await outcome(fake.wx.getWeRunData!()))[1].errMsg).toBe('getWeRunData:ok')
    expect(asked).toEqual([{ scope: 'scope.werun', api: 'getWeRunData' }])
  })

  it('is not asked about other prompts: they are errors', async () => {
    const fake = fresh({ onUnscriptedPrompt: () => 'allow' })
    await expect(fake.wx.showModal!({ title: '提示' })).resolves.toEqual({ errMsg: 'showModal:ok', confirm: false, cancel: true })
    expect(fake.log.problems().map((p) => p.kind)).toEqual(['unscripted-prompt'])
  })

  it('no decision counts as an error, and other prompts are errors', async () => {
    const fake = fresh({ onUnscriptedPrompt: () => undefined })
    await outcome(fake.wx.getWeRunData!())
    await fake.wx.showModal!({ title: '提示' })
    expect(fake.log.problems().map((p) => p.kind)).toEqual(['unscripted-prompt', 'unscripted-prompt'])
  })
})
