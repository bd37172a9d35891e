/**
 * wx.getFileSystemManager(): the global file manager, over the fake's in-memory files. Its asynchronous
 * methods run the pipeline like any API (no promise style: "以 Promise 风格 调用：不支持"); the `*Sync` ones
 * return or throw. What each method does is in ../media/fs-methods.ts, loaded on the first call. Rules:
 * FILES-MANAGER-GLOBAL, FILES-ERRORS, FILES-SYNC-THROWS, FILES-TEMP-READ-ONLY, FILES-STORAGE-LIMIT,
 * FILES-SAVE-MOVES, PROMISE-MEDIA-APIS.
 */
import { ok, type Outcome } from '../../../api-record'
import { compiledApi } from '../../../compile'
import type { Engine } from '../../../engine'
import type { ParamSpec } from '../../../params'
import { invoke } from '../../../pipeline'
import { callSyncMethod } from '../../../sync-call'
import { media } from '../media/load'
import type { WechatApi } from './record'

interface FsMethod {
  readonly name: string
  /** The options of the asynchronous form, in the order the synchronous form takes them as arguments. */
  readonly params: ParamSpec
  /** The field of the asynchronous form's result that the synchronous form returns. */
  readonly returns?: string
}

const METHODS: readonly FsMethod[] = [
  { name: 'access', params: { path: { type: 'String', required: true } } },
  { name: 'readFile', params: { filePath: { type: 'String', required: true }, encoding: { type: 'String' }, position: { type: 'Number' }, length: { type: 'Number' } }, returns: 'data' },
  { name: 'writeFile', params: { filePath: { type: 'String', required: true }, data: { type: ['String', 'Object'], required: true }, encoding: { type: 'String' } } },
  { name: 'appendFile', params: { filePath: { type: 'String', required: true }, data: { type: ['String', 'Object'], required: true }, encoding: { type: 'String' } } },
  { name: 'unlink', params: { filePath: { type: 'String', required: true } } },
  { name: 'mkdir', params: { dirPath: { type: 'String', required: true }, recursive: { type: 'Boolean' } } },
  { name: 'rmdir', params: { dirPath: { type: 'String', required: true }, recursive: { type: 'Boolean' } } },
  { name: 'readdir', params: { dirPath: { type: 'String', required: true } }, returns: 'files' },
  { name: 'stat', params: { path: { type: 'String', required: true }, recursive: { type: 'Boolean' } }, returns: 'stats' },
  { name: 'saveFile', params: { tempFilePath: { type: 'String', required: true }, filePath: { type: 'String' } }, returns: 'savedFilePath' },
]

const run = (method: string, engine: Engine, args: Readonly<Record<string, unknown>>): Outcome => media().FS_RUNS[method]!(engine, args)

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
        const outcome = run(method.name, engine, named)
        if (!outcome.ok || method.returns === undefined) return outcome.ok ? ok() : outcome
        return ok({ value: (outcome.data as Record<string, unknown>)[method.returns] })
      })
  }
  managers.set(engine, manager)
  return manager
}

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
      steps: [(call) => run(method.name, call.engine, call.options)],
    },
    // The synchronous form: its record names it in the timeline and holds its facts; callSyncMethod runs it.
    { name: `FileSystemManager.${method.name}Sync`, surface: 'method', label: `FileSystemManager.${method.name}Sync`, params: method.params },
  ]),
]
