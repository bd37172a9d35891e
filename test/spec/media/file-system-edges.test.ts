/**
 * The file system at its edges: the 200 MB limit at exactly 200 MB, with a file overwritten and with
 * directories about; rmdir of an empty directory and of one among others; a saved file is a local file.
 */
import type { FakeFileSystemManager, FakeWx, WxResult } from 'fake-wx'
import { fresh, outcome } from '../../support/fixtures'

const MB = 1024 * 1024

/** Calls an asynchronous method and resolves with ['success' | 'fail', result]. */
function call(fs: FakeFileSystemManager, method: keyof FakeFileSystemManager, options: Record<string, unknown> = {}): Promise<[string, WxResult]> {
  return new Promise((resolve) => {
    ;(fs[method] as (o: object) => unknown)({ ...options, success: (res: WxResult) => resolve(['success', res]), fail: (res: WxResult) => resolve(['fail', res]) })
  })
}

/** Temporary files of the given sizes (picked videos: a size, no bytes). */
async function picked(fake: FakeWx, ...sizes: number[]): Promise<string[]> {
  fake.user.willPick(sizes.map((size, i) => ({ name: `v${i}.mp4`, size })))
  const result = (await fake.wx.chooseMedia!({ count: sizes.length })) as unknown as { tempFiles: { tempFilePath: string }[] }
  return result.tempFiles.map((f) => f.tempFilePath)
}

describe('the 200 MB limit of saved and user files', () => {
  // rule: FILES-STORAGE-LIMIT
  it('a write that brings the total to exactly 200 MB is allowed; one byte more fails, directories or not', async () => {
    const fake = fresh()
    const fs = fake.wx.getFileSystemManager()
    fs.mkdirSync('http://usr/notes')
    const [big] = await picked(fake, 200 * MB - 1)
    fs.saveFileSync(big!)
    expect(await call(fs, 'writeFile', { filePath: 'http://usr/notes/a.txt', data: 'x' })).toEqual(['success', { errMsg: 'writeFile:ok' }])
    expect(await call(fs, 'writeFile', { filePath: 'http://usr/notes/b.txt', data: 'y' })).toEqual([
      'fail',
      { errMsg: 'writeFile:fail the maximum size of the file storage limit is exceeded' },
    ])
  })

  // rule: FILES-STORAGE-LIMIT
  it('overwriting a file counts only what it grows by: a full store can still rewrite a file smaller', async () => {
    const fake = fresh()
    const fs = fake.wx.getFileSystemManager()
    const [a, b] = await picked(fake, 150 * MB, 50 * MB)
    fs.saveFileSync(a!, 'http://usr/a.mp4')
    fs.saveFileSync(b!)
    expect(await call(fs, 'writeFile', { filePath: 'http://usr/a.mp4', data: 'x' })).toEqual(['success', { errMsg: 'writeFile:ok' }])
    expect(fs.statSync('http://usr/a.mp4').size).toBe(1)
  })
})

describe('rmdir', () => {
  it('removes an empty directory without recursive, and a recursive rmdir leaves the directories beside it', async () => {
    const fake = fresh()
    const fs = fake.wx.getFileSystemManager()
    fs.mkdirSync('http://usr/empty')
    fs.mkdirSync('http://usr/full/inner', true)
    fs.writeFileSync('http://usr/keep.txt', 'x')
    expect(await call(fs, 'rmdir', { dirPath: 'http://usr/empty' })).toEqual(['success', { errMsg: 'rmdir:ok' }])
    expect(await call(fs, 'rmdir', { dirPath: 'http://usr/full' })).toEqual(['fail', { errMsg: 'rmdir:fail directory not empty' }])
    fs.mkdirSync('http://usr/other')
    expect(await call(fs, 'rmdir', { dirPath: 'http://usr/full', recursive: true })).toEqual(['success', { errMsg: 'rmdir:ok' }])
    expect(fs.readdirSync('http://usr').sort()).toEqual(['keep.txt', 'other'])
  })
})

describe('a saved file', () => {
  // rule: FILES-SAVE-MOVES
  it('is a local file: uploadFile sends it', async () => {
    const fake = fresh()
    const seen: unknown[] = []
    fake.use({ 'POST https://api.shop.example/upload': (req) => void seen.push(req.url) })
    const [temp] = await picked(fake, 10)
    const saved = fake.wx.getFileSystemManager().saveFileSync(temp!)
    const [how, result] = await outcome(
      new Promise((resolve, reject) => fake.wx.uploadFile!({ url: 'https://api.shop.example/upload', filePath: saved, name: 'file', success: resolve, fail: reject })),
    )
    expect([how, result.errMsg]).toEqual(['resolved', 'uploadFile:ok'])
    expect(seen).toEqual(['https://api.shop.example/upload'])
  })
})
