/** Album, microphone, camera-free recording, contacts, calendar, bluetooth (§1). */
import type { ApiRow } from './define'
import { FakeWxError } from '../errors'

/** An object WeChat hands back whose methods fake-wx does not model: each says so when called. */
function inert(owner: string, methods: readonly string[]): Record<string, () => never> {
  const object: Record<string, () => never> = {}
  for (const method of methods) {
    object[method] = () => {
      throw new FakeWxError(`${owner}.${method} is not modelled: fake-wx models the permission flow of wx.createBLEPeripheralServer, not the server.`)
    }
  }
  return object
}

export const DEVICE_ROWS: readonly ApiRow[] = [
  { name: 'saveImageToPhotosAlbum', promise: true, params: { filePath: { type: 'String', required: true } }, result: () => undefined },
  { name: 'saveVideoToPhotosAlbum', promise: true, params: { filePath: { type: 'String', required: true } }, result: () => undefined },
  {
    // No promise style (§8.2). The fake records nothing, so the success arrives at once with a temp file.
    name: 'startRecord',
    promise: false,
    result: (call) => call.engine.data.record(),
  },
  { name: 'stopRecord', promise: false, result: () => undefined },
  {
    name: 'joinVoIPChat',
    promise: true,
    params: {
      groupId: { type: 'String', required: true },
      nonceStr: { type: 'String', required: true },
      timeStamp: { type: 'Number', required: true },
      signature: { type: 'String', required: true },
      roomType: { type: 'String' },
    },
    result: () => ({ openIdList: [], errCode: 0 }),
  },
  {
    name: 'addPhoneContact',
    promise: true,
    params: { firstName: { type: 'String', required: true } },
    result: () => undefined,
  },
  {
    name: 'addPhoneCalendar',
    promise: true,
    params: { title: { type: 'String', required: true }, startTime: { type: 'Number', required: true }, endTime: { type: 'Number' } },
    result: () => undefined,
  },
  {
    name: 'addPhoneRepeatCalendar',
    promise: true,
    params: {
      title: { type: 'String', required: true },
      startTime: { type: 'Number', required: true },
      repeatInterval: { type: 'String' },
    },
    result: () => undefined,
  },
  { name: 'openBluetoothAdapter', promise: true, params: { mode: { type: 'String' } }, result: () => undefined },
  { name: 'closeBluetoothAdapter', promise: true, result: () => undefined },
  {
    name: 'createBLEPeripheralServer',
    promise: true,
    result: () => ({
      server: inert('BLEPeripheralServer', [
        'addService',
        'removeService',
        'startAdvertising',
        'stopAdvertising',
        'writeCharacteristicValue',
        'onCharacteristicReadRequest',
        'onCharacteristicWriteRequest',
        'close',
      ]),
    }),
  },
]
