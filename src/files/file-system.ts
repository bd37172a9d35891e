/**
 * The fake's local files, in memory: the temporary files that pickers, the canvas and compression make,
 * the saved files of wx.saveFile, and the user data directory that FileSystemManager reads and writes
 * (rules FILES-PROTOCOL, FILES-TEMP-READ-ONLY, FILES-STORAGE-LIMIT). Nothing touches the disk; reset()
 * empties it. File names are drawn from the seeded generator, so a test sees the same paths on every run.
 */
import type { Failure } from '../outcomes'
import type { LocalFilePaths } from '../hosts/host'

/** What the fake knows about an image or a video, for getImageInfo, compressImage and the pickers' results. */
export interface MediaInfo {
  readonly kind: 'image' | 'video' | 'file'
  readonly width?: number
  readonly height?: number
  readonly duration?: number
}

export interface FileEntry {
  readonly kind: 'file'
  /** The bytes, or undefined for a file whose content the test never gave: it reads as `size` zero bytes. */
  content: Uint8Array | undefined
  size: number
  readonly media: MediaInfo | undefined
  /** Seconds on the fake's own clock (see FileSystem.#clock). */
  modified: number
}

interface DirectoryEntry {
  readonly kind: 'directory'
  modified: number
}

type Entry = FileEntry | DirectoryEntry

/** A refusal in the client's words: the named failure and what follows its text (`, open <path>`). */
export interface FsFailure {
  readonly failure: Failure
  readonly detail: string
}

export const fsFailure = (failure: Failure, detail: string): FsFailure => ({ failure, detail })

export function isFsFailure(value: unknown): value is FsFailure {
  return typeof value === 'object' && value !== null && 'failure' in value && 'detail' in value
}

/** "跟本地缓存文件共计，小程序（含小游戏）最多可存储 200MB" (rule FILES-STORAGE-LIMIT). */
export const STORAGE_LIMIT_BYTES = 200 * 1024 * 1024

/** The times stat() reports: a fixed start, one second per change, so that a test sees the same numbers on every run. */
const CLOCK_START = 1_700_000_000

export interface Stats {
  readonly size: number
  readonly mode: number
  readonly lastAccessedTime: number
  readonly lastModifiedTime: number
  isFile(): boolean
  isDirectory(): boolean
}

// POSIX modes: a regular file rw-r--r--, a directory rwxr-xr-x (what the devtools report).
const FILE_MODE = 0o100644
const DIRECTORY_MODE = 0o040755

export class FileSystem {
  readonly #entries = new Map<string, Entry>()
  /** Paths of files that existed and are gone (unlinked, or moved by saveFile): the fake knows they are missing. */
  readonly #gone = new Set<string>()
  /** What the fake made up for images it did not make (a URL, a package file): the same numbers on every look. */
  readonly #seenMedia = new Map<string, MediaInfo & { readonly size: number }>()
  readonly paths: LocalFilePaths
  #clock = CLOCK_START

  constructor(paths: LocalFilePaths) {
    this.paths = paths
  }

  /** A fresh temporary file: `name` is the seeded part of its path (`<hex>.jpg`). */
  addTemp(name: string, content: Uint8Array | undefined, size: number, media?: MediaInfo): string {
    const path = this.paths.temp + name
    this.#setFile(path, content, size, media)
    return path
  }

  /** The entry of a file, if the fake has it. */
  file(path: string): FileEntry | undefined {
    const entry = this.#entries.get(normalize(path))
    return entry?.kind === 'file' ? entry : undefined
  }

  /**
   * Whether WeChat would find a local file at `path`, for the APIs that only hand it to the client (save to
   * the album, preview, share): a file the fake made, or a local path it never saw (made by a handler of
   * downloadFile, say), but not one it knows is gone.
   */
  mayExist(path: string): boolean {
    const key = normalize(path)
    return this.#entries.has(key) || !this.#gone.has(key)
  }

  /** An image the fake did not make: `make()` on the first look, the same answer after. */
  seenMedia(path: string, make: () => MediaInfo & { readonly size: number }): MediaInfo & { readonly size: number } {
    let media = this.#seenMedia.get(path)
    if (media === undefined) this.#seenMedia.set(path, (media = make()))
    return media
  }

  /** Whether a path names a local file (temporary, saved or user data) rather than a URL or a package file. */
  isLocal(path: string): boolean {
    const { temp, store, userData } = this.paths
    return path.startsWith(temp) || path.startsWith(store) || path === userData || path.startsWith(`${userData}/`)
  }

  /** Moves a temporary file to the saved files (wx.saveFile, FileSystemManager.saveFile without filePath). */
  save(tempFilePath: string, name: string, target?: string): string | FsFailure {
    const source = tempFilePath.startsWith(this.paths.temp) ? this.file(tempFilePath) : undefined
    if (source === undefined) return fsFailure('temp-file-not-exist', '')
    const path = target ?? this.paths.store + name
    if (target !== undefined) {
      const denied = this.#checkWritable(path)
      if (denied !== undefined) return denied
      const dir = parentOf(normalize(path), this.paths)
      if (!this.#isDirectory(dir)) return fsFailure('file-not-found', ` ${dir}`)
    }
    if (this.#storedBytes() + source.size > STORAGE_LIMIT_BYTES) return fsFailure('storage-full', '')
    this.#remove(normalize(tempFilePath))
    this.#setFile(path, source.content, source.size, source.media)
    return path
  }

  access(path: string): true | FsFailure {
    const key = normalize(path)
    return this.#entries.has(key) || key === this.paths.userData ? true : fsFailure('file-not-found', ` ${path}`)
  }

  read(path: string): Uint8Array | FsFailure {
    const entry = this.#entries.get(normalize(path))
    if (entry === undefined) return fsFailure('file-not-found', `, open ${path}`)
    if (entry.kind === 'directory') return fsFailure('directory-operation', '')
    return entry.content ?? new Uint8Array(entry.size)
  }

  write(path: string, bytes: Uint8Array, append: boolean): true | FsFailure {
    const denied = this.#checkWritable(path)
    if (denied !== undefined) return denied
    const key = normalize(path)
    const existing = this.#entries.get(key)
    if (existing?.kind === 'directory') return fsFailure('directory-operation', '')
    if (!this.#isDirectory(parentOf(key, this.paths))) return fsFailure('file-not-found', `, open ${path}`)
    const before = existing?.kind === 'file' ? existing.content ?? new Uint8Array(existing.size) : new Uint8Array(0)
    // A copy: the caller's buffer (or Buffer's shared pool) must not change the file afterwards.
    const content = append ? concat(before, bytes) : new Uint8Array(bytes)
    const grows = content.length - (existing?.kind === 'file' ? existing.size : 0)
    if (this.#storedBytes() + grows > STORAGE_LIMIT_BYTES) return fsFailure('storage-full', '')
    this.#setFile(key, content, content.length, undefined)
    return true
  }

  mkdir(path: string, recursive: boolean): true | FsFailure {
    const key = normalize(path)
    if (this.#entries.has(key) || key === this.paths.userData) return fsFailure('file-exists', ` ${path}`)
    const denied = this.#checkWritable(path)
    if (denied !== undefined) return denied
    const missing: string[] = []
    for (let dir = key; !this.#isDirectory(dir); dir = parentOf(dir, this.paths)) {
      if (this.#entries.has(dir)) return fsFailure('not-a-directory', ` ${path}`)
      missing.push(dir)
    }
    if (missing.length > 1 && !recursive) return fsFailure('file-not-found', ` ${path}`)
    for (const dir of missing.reverse()) this.#entries.set(dir, { kind: 'directory', modified: this.#tick() })
    return true
  }

  readdir(path: string): string[] | FsFailure {
    const key = normalize(path)
    if (!this.#isDirectory(key)) return this.#entries.has(key) ? fsFailure('not-a-directory', ` ${path}`) : fsFailure('file-not-found', ` ${path}`)
    const prefix = `${key}/`
    const names: string[] = []
    for (const child of this.#entries.keys()) {
      if (child.startsWith(prefix) && !child.slice(prefix.length).includes('/')) names.push(child.slice(prefix.length))
    }
    return names
  }

  stat(path: string): Stats | FsFailure {
    const key = normalize(path)
    const entry = this.#entries.get(key) ?? (key === this.paths.userData ? ({ kind: 'directory', modified: CLOCK_START } as const) : undefined)
    if (entry === undefined) return fsFailure('file-not-found', ` ${path}`)
    const isDirectory = entry.kind === 'directory'
    return {
      size: isDirectory ? 0 : entry.size,
      mode: isDirectory ? DIRECTORY_MODE : FILE_MODE,
      lastAccessedTime: entry.modified,
      lastModifiedTime: entry.modified,
      isFile: () => !isDirectory,
      isDirectory: () => isDirectory,
    }
  }

  unlink(path: string): true | FsFailure {
    const key = normalize(path)
    const entry = this.#entries.get(key)
    if (entry === undefined) return fsFailure('file-not-found', ` ${path}`)
    if (entry.kind === 'directory') return fsFailure('operation-not-permitted', `, unlink ${path}`)
    this.#remove(key)
    return true
  }

  rmdir(path: string, recursive: boolean): true | FsFailure {
    const key = normalize(path)
    const denied = this.#checkWritable(path)
    if (denied !== undefined) return denied
    if (this.#entries.get(key)?.kind !== 'directory') {
      return this.#entries.has(key) ? fsFailure('not-a-directory', ` ${path}`) : fsFailure('file-not-found', ` ${path}`)
    }
    const prefix = `${key}/`
    const children = [...this.#entries.keys()].filter((child) => child.startsWith(prefix))
    if (children.length > 0 && !recursive) return fsFailure('directory-not-empty', '')
    for (const child of [...children, key]) this.#remove(child)
    return true
  }

  /**
   * Only what is inside the user data directory can be written: temporary and saved files are made by APIs
   * (rule FILES-TEMP-READ-ONLY), and the directory itself stays.
   */
  #checkWritable(path: string): FsFailure | undefined {
    return normalize(path).startsWith(`${this.paths.userData}/`) ? undefined : fsFailure('permission-denied', `, open ${path}`)
  }

  #isDirectory(key: string): boolean {
    return key === this.paths.userData || this.#entries.get(key)?.kind === 'directory'
  }

  #setFile(path: string, content: Uint8Array | undefined, size: number, media: MediaInfo | undefined): void {
    const key = normalize(path)
    this.#gone.delete(key)
    this.#entries.set(key, { kind: 'file', content, size, media, modified: this.#tick() })
  }

  #remove(key: string): void {
    this.#entries.delete(key)
    this.#gone.add(key)
  }

  /** Saved files and user files share one limit; temporary files do not count. */
  #storedBytes(): number {
    let total = 0
    for (const [path, entry] of this.#entries) {
      if (entry.kind === 'file' && !path.startsWith(this.paths.temp)) total += entry.size
    }
    return total
  }

  #tick(): number {
    return ++this.#clock
  }
}

/** `http://usr/a/` and `http://usr/a` name one directory. */
function normalize(path: string): string {
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path
}

/** The directory a path is in; temporary and saved files live at the root of their area. */
function parentOf(key: string, paths: LocalFilePaths): string {
  if (!key.startsWith(`${paths.userData}/`)) return paths.userData
  return key.slice(0, key.lastIndexOf('/'))
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length)
  out.set(a)
  out.set(b, a.length)
  return out
}
