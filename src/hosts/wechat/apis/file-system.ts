/**
 * wx.getFileSystemManager(): the global file manager, over the fake's in-memory files. Its asynchronous
 * methods run the pipeline like any API (no promise style: "以 Promise 风格 调用：不支持"); the `*Sync` ones
 * return or throw. Each failure is the one the method's documentation lists. Rules: FILES-MANAGER-GLOBAL,
 * FILES-ERRORS, FILES-SYNC-THROWS, FILES-TEMP-READ-ONLY, FILES-STORAGE-LIMIT, FILES-SAVE-MOVES, PROMISE-MEDIA-APIS.
 */
import { fail, ok, type Outcome, type Step } from '../../../api-record'
import { compiledApi } from '../../../compile'
import type { Engine } from '../../../engine'
import { isFsFailure, type FsFailure, type Stats } from '../../../files/file-system'
import { filesOf } from '../../../files/files-of'
import { isArrayBuffer } from '../../../media/picked-file'
import type { ParamSpec } from '../../../params'
import { invoke } from '../../../pipeline'
import { callSyncMethod } from '../../../sync-call'
import type { WechatApi } from './record'

/** The encodings the documentation lists for readFile and writeFile. */
const ENCODINGS = ['ascii', 'base64', 'binary', 'hex', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'utf-8', 'utf8', 'latin1']

type Args = Readonly<Record<string, unknown>>

interface FsMethod {
  readonly name: string
  /** The options of the asynchronous form, in the order the synchronous form takes them as arguments. */
  readonly params: ParamSpec
  /** What the method does, from its named arguments; the result data of the asynchronous form. */
  readonly run: (engine: Engine, args: Args) => Outcome
  /** What the synchronous form returns, from the asynchronous form's result data. */
  readonly returns?: (data: Record<string, unknown>) => unknown
}

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

const METHODS: readonly FsMethod[] = [
  {
    name: 'access',
    params: { path: { type: 'String', required: true } },
    run: (engine, args) => done(filesOf(engine).access(args.path as string)),
  },
  {
    name: 'readFile',
    params: { filePath: { type: 'String', required: true }, encoding: { type: 'String' }, position: { type: 'Number' }, length: { type: 'Number' } },
    run: (engine, args) => {
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
    returns: (data) => data.data,
  },
  {
    name: 'writeFile',
    params: { filePath: { type: 'String', required: true }, data: { type: ['String', 'Object'], required: true }, encoding: { type: 'String' } },
    run: (engine, args) => write(engine, args, false),
  },
  {
    name: 'appendFile',
    params: { filePath: { type: 'String', required: true }, data: { type: ['String', 'Object'], required: true }, encoding: { type: 'String' } },
    run: (engine, args) => {
      // Appending needs the file: "fail no such file or directory, open ${filePath}".
      if (filesOf(engine).access(args.filePath as string) !== true) return fail('file-not-found', `, open ${String(args.filePath)}`)
      return write(engine, args, true)
    },
  },
  {
    name: 'unlink',
    params: { filePath: { type: 'String', required: true } },
    run: (engine, args) => done(filesOf(engine).unlink(args.filePath as string)),
  },
  {
    name: 'mkdir',
    params: { dirPath: { type: 'String', required: true }, recursive: { type: 'Boolean' } },
    run: (engine, args) => done(filesOf(engine).mkdir(args.dirPath as string, args.recursive === true)),
  },
  {
    name: 'rmdir',
    params: { dirPath: { type: 'String', required: true }, recursive: { type: 'Boolean' } },
    run: (engine, args) => done(filesOf(engine).rmdir(args.dirPath as string, args.recursive === true)),
  },
  {
    name: 'readdir',
    params: { dirPath: { type: 'String', required: true } },
    run: (engine, args) => {
      const files = filesOf(engine).readdir(args.dirPath as string)
      return isFsFailure(files) ? fail(files.failure, files.detail) : ok({ files })
    },
    returns: (data) => data.files,
  },
  {
    name: 'stat',
    params: { path: { type: 'String', required: true }, recursive: { type: 'Boolean' } },
    run: (engine, args) => {
      const stats: Stats | FsFailure = filesOf(engine).stat(args.path as string)
      return isFsFailure(stats) ? fail(stats.failure, stats.detail) : ok({ stats })
    },
    returns: (data) => data.stats,
  },
  {
    name: 'saveFile',
    params: { tempFilePath: { type: 'String', required: true }, filePath: { type: 'String' } },
    run: (engine, args) => {
      const saved = filesOf(engine).save(args.tempFilePath as string, engine.data.fileName(extensionOf(args.tempFilePath as string)), args.filePath as string | undefined)
      return typeof saved === 'string' ? ok({ savedFilePath: saved }) : fail(saved.failure, saved.detail)
    },
    returns: (data) => data.savedFilePath,
  },
]

/** The extension of the last part of a path, '' when it has none. Temporary files always have one. */
export function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1)
  const dot = name.lastIndexOf('.')
  return dot < 0 ? '' : name.slice(dot + 1)
}

const managers = new WeakMap<Engine, Record<string, unknown>>()

/** "获取全局唯一的文件管理器": the same object for the fake's lifetime; its methods read the files of the current test. */
function managerOf(engine: Engine): Record<string, unknown> {
  let manager = managers.get(engine)
  if (manager !== undefined) return manager
  manager = {}
  for (const method of METHODS) {
    const api = `FileSystemManager.${method.name}`
    manager[method.name] = (options?: unknown) => {
      invoke(engine, compiledApi(engine.host, api)!, options)
    }
    manager[`${method.name}Sync`] = (...args: unknown[]) =>
      callSyncMethod(engine, `${api}Sync`, `${method.name}Sync`, args, method.params, (named) => {
        const outcome = method.run(engine, named)
        if (!outcome.ok || method.returns === undefined) return outcome.ok ? ok() : outcome
        return ok({ value: method.returns(outcome.data as Record<string, unknown>) })
      })
  }
  managers.set(engine, manager)
  return manager
}

const asyncStep = (method: FsMethod): Step => (call) => method.run(call.engine, call.options)

export const FILE_SYSTEM_APIS: readonly WechatApi[] = [
  { name: 'getFileSystemManager', sync: (engine) => managerOf(engine) },
  ...METHODS.flatMap((method): WechatApi[] => [
    {
      name: `FileSystemManager.${method.name}`,
      surface: 'method',
      label: `FileSystemManager.${method.name}`,
      errMsgName: method.name,
      promise: false,
      params: method.params,
      steps: [asyncStep(method)],
    },
    // The synchronous form: its record names it in the timeline and holds its facts; callSyncMethod runs it.
    { name: `FileSystemManager.${method.name}Sync`, surface: 'method', label: `FileSystemManager.${method.name}Sync`, params: method.params },
  ]),
]
