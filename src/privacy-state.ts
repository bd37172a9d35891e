/** The privacy agreement (§7): agreed or not, the app's listener, and the agree buttons the user tapped. */

export type PrivacyResolveEvent = 'agree' | 'disagree' | 'exposureAuthorization'

export interface PrivacyResolution {
  event: PrivacyResolveEvent
  buttonId?: string
}

export type PrivacyListener = (resolve: (result: PrivacyResolution) => void, eventInfo: { referrer: string }) => void

export class PrivacyState {
  needAuthorization = false
  listener: PrivacyListener | undefined
  readonly tappedButtons = new Set<string>()

  reset(needAuthorization: boolean): void {
    this.needAuthorization = needAuthorization
    this.listener = undefined
    this.tappedButtons.clear()
  }
}
