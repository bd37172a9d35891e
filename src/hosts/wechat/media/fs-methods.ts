/**
 * What FileSystemManager's methods do with the fake's in-memory files (their records and the manager object
 * are in ../apis/file-system.ts): each method's run, from its named arguments, and the failures its
 * documentation lists. Rules: FILES-ERRORS, FILES-TEMP-READ-ONLY, FILES-STORAGE-LIMIT, FILES-SAVE-MOVES.
 */
import { fail, ok, type Outcome } from '../../../api-record'
import type { Engine } from '../../../engine'
import { isFsFailure, type FsFailure, type Stats } from '../../../files/file-system'
import { filesOf } from '../../../files/files-of'
import { isArrayBuffer } from '../../../media/picked-file'

/** The encodings the documentation lists for readFile and writeFile. */
const ENCODINGS = ['ascii', 'base64', 'binary', 'hex', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'utf-8', 'utf8', 'latin1']

type Args = Readonly<Record<string, unknown>>

const done = (result: true | FsFailure, data?: object): Outcome => (result === true ? ok(data) : fail(result.failure, result.detail))

function encodingCheck(encoding: unknown): Outcome | undefined {
  if (encoding === undefined || ENCODINGS.includes(encoding as string)) return undefined
  return fail('fake-wx', `encoding '${String(encoding)}' is none of the ones WeChat lists (${ENCODINGS.join(', ')})`)
}

/** The bytes to write, or undefined when `data` is neither text nor binary data. */
function bytesOf(data: unknown, encoding: unknown): Uint8Array | undefined {
  if (typeof data === 'string') return Buffer.from(data, (encoding ?? 'utf8') as BufferEncoding)
  if (isArrayBuffer(data)) return new Uint8Array(data.slice(0))
  if (!ArrayBuffer.isView(data)) return undefined
  return new Uint8Array(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength))
}

/** writeFile and appendFile: check the encoding and the data, then write. */
function write(engine: Engine, args: Args, append: boolean): Outcome {
  const bad = encodingCheck(args.encoding)
  if (bad !== undefined) return bad
  const bytes = bytesOf(args.data, args.encoding)
  // "data: string/ArrayBuffer": an object of another kind is a parameter error (the type's name in it: unverified).
  if (bytes === undefined) return fail('parameter-error', 'parameter.data should be String or ArrayBuffer instead of Object;')
  return done(filesOf(engine).write(args.filePath as string, bytes, append))
}

/** Each method's run: its result data, or the failure its documentation lists. */
export const FS_RUNS: Readonly<Record<string, (engine: Engine, args: Args) => Outcome>> = {
  access: (engine, args) => done(filesOf(engine).access(args.path as string)),
  readFile: (engine, args) => {
      const bad = encodingCheck(args.encoding)
      if (bad !== undefined) return bad
      const bytes = filesOf(engine).read(args.filePath as string)
      if (isFsFailure(bytes)) return fail(bytes.failure, bytes.detail)
      const start = typeof args.position === 'number' ? args.position : 0
      const end = typeof args.length === 'number' ? start + args.length : bytes.length
      const part = bytes.subarray(start, end)
      // A fresh ArrayBuffer of exactly the part: the app may change it without touching the file.
      const data = args.encoding === undefined ? new Uint8Array(part).buffer : Buffer.from(part).toString(args.encoding as BufferEncoding)
      return ok({ data })
    },
  writeFile: (engine, args) => write(engine, args, false),
  appendFile: (engine, args) => {
      // Appending needs the file: "fail no such file or directory, open ${filePath}".
      if (filesOf(engine).access(args.filePath as string) !== true) return fail('file-not-found', `, open ${String(args.filePath)}`)
      return write(engine, args, true)
    },
  unlink: (engine, args) => done(filesOf(engine).unlink(args.filePath as string)),
  mkdir: (engine, args) => done(filesOf(engine).mkdir(args.dirPath as string, args.recursive === true)),
  rmdir: (engine, args) => done(filesOf(engine).rmdir(args.dirPath as string, args.recursive === true)),
  readdir: (engine, args) => {
      const files = filesOf(engine).readdir(args.dirPath as string)
      return isFsFailure(files) ? fail(files.failure, files.detail) : ok({ files })
    },
  stat: (engine, args) => {
      const stats: Stats | FsFailure = filesOf(engine).stat(args.path as string)
      return isFsFailure(stats) ? fail(stats.failure, stats.detail) : ok({ stats })
    },
  saveFile: (engine, args) => {
      const saved = filesOf(engine).save(args.tempFilePath as string, engine.data.fileName(extensionOf(args.tempFilePath as string)), args.filePath as string | undefined)
      return typeof saved === 'string' ? ok({ savedFilePath: saved }) : fail(saved.failure, saved.detail)
    },
}

/** The extension of the last part of a path, '' when it has none. Temporary files always have one. */
export function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1)
  const dot = name.lastIndexOf('.')
  return dot < 0 ? '' : name.slice(dot + 1)
}

