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
  /** APIs whose privacy type was declared after the user agreed: only they ask again (rule PRIVACY-NEW-TYPES). */
  readonly newTypes = new Set<string>()

  listener: PrivacyListener | undefined
  readonly tappedButtons = new Set<string>()
  /** The official popup was refused less than 10 s ago (rule PRIVACY-GAP-10S): calls fail with no popup. */
  inRefusalGap = false

  /** The user agreed (a popup, the agree button, a listener's resolve): to every declared type. */
  agree(): void {
    this.needAuthorization = false
    this.newTypes.clear()
  }

  /** What getPrivacySetting reports: something is left to agree to. */
  get pending(): boolean {
    return this.needAuthorization || this.newTypes.size > 0
  }

  /** Whether a call naming these APIs must ask for the agreement. */
  needsFor(apis: readonly string[]): boolean {
    return this.needAuthorization || apis.some((api) => this.newTypes.has(api))
  }

  setNewTypes(apis: readonly string[]): void {
    this.newTypes.clear()
    for (const api of apis) this.newTypes.add(api)
  }

  reset(needAuthorization: boolean, newTypes: readonly string[] = []): void {
    this.setNewTypes(newTypes)
    this.needAuthorization = needAuthorization
    this.inRefusalGap = false
    this.listener = undefined
    this.tappedButtons.clear()
  }
}
