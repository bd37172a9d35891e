/**
 * The pickers of the user's own content: photos, videos, chat files and scanned codes. Each passes the
 * privacy layer when WeChat's privacy table lists it, and is answered by the scripted user
 * (`user.willPick(files)`, `user.willScan(result)`, `user.willCancel(api)`). Rules: PRIVACY-API-LIST,
 * ERRMSG-PICKER-CANCEL, PICKER-UNSCRIPTED, CHOOSE-IMAGE-RESULT, CHOOSE-MEDIA-RESULT, CHOOSE-VIDEO-RESULT,
 * CHOOSE-MESSAGE-FILE-RESULT, SCAN-CODE-RESULT. What the pickers do is in ../media, loaded on the first call.
 */
import type { Call, Step } from '../../../api-record'
import { checkPrivacy } from '../../../gates/privacy'
import type { PickRules } from '../../../media/pick'
import type { PickedFileKind } from '../../../media/picked-file'
import { media } from '../media/load'
import type { WechatApi } from './record'

const clamp = (value: number, min: number, max: number): number => Math.max(min, Math.min(value, max))

/** `count` when the app passed a number; the picker's own default otherwise. */
function countOf(call: Call, fallback: number): number {
  return typeof call.options.count === 'number' ? call.options.count : fallback
}

/** "最多可以选择的图片张数", 9 at most. An unscripted 'allow' picks `count` photos (one when none is given). */
function imageRules(call: Call): PickRules {
  return { kinds: ['image'], max: clamp(countOf(call, 9), 1, 9), seeded: clamp(countOf(call, 1), 1, 9) }
}

/** mediaType ['image'] or ['video'] restrict the picker; 'mix' or both allow either. Up to 20 files (base library 2.25.0). */
function mediaRules(call: Call): PickRules {
  const types = Array.isArray(call.options.mediaType) ? (call.options.mediaType as unknown[]) : []
  const kinds: PickedFileKind[] = types.length === 1 && (types[0] === 'image' || types[0] === 'video') ? [types[0]] : ['image', 'video']
  return { kinds, max: clamp(countOf(call, 9), 1, 20), seeded: clamp(countOf(call, 1), 1, 20) }
}

/** type 'all' (default), 'image', 'video' or 'file'; `extension` filters only type 'file'. Up to 100 files. */
function messageFileRules(call: Call): PickRules {
  const type = call.options.type
  const kinds: PickedFileKind[] = type === 'image' || type === 'video' || type === 'file' ? [type] : ['file', 'image', 'video']
  const extension = call.options.extension
  const extensions =
    type === 'file' && Array.isArray(extension)
      ? extension.filter((ext): ext is string => typeof ext === 'string').map((ext) => ext.replace(/^\./, '').toLowerCase())
      : undefined
  return { kinds, max: clamp(countOf(call, 100), 1, 100), seeded: clamp(countOf(call, 1), 1, 100), ...(extensions !== undefined && { extensions }) }
}

/** The privacy layer, then the picker: what the user picks is worked out on first use (../media/index.ts). */
const pickerSteps = (rules: (call: Call) => PickRules): readonly Step[] => [checkPrivacy, (call) => media().pickFiles(rules)(call)]

const pickedFiles = (call: Call) => media().pickedFiles(call)

export const PICKER_APIS: readonly WechatApi[] = [
  {
    name: 'chooseImage',
    promise: true,
    privacy: true,
    picker: true,
    params: { count: { type: 'Number' }, sizeType: { type: 'Array' }, sourceType: { type: 'Array' } },
    steps: pickerSteps(imageRules),
    result: (call) => {
      const files = pickedFiles(call)
      return { tempFilePaths: files.map((file) => file.path), tempFiles: files.map((file) => ({ path: file.path, size: file.size })) }
    },
  },
  {
    name: 'chooseMedia',
    promise: true,
    privacy: true,
    picker: true,
    params: {
      count: { type: 'Number' },
      mediaType: { type: 'Array' },
      sourceType: { type: 'Array' },
      maxDuration: { type: 'Number' },
      sizeType: { type: 'Array' },
      camera: { type: 'String' },
    },
    example: { count: 1 },
    steps: pickerSteps(mediaRules),
    result: (call) => {
      const files = pickedFiles(call)
      const kinds = new Set(files.map((file) => file.kind))
      return {
        tempFiles: files.map((file) => ({
          tempFilePath: file.path,
          size: file.size,
          duration: file.duration,
          height: file.height,
          width: file.width,
          thumbTempFilePath: file.thumbPath,
          fileType: file.kind,
        })),
        type: kinds.size > 1 ? 'mix' : files[0]!.kind,
      }
    },
  },
  {
    name: 'chooseVideo',
    promise: true,
    privacy: true,
    picker: true,
    params: { sourceType: { type: 'Array' }, compressed: { type: 'Boolean' }, maxDuration: { type: 'Number' }, camera: { type: 'String' } },
    steps: pickerSteps(() => ({ kinds: ['video'], max: 1, seeded: 1 })),
    result: (call) => {
      const video = pickedFiles(call)[0]!
      return { tempFilePath: video.path, duration: video.duration, size: video.size, height: video.height, width: video.width }
    },
  },
  {
    name: 'chooseMessageFile',
    promise: true,
    privacy: true,
    picker: true,
    params: { count: { type: 'Number', required: true }, type: { type: 'String' }, extension: { type: 'Array' } },
    example: { count: 1 },
    steps: pickerSteps(messageFileRules),
    result: (call) => ({
      // `time`, when the file was sent in the chat: seeded, as the fake keeps no clock.
      tempFiles: pickedFiles(call).map((file) => ({ name: file.name, path: file.path, size: file.size, time: call.engine.data.int(1_690_000_000, 1_700_000_000), type: file.kind })),
    }),
  },
  {
    name: 'scanCode',
    promise: true,
    picker: true,
    params: { onlyFromCamera: { type: 'Boolean' }, scanType: { type: 'Array' } },
    steps: [(call) => media().scan(call)],
    result: (call) => media().scanResult(call),
  },
]

