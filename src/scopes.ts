/**
 * THE scope table (../shared/wechat-rules.md §1). Every API that a scope gates is listed here and
 * nowhere else: the API rows look their scope up in this table, so a scope's behaviour is data.
 */

/** How `wx.authorize` and the gated APIs treat a scope. */
export type ScopeKind =
  /** A real permission: the first request pops a dialog, the answer is remembered (§2.1). */
  | 'prompt'
  /** `scope.userInfo` since 2021-04-28: no dialog ever, authorize succeeds at once (§1.2, §5.4). */
  | 'auto-granted'
  /** `scope.address` / `invoice` / `invoiceTitle`: "已取消授权，可以直接调用对应接口"; getSetting reads true (§1). */
  | 'retired'

/** A field of `wx.getAppAuthorizeSetting()`: WeChat's own OS permission behind the scope (§6). */
export type OsPermission =
  | 'locationAuthorized'
  | 'microphoneAuthorized'
  | 'cameraAuthorized'
  | 'bluetoothAuthorized'
  | 'albumAuthorized'
  | 'phoneCalendarAuthorized'

export interface ScopeRow {
  readonly scope: string
  readonly kind: ScopeKind
  /** The entry on the settings page ("设置界面"); shown in the timeline. */
  readonly label: string
  /** What the permission dialog asks (approximate wording; the timeline shows it, no rule depends on it). */
  readonly popup: string
  /** APIs this scope gates (DOC-AUTH table). */
  readonly apis: readonly string[]
  /** Components this scope gates; their `binderror` reports a refusal. */
  readonly components: readonly string[]
  /** app.json must carry `permission[scope].desc` (§2.6). */
  readonly needsPermissionDesc: boolean
  /** The OS permission WeChat itself needs (§6.4), when one is known. */
  readonly os?: OsPermission
}

export const SCOPE_TABLE = [
  {
    scope: 'scope.userLocation',
    kind: 'prompt',
    label: '位置信息',
    popup: '获取你的位置信息',
    // chooseLocation and choosePoi left this scope on 2022-06-13 (§1, M/H), though TYP's comment still lists them.
    apis: ['getLocation', 'startLocationUpdate'],
    components: [],
    needsPermissionDesc: true,
    os: 'locationAuthorized',
  },
  {
    scope: 'scope.userFuzzyLocation',
    kind: 'prompt',
    label: '模糊位置信息',
    popup: '获取你的模糊位置信息',
    apis: ['getFuzzyLocation'],
    components: [],
    needsPermissionDesc: true,
    os: 'locationAuthorized',
  },
  {
    scope: 'scope.userLocationBackground',
    kind: 'prompt',
    label: '位置信息（离开后）',
    popup: '在使用小程序期间和离开小程序后获取你的位置信息',
    apis: ['startLocationUpdateBackground'],
    components: [],
    needsPermissionDesc: true,
    os: 'locationAuthorized',
  },
  {
    scope: 'scope.record',
    kind: 'prompt',
    label: '麦克风',
    popup: '使用你的麦克风',
    apis: ['startRecord', 'joinVoIPChat', 'RecorderManager.start'],
    components: ['live-pusher'],
    needsPermissionDesc: false,
    os: 'microphoneAuthorized',
  },
  {
    scope: 'scope.camera',
    kind: 'prompt',
    label: '摄像头',
    popup: '使用你的摄像头',
    apis: ['createVKSession'],
    components: ['camera', 'live-pusher'],
    needsPermissionDesc: false,
    os: 'cameraAuthorized',
  },
  {
    scope: 'scope.bluetooth',
    kind: 'prompt',
    label: '蓝牙',
    popup: '使用你的蓝牙',
    apis: ['openBluetoothAdapter', 'createBLEPeripheralServer'],
    components: [],
    needsPermissionDesc: false,
    os: 'bluetoothAuthorized',
  },
  {
    scope: 'scope.writePhotosAlbum',
    kind: 'prompt',
    label: '相册（仅写入）',
    popup: '保存图片或视频到你的相册',
    apis: ['saveImageToPhotosAlbum', 'saveVideoToPhotosAlbum'],
    components: [],
    needsPermissionDesc: false,
    os: 'albumAuthorized',
  },
  {
    scope: 'scope.addPhoneContact',
    kind: 'prompt',
    label: '通讯录（仅写入）',
    popup: '添加联系人到你的手机通讯录',
    apis: ['addPhoneContact'],
    components: [],
    needsPermissionDesc: false,
  },
  {
    scope: 'scope.addPhoneCalendar',
    kind: 'prompt',
    label: '日历（仅写入）',
    popup: '添加日程到你的手机日历',
    apis: ['addPhoneCalendar', 'addPhoneRepeatCalendar'],
    components: [],
    needsPermissionDesc: false,
    os: 'phoneCalendarAuthorized',
  },
  {
    scope: 'scope.werun',
    kind: 'prompt',
    label: '微信运动步数',
    popup: '获取你的微信运动步数',
    apis: ['getWeRunData'],
    components: [],
    needsPermissionDesc: false,
  },
  {
    scope: 'scope.userInfo',
    kind: 'auto-granted',
    label: '用户信息',
    popup: '获取你的昵称、头像',
    apis: ['getUserInfo'],
    components: [],
    needsPermissionDesc: false,
  },
  {
    scope: 'scope.address',
    kind: 'retired',
    label: '通讯地址',
    popup: '获取你的通讯地址',
    apis: ['chooseAddress'],
    components: [],
    needsPermissionDesc: false,
  },
  {
    scope: 'scope.invoiceTitle',
    kind: 'retired',
    label: '发票抬头',
    popup: '获取你的发票抬头',
    apis: ['chooseInvoiceTitle'],
    components: [],
    needsPermissionDesc: false,
  },
  {
    scope: 'scope.invoice',
    kind: 'retired',
    label: '获取发票',
    popup: '获取你的发票',
    apis: ['chooseInvoice'],
    components: [],
    needsPermissionDesc: false,
  },
] as const satisfies readonly ScopeRow[]

export type Scope = (typeof SCOPE_TABLE)[number]['scope']

/** Every scope a mini program can name, in table order. */
export const SCOPES: readonly Scope[] = SCOPE_TABLE.map((row) => row.scope)

/** Mini-game-only scopes: `authorize:fail invalid scope` in a mini program (§1). */
export const MINIGAME_ONLY_SCOPES: readonly string[] = ['scope.WxFriendInteraction', 'scope.gameClubData']

const BY_SCOPE = new Map<string, ScopeRow>(SCOPE_TABLE.map((row) => [row.scope, row]))
const BY_API = new Map<string, ScopeRow>()
for (const row of SCOPE_TABLE) for (const api of row.apis) BY_API.set(api, row)

export function scopeRow(scope: string): ScopeRow | undefined {
  return BY_SCOPE.get(scope)
}

export function isScope(value: unknown): value is Scope {
  return typeof value === 'string' && BY_SCOPE.has(value)
}

/** The scope that gates an API, if any. */
export function scopeOfApi(api: string): ScopeRow | undefined {
  return BY_API.get(api)
}
