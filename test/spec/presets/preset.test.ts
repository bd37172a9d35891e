/**
 * What the runner preset did for this very file (fake-wx/vitest under Vitest, fake-wx/jest under
 * Jest): the global wx, the matchers, the serializer, the reset before each test. The afterEach check is
 * run here as the hook the set-up registers; that it fails a real runner's test is proven from outside, by
 * the test projects (test/support/test-projects.mjs).
 */
import { createFakeWx, fakeWx, installFakeWx, user } from 'fake-wx'
import { installGlobalWx } from 'fake-wx/auto'
import { setUpFakeWx } from '../../../presets/set-up'

/** The global as the runtime sees it (mini-program typings declare `wx` as a constant, not on globalThis). */
const host = globalThis as { wx?: unknown }

describe('the runner preset', () => {
  it('installs the default fake as the global wx', () => {
    expect(host.wx).toBe(fakeWx.wx)
    expect(wx.getLocation).toBe(fakeWx.wx.getLocation)
  })

  it('registers the matchers and the timeline serializer', () => {
    expect(wx).not.toHavePrompted()
    expect(fakeWx.log).toMatchInlineSnapshot(`(no wx calls)`)
  })

  describe('resets the fake before each test', () => {
    it('(a test that leaves a decision, a script and calls behind)', async () => {
      user.willDeny('scope.userLocation').willConfirmModal()
      await wx.getLocation({}).catch(() => undefined)
      expect(wx).toHaveScope('scope.userLocation', 'denied')
    })

    it('(the next test starts from scratch)', async () => {
      expect(fakeWx.log.entries).toHaveLength(0)
      expect(wx).toHaveScope('scope.userLocation', 'unasked')
      // The standing willConfirmModal() of the previous test is gone too: this modal is unscripted.
      await wx.showModal({ title: '?' })
      expect(() => fakeWx.verify()).toThrow('user.willConfirmModal()')
      fakeWx.reset()
    })
  })

  it('registers an afterEach hook that fails a test which left an unscripted popup, naming the line to add', async () => {
    // The same set-up the preset runs, given hooks that keep what it registers instead of a runner's.
    const registered: { beforeEach: (() => void)[]; afterEach: (() => void)[] } = { beforeEach: [], afterEach: [] }
    setUpFakeWx({
      expect: { extend: () => {}, addSnapshotSerializer: () => {} },
      beforeEach: (fn) => registered.beforeEach.push(fn),
      afterEach: (fn) => registered.afterEach.push(fn),
    })
    expect(registered.afterEach).toHaveLength(1)
    const afterEachHook = registered.afterEach[0]!
    // A clean test passes the hook.
    expect(afterEachHook).not.toThrow()
    await wx.getLocation({}).catch(() => undefined)
    expect(afterEachHook).toThrow(
      "wx.getLocation showed the permission popup for 'scope.userLocation', but the test scripted no answer.\nAdd one before the code runs:\n  user.willAllow('scope.userLocation')",
    )
    fakeWx.reset()
    expect(afterEachHook).not.toThrow()
  })

  it("fakeWx.verify(), which that hook runs, names what happened and the line to add", async () => {
    await wx.getLocation({}).catch(() => undefined)
    let message = ''
    try {
      fakeWx.verify()
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).toContain("wx.getLocation showed the permission popup for 'scope.userLocation', but the test scripted no answer.")
    expect(message).toContain("user.willAllow('scope.userLocation')")
    fakeWx.reset()
  })
})

describe('fake-wx/auto', () => {
  const original = Object.getOwnPropertyDescriptor(globalThis, 'wx')
  afterEach(() => {
    if (original !== undefined) Object.defineProperty(globalThis, 'wx', original)
  })

  it('is idempotent: installing again keeps the same global wx', () => {
    installGlobalWx()
    expect(host.wx).toBe(fakeWx.wx)
  })

  it("replaces a wx left by another copy of fake-wx", () => {
    host.wx = createFakeWx().wx
    installGlobalWx()
    expect(host.wx).toBe(fakeWx.wx)
  })

  it('installFakeWx() with no options installs the default fake and returns it', () => {
    delete host.wx
    expect(installFakeWx()).toBe(fakeWx)
    expect(host.wx).toBe(fakeWx.wx)
  })

  it('installs the fake when there is no global wx', () => {
    delete host.wx
    installGlobalWx()
    expect(host.wx).toBe(fakeWx.wx)
  })

  it('keeps a copy of its own wx (miniprogram-simulate merges its API into it)', () => {
    const copy = { ...fakeWx.wx }
    host.wx = copy
    installGlobalWx()
    expect(host.wx).toBe(copy)
  })

  it("replaces one of another fake's wx functions left as the global wx", () => {
    host.wx = createFakeWx().wx.getLocation
    installGlobalWx()
    expect(host.wx).toBe(fakeWx.wx)
  })

  it.each([null, 'a string'])('refuses to replace a wx that is %j, with the whole message', (value) => {
    host.wx = value
    let message = 'did not throw'
    try {
      installGlobalWx()
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).toBe(
      '[fake-wx] globalThis.wx is already defined, so fake-wx cannot install its fake there. Something in your setup put another wx in place (miniprogram-simulate does). Remove it, or drop this entry (fake-wx/auto, fake-wx/vitest, fake-wx/jest) and call fakeWx.install(globalThis, { replace: true }) in a setup file of your own.',
    )
  })

  it('refuses to replace a wx that is not a fake, saying what to do instead', () => {
    host.wx = { getSetting: () => undefined }
    expect(() => installGlobalWx()).toThrow('call fakeWx.install(globalThis, { replace: true }) in a setup file of your own')
  })
})
