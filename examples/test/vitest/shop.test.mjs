// The shop page's permission flows, under Vitest. vitest.config.mjs has `setupFiles: ['fake-wx/vitest']`:
// a fake `wx` on globalThis, the matchers, the timeline serializer, a fresh fake before each test, and a
// failed test when a popup appears that the test did not script.
import { fileURLToPath } from 'node:url'
import { http, HttpResponse } from 'msw'
import { fakeWx, launch, platforms, user } from 'fake-wx'
import { savePhoto } from '../../miniprogram/utils/save-photo.js'

const MINIPROGRAM = fileURLToPath(new URL('../../miniprogram', import.meta.url))

// --- The suite below is the same in test/jest/shop.test.js (scripts/test-examples.mjs checks it). ---
// launch() runs the mini program's app.js and checks its calls against its app.json, as WeChat does
// (`permission` descs, `requiredPrivateInfos`); each test opens the shop page with mp.reLaunch.
let mp

// The server, as msw handlers: the defaults every test starts from; a test overrides them with fakeWx.use().
const SHOPS = [
  { name: '上海南京东路店', latitude: 31.2353, longitude: 121.4754 },
  { name: '北京三里屯店', latitude: 39.9336, longitude: 116.4546 },
  { name: '深圳南山店', latitude: 22.5333, longitude: 113.9304 },
]
fakeWx.setDefaults({ handlers: [http.get('https://api.shop.example/shops', () => HttpResponse.json(SHOPS))] })

beforeEach(async () => {
  mp = await launch({ root: MINIPROGRAM })
})

test("the README's quick start: refused, then turned on in the settings page", async () => {
  user.willDeny('scope.writePhotosAlbum').willConfirmModal()
  user.inSettings.willEnable('scope.writePhotosAlbum')

  const status = await user.tap(() => savePhoto('http://tmp/poster.png'))

  expect(status).toBe('saved')
  expect(wx.authorize).toHaveFailedWithAuthDeny()
  expect(wx).toHaveOpenedSetting()
})

describe('saving the poster (scope.writePhotosAlbum)', () => {
  test('first visit, the user allows: saved, no modal', async () => {
    user.willAllow('scope.writePhotosAlbum')
    const page = await mp.reLaunch('pages/shop/shop')

    await user.tap(() => page.onTapSavePoster())

    expect(page.data.saveStatus).toBe('saved')
    expect(wx).toHavePrompted('scope.writePhotosAlbum')
    expect(wx.saveImageToPhotosAlbum).toHaveSucceeded()
    expect(wx).not.toHaveShownModal()
  })

  test('first visit, the user denies, confirms the modal and turns it on in the settings page: saved', async () => {
    user.willDeny('scope.writePhotosAlbum').willConfirmModal()
    user.inSettings.willEnable('scope.writePhotosAlbum')
    const page = await mp.reLaunch('pages/shop/shop')

    await user.tap(() => page.onTapSavePoster())

    expect(wx.authorize).toHaveFailedWithAuthDeny()
    expect(wx).toHaveShownModal({ title: '需要相册权限', confirmText: '去设置' })
    expect(wx).toHaveOpenedSetting()
    expect(wx).toHaveScope('scope.writePhotosAlbum', 'granted')
    expect(page.data.saveStatus).toBe('saved')
    expect(fakeWx.log).toMatchSnapshot() // the timeline: the same text under Vitest and Jest
  })

  test('first visit, the user denies and cancels the modal: not saved, no settings page', async () => {
    user.willDeny('scope.writePhotosAlbum').willCancelModal()
    const page = await mp.reLaunch('pages/shop/shop')

    await user.tap(() => page.onTapSavePoster())

    expect(page.data.saveStatus).toBe('denied')
    expect(wx).toHaveScope('scope.writePhotosAlbum', 'denied')
    expect(wx).not.toHaveOpenedSetting()
    expect(fakeWx.log.calls('saveImageToPhotosAlbum')).toHaveLength(0)
  })

  test('denied on an earlier visit: no popup; the modal leads to the settings page, where the user leaves it off', async () => {
    user.hasDenied('scope.writePhotosAlbum').willConfirmModal()
    // Nothing scripted for the settings page: the user looks, changes nothing and comes back.
    const page = await mp.reLaunch('pages/shop/shop')

    await user.tap(() => page.onTapSavePoster())

    expect(wx).not.toHavePrompted()
    expect(wx).toHaveOpenedSetting()
    expect(wx).toHaveScope('scope.writePhotosAlbum', 'denied')
    expect(page.data.saveStatus).toBe('denied')
  })
})

describe('the shop list (wx.request, answered by msw)', () => {
  test('opening the page loads the list from the server', async () => {
    const page = await mp.reLaunch('pages/shop/shop')

    expect(page.data.shops).toEqual(SHOPS)
    expect(page.data.shopsStatus).toBe('loaded')
    expect(wx.request).toHaveSucceeded()
  })

  test('the shop list survives a refused location', async () => {
    fakeWx.use(http.get('https://api.shop.example/shops', () => HttpResponse.json([], { status: 503 })))
    user.willDeny('scope.userLocation')
    const page = await mp.reLaunch('pages/shop/shop')

    await user.tap(() => page.onTapLocate())

    expect(page.data.shops).toEqual([])
    expect(page.data.shopsStatus).toBe('unavailable')
    expect(page.data.locationStatus).toBe('denied')
  })
})

describe('the nearest shop (scope.userLocation)', () => {
  test('first visit, the user allows: the nearest shop', async () => {
    user.willAllow('scope.userLocation')
    const page = await mp.reLaunch('pages/shop/shop')

    await user.tap(() => page.onTapLocate())

    expect(page.data.locationStatus).toBe('located')
    expect(page.data.nearest).toEqual({ name: expect.stringMatching(/店$/), distanceKm: expect.any(Number) })
    expect(wx.getLocation).toHaveSucceeded()
  })

  test('first visit, the user denies: every shop is listed, and no modal nags the user', async () => {
    user.willDeny('scope.userLocation')
    const page = await mp.reLaunch('pages/shop/shop')

    await user.tap(() => page.onTapLocate())

    expect(page.data.locationStatus).toBe('denied')
    expect(wx.getLocation).toHaveFailedWithAuthDeny()
    expect(wx).not.toHaveShownModal()
  })

  test('denied on an earlier visit: the banner leads through the modal to the settings page, then the shop', async () => {
    user.hasDenied('scope.userLocation').willConfirmModal()
    user.inSettings.willEnable('scope.userLocation')
    const page = await mp.reLaunch('pages/shop/shop')

    await user.tap(() => page.onTapLocate())
    expect(page.data.locationStatus).toBe('denied')
    await user.tap(() => page.onTapEnableLocation())

    expect(wx).not.toHavePrompted()
    expect(wx).toHaveOpenedSetting()
    expect(page.data.locationStatus).toBe('located')
  })

  test("WeChat itself lacks the phone's location permission: the page says so", async () => {
    fakeWx.configure({ system: { locationAuthorized: 'denied' } })
    user.willAllow('scope.userLocation')
    const page = await mp.reLaunch('pages/shop/shop')

    await user.tap(() => page.onTapLocate())

    expect(wx).toHaveScope('scope.userLocation', 'granted')
    expect(wx.getLocation).toHaveFailedWithSystemDeny()
    expect(page.data.locationStatus).toBe('unavailable')
  })
})

// Each platform spells a refusal its own way (iOS `getLocation:fail auth deny`, Android
// `getLocation:fail:auth denied`, ...): code that checks one spelling fails on the others.
describe.each(platforms)('a refusal on %s', (platform) => {
  beforeEach(() => {
    fakeWx.configure({ platform })
  })

  test('of location is recognised: every shop is listed', async () => {
    user.willDeny('scope.userLocation')
    const page = await mp.reLaunch('pages/shop/shop')

    await user.tap(() => page.onTapLocate())

    expect(wx.getLocation).toHaveFailedWithAuthDeny()
    expect(page.data.locationStatus).toBe('denied')
  })

  test('of the album still leads to the settings page', async () => {
    user.willDeny('scope.writePhotosAlbum').willConfirmModal()
    user.inSettings.willEnable('scope.writePhotosAlbum')
    const page = await mp.reLaunch('pages/shop/shop')

    await user.tap(() => page.onTapSavePoster())

    expect(wx).toHaveOpenedSetting()
    expect(page.data.saveStatus).toBe('saved')
  })
})
