// Recipes from the README, under Jest.
const { createContext, runInContext } = require('node:vm')
const { createFakeWx, fakeWx, user } = require('fake-wx')
const { locate } = require('../../recipes/uni-locate.js')

// uni-app (mp-weixin): code that calls `uni.*` in callback style gets the fake through a `uni` global.
test('uni-app code that calls uni.getLocation', async () => {
  globalThis.uni = wx
  try {
    user.willDeny('scope.userLocation')

    await expect(user.tap(() => locate())).resolves.toBeNull()

    expect(wx.getLocation).toHaveFailedWithAuthDeny()
  } finally {
    delete globalThis.uni
  }
})

// node:vm: code evaluated in a context of its own sees the fake you put there. A second, independent
// fake (createFakeWx) keeps its own user, log and decisions.
test('code run in a node:vm context', async () => {
  const fake = createFakeWx({ platform: 'android' })
  fake.user.willDeny('scope.userLocation')
  const context = createContext({ wx: fake.wx })

  const errMsg = await runInContext(
    `new Promise((resolve) => wx.getLocation({ type: 'gcj02', fail: (err) => resolve(err.errMsg) }))`,
    context,
  )

  expect(errMsg).toBe('getLocation:fail:auth denied')
  expect(fake.wx).toHavePrompted('scope.userLocation')
  expect(fakeWx.log.entries).toHaveLength(0) // the default fake saw nothing
})

// `{ ...wx }` and functions taken from wx at load time keep working: the fake's functions are own
// properties of a plain object, and keep their identity across the reset before each test.
const { getSetting } = { ...wx }

test('wrappers that copy wx at load time', async () => {
  user.hasDenied('scope.camera')

  await expect(getSetting()).resolves.toEqual({ errMsg: 'getSetting:ok', authSetting: { 'scope.camera': false } })
})
