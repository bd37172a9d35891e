/**
 * The clipboard, the phone call sheet and the map of wx.openLocation. The clipboard is per fake: what the
 * app set, else what the user copied before (user.hasCopied), else a seeded address; reset() empties it.
 * Both clipboard APIs pass the privacy layer. Rules: CLIPBOARD-STATE, PRIVACY-API-LIST, PHONE-CALL,
 * OPEN-LOCATION, ERRMSG-PICKER-CANCEL.
 */
import { media } from '../media/load'
import type { WechatApi } from './record'

export const DEVICE_MISC_APIS: readonly WechatApi[] = [
  {
    name: 'setClipboardData',
    promise: true,
    privacy: true,
    params: { data: { type: 'String', required: true } },
    example: { data: 'SF1234567890' },
    result: (call) => media().setClipboard(call),
  },
  {
    name: 'getClipboardData',
    promise: true,
    privacy: true,
    result: (call) => media().getClipboard(call),
  },
  {
    // The call sheet: the user calls, or closes it (`makePhoneCall:fail cancel`).
    name: 'makePhoneCall',
    promise: true,
    picker: true,
    params: { phoneNumber: { type: 'String', required: true } },
    example: { phoneNumber: '10086' },
    result: () => undefined,
  },
  {
    // The map page opens on the place; coordinates are gcj02.
    name: 'openLocation',
    promise: true,
    params: {
      latitude: { type: 'Number', required: true },
      longitude: { type: 'Number', required: true },
      scale: { type: 'Number' },
      name: { type: 'String' },
      address: { type: 'String' },
    },
    example: { latitude: 31.2304, longitude: 121.4737 },
    result: () => undefined,
  },
]
