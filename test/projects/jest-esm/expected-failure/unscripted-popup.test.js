// EXPECTED TO FAIL: the test body passes, but the user was never scripted to answer the location
// popup, so the preset's afterEach check fails the test, naming the line to add.
import { user } from 'fake-wx'
import { locateShop } from '../pages/shop/locate'

test('an unscripted popup fails the test after it ends', async () => {
  await user.tap(() => locateShop())
})
