/**
 * Isolation: tests that script different users against the default controller and the global
 * `wx`, run in any order (Vitest --sequence.shuffle, Jest --randomize) and in parallel workers. Each test
 * first checks that it starts from a clean fake, so any leak fails whichever test runs next.
 */
import { createFakeWx, fakeWx, user, type Scope, type WxApiFunction } from 'fake-wx'

const wx = (globalThis as unknown as { wx: Record<string, WxApiFunction> }).wx

const CASES: readonly (readonly [Scope, string, Record<string, unknown>])[] = [
  ['scope.userLocation', 'getLocation', { type: 'gcj02' }],
  ['scope.werun', 'getWeRunData', {}],
  ['scope.writePhotosAlbum', 'saveImageToPhotosAlbum', { filePath: 'http://tmp/a.png' }],
  ['scope.bluetooth', 'openBluetoothAdapter', {}],
  ['scope.addPhoneContact', 'addPhoneContact', { firstName: '明' }],
]

function expectCleanFake(): void {
  expect(fakeWx.log.entries).toEqual([])
  for (const [scope] of CASES) expect(fakeWx.scopeState(scope)).toBe('unasked')
  expect(fakeWx.options.platform).toBe('devtools')
  expect(wx).toBe(fakeWx.wx)
  expect((globalThis as { wx?: unknown }).wx).toBe(fakeWx.wx)
}

describe.each(CASES)('%s', (scope, api, options) => {
  it.each([0, 1, 2, 3])('user allows (#%i)', async () => {
    expectCleanFake()
    user.willAllow(scope)
    await expect(wx[api]!(options)).resolves.toMatchObject({ errMsg: `${api}:ok` })
    expect(fakeWx.scopeState(scope)).toBe('granted')
  })

  it.each([0, 1, 2, 3])('user denies on Android (#%i)', async () => {
    expectCleanFake()
    fakeWx.configure({ platform: 'android' })
    user.willDeny(scope).hasDenied('scope.camera')
    await expect(wx[api]!(options)).rejects.toMatchObject({ errMsg: `${api}:fail:auth denied` })
    expect(fakeWx.scopeState(scope)).toBe('denied')
  })

  it('a mock, a handler, a listener, a hand-set function and a pending callback do not outlive the test', async () => {
    expectCleanFake()
    fakeWx.mockWxMethod('getBatteryInfoSync', () => ({ level: 50 }))
    fakeWx.use({ addCard: () => ({ cardList: [] }) })
    wx.onNetworkStatusChange!(() => {})
    ;(wx as Record<string, unknown>).showShareImageMenu = () => 'by hand'
    user.willAllow(scope)
    wx[api]!({ ...options, complete: () => {} }) // left pending on purpose: reset() drops it
    expect(wx.getBatteryInfoSync!()).toEqual({ level: 50 })
    expect(wx.canIUse!('addCard')).toBe(true)
  })

  it('sees no mock, handler, listener or hand-set function of another test', () => {
    expectCleanFake()
    expect(wx.canIUse!('getBatteryInfoSync')).toBe(false)
    expect(wx.canIUse!('addCard')).toBe(false)
    expect(fakeWx.emit('networkStatusChange', { isConnected: false })).toBe(0)
    expect(wx.showShareImageMenu).toBe(fakeWx.wx.showShareImageMenu)
    expect((wx.showShareImageMenu as unknown as { getMockName(): string }).getMockName()).toBe('wx.showShareImageMenu')
  })
})

describe('a test that installs a fake of its own', () => {
  it.each([0, 1, 2])('and never uninstalls it (#%i) leaves the other tests untouched', () => {
    expectCleanFake()
    const own = createFakeWx({ platform: 'android' })
    own.install()
    expect((globalThis as { wx?: unknown }).wx).toBe(own.wx)
  })
})
