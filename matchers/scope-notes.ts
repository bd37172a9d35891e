/** Explanations that turn "no popup" into a cause: WeChat asks once per scope (rules SCOPE-DENIED-NO-POPUP, SCOPE-GRANTED-NO-POPUP). */
import type { Scope } from '../src/hosts/wechat/scopes'
import type { ControllerView } from './receiver'

export function whyNoPopup(controller: ControllerView, scope: Scope | undefined): string | undefined {
  if (scope === undefined) return undefined
  switch (controller.scopeState(scope)) {
    case 'granted':
      return `${scope} is granted, so WeChat shows no popup for it. For a first-time user, leave it unasked (no user.hasAllowed or authSetting for it).`
    case 'denied':
      return `${scope} is denied, so calls fail at once without a popup: WeChat asks only once. Only the settings page (wx.openSetting) can change it.`
    default:
      return undefined
  }
}
