// The store (examples/store), a mini program with tabs, pages and a component, under Vitest: launch() runs
// its app.js, mp.* drive the pages, the app's own wx.navigateTo & co. move between them.
import { fileURLToPath } from 'node:url'
import { fakeWx, launch, user } from 'fake-wx'

const STORE = fileURLToPath(new URL('../../store', import.meta.url))

// --- The suite below is the same in test/jest/store.test.js (scripts/test-examples.mjs checks it). ---
let mp

beforeEach(async () => {
  mp = await launch({ root: STORE })
})

test('tapping a product opens its page with the sku', async () => {
  const home = await mp.reLaunch('pages/home/home')

  await user.tap(() => home.onTapProduct({ currentTarget: { dataset: { sku: '1' } } }))

  expect(wx).toHaveNavigatedTo('pages/product/product', { sku: '1' })
  expect(mp.currentPage().data.product).toEqual({ sku: '1', name: '手冲咖啡豆', price: 68 })
  expect(mp.pageStack().map((page) => page.route)).toEqual(['pages/home/home', 'pages/product/product'])
})

test('the mine tab opens with switchTab and stays alive while hidden', async () => {
  const home = await mp.reLaunch('pages/home/home')

  await user.tap(() => home.onTapMine())
  const mine = mp.currentPage()
  await mp.switchTab('pages/home/home')
  await mp.switchTab('pages/mine/mine')

  expect(mp.currentPage()).toBe(mine)
  expect(mine.data.visits).toBe(2)
  expect(getCurrentPages()).toEqual([mine])
})

test('adding to the cart: getApp() is the app the page sees', async () => {
  const product = await mp.reLaunch('pages/product/product?sku=2')

  await user.tap(() => product.onTapAddToCart())

  expect(getApp().globalData.cart).toEqual(['2'])
  expect(wx.showToast).toHaveSucceeded()
})

test('<t-location> reports the position when the user allows', async () => {
  user.willAllow('scope.userLocation')
  const location = await mp.mountComponent('components/t-location/index', { properties: { title: '收货地址' } })

  await user.tap(() => location.locate())

  expect(location.data).toMatchObject({ title: '收货地址', status: 'located' })
  expect(location).toHaveTriggered('located', { latitude: expect.any(Number), longitude: expect.any(Number) })
})

test('the address page sends the position back to the product page and closes', async () => {
  user.willAllow('scope.userLocation')
  const product = await mp.reLaunch('pages/product/product?sku=1')
  await user.tap(() => product.onTapDeliverTo())
  const address = mp.currentPage()
  const location = await mp.mountComponent('components/t-location/index', { on: { located: (event) => address.onLocated(event) } })

  await user.tap(() => location.locate())

  expect(mp.currentPage()).toBe(product)
  expect(product.data.deliverTo).toEqual({ latitude: expect.any(Number), longitude: expect.any(Number) })
})

test('refused: the modal offers to go back, the user does, and the address page closes', async () => {
  user.willDeny('scope.userLocation').willCancelModal()
  const product = await mp.reLaunch('pages/product/product?sku=1')
  await user.tap(() => product.onTapDeliverTo())
  const address = mp.currentPage()
  const location = await mp.mountComponent('components/t-location/index', { on: { denied: () => address.onDenied() } })

  await user.tap(() => location.locate())

  expect(wx.getLocation).toHaveFailedWithAuthDeny()
  expect(location).toHaveTriggered('denied')
  expect(wx).toHaveShownModal({ title: '无法获取位置', cancelText: '返回' })
  expect(wx.navigateBack).toHaveSucceeded()
  expect(mp.currentPage()).toBe(product)
  expect(product.data.deliverTo).toBe(null)
  expect(fakeWx.log).toMatchSnapshot()
})

test('refused, the user fills the address by hand: no mask left up, the choice remembered, a toast says so', async () => {
  user.willDeny('scope.userLocation').willConfirmModal()
  const product = await mp.reLaunch('pages/product/product?sku=1')
  await user.tap(() => product.onTapDeliverTo())
  const address = mp.currentPage()
  const location = await mp.mountComponent('components/t-location/index', { on: { denied: () => address.onDenied() } })

  await user.tap(() => location.locate())

  expect(wx.showLoading).toHaveBeenCalledWith({ title: '定位中', mask: true })
  expect(wx.hideLoading).toHaveBeenCalledTimes(1)
  expect(fakeWx.ui.loading).toBe(null)
  expect(address.data.status).toBe('manual')
  expect(wx.getStorageSync('addressMode')).toBe('manual')
  expect(fakeWx.ui.toast).toMatchObject({ title: '请手动填写地址', icon: 'none' })
  expect(wx.showToast).toHaveBeenLastCalledWith(expect.objectContaining({ title: '请手动填写地址' }))
  expect(mp.currentPage()).toBe(address)
})
