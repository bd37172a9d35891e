/** Image paths at their edges (no extension, no folder), the size of a file the fake holds, the canvas's JPEG export, readFile's length. */
import type { FakeWx, WxResult } from 'fake-wx'
import { fresh, outcome } from '../../support/fixtures'

async function ok(fake: FakeWx, api: string, options: Record<string, unknown>): Promise<WxResult> {
  const [how, result] = await outcome(fake.wx[api]!(options))
  expect([how, result.errMsg]).toEqual(['resolved', `${api}:ok`])
  return result
}

describe("getImageInfo's type from the path", () => {
  // rule: MEDIA-IMAGE-INFO
  it('a URL whose last part has no extension is taken for a JPEG, whatever dots the host name has', async () => {
    const fake = fresh()
    const info = await ok(fake, 'getImageInfo', { src: 'https://cdn.example.com/photo' })
    expect(info.type).toBe('jpeg')
    expect(info.path).toMatch(/^http:\/\/tmp\/[0-9a-f]{32}\.jpg$/)
  })

  // rule: MEDIA-IMAGE-INFO
  it('a package path with no folder keeps its extension', async () => {
    expect((await ok(fresh(), 'getImageInfo', { src: 'logo.png' })).type).toBe('png')
  })
})

describe('compressImage of a file the fake holds that it knows no picture of', () => {
  // rule: MEDIA-COMPRESS
  it("scales the file's own size", async () => {
    const fake = fresh()
    const fs = fake.wx.getFileSystemManager()
    fs.writeFileSync('http://usr/a.jpg', new Uint8Array(1000).buffer)
    const { tempFilePath } = await ok(fake, 'compressImage', { src: 'http://usr/a.jpg', quality: 50 })
    expect(fs.statSync(tempFilePath as string).size).toBe(500)
  })
})

describe('canvasToTempFilePath', () => {
  // rule: CANVAS-EXPORT
  it("fileType 'jpg' exports a .jpg file", async () => {
    const { tempFilePath } = await ok(fresh(), 'canvasToTempFilePath', { canvasId: 'c', fileType: 'jpg' })
    expect(tempFilePath).toMatch(/^http:\/\/tmp\/[0-9a-f]{32}\.jpg$/)
  })
})

describe('FileSystemManager.readFile', () => {
  it('length without position reads from the start', async () => {
    const fake = fresh()
    const fs = fake.wx.getFileSystemManager()
    fs.writeFileSync('http://usr/a.txt', 'abcdef', 'utf8')
    const res = await new Promise<WxResult>((resolve) => fs.readFile({ filePath: 'http://usr/a.txt', encoding: 'utf8', length: 3, success: resolve }))
    expect(res.data).toBe('abc')
  })
})
