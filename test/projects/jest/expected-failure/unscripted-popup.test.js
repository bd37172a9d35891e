// EXPECTED TO FAIL: the test body passes, but the user was never scripted to answer the location
// popup, so the preset's afterEach check fails the test, naming the line to add.
const { user } = require('fake-wx')
const { locateShop } = require('../pages/shop/locate')

test('an unscripted popup fails the test after it ends', async () => {
  await user.tap(() => locateShop())
})
