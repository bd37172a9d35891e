/** The user's subscribe-message settings: the main switch and the choices they asked WeChat to keep. */
import type { SubscriptionItemSetting, SubscriptionSettings } from './user'

export class SubscriptionState {
  mainSwitch = true
  readonly items = new Map<string, SubscriptionItemSetting>()

  apply(settings: SubscriptionSettings): void {
    if (settings.mainSwitch !== undefined) this.mainSwitch = settings.mainSwitch
    for (const [id, setting] of Object.entries(settings.itemSettings ?? {})) this.items.set(id, setting)
  }

  /** getSetting's `subscriptionsSetting`: itemSettings only once a choice was kept (rule SETTINGS-WITH-SUBSCRIPTIONS). */
  snapshot(): Record<string, unknown> {
    if (this.items.size === 0) return { mainSwitch: this.mainSwitch }
    return { mainSwitch: this.mainSwitch, itemSettings: Object.fromEntries(this.items) }
  }

  clear(): void {
    this.mainSwitch = true
    this.items.clear()
  }
}
