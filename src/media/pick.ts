/**
 * The picker pages whose result is the user's own content: the files of chooseImage, chooseMedia,
 * chooseVideo and chooseMessageFile. What the user picks is the test's to say (`user.willPick(files)`); a
 * picker nobody scripted follows `onUnscriptedPrompt` like every other prompt: 'error' (default) closes it
 * and fails the test afterwards, naming the line to add; 'allow' or 'warn' picks seeded files; 'deny' and
 * 'dismiss' close it. `user.willCancel(api)` closes it (`<api>:fail cancel`, rule ERRMSG-PICKER-CANCEL).
 * The picked files become temporary files of the fake's file system.
 */
import { fail, type Call, type Pause, type Step } from '../api-record'
import type { Engine } from '../engine'
import { filesOf } from '../files/files-of'
import type { MediaInfo } from '../files/file-system'
import { unscriptedAnswer } from '../gates/unscripted'
import { DEFAULT_EXT, type PickedFileKind, type PickedFileScript } from './picked-file'

/** What a picker lets the user pick, from the call's options. */
export interface PickRules {
  readonly kinds: readonly PickedFileKind[]
  /** At most this many files. */
  readonly max: number
  /** With type 'file', the extensions chooseMessageFile filters on. */
  readonly extensions?: readonly string[]
  /** What an unscripted 'allow' picks: this many files of the first kind. */
  readonly seeded: number
}

/** A file the picker handed back: its temporary path and what the fake knows of it. */
export interface PickedTempFile {
  readonly path: string
  readonly name: string
  readonly kind: PickedFileKind
  readonly size: number
  readonly width: number
  readonly height: number
  readonly duration: number
  /** A video's cover image, a temporary file too. */
  readonly thumbPath: string
}

const PICKED = new WeakMap<Call, readonly PickedTempFile[]>()

/** The files the picker step of this call handed back (read by the record's result). */
export function pickedFiles(call: Call): readonly PickedTempFile[] {
  return PICKED.get(call) ?? []
}

export function pickFiles(rules: (call: Call) => PickRules): Step {
  return (call): Pause => (next) => {
    const { engine } = call
    const popup = engine.log.add({ type: 'popup', call: call.id, kind: 'picker', api: call.api })
    engine.scheduler.defer(() => {
      const answer = (how: 'cancel' | 'choose', by: 'script' | 'policy', files?: readonly PickedTempFile[]): void => {
        const detail = files === undefined ? undefined : { files: files.map((file) => file.name).join(', ') }
        engine.log.add({ type: 'answer', call: call.id, popup: popup.id, answer: how, by, ...(detail !== undefined && { detail }) })
      }
      if (engine.user.pickers.take(call.api) === 'cancel') {
        answer('cancel', 'script')
        next(fail('cancel'))
        return
      }
      const allowed = rules(call)
      const scripted = engine.user.files.take()
      if (scripted !== undefined) {
        const misfit = misfitOf(scripted, allowed)
        if (misfit !== undefined) {
          engine.problem(call.id, 'unscripted-prompt', `user.willPick(...) was scripted, but ${engine.host.label(call.api)} ${misfit}; the user cannot pick that, so the picker is closed.`)
          answer('cancel', 'policy')
          next(fail('cancel'))
          return
        }
        const files = scripted.map((file) => makeTempFile(engine, file))
        PICKED.set(call, files)
        answer('choose', 'script', files)
        next()
        return
      }
      const message =
        `${engine.host.label(call.api)} opened its picker, but the test scripted no files.\n` +
        `Add one before the code runs:\n  user.willPick(['photo.jpg'])\n  // or: user.willCancel('${call.api}')`
      if (unscriptedAnswer(engine, call, message) !== 'allow') {
        answer('cancel', 'policy')
        next(fail('cancel'))
        return
      }
      const files = Array.from({ length: allowed.seeded }, () => makeTempFile(engine, seededFile(allowed.kinds[0]!)))
      PICKED.set(call, files)
      answer('choose', 'policy', files)
      next()
    })
  }
}

/** Why the scripted files do not fit this picker, or undefined when they do. */
function misfitOf(files: readonly PickedFileScript[], rules: PickRules): string | undefined {
  if (files.length > rules.max) return `lets the user pick at most ${rules.max} file${rules.max === 1 ? '' : 's'} and ${files.length} were scripted`
  const wrong = files.find((file) => !rules.kinds.includes(file.kind))
  if (wrong !== undefined) return `picks only ${rules.kinds.join(' or ')} files and '${wrong.name ?? wrong.kind}' is ${article(wrong.kind)} ${wrong.kind}`
  const filtered = rules.extensions
  const outside = filtered === undefined ? undefined : files.find((file) => !filtered.includes(file.ext))
  if (outside !== undefined) return `shows only ${filtered!.map((ext) => `.${ext}`).join(', ')} files (extension option) and '${outside.name ?? outside.ext}' is not one`
  return undefined
}

const article = (kind: string): string => (kind === 'image' ? 'an' : 'a')

function seededFile(kind: PickedFileKind): PickedFileScript {
  return { name: undefined, kind, ext: DEFAULT_EXT[kind], size: undefined, width: undefined, height: undefined, duration: undefined, content: undefined }
}

/** Puts a picked file into the fake's file system as a temporary file, with seeded numbers where the script gave none. */
function makeTempFile(engine: Engine, file: PickedFileScript): PickedTempFile {
  const files = filesOf(engine)
  const seeded = file.kind === 'video' ? engine.data.videoSpec() : file.kind === 'image' ? engine.data.photoSpec() : undefined
  const size = file.size ?? seeded?.size ?? engine.data.int(10_000, 2_000_000)
  const media: MediaInfo = {
    kind: file.kind,
    width: file.width ?? seeded?.width ?? 0,
    height: file.height ?? seeded?.height ?? 0,
    duration: file.duration ?? seeded?.duration ?? 0,
  }
  const fileName = engine.data.fileName(file.ext)
  const path = files.addTemp(fileName, file.content, size, media)
  let thumbPath = ''
  if (file.kind === 'video') {
    // The cover image WeChat makes of a video: a small JPEG of the video's dimensions.
    thumbPath = files.addTemp(engine.data.fileName('jpg'), undefined, Math.round(size / 100), { kind: 'image', width: media.width, height: media.height })
  }
  return {
    path,
    name: file.name ?? fileName,
    kind: file.kind,
    size,
    width: media.width!,
    height: media.height!,
    duration: media.duration!,
    thumbPath,
  }
}
