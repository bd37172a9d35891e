// What parts 1, 2 and 5 run: the app code (a location refusal flow) and the hand-written mock that
// fake-wx replaces: plain functions answering on a microtask with fixed results.

const SCOPE = 'scope.userLocation'

export const FIXED_LOCATION = Object.freeze({
  errMsg: 'getLocation:ok',
  latitude: 31.230416,
  longitude: 121.473701,
  speed: 0,
  accuracy: 30,
  altitude: 0,
  verticalAccuracy: 0,
  horizontalAccuracy: 30,
})

/** "Resolves on a microtask", as a hand-written mock does it (not a pre-resolved shared promise). */
const later = () => Promise.resolve()

/** The hand-rolled `wx` a team writes without fake-wx: just enough to run the refusal flow. */
export function handWx() {
  const hand = {
    auth: {},
    script: { deny: false, confirm: false, enable: false },
    reset() {
      hand.auth = {}
      hand.script = { deny: false, confirm: false, enable: false }
    },
    getLocation() {
      return later().then(() => {
        if (hand.auth[SCOPE] === false) throw { errMsg: 'getLocation:fail auth deny', errno: 103 }
        return FIXED_LOCATION
      })
    },
    getSetting() {
      return later().then(() => ({ errMsg: 'getSetting:ok', authSetting: { ...hand.auth } }))
    },
    authorize(options) {
      return later().then(() => {
        if (hand.auth[options.scope] === undefined) hand.auth[options.scope] = !hand.script.deny
        if (!hand.auth[options.scope]) throw { errMsg: 'authorize:fail auth deny', errno: 103 }
        return { errMsg: 'authorize:ok' }
      })
    },
    showModal(options) {
      later().then(() => {
        const res = { errMsg: 'showModal:ok', confirm: hand.script.confirm, cancel: !hand.script.confirm }
        options.success?.(res)
        options.complete?.(res)
      })
    },
    openSetting(options) {
      later().then(() => {
        if (hand.script.enable && hand.auth[SCOPE] === false) hand.auth[SCOPE] = true
        const res = { errMsg: 'openSetting:ok', authSetting: { ...hand.auth } }
        options.success?.(res)
        options.complete?.(res)
      })
    },
  }
  return hand
}

/** The test's script for the refusal flow: deny the popup, confirm the modal, enable in settings. */
export function scriptRefusal(user) {
  user.willDeny(SCOPE).willConfirmModal()
  user.inSettings.willEnable(SCOPE)
}

/**
 * App code: getSetting → authorize (refused) → showModal "open settings?" → openSetting from the
 * modal's confirm button (a tap, so openSetting is allowed). Resolves whether location ended granted.
 */
export async function refusalFlow(wx) {
  const { authSetting } = await wx.getSetting()
  if (authSetting[SCOPE] === true) return true
  const granted = await wx.authorize({ scope: SCOPE }).then(
    () => true,
    () => false,
  )
  if (granted) return true
  return new Promise((resolve, reject) => {
    wx.showModal({
      title: '需要位置权限',
      content: '请在设置中打开“位置信息”',
      success(res) {
        if (!res.confirm) return resolve(false)
        wx.openSetting({ success: (s) => resolve(s.authSetting[SCOPE] === true), fail: reject })
      },
      fail: reject,
    })
  })
}
