/** Images after they are picked: image info, compression, saving, the canvas export, preview, share and the album. */
import type { FakeWx, WxResult } from 'fake-wx'
import { fresh, outcome } from '../../support/fixtures'

async function ok(fake: FakeWx, api: string, options: Record<string, unknown>): Promise<WxResult> {
  const [how, result] = await outcome(fake.wx[api]!(options))
  expect([how, result.errMsg]).toEqual(['resolved', `${api}:ok`])
  return result
}

async function pickPhoto(fake: FakeWx, file: Record<string, unknown> = { name: 'a.jpg', width: 4000, height: 3000, size: 1_000_000 }): Promise<string> {
  fake.user.willPick([file], { once: true })
  return ((await fake.wx.chooseImage!({})) as unknown as { tempFilePaths: string[] }).tempFilePaths[0]!
}

describe('wx.getImageInfo', () => {
  // rule: MEDIA-IMAGE-INFO
  it('a picked photo: its width and height, path, orientation up, type jpeg', async () => {
    const fake = fresh()
    const path = await pickPhoto(fake)
    expect(await ok(fake, 'getImageInfo', { src: path })).toEqual({ width: 4000, height: 3000, path, orientation: 'up', type: 'jpeg', errMsg: 'getImageInfo:ok' })
  })

  // rule: MEDIA-IMAGE-INFO
  it.each([
    ['a.png', 'png'],
    ['a.gif', 'gif'],
    ['a.webp', 'webp'],
  ])('%s is of type %s', async (name, type) => {
    const fake = fresh()
    const path = await pickPhoto(fake, { name })
    expect((await ok(fake, 'getImageInfo', { src: path })).type).toBe(type)
  })

  // rule: MEDIA-IMAGE-INFO
  it('a network image is downloaded to a temporary file first; its numbers stay the same on every look', async () => {
    const fake = fresh()
    const first = await ok(fake, 'getImageInfo', { src: 'https://cdn.example.com/poster.png?v=2' })
    const second = await ok(fake, 'getImageInfo', { src: 'https://cdn.example.com/poster.png?v=2' })
    expect(first.path).toMatch(/^http:\/\/tmp\/[0-9a-f]{32}\.png$/)
    expect(second.path).not.toBe(first.path)
    expect([second.width, second.height]).toEqual([first.width, first.height])
    expect(first.type).toBe('png')
    // The download is a file of the fake: a later look at it gives the same numbers.
    expect(await ok(fake, 'getImageInfo', { src: first.path })).toMatchObject({ width: first.width, height: first.height, path: first.path })
  })

  it('a package image or a local file the fake did not make: seeded numbers, the path as given', async () => {
    const fake = fresh()
    const packaged = await ok(fake, 'getImageInfo', { src: '/images/logo' })
    expect(packaged).toMatchObject({ path: '/images/logo', type: 'jpeg' })
    expect(packaged.width).toBeGreaterThan(0)
    const downloaded = await ok(fake, 'getImageInfo', { src: 'http://tmp/from-a-handler.jpg' })
    expect(downloaded.path).toBe('http://tmp/from-a-handler.jpg')
    expect((await ok(fake, 'getImageInfo', { src: 'http://tmp/from-a-handler.jpg' })).width).toBe(downloaded.width)
  })

  // rule: MEDIA-GONE-FILE
  it('a local file the fake knows is gone is not found', async () => {
    const fake = fresh()
    const path = await pickPhoto(fake)
    await ok(fake, 'saveFile', { tempFilePath: path })
    expect(await outcome(fake.wx.getImageInfo!({ src: path }))).toEqual(['rejected', { errMsg: 'getImageInfo:fail file not found' }])
    expect(await outcome(fake.wx.compressImage!({ src: path }))).toEqual(['rejected', { errMsg: 'compressImage:fail file not found' }])
  })

  // rule: ERRMSG-PARAM-TYPE
  it('src is required', async () => {
    expect(await outcome(fresh().wx.getImageInfo!({}))).toEqual(['rejected', { errMsg: 'getImageInfo:fail parameter error: parameter.src should be String instead of Undefined;' }])
  })
})

describe('wx.compressImage', () => {
  // rule: MEDIA-COMPRESS
  it('makes a new temporary file; quality 80 by default scales the size', async () => {
    const fake = fresh()
    const path = await pickPhoto(fake)
    const { tempFilePath } = await ok(fake, 'compressImage', { src: path })
    expect(tempFilePath).toMatch(/^http:\/\/tmp\/[0-9a-f]{32}\.jpg$/)
    expect(tempFilePath).not.toBe(path)
    const fs = fake.wx.getFileSystemManager()
    expect(fs.statSync(tempFilePath as string).size).toBe(800_000)
    const half = await ok(fake, 'compressImage', { src: path, quality: 50 })
    expect(fs.statSync(half.tempFilePath as string).size).toBe(500_000)
    const none = await ok(fake, 'compressImage', { src: path, quality: -5 })
    expect(fs.statSync(none.tempFilePath as string).size).toBe(1)
    const over = await ok(fake, 'compressImage', { src: path, quality: 150 })
    expect(fs.statSync(over.tempFilePath as string).size).toBe(1_000_000)
    expect(await ok(fake, 'getImageInfo', { src: tempFilePath })).toMatchObject({ width: 4000, height: 3000 })
  })

  // rule: MEDIA-COMPRESS
  it.each([
    [{ compressedWidth: 1000 }, [1000, 750], 62_500],
    [{ compressedHeight: 300 }, [400, 300], 10_000],
    [{ compressedWidth: 100, compressedHeight: 100 }, [100, 100], 833],
  ])('%j resizes to %j', async (options, [width, height], size) => {
    const fake = fresh()
    const path = await pickPhoto(fake)
    const { tempFilePath } = await ok(fake, 'compressImage', { src: path, quality: 100, ...options })
    expect(await ok(fake, 'getImageInfo', { src: tempFilePath })).toMatchObject({ width, height })
    expect(fake.wx.getFileSystemManager().statSync(tempFilePath as string).size).toBe(size)
  })
})

describe('wx.saveFile', () => {
  // rule: FILES-SAVE-MOVES
  it('moves the temporary file to the saved files: savedFilePath', async () => {
    const fake = fresh()
    const path = await pickPhoto(fake, { name: 'a.png', content: 'png!' })
    const { savedFilePath } = await ok(fake, 'saveFile', { tempFilePath: path })
    expect(savedFilePath).toMatch(/^http:\/\/store\/[0-9a-f]{32}\.png$/)
    expect(fake.wx.getFileSystemManager().readFileSync(savedFilePath as string, 'utf8')).toBe('png!')
    expect(await outcome(fake.wx.saveFile!({ tempFilePath: path }))).toEqual(['rejected', { errMsg: 'saveFile:fail tempFilePath file not exist' }])
  })

  // rule: FILES-STORAGE-LIMIT
  it('fails once saved and user files would pass 200 MB', async () => {
    const fake = fresh()
    const big = await pickPhoto(fake, { name: 'a.jpg', size: 200 * 1024 * 1024 })
    const one = await pickPhoto(fake, { name: 'b.jpg', size: 1 })
    await ok(fake, 'saveFile', { tempFilePath: big })
    expect(await outcome(fake.wx.saveFile!({ tempFilePath: one }))).toEqual(['rejected', { errMsg: 'saveFile:fail the maximum size of the file storage limit is exceeded' }])
  })

  // rule: FILES-SAVE-MOVES
  it('saves temporary files only: a user file is no temporary file', async () => {
    const fake = fresh()
    fake.wx.getFileSystemManager().writeFileSync('http://usr/a.jpg', 'x')
    expect(await outcome(fake.wx.saveFile!({ tempFilePath: 'http://usr/a.jpg' }))).toEqual(['rejected', { errMsg: 'saveFile:fail tempFilePath file not exist' }])
  })
})

describe('wx.canvasToTempFilePath', () => {
  // rule: CANVAS-EXPORT
  it('exports the canvas (300 × 150 by default) at the pixel ratio, as a PNG', async () => {
    const fake = fresh()
    const { tempFilePath } = await ok(fake, 'canvasToTempFilePath', { canvasId: 'poster' })
    expect(tempFilePath).toMatch(/^http:\/\/tmp\/[0-9a-f]{32}\.png$/)
    expect(await ok(fake, 'getImageInfo', { src: tempFilePath })).toMatchObject({ width: 600, height: 300, type: 'png' })
  })

  // rule: CANVAS-EXPORT
  it.each([
    [{ width: 200, height: 100 }, [400, 200], 'png'],
    [{ width: 200, height: 100, destWidth: 1000, destHeight: 500, fileType: 'jpg' }, [1000, 500], 'jpeg'],
    [{ destWidth: 50 }, [50, 300], 'png'],
  ])('%j gives %j', async (options, [width, height], type) => {
    const fake = fresh()
    const { tempFilePath } = await ok(fake, 'canvasToTempFilePath', { canvasId: 'c', ...options })
    expect(await ok(fake, 'getImageInfo', { src: tempFilePath })).toMatchObject({ width, height, type })
  })

  it('the export can be saved to the album', async () => {
    const fake = fresh({ authSetting: { 'scope.writePhotosAlbum': true } })
    const { tempFilePath } = await ok(fake, 'canvasToTempFilePath', { canvasId: 'c' })
    await ok(fake, 'saveImageToPhotosAlbum', { filePath: tempFilePath })
  })
})

describe('wx.saveImageToPhotosAlbum and the files', () => {
  // rule: ALBUM-FILE-NOT-FOUND
  it('a file the fake knows is gone is not found, before any popup', async () => {
    const fake = fresh()
    const path = await pickPhoto(fake)
    await ok(fake, 'saveFile', { tempFilePath: path })
    expect(await outcome(fake.wx.saveImageToPhotosAlbum!({ filePath: path }))).toEqual(['rejected', { errMsg: 'saveImageToPhotosAlbum:fail file not found' }])
    expect(fake.log.prompts()).toEqual([])
  })

  it('a file the fake did not make (from a handler, say) is taken to exist; so is a saved one', async () => {
    const fake = fresh({ authSetting: { 'scope.writePhotosAlbum': true } })
    await ok(fake, 'saveImageToPhotosAlbum', { filePath: 'http://tmp/downloaded.png' })
    const path = await pickPhoto(fake)
    const { savedFilePath } = await ok(fake, 'saveFile', { tempFilePath: path })
    await ok(fake, 'saveImageToPhotosAlbum', { filePath: savedFilePath })
    await ok(fake, 'saveImageToPhotosAlbum', { filePath: 'https://cdn.example.com/a.png' })
  })
})

describe('preview and share', () => {
  it('wx.previewImage and wx.previewMedia open the viewer and succeed', async () => {
    const fake = fresh()
    expect(await ok(fake, 'previewImage', { urls: ['https://a/1.jpg', 'https://a/2.jpg'], current: 'https://a/2.jpg' })).toEqual({ errMsg: 'previewImage:ok' })
    expect(await ok(fake, 'previewMedia', { sources: [{ url: 'https://a/1.mp4', type: 'video' }], current: 0 })).toEqual({ errMsg: 'previewMedia:ok' })
  })

  // rule: ERRMSG-PARAM-TYPE
  it.each([
    ['previewImage', {}, 'previewImage:fail parameter error: parameter.urls should be Array instead of Undefined;'],
    ['previewImage', { urls: 'https://a/1.jpg' }, 'previewImage:fail parameter error: parameter.urls should be Array instead of String;'],
    ['previewMedia', {}, 'previewMedia:fail parameter error: parameter.sources should be Array instead of Undefined;'],
    ['showShareImageMenu', {}, 'showShareImageMenu:fail parameter error: parameter.path should be String instead of Undefined;'],
  ])('wx.%s(%j) fails: %s', async (api, options, errMsg) => {
    expect(await outcome(fresh().wx[api]!(options))).toEqual(['rejected', { errMsg }])
  })

  // rule: ERRMSG-PICKER-CANCEL
  it('wx.showShareImageMenu: the user shares, or closes the sheet (showShareImageMenu:fail cancel)', async () => {
    const fake = fresh()
    const path = await pickPhoto(fake)
    expect(await ok(fake, 'showShareImageMenu', { path })).toEqual({ errMsg: 'showShareImageMenu:ok' })
    fake.user.willCancel('showShareImageMenu')
    expect(await outcome(fake.wx.showShareImageMenu!({ path }))).toEqual(['rejected', { errMsg: 'showShareImageMenu:fail cancel' }])
    expect(fake.log.problems()).toEqual([])
  })
})

describe('reset()', () => {
  it('forgets the files of the test before', async () => {
    const fake = fresh()
    const path = await pickPhoto(fake, { name: 'a.jpg', content: 'x' })
    fake.wx.getFileSystemManager().writeFileSync('http://usr/a.txt', 'x')
    fake.reset()
    const fs = fake.wx.getFileSystemManager()
    expect(() => fs.accessSync(path)).toThrow(`accessSync:fail no such file or directory ${path}`)
    expect(fs.readdirSync('http://usr')).toEqual([])
  })
})
