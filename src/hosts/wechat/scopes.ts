/**
 * WeChat's scopes, one row each. Which APIs a scope gates is said by the API records
 * (`scopes: ['scope.camera']`), not here. Rules: SCOPE-TABLE, SCOPE-RETIRED-NO-AUTH, SCOPE-USERINFO-NO-DIALOG, SCOPE-MINIGAME-ONLY.
 */
import type { ScopeRow } from '../host'

export const SCOPE_ROWS = [
  {
    scope: 'scope.userLocation',
    kind: 'prompt',
    popup: '获取你的位置信息',
    needsPermissionDesc: true,
    os: 'locationAuthorized',
    osSwitch: 'locationEnabled',
  },
  {
    scope: 'scope.userFuzzyLocation',
    kind: 'prompt',
    popup: '获取你的模糊位置信息',
    needsPermissionDesc: true,
    os: 'locationAuthorized',
    osSwitch: 'locationEnabled',
  },
  {
    scope: 'scope.userLocationBackground',
    kind: 'prompt',
    popup: '在使用小程序期间和离开小程序后获取你的位置信息',
    needsPermissionDesc: true,
    describedBy: 'scope.userLocation',
    os: 'locationAuthorized',
    osSwitch: 'locationEnabled',
    // "从微信 8.0.0 起…会弹窗"; before it the user picks 使用小程序期间和离开小程序后 in the settings page.
    promptSinceClient: '8.0.0',
    grantsAlso: 'scope.userLocation',
  },
  { scope: 'scope.record', kind: 'prompt', popup: '使用你的麦克风', os: 'microphoneAuthorized' },
  { scope: 'scope.camera', kind: 'prompt', popup: '使用你的摄像头', os: 'cameraAuthorized' },
  { scope: 'scope.bluetooth', kind: 'prompt', popup: '使用你的蓝牙', os: 'bluetoothAuthorized' },
  { scope: 'scope.writePhotosAlbum', kind: 'prompt', popup: '保存图片或视频到你的相册', os: 'albumAuthorized' },
  { scope: 'scope.addPhoneContact', kind: 'prompt', popup: '添加联系人到你的手机通讯录' },
  { scope: 'scope.addPhoneCalendar', kind: 'prompt', popup: '添加日程到你的手机日历', os: 'phoneCalendarAuthorized' },
  { scope: 'scope.werun', kind: 'prompt', popup: '获取你的微信运动步数' },
  { scope: 'scope.userInfo', kind: 'auto-granted', popup: '获取你的昵称、头像' },
  { scope: 'scope.address', kind: 'retired', popup: '获取你的通讯地址' },
  { scope: 'scope.invoiceTitle', kind: 'retired', popup: '获取你的发票抬头' },
  { scope: 'scope.invoice', kind: 'retired', popup: '获取你的发票' },
] as const satisfies readonly ScopeRow[]

export type Scope = (typeof SCOPE_ROWS)[number]['scope']

/** Every scope a mini program can name, in table order. */
export const SCOPES: readonly Scope[] = SCOPE_ROWS.map((row) => row.scope)

/** Mini-game-only scopes: `authorize:fail invalid scope` in a mini program. */
export const MINIGAME_ONLY_SCOPES: readonly string[] = ['scope.WxFriendInteraction', 'scope.gameClubData']
