// The store: a home tab with the products, a "mine" tab, a product page and a delivery-address page.
App({
  globalData: { cart: [] },
})
