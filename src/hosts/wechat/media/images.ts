/**
 * What the image APIs do with the fake's in-memory files (their records are in ../apis/media.ts). A local
 * file the fake made has its real numbers; one it never saw (from a handler of downloadFile, say) is taken
 * to exist, as the fake cannot know otherwise, unless the fake knows it is gone. Rules: MEDIA-IMAGE-INFO,
 * MEDIA-COMPRESS, FILES-SAVE-MOVES, FILES-STORAGE-LIMIT, CANVAS-EXPORT, ALBUM-FILE-NOT-FOUND.
 */
import { fail, ok, type Call, type Outcome } from '../../../api-record'
import type { Engine } from '../../../engine'
import type { MediaInfo } from '../../../files/file-system'
import { filesOf } from '../../../files/files-of'
import { extensionOf } from './fs-methods'

/** A picture as getImageInfo and compressImage see it. */
interface Picture {
  readonly path: string
  readonly width: number
  readonly height: number
  readonly size: number
  readonly ext: string
}

const NETWORK = /^https?:\/\//

/**
 * The picture at `src`: a file the fake made, a local or package file it never saw (seeded numbers, the
 * same on every look), or a network image, which the base library downloads to a temporary file first.
 */
function pictureAt(engine: Engine, src: string): Picture | undefined {
  const files = filesOf(engine)
  const local = files.isLocal(src)
  if (local && !files.mayExist(src)) return undefined
  const ext = imageExtension(src)
  const file = local ? files.file(src) : undefined
  if (file?.media !== undefined && file.media.kind === 'image') {
    return { path: src, width: file.media.width!, height: file.media.height!, size: file.size, ext }
  }
  const seen = files.seenMedia(src, () => ({ kind: 'image', ...engine.data.photoSpec() }))
  const path = !local && NETWORK.test(src) ? files.addTemp(engine.data.fileName(ext), undefined, seen.size, seen) : src
  return { path, width: seen.width!, height: seen.height!, size: file?.size ?? seen.size, ext }
}

/** The extension of an image path or URL (before any query), 'jpg' when it has none. */
function imageExtension(src: string): string {
  const path = src.split(/[?#]/)[0]!
  const ext = extensionOf(path).toLowerCase()
  return ext === '' ? 'jpg' : ext
}

/** getImageInfo's `type`: the format's name, which for a .jpg file is 'jpeg'. */
const imageType = (ext: string): string => (ext === 'jpg' ? 'jpeg' : ext)

export function getImageInfo(call: Call): Outcome {
  const picture = pictureAt(call.engine, call.options.src as string)
  if (picture === undefined) return fail('media-file-not-found')
  return ok({ width: picture.width, height: picture.height, path: picture.path, orientation: 'up', type: imageType(picture.ext) })
}

/**
 * compressImage: a new temporary file. quality (0-100, default 80) scales the size; compressedWidth or
 * compressedHeight resize, keeping the ratio when only one is given.
 */
export function compressImage(call: Call): Outcome {
  const { engine, options } = call
  const picture = pictureAt(engine, options.src as string)
  if (picture === undefined) return fail('media-file-not-found')
  const quality = typeof options.quality === 'number' ? Math.max(0, Math.min(options.quality, 100)) : 80
  const wanted = { width: options.compressedWidth, height: options.compressedHeight }
  let { width, height } = picture
  if (typeof wanted.width === 'number' && typeof wanted.height === 'number') [width, height] = [wanted.width, wanted.height]
  else if (typeof wanted.width === 'number') [width, height] = [wanted.width, Math.round((picture.height * wanted.width) / picture.width)]
  else if (typeof wanted.height === 'number') [width, height] = [Math.round((picture.width * wanted.height) / picture.height), wanted.height]
  const area = (width * height) / (picture.width * picture.height)
  const size = Math.max(1, Math.round(((picture.size * quality) / 100) * area))
  const media: MediaInfo = { kind: 'image', width, height }
  return ok({ tempFilePath: filesOf(engine).addTemp(engine.data.fileName(picture.ext), undefined, size, media) })
}

/** The canvas's default size, "默认宽度300px、高度150px". */
const CANVAS_WIDTH = 300
const CANVAS_HEIGHT = 150
/** destWidth and destHeight default to the area times the screen's pixel ratio: the developer tools' default device has 2. */
const PIXEL_RATIO = 2

export function canvasToTempFilePath(call: Call): Outcome {
  const { engine, options } = call
  const number = (key: string, fallback: number): number => (typeof options[key] === 'number' ? (options[key] as number) : fallback)
  const width = number('destWidth', number('width', CANVAS_WIDTH) * PIXEL_RATIO)
  const height = number('destHeight', number('height', CANVAS_HEIGHT) * PIXEL_RATIO)
  const ext = options.fileType === 'jpg' ? 'jpg' : 'png'
  const size = engine.data.int(20_000, 400_000)
  return ok({ tempFilePath: filesOf(engine).addTemp(engine.data.fileName(ext), undefined, size, { kind: 'image', width, height }) })
}

export function saveFile(call: Call): Outcome {
  const { engine } = call
  const tempFilePath = call.options.tempFilePath as string
  const saved = filesOf(engine).save(tempFilePath, engine.data.fileName(extensionOf(tempFilePath)))
  return typeof saved === 'string' ? ok({ savedFilePath: saved }) : fail(saved.failure, saved.detail)
}

/** saveImageToPhotosAlbum: a local file the fake knows is gone is not found (rule ALBUM-FILE-NOT-FOUND). */
export function checkFileThere(key: string, call: Call): Outcome | undefined {
  const path = call.options[key] as string
  const files = filesOf(call.engine)
  return files.isLocal(path) && !files.mayExist(path) ? fail('media-file-not-found') : undefined
}

