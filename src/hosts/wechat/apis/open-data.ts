/** WeRun, address, invoices, user info and profile. Rules: SCOPE-USERINFO-NO-DIALOG, USERPROFILE-EVERY-CALL, USERPROFILE-DESC, USERPROFILE-ANONYMOUS, SCOPE-RETIRED-NO-AUTH, TAP-CARRIERS. */
import { fail } from '../../../api-record'
import type { WechatApi } from './record'

/** "desc 最多 30 个字符". */
const DESC_LIMIT = 30

export const OPEN_DATA_APIS: readonly WechatApi[] = [
  { name: 'getWeRunData', promise: true, scopes: ['scope.werun'], privacy: true, result: (call) => call.engine.data.weRun() },
  {
    name: 'chooseAddress',
    promise: true,
    scopes: ['scope.address'],
    privacy: true,
    privateInfo: 'other',
    picker: true,
    result: (call) => call.engine.data.address(),
  },
  { name: 'chooseInvoice', promise: true, scopes: ['scope.invoice'], privacy: true, picker: true, result: (call) => call.engine.data.invoice() },
  { name: 'chooseInvoiceTitle', promise: true, scopes: ['scope.invoiceTitle'], privacy: true, picker: true, result: (call) => call.engine.data.invoiceTitle() },
  {
    // Since 2021-04-28: no popup, anonymous data.
    name: 'getUserInfo',
    promise: true,
    scopes: ['scope.userInfo'],
    privacy: true,
    params: { withCredentials: { type: 'Boolean' }, lang: { type: 'String' } },
    result: (call) => call.engine.data.userInfoResult('anonymous'),
  },
  {
    // Tap only; "每次请求都会弹出授权窗口"; anonymous "微信用户" data since 2022-11-08.
    name: 'getUserProfile',
    since: '2.10.4',
    promise: true,
    tapRequired: true,
    privacy: true,
    params: { desc: { type: 'String', required: true }, lang: { type: 'String' } },
    check: (call) => ((call.options.desc as string).length > DESC_LIMIT ? fail('desc-too-long') : undefined),
    promptsEveryCall: 'scope.userInfo',
    result: (call) => call.engine.data.userProfileResult(call.engine.options.userProfile),
  },
]
