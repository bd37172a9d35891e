/**
 * What `user.willPick(files)` accepts, checked when the test scripts it: a typo in a script would otherwise
 * make the picker hand back something else than the test says.
 */
import { FakeWxError, describeValue } from '../errors'

export type PickedFileKind = 'image' | 'video' | 'file'

/** A file the user picks. Unspecified numbers are seeded, like every result the fake makes up. */
export interface PickedFileSpec {
  /** The file's name on the phone ('receipt.pdf'); its extension says the kind unless `type` does. */
  readonly name?: string
  readonly type?: PickedFileKind
  /** Bytes. With `content`, the size is the content's. */
  readonly size?: number
  readonly width?: number
  readonly height?: number
  /** Seconds, for a video. */
  readonly duration?: number
  /** What FileSystemManager.readFile returns for it (a string is stored as UTF-8). */
  readonly content?: string | ArrayBuffer | Uint8Array
}

/** A file name such as 'cat.jpg', or the file's details. */
export type PickedFile = string | PickedFileSpec

/** A picked file, checked: its kind and extension are known. */
export interface PickedFileScript {
  readonly name: string | undefined
  readonly kind: PickedFileKind
  readonly ext: string
  readonly size: number | undefined
  readonly width: number | undefined
  readonly height: number | undefined
  readonly duration: number | undefined
  readonly content: Uint8Array | undefined
}

const IMAGE_EXTS = ['jpg', 'jpeg', 'png', 'gif', 'webp', 'heic', 'bmp']
const VIDEO_EXTS = ['mp4', 'mov', 'm4v', '3gp', 'avi']
/** The extension a file of this kind gets when its name does not say. */
export const DEFAULT_EXT: Readonly<Record<PickedFileKind, string>> = { image: 'jpg', video: 'mp4', file: 'pdf' }

const KEYS = ['name', 'type', 'size', 'width', 'height', 'duration', 'content']

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.')
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase()
}

export function kindOfExtension(ext: string): PickedFileKind {
  if (IMAGE_EXTS.includes(ext)) return 'image'
  return VIDEO_EXTS.includes(ext) ? 'video' : 'file'
}

export function checkPickedFiles(files: unknown, where: string): PickedFileScript[] {
  const list = Array.isArray(files) ? files : [files]
  if (list.length === 0) {
    throw new FakeWxError(`${where} expects the files the user picks, e.g. ${where}(['cat.jpg']) or ${where}([{ name: 'a.mp4', duration: 12 }]); got an empty list. To close the picker, write user.willCancel('chooseImage').`)
  }
  return list.map((file, i) => checkOne(file, `${where}: file ${i + 1}`))
}

function checkOne(file: unknown, where: string): PickedFileScript {
  if (typeof file === 'string') return checkOne({ name: file }, where)
  if (typeof file !== 'object' || file === null || Array.isArray(file)) {
    throw new FakeWxError(`${where} must be a file name such as 'cat.jpg' or an object such as { name: 'cat.jpg', width: 800 }, got ${describeValue(file)}.`)
  }
  const spec = file as Record<string, unknown>
  const unknown = Object.keys(spec).find((key) => !KEYS.includes(key))
  if (unknown !== undefined) throw new FakeWxError(`${where}: unknown field '${unknown}'. Fields: ${KEYS.join(', ')}.`)
  const name = spec.name
  if (name !== undefined && (typeof name !== 'string' || name === '')) throw new FakeWxError(`${where}: name must be a file name such as 'cat.jpg', got ${describeValue(name)}.`)
  const type = spec.type
  if (type !== undefined && type !== 'image' && type !== 'video' && type !== 'file') {
    throw new FakeWxError(`${where}: type must be 'image', 'video' or 'file', got ${describeValue(type)}.`)
  }
  if (name === undefined && type === undefined) throw new FakeWxError(`${where} needs a name ('cat.jpg') or a type ('image', 'video' or 'file').`)
  const nameExt = typeof name === 'string' ? extensionOf(name) : ''
  const kind: PickedFileKind = (type as PickedFileKind | undefined) ?? kindOfExtension(nameExt)
  for (const key of ['size', 'width', 'height', 'duration'] as const) {
    const value = spec[key]
    if (value !== undefined && (typeof value !== 'number' || !Number.isFinite(value) || value < 0)) {
      throw new FakeWxError(`${where}: ${key} must be a number ≥ 0, got ${describeValue(value)}.`)
    }
  }
  const content = bytesOf(spec.content, where)
  if (content !== undefined && spec.size !== undefined && spec.size !== content.length) {
    throw new FakeWxError(`${where}: size ${String(spec.size)} does not match the content's ${content.length} bytes; give one of them.`)
  }
  return {
    name: name as string | undefined,
    kind,
    ext: nameExt === '' ? DEFAULT_EXT[kind] : nameExt,
    size: content?.length ?? (spec.size as number | undefined),
    width: spec.width as number | undefined,
    height: spec.height as number | undefined,
    duration: spec.duration as number | undefined,
    content,
  }
}

function bytesOf(content: unknown, where: string): Uint8Array | undefined {
  if (content === undefined) return undefined
  if (typeof content === 'string') return new TextEncoder().encode(content)
  // Not instanceof: under Jest the test's typed arrays come from another realm.
  if (ArrayBuffer.isView(content)) return new Uint8Array(content.buffer.slice(content.byteOffset, content.byteOffset + content.byteLength))
  if (isArrayBuffer(content)) return new Uint8Array(content.slice(0))
  throw new FakeWxError(`${where}: content must be a string, an ArrayBuffer or a Uint8Array, got ${describeValue(content)}.`)
}

export function isArrayBuffer(value: unknown): value is ArrayBuffer {
  return Object.prototype.toString.call(value) === '[object ArrayBuffer]'
}
