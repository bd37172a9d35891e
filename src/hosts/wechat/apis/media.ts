/**
 * Images and files after they are picked: preview, image info, compression, saving, the canvas export and
 * the share sheet. What they do is in ../media/images.ts, loaded on the first call, so that the family costs
 * nothing at import. Rules: MEDIA-IMAGE-INFO, MEDIA-COMPRESS, FILES-SAVE-MOVES,
 * FILES-STORAGE-LIMIT, CANVAS-EXPORT, ERRMSG-PICKER-CANCEL, ALBUM-FILE-NOT-FOUND, PROMISE-MEDIA-APIS.
 */
import type { Call } from '../../../api-record'
import { media, mediaLoaded } from '../media/load'
import type { WechatApi } from './record'

/**
 * saveImageToPhotosAlbum: a local file the fake knows is gone is not found (rule ALBUM-FILE-NOT-FOUND). Until
 * the family has run, no file is gone: a permission test does not load it for this.
 */
export const checkFileThere = (key: string) => (call: Call) => (mediaLoaded() ? media().checkFileThere(key, call) : undefined)

export const MEDIA_APIS: readonly WechatApi[] = [
  {
    // The viewer opens; the user closes it when done.
    name: 'previewImage',
    promise: true,
    params: { urls: { type: 'Array', required: true }, current: { type: 'String' }, showmenu: { type: 'Boolean' }, referrerPolicy: { type: 'String' } },
    result: () => undefined,
  },
  {
    name: 'previewMedia',
    promise: true,
    params: { sources: { type: 'Array', required: true }, current: { type: 'Number' }, showmenu: { type: 'Boolean' }, referrerPolicy: { type: 'String' } },
    result: () => undefined,
  },
  {
    name: 'getImageInfo',
    promise: true,
    params: { src: { type: 'String', required: true } },
    steps: [(call) => media().getImageInfo(call)],
  },
  {
    name: 'compressImage',
    promise: true,
    params: { src: { type: 'String', required: true }, quality: { type: 'Number' }, compressedWidth: { type: 'Number' }, compressedHeight: { type: 'Number' } },
    steps: [(call) => media().compressImage(call)],
  },
  {
    name: 'saveFile',
    promise: true,
    params: { tempFilePath: { type: 'String', required: true } },
    steps: [(call) => media().saveFile(call)],
  },
  {
    name: 'canvasToTempFilePath',
    promise: true,
    params: {
      canvasId: { type: 'String' },
      canvas: { type: 'Object' },
      x: { type: 'Number' },
      y: { type: 'Number' },
      width: { type: 'Number' },
      height: { type: 'Number' },
      destWidth: { type: 'Number' },
      destHeight: { type: 'Number' },
      fileType: { type: 'String' },
      quality: { type: 'Number' },
    },
    steps: [(call) => media().canvasToTempFilePath(call)],
  },
  {
    // The share sheet: the user shares, saves or closes it (`showShareImageMenu:fail cancel`).
    name: 'showShareImageMenu',
    promise: true,
    picker: true,
    params: { path: { type: 'String', required: true }, style: { type: 'String' }, needShowEntrance: { type: 'Boolean' }, entrancePath: { type: 'String' } },
    example: { path: 'http://tmp/poster.png' },
    result: () => undefined,
  },
]
