/** WeRun, address, invoices, user info and profile (§1, §5.4). */
import type { ApiRow } from './define'
import { fail } from '../pipeline'

const DESC_LIMIT = 30 // "desc 最多 30 个字符" (§5.4)

export const OPEN_DATA_ROWS: readonly ApiRow[] = [
  { name: 'getWeRunData', promise: true, result: (call) => call.engine.data.weRun() },
  { name: 'chooseAddress', promise: true, picker: true, result: (call) => call.engine.data.address() },
  { name: 'chooseInvoiceTitle', promise: true, picker: true, result: (call) => call.engine.data.invoiceTitle() },
  { name: 'chooseInvoice', promise: true, picker: true, result: (call) => call.engine.data.invoice() },
  // Privacy APIs without a scope dialog: only the privacy layer stands in front of them (§7.9).
  { name: 'getClipboardData', promise: true, result: (call) => call.engine.data.clipboard() },
  {
    name: 'chooseMedia',
    promise: true,
    params: { count: { type: 'Number' }, mediaType: { type: 'Array' }, sourceType: { type: 'Array' } },
    picker: true,
    result: (call) => {
      const types = call.options.mediaType as unknown[] | undefined
      const count = typeof call.options.count === 'number' ? Math.max(1, Math.min(call.options.count, 9)) : 1
      return call.engine.data.media(types?.length === 1 && types[0] === 'video' ? 'video' : 'image', count)
    },
  },
  {
    // Since 2021-04-28: no popup, anonymous data (§5.4).
    name: 'getUserInfo',
    promise: true,
    params: { withCredentials: { type: 'Boolean' }, lang: { type: 'String' } },
    result: (call) => call.engine.data.userInfoResult('anonymous'),
  },
  {
    // Tap only; "每次请求都会弹出授权窗口"; anonymous "微信用户" data since 2022-11-08 (§5.4).
    name: 'getUserProfile',
    promise: true,
    tapRequired: true,
    params: { desc: { type: 'String', required: true }, lang: { type: 'String' } },
    check: (call) =>
      (call.options.desc as string).length > DESC_LIMIT ? fail({ text: ' desc length does not meet the requirements' }) : undefined,
    promptsEveryCall: 'scope.userInfo',
    result: (call) => call.engine.data.userProfileResult(call.engine.options.userProfile),
  },
]
