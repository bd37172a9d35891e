/** The privacy agreement: agreed or not, the app's listener, and the agree buttons the user tapped. */

export type PrivacyResolveEvent = 'agree' | 'disagree' | 'exposureAuthorization'

export interface PrivacyResolution {
  event: PrivacyResolveEvent
  buttonId?: string
}

export type PrivacyListener = (resolve: (result: PrivacyResolution) => void, eventInfo: { referrer: string }) => void

export class PrivacyState {
  /** The user has not agreed yet: privacy APIs ask first. */
  needAuthorization = false

  listener: PrivacyListener | undefined
  readonly tappedButtons = new Set<string>()
  /** The official popup was refused less than 10 s ago (rule PRIVACY-GAP-10S): calls fail with no popup. */
  inRefusalGap = false

  reset(needAuthorization: boolean): void {
    this.needAuthorization = needAuthorization
    this.inRefusalGap = false
    this.listener = undefined
    this.tappedButtons.clear()
  }
}
