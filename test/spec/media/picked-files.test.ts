/** What user.willPick accepts at its edges, and the temporary files a pick makes: extensions, content, sizes, a video's cover. */
import type { FakeWx, WxResult } from 'fake-wx'
import { fresh, messageOf, outcome } from '../../support/fixtures'

/** A temporary file path of the developer tools: `http://tmp/` and 32 hex digits. */
const DEVTOOLS_TEMP = (ext: string) => new RegExp(`^http://tmp/[0-9a-f]{32}\\.${ext}$`)

type ChatFile = { path: string; size: number; type: string }
type MediaFile = { tempFilePath: string; thumbTempFilePath: string; size: number; width: number; height: number }

async function pick(fake: FakeWx, api: string, options: Record<string, unknown> = {}): Promise<WxResult> {
  const [how, result] = await outcome(fake.wx[api]!(options))
  expect([how, result.errMsg]).toEqual(['resolved', `${api}:ok`])
  return result
}

const chatFiles = async (fake: FakeWx, count = 1): Promise<ChatFile[]> => (await pick(fake, 'chooseMessageFile', { count })).tempFiles as ChatFile[]

const bytes = (fake: FakeWx, path: string): number[] => [...new Uint8Array(fake.wx.getFileSystemManager().readFileSync(path) as ArrayBuffer)]

describe('user.willPick refuses', () => {
  it.each([
    ['null as a file', [null], "user.willPick: file 1 must be a file name such as 'cat.jpg' or an object such as { name: 'cat.jpg', width: 800 }, got null."],
    ['a name that is no string', [{ name: 5 }], "user.willPick: file 1: name must be a file name such as 'cat.jpg', got 5."],
  ])('%s', (_case, files, message) => {
    expect(messageOf(() => fresh().user.willPick(files as never))).toBe(`[fake-wx] ${message}`)
  })
})

describe('user.willPick accepts', () => {
  it("type 'file'", async () => {
    const fake = fresh()
    fake.user.willPick([{ type: 'file' }])
    expect((await chatFiles(fake))[0]!.type).toBe('file')
  })

  it('an empty file: size 0', async () => {
    const fake = fresh()
    fake.user.willPick([{ name: 'empty.txt', size: 0 }])
    expect((await chatFiles(fake))[0]!.size).toBe(0)
  })

  it("a size that matches the content's bytes", async () => {
    const fake = fresh()
    fake.user.willPick([{ name: 'a.txt', content: 'abc', size: 3 }])
    expect((await chatFiles(fake))[0]!.size).toBe(3)
  })
})

describe("a picked file's extension", () => {
  it.each([
    [{ type: 'image' }, 'jpg'],
    [{ type: 'video' }, 'mp4'],
    [{ name: 'scan', type: 'image' }, 'jpg'],
    [{ name: 'README' }, 'pdf'],
  ])("%j: the kind's default, %s", async (file, ext) => {
    const fake = fresh()
    fake.user.willPick([file as never])
    expect((await chatFiles(fake))[0]!.path).toMatch(DEVTOOLS_TEMP(ext))
  })
})

describe("a picked file's content is the script's, taken when it is scripted", () => {
  it('a view of part of a buffer: only its bytes', async () => {
    const fake = fresh()
    fake.user.willPick([{ name: 'a.bin', content: new Uint8Array([0, 1, 2, 3, 4]).subarray(1, 3) }])
    const [file] = await chatFiles(fake)
    expect(file!.size).toBe(2)
    expect(bytes(fake, file!.path)).toEqual([1, 2])
  })

  it.each([
    ['an ArrayBuffer', (data: Uint8Array) => data.buffer],
    ['a Uint8Array', (data: Uint8Array) => data],
  ])('%s changed afterwards does not change the file', async (_case, content) => {
    const fake = fresh()
    const data = new Uint8Array([7, 8, 9])
    fake.user.willPick([{ name: 'a.bin', content: content(data) as never }])
    data[0] = 0
    expect(bytes(fake, (await chatFiles(fake))[0]!.path)).toEqual([7, 8, 9])
  })
})

describe('seeded numbers of a picked file', () => {
  // rule: CHOOSE-MEDIA-RESULT
  it('a photo with no width or height gets a photo’s seeded ones, the same getImageInfo reports', async () => {
    const fake = fresh()
    fake.user.willPick(['a.jpg'])
    const [photo] = (await pick(fake, 'chooseMedia', { mediaType: ['image'] })).tempFiles as MediaFile[]
    expect(photo!.width).toBeGreaterThan(0)
    expect(photo!.height).toBeGreaterThan(0)
    expect(await fake.wx.getImageInfo!({ src: photo!.tempFilePath })).toMatchObject({ width: photo!.width, height: photo!.height })
  })

  // rule: CHOOSE-MEDIA-RESULT
  it("a video's cover is a small JPEG of the video's dimensions", async () => {
    const fake = fresh()
    fake.user.willPick([{ name: 'b.mp4', width: 1280, height: 720, size: 5_000_000 }])
    const [video] = (await pick(fake, 'chooseMedia', { mediaType: ['video'] })).tempFiles as MediaFile[]
    expect(video!.thumbTempFilePath).toMatch(DEVTOOLS_TEMP('jpg'))
    expect(await fake.wx.getImageInfo!({ src: video!.thumbTempFilePath })).toMatchObject({ width: 1280, height: 720, type: 'jpeg' })
    expect(fake.wx.getFileSystemManager().statSync(video!.thumbTempFilePath).size).toBeLessThan(5_000_000)
  })
})
