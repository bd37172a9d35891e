/**
 * The open-type buttons of login and profile pages: `<button open-type="getPhoneNumber">`,
 * `"getRealtimePhoneNumber"` and `"chooseAvatar"`, tapped with `user.tapButton(openType, handler)`. Each passes the
 * privacy layer (they are on WeChat's privacy table) and opens a sheet the scripted user answers. Rules:
 * PHONE-NUMBER-RESULT, PHONE-NUMBER-DENY, PHONE-NUMBER-QUOTA, PHONE-NUMBER-REALTIME, PHONE-NUMBER-PRIVACY-REFERRER,
 * CHOOSE-AVATAR-RESULT, CHOOSE-AVATAR-CANCEL, CHOOSE-AVATAR-SECURITY, BUTTON-CONTACT, BUTTON-SHARE.
 */
import { fail, type Call, type Pause, type Step } from '../../../api-record'
import type { Engine } from '../../../engine'
import { familyState } from '../../../family-state'
import { filesOf } from '../../../files/files-of'
import { checkPrivacy } from '../../../gates/privacy'
import { unscriptedAnswer } from '../../../gates/unscripted'
import type { WechatApi } from './record'

type PhoneButton = 'getPhoneNumber' | 'getRealtimePhoneNumber'

const QUOTA_USED = Symbol('phone-number quota used')

/** Phone numbers shared so far in this test, per button type. */
function quotaUsed(engine: Engine): Map<string, number> {
  return familyState(engine, QUOTA_USED, () => new Map<string, number>())
}

/** The paid quota ("每次组件调用成功，收费"): with `phoneNumberQuota` numbers shared, the next tap fails with 1400001. */
const checkQuota: Step = (call) => {
  const quota = call.engine.options.phoneNumberQuota
  if (quota === undefined) return undefined
  return (quotaUsed(call.engine).get(call.api) ?? 0) >= quota ? fail('phone-quota') : undefined
}

/** The sheet where the user picks a number to share, or refuses. */
const phoneSheet: Step = (call): Pause => (next) => {
  const { engine } = call
  const popup = engine.log.add({ type: 'popup', call: call.id, kind: 'picker', api: call.api })
  engine.scheduler.defer(() => {
    let answer = engine.user.phoneSheets.take()
    const by = answer === undefined ? 'policy' : 'script'
    if (answer === undefined) {
      const message =
        `${engine.host.label(call.api)} showed the phone-number sheet, but the test scripted no answer.\n` +
        `Add one before the button is tapped:\n  user.willSharePhoneNumber()\n  // or: user.willRefusePhoneNumber()`
      const policy = unscriptedAnswer(engine, call, message)
      if (policy === 'error') {
        next(fail('fake-wx', 'no answer scripted for the phone-number sheet'))
        return
      }
      answer = policy === 'allow' ? 'share' : 'refuse'
    }
    engine.log.add({ type: 'answer', call: call.id, popup: popup.id, answer: answer === 'share' ? 'allow' : 'deny', by })
    if (answer === 'refuse') {
      next(fail('phone-deny'))
      return
    }
    const used = quotaUsed(engine)
    used.set(call.api, (used.get(call.api) ?? 0) + 1)
    next()
  })
}

function phoneButton(openType: PhoneButton, result: (call: Call) => object): WechatApi {
  return {
    name: `button:${openType}`,
    surface: 'button',
    label: `<button open-type="${openType}">`,
    errMsgName: openType,
    promise: false,
    privacy: true,
    privacyReferrer: `button.${openType}`,
    steps: [checkPrivacy, checkQuota, phoneSheet],
    result,
  }
}

interface ChosenAvatar {
  readonly avatarUrl: string
}

const CHOSEN = new WeakMap<Call, ChosenAvatar>()

/** The avatar sheet: the user picks a picture (a temporary file), or closes it; either way no errMsg reaches the app. */
const avatarPicker: Step = (call): Pause => (next) => {
  const { engine } = call
  const popup = engine.log.add({ type: 'popup', call: call.id, kind: 'picker', api: call.api })
  engine.scheduler.defer(() => {
    const scripted = engine.user.avatars.take()
    const close = (by: 'script' | 'policy', why: string): void => {
      engine.log.add({ type: 'answer', call: call.id, popup: popup.id, answer: 'cancel', by })
      next(fail('fake-wx', why))
    }
    if (scripted === 'cancel') return close('script', 'the user closed the avatar sheet: bindchooseavatar does not fire')
    let chosen = scripted
    if (chosen === undefined) {
      const message =
        `${engine.host.label(call.api)} opened the avatar sheet, but the test scripted no answer.\n` +
        `Add one before the button is tapped:\n  user.willChooseAvatar()\n  // or: user.willCancelAvatar()`
      if (unscriptedAnswer(engine, call, message) !== 'allow') return close('policy', 'no avatar scripted: bindchooseavatar does not fire')
      chosen = { filePath: undefined, failsSecurityCheck: false }
    }
    const avatarUrl = chosen.filePath ?? newImage(engine)
    engine.log.add({ type: 'answer', call: call.id, popup: popup.id, answer: 'choose', by: scripted === undefined ? 'policy' : 'script', detail: { avatarUrl } })
    // "从基础库2.24.4版本起，若用户上传的图片未通过安全监测，不触发bindchooseavatar事件".
    if (chosen.failsSecurityCheck && engine.versions.baseLibraryAtLeast('2.24.4')) {
      next(fail('fake-wx', 'the picture failed WeChat\'s content check: bindchooseavatar does not fire'))
      return
    }
    CHOSEN.set(call, { avatarUrl })
    next()
  })
}

/** A picture the user picks for their avatar: a new temporary image of the fake's file system, seeded like a photo. */
function newImage(engine: Engine): string {
  const { size, width, height } = engine.data.photoSpec()
  return filesOf(engine).addTemp(engine.data.fileName('jpeg'), undefined, size, { kind: 'image', width, height })
}

/**
 * The buttons as records: what the timeline names them, their privacy step and their sheets. The contact and
 * share buttons only leave the mini program (the chat, the share sheet): records for their labels.
 */
export const BUTTON_APIS: readonly WechatApi[] = [
  phoneButton('getPhoneNumber', (call) => {
    const { code, encryptedData, iv } = call.engine.data.phoneNumber()
    // The one-time code comes with base library 2.21.2; before it, only the encrypted number.
    return call.engine.versions.baseLibraryAtLeast('2.21.2') ? { code, encryptedData, iv } : { encryptedData, iv }
  }),
  phoneButton('getRealtimePhoneNumber', (call) => ({ code: call.engine.data.phoneCode() })),
  {
    name: 'button:chooseAvatar',
    surface: 'button',
    label: '<button open-type="chooseAvatar">',
    errMsgName: 'chooseAvatar',
    promise: false,
    privacy: true,
    privacyReferrer: 'button.chooseAvatar',
    steps: [checkPrivacy, avatarPicker],
    // "const { avatarUrl } = e.detail": the event carries the picture's temporary path.
    result: (call) => ({ avatarUrl: CHOSEN.get(call)!.avatarUrl }),
  },
  { name: 'button:contact', surface: 'button', label: '<button open-type="contact">' },
  { name: 'button:share', surface: 'button', label: '<button open-type="share">' },
  { name: 'input:nickname', surface: 'component', label: '<input type="nickname">', privacy: true },
]

