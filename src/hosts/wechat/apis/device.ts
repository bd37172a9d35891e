/** Album, microphone, contacts, calendar, bluetooth, camera: the device scopes' APIs. Rules: SCOPE-TABLE, PROMISE-EXCLUDED-APIS. */
import { fail } from '../../../api-record'
import type { Engine } from '../../../engine'
import { FakeWxError } from '../../../errors'
import { checkFileThere } from './media'
import { familyState } from '../../../family-state'
import type { WechatApi } from './record'

const CAMERAS = Symbol('cameras on the page')

/** The `<camera>` components rendered on the page (reset() empties it). */
export function camerasOf(engine: Engine): { count: number } {
  return familyState(engine, CAMERAS, () => ({ count: 0 }))
}

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

export const DEVICE_APIS: readonly WechatApi[] = [
  {
    name: 'saveImageToPhotosAlbum',
    promise: true,
    scopes: ['scope.writePhotosAlbum'],
    privacy: true,
    sheet: true, // "saveImageToPhotosAlbum:fail cancel" when the user backs out of iOS's save sheet
    params: { filePath: { type: 'String', required: true } },
    example: { filePath: 'http://tmp/a.png' },
    // A file the fake knows is gone; the order of this check and the scope popup is unverified.
    check: checkFileThere('filePath'),
    result: () => undefined,
  },
  {
    name: 'saveVideoToPhotosAlbum',
    promise: true,
    scopes: ['scope.writePhotosAlbum'],
    privacy: true,
    params: { filePath: { type: 'String', required: true } },
    example: { filePath: 'http://tmp/a.mp4' },
    result: () => undefined,
  },
  {
    // No promise style. The fake records nothing, so the success arrives at once with a temp file.
    name: 'startRecord',
    promise: false,
    scopes: ['scope.record'],
    privacy: true,
    result: (call) => call.engine.data.record(),
  },
  { name: 'stopRecord', promise: false, result: () => undefined },
  {
    name: 'joinVoIPChat',
    promise: true,
    scopes: ['scope.record'],
    privacy: true,
    params: {
      groupId: { type: 'String', required: true },
      nonceStr: { type: 'String', required: true },
      timeStamp: { type: 'Number', required: true },
      signature: { type: 'String', required: true },
      roomType: { type: 'String' },
    },
    example: { groupId: 'g1', nonceStr: 'n', timeStamp: 1700000000, signature: 's' },
    result: () => ({ openIdList: [], errCode: 0 }),
  },
  {
    name: 'addPhoneContact',
    promise: true,
    scopes: ['scope.addPhoneContact'],
    privacy: true,
    sheet: true, // the contact sheet: "addPhoneContact:fail cancel"
    params: { firstName: { type: 'String', required: true } },
    example: { firstName: '小明' },
    result: () => undefined,
  },
  {
    name: 'addPhoneCalendar',
    promise: true,
    scopes: ['scope.addPhoneCalendar'],
    privacy: true,
    params: { title: { type: 'String', required: true }, startTime: { type: 'Number', required: true }, endTime: { type: 'Number' } },
    example: { title: '会议', startTime: 1700000000 },
    result: () => undefined,
  },
  {
    name: 'addPhoneRepeatCalendar',
    promise: true,
    scopes: ['scope.addPhoneCalendar'],
    privacy: true,
    params: {
      title: { type: 'String', required: true },
      startTime: { type: 'Number', required: true },
      repeatInterval: { type: 'String' },
    },
    example: { title: '晨跑', startTime: 1700000000 },
    result: () => undefined,
  },
  {
    name: 'openBluetoothAdapter',
    promise: true,
    scopes: ['scope.bluetooth'],
    privacy: true,
    osSwitch: { option: 'bluetoothEnabled', failure: 'bluetooth-off' },
    params: { mode: { type: 'String' } },
    result: () => undefined,
  },
  { name: 'closeBluetoothAdapter', promise: true, result: () => undefined },
  {
    name: 'createBLEPeripheralServer',
    promise: true,
    scopes: ['scope.bluetooth'],
    privacy: true,
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
  // Gated by the camera scope; the VKSession object it returns reports a refusal through a status code no source gives, so
  // the fake does not model it rather than invent one.
  { name: 'createVKSession', scopes: ['scope.camera'] },
  // Components: `fake.components.camera()` / `.livePusher()` render them (src/components.ts).
  {
    name: 'insertCamera',
    surface: 'component',
    label: '<camera>',
    scopes: ['scope.camera'],
    privacy: true,
    // Android's XWeb <camera> reports `insertXWebCamera:fail…`; which devices use it is unverified (option androidCamera).
    failNameFor: (engine, failure) =>
      failure === 'auth-deny' && engine.profile.platform === 'android' && engine.options.androidCamera === 'xweb' ? 'insertXWebCamera' : undefined,
    // "can insert only one camera": a page has one <camera> at most (rule CAMERA-ONLY-ONE).
    check: (call) => (camerasOf(call.engine).count > 0 ? fail('only-one-camera') : undefined),
    result: (call) => {
      camerasOf(call.engine).count++
      return undefined
    },
  },
  {
    name: 'insertLivePusher',
    surface: 'component',
    label: '<live-pusher>',
    scopes: ['scope.camera', 'scope.record'],
    privacy: true,
    result: () => undefined,
  },
]
