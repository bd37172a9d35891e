/**
 * What a tap on an open-type button does, and the event its bind handler receives: `user.tapButton(openType,
 * handler)`. The phone, avatar and settings buttons run their records through the pipeline (privacy, sheet,
 * result); the contact and share buttons leave the mini program, so only the tap is logged. Rules: SETTINGS-BUTTON,
 * PRIVACY-BUTTON-AGREES, PRIVACY-BUTTON-COMBINED, PHONE-NUMBER-RESULT, PHONE-NUMBER-DENY, CHOOSE-AVATAR-CANCEL,
 * BUTTON-CONTACT, BUTTON-SHARE, NICKNAME-INPUT-DEGRADES, NICKNAME-INPUT-CHECK.
 */
import { compiledApi } from '../../compile'
import type { Engine } from '../../engine'
import { privacyLayerOn } from '../../gates/privacy'
import { invoke } from '../../pipeline'

/** The open types `user.tapButton` taps; `a|agreePrivacyAuthorization` agrees first, then does `a`. */
export const BUTTON_OPEN_TYPES = [
  'openSetting',
  'agreePrivacyAuthorization',
  'getPhoneNumber',
  'getRealtimePhoneNumber',
  'chooseAvatar',
  'contact',
  'share',
  'getPhoneNumber|agreePrivacyAuthorization',
  'getRealtimePhoneNumber|agreePrivacyAuthorization',
] as const

export type ButtonOpenType = (typeof BUTTON_OPEN_TYPES)[number]

/** What a component's bind handler receives: `{ type, detail }`. */
export interface ButtonEvent {
  readonly type: string
  readonly detail: Readonly<Record<string, unknown>>
}

/** What `Page.onShareAppMessage` receives when the share button is tapped. */
export interface ShareEvent {
  readonly from: 'button'
  /** The button that was tapped. */
  readonly target: { readonly id: string; readonly dataset: Readonly<Record<string, unknown>> }
}

const AGREE = 'agreePrivacyAuthorization'

/** Records the agreement, as the agree button does: for every declared API, and the tap a listener's resolve names. */
function agree(engine: Engine, id: string | undefined): void {
  if (id !== undefined) engine.privacy.tappedButtons.add(id)
  engine.privacy.agree()
}

/** Runs a button's record through the pipeline: its result (ok or not) and whether it succeeded. */
function press(engine: Engine, api: string, id: string | undefined): Promise<{ ok: boolean; detail: Record<string, unknown> }> {
  return new Promise((resolve) => {
    invoke(engine, compiledApi(engine.host, api)!, {
      ...(id !== undefined && { id }),
      success: (detail: Record<string, unknown>) => resolve({ ok: true, detail }),
      fail: (detail: Record<string, unknown>) => resolve({ ok: false, detail }),
    })
  })
}

/** A button that leaves the mini program (the chat, the share sheet): only the tap is logged. */
function logTap(engine: Engine, api: string, id: string | undefined): void {
  engine.log.add({ type: 'call', api, args: id === undefined ? undefined : { id }, style: 'callback', tap: engine.tap.current() !== null })
}

/** The event the button's handler receives, or undefined when WeChat fires none. */
export async function pressButton(engine: Engine, openType: ButtonOpenType, id: string | undefined): Promise<ButtonEvent | ShareEvent | undefined> {
  const [primary, second] = openType.split('|') as [string, string | undefined]
  if (primary === AGREE || second === AGREE) agree(engine, id)
  switch (primary) {
    case AGREE:
      return { type: 'agreeprivacyauthorization', detail: {} }
    case 'openSetting':
      return { type: 'opensetting', detail: (await press(engine, 'button:openSetting', id)).detail }
    case 'getPhoneNumber':
    case 'getRealtimePhoneNumber':
      // "回调信息(成功失败都会返回)": the handler hears of a refusal too.
      return { type: primary.toLowerCase(), detail: (await press(engine, `button:${primary}`, id)).detail }
    case 'chooseAvatar': {
      const { ok, detail } = await press(engine, 'button:chooseAvatar', id)
      return ok ? { type: 'chooseavatar', detail } : undefined
    }
    case 'contact': {
      logTap(engine, 'button:contact', id)
      // bindcontact fires only when the user comes back through a mini-program card in the chat.
      const card = engine.user.contactCards.take()
      return card === undefined ? undefined : { type: 'contact', detail: { errMsg: 'enterContact:ok', path: card.path, query: { ...card.query } } }
    }
    default:
      logTap(engine, 'button:share', id)
      return { from: 'button', target: { id: id ?? '', dataset: {} } }
  }
}

/**
 * `<input type="nickname">`: focused, filled, blurred. Before the privacy agreement it is a plain text input (no
 * listener call, no nickname offered, no check); after it, WeChat checks the nickname on blur and may clear it.
 */
export function fillNickname(engine: Engine, value: string, failsSecurityCheck: boolean): ButtonEvent {
  const entry = engine.log.add({ type: 'call', api: 'input:nickname', args: { value }, style: 'sync', tap: engine.tap.current() !== null })
  const type = privacyLayerOn(engine) && engine.privacy.needsFor(['input:nickname', 'input.nickname']) ? 'text' : 'nickname'
  const kept = type === 'nickname' && failsSecurityCheck ? '' : value
  engine.log.add({ type: 'return', call: entry.id, result: { type, value: kept } })
  return { type: 'blur', detail: { value: kept } }
}
