/** The fake's file system, made on the first call that needs it and emptied by reset(). */
import type { Engine } from '../engine'
import { familyState } from '../family-state'
import { FileSystem } from './file-system'

const FILES = Symbol('files')

export function filesOf(engine: Engine): FileSystem {
  return familyState(engine, FILES, () => new FileSystem(engine.profile.localFiles))
}
