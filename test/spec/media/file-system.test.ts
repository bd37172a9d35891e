/** wx.getFileSystemManager(): the fake's in-memory files, with the errors each method's documentation lists. */
import type { FakeFileSystemManager, FakeWx, WxResult } from 'fake-wx'
import { printTimeline } from 'fake-wx/serializer'
import { fresh, messageOf } from '../../support/fixtures'

/** Calls an asynchronous method and resolves with ['success' | 'fail', result]; these methods have no promise style. */
function call(fs: FakeFileSystemManager, method: keyof FakeFileSystemManager, options: Record<string, unknown> = {}): Promise<[string, WxResult]> {
  return new Promise((resolve) => {
    const returned = (fs[method] as (o: object) => unknown)({
      ...options,
      success: (res: WxResult) => resolve(['success', res]),
      fail: (res: WxResult) => resolve(['fail', res]),
    })
    expect(returned).toBeUndefined()
  })
}

const setup = (options?: Parameters<typeof fresh>[0]): { fake: FakeWx; fs: FakeFileSystemManager } => {
  const fake = fresh(options)
  return { fake, fs: fake.wx.getFileSystemManager() }
}

const text = (buffer: unknown) => Buffer.from(buffer as ArrayBuffer).toString('utf8')

describe('the manager', () => {
  // rule: FILES-MANAGER-GLOBAL
  it('is one object for the fake’s life; reset() empties the files, not the manager', () => {
    const { fake, fs } = setup()
    expect(fake.wx.getFileSystemManager()).toBe(fs)
    fs.writeFileSync('http://usr/a.txt', 'hi')
    fake.reset()
    expect(fake.wx.getFileSystemManager()).toBe(fs)
    expect(() => fs.accessSync('http://usr/a.txt')).toThrow('accessSync:fail no such file or directory http://usr/a.txt')
  })

  // rule: PROMISE-MEDIA-APIS
  it('its asynchronous methods have no promise style, and still settle and are logged', async () => {
    const { fake, fs } = setup()
    expect((fs.access as (o: object) => unknown)({ path: 'http://usr' })).toBeUndefined()
    await fake.settled()
    expect(fake.log.results('FileSystemManager.access')).toEqual([expect.objectContaining({ type: 'success', result: { errMsg: 'access:ok' } })])
  })

  // rule: FILES-PROTOCOL
  it('the user data directory is wxfile://usr on a device', async () => {
    const { fs } = setup({ platform: 'android' })
    fs.writeFileSync('wxfile://usr/a.txt', 'hi')
    expect(fs.readFileSync('wxfile://usr/a.txt', 'utf8')).toBe('hi')
    expect(() => fs.writeFileSync('http://usr/a.txt', 'hi')).toThrow('writeFileSync:fail permission denied, open http://usr/a.txt')
  })
})

describe('reading and writing', () => {
  it('writeFile then readFile: text with an encoding, an ArrayBuffer without', async () => {
    const { fs } = setup()
    expect(await call(fs, 'writeFile', { filePath: 'http://usr/note.txt', data: '你好' })).toEqual(['success', { errMsg: 'writeFile:ok' }])
    expect(await call(fs, 'readFile', { filePath: 'http://usr/note.txt', encoding: 'utf8' })).toEqual(['success', { data: '你好', errMsg: 'readFile:ok' }])
    const [, raw] = await call(fs, 'readFile', { filePath: 'http://usr/note.txt' })
    expect(Object.prototype.toString.call(raw.data)).toBe('[object ArrayBuffer]')
    expect((raw.data as ArrayBuffer).byteLength).toBe(6)
    expect(text(raw.data)).toBe('你好')
  })

  it.each([
    ['base64', 'aGVsbG8=', 'hello'],
    ['hex', '68656c6c6f', 'hello'],
    ['latin1', 'hello', 'hello'],
  ])('writes and reads %s', (encoding, data, decoded) => {
    const { fs } = setup()
    fs.writeFileSync('http://usr/a', data, encoding)
    expect(fs.readFileSync('http://usr/a', 'utf-8')).toBe(decoded)
    expect(fs.readFileSync('http://usr/a', encoding)).toBe(data)
  })

  it('writes bytes; position and length read a part', () => {
    const { fs } = setup()
    fs.writeFileSync('http://usr/b.bin', new Uint8Array([1, 2, 3, 4, 5]).buffer)
    expect([...new Uint8Array(fs.readFileSync('http://usr/b.bin') as ArrayBuffer)]).toEqual([1, 2, 3, 4, 5])
    expect([...new Uint8Array(fs.readFileSync('http://usr/b.bin', undefined, 1, 2) as ArrayBuffer)]).toEqual([2, 3])
    expect([...new Uint8Array(fs.readFileSync('http://usr/b.bin', undefined, 3) as ArrayBuffer)]).toEqual([4, 5])
    fs.writeFileSync('http://usr/c.bin', new Uint8Array([9, 8, 7]).subarray(1) as unknown as ArrayBuffer)
    expect([...new Uint8Array(fs.readFileSync('http://usr/c.bin') as ArrayBuffer)]).toEqual([8, 7])
  })

  it('writeFile replaces; appendFile adds', () => {
    const { fs } = setup()
    fs.writeFileSync('http://usr/log.txt', 'a')
    fs.writeFileSync('http://usr/log.txt', 'b')
    fs.appendFileSync('http://usr/log.txt', 'c')
    expect(fs.readFileSync('http://usr/log.txt', 'utf8')).toBe('bc')
    expect(fs.statSync('http://usr/log.txt').size).toBe(2)
  })

  // rule: FILES-ERRORS
  it.each([
    ['readFile', { filePath: 'http://usr/none.txt' }, 'readFile:fail no such file or directory, open http://usr/none.txt'],
    ['writeFile', { filePath: 'http://usr/no/dir.txt', data: 'x' }, 'writeFile:fail no such file or directory, open http://usr/no/dir.txt'],
    ['appendFile', { filePath: 'http://usr/none.txt', data: 'x' }, 'appendFile:fail no such file or directory, open http://usr/none.txt'],
    ['access', { path: 'http://usr/none' }, 'access:fail no such file or directory http://usr/none'],
    ['unlink', { filePath: 'http://usr/none' }, 'unlink:fail no such file or directory http://usr/none'],
    ['stat', { path: 'http://usr/none' }, 'stat:fail no such file or directory http://usr/none'],
    ['readdir', { dirPath: 'http://usr/none' }, 'readdir:fail no such file or directory http://usr/none'],
    ['rmdir', { dirPath: 'http://usr/none' }, 'rmdir:fail no such file or directory http://usr/none'],
    ['mkdir', { dirPath: 'http://usr/a/b' }, 'mkdir:fail no such file or directory http://usr/a/b'],
    ['saveFile', { tempFilePath: 'http://tmp/none.jpg' }, 'saveFile:fail tempFilePath file not exist'],
  ] as const)('%s of what is not there: %s', async (method, options, errMsg) => {
    const { fs } = setup()
    expect(await call(fs, method, options)).toEqual(['fail', { errMsg }])
  })

  // rule: FILES-TEMP-READ-ONLY, FILES-ERRORS
  it.each([
    ['writeFile', { filePath: 'http://tmp/x.txt', data: 'x' }, 'writeFile:fail permission denied, open http://tmp/x.txt'],
    ['mkdir', { dirPath: 'http://store/d' }, 'mkdir:fail permission denied, open http://store/d'],
    ['rmdir', { dirPath: 'http://tmp' }, 'rmdir:fail permission denied, open http://tmp'],
    ['writeFile', { filePath: 'http://usr', data: 'x' }, 'writeFile:fail permission denied, open http://usr'],
  ] as const)('only the user data directory is writable: %s %j', async (method, options, errMsg) => {
    const { fs } = setup()
    expect(await call(fs, method, options)).toEqual(['fail', { errMsg }])
  })

  // rule: FILES-ERRORS
  it('reading or writing a directory as a file is an illegal operation', async () => {
    const { fs } = setup()
    fs.mkdirSync('http://usr/d')
    expect(await call(fs, 'readFile', { filePath: 'http://usr/d' })).toEqual(['fail', { errMsg: 'readFile:fail illegal operation on a directory' }])
    expect(await call(fs, 'writeFile', { filePath: 'http://usr/d', data: 'x' })).toEqual(['fail', { errMsg: 'writeFile:fail illegal operation on a directory' }])
  })

  // rule: ERRMSG-PARAM-TYPE
  it('options are checked like every API’s', async () => {
    const { fs } = setup()
    expect(await call(fs, 'readFile', {})).toEqual(['fail', { errMsg: 'readFile:fail parameter error: parameter.filePath should be String instead of Undefined;' }])
    expect(await call(fs, 'writeFile', { filePath: 'http://usr/a', data: 1 })).toEqual([
      'fail',
      { errMsg: 'writeFile:fail parameter error: parameter.data should be String or Object instead of Number;' },
    ])
    expect(() => fs.readFileSync(undefined as never)).toThrow('readFileSync:fail parameter error: parameter.filePath should be String instead of Undefined;')
    expect(() => fs.writeFileSync('http://usr/a', {} as never)).toThrow('writeFileSync:fail parameter error: parameter.data should be String or ArrayBuffer instead of Object;')
    fs.writeFileSync('http://usr/a', 'x')
    expect(() => fs.appendFileSync('http://usr/a', { a: 1 } as never)).toThrow('appendFileSync:fail parameter error: parameter.data should be String or ArrayBuffer instead of Object;')
  })

  it('an encoding WeChat does not list fails with a message of the fake’s own', async () => {
    const { fs } = setup()
    fs.writeFileSync('http://usr/a', 'x')
    const [how, res] = await call(fs, 'readFile', { filePath: 'http://usr/a', encoding: 'utf32' })
    expect(how).toBe('fail')
    expect(res.errMsg).toBe(
      "readFile:fail [fake-wx] encoding 'utf32' is none of the ones WeChat lists (ascii, base64, binary, hex, ucs2, ucs-2, utf16le, utf-16le, utf-8, utf8, latin1)",
    )
    expect(() => fs.writeFileSync('http://usr/a', 'x', 'utf32')).toThrow("writeFileSync:fail [fake-wx] encoding 'utf32'")
  })
})

describe('directories', () => {
  it('mkdir, readdir (names of the children only), rmdir', () => {
    const { fs } = setup()
    fs.mkdirSync('http://usr/photos')
    fs.mkdirSync('http://usr/photos/2024/06', true)
    fs.writeFileSync('http://usr/photos/a.jpg', 'x')
    fs.writeFileSync('http://usr/photos/2024/b.jpg', 'x')
    expect(fs.readdirSync('http://usr/photos').sort()).toEqual(['2024', 'a.jpg'])
    expect(fs.readdirSync('http://usr/photos/').sort()).toEqual(['2024', 'a.jpg'])
    expect(fs.readdirSync('http://usr')).toEqual(['photos'])
    expect(() => fs.rmdirSync('http://usr/photos')).toThrow('rmdirSync:fail directory not empty')
    fs.rmdirSync('http://usr/photos', true)
    expect(fs.readdirSync('http://usr')).toEqual([])
    expect(() => fs.accessSync('http://usr/photos/2024/b.jpg')).toThrow('accessSync:fail no such file or directory http://usr/photos/2024/b.jpg')
  })

  // rule: FILES-ERRORS, FILES-SYNC-THROWS
  it.each([
    [(fs: FakeFileSystemManager) => fs.mkdirSync('http://usr/d'), 'mkdirSync:fail file already exists http://usr/d'],
    [(fs: FakeFileSystemManager) => fs.mkdirSync('http://usr'), 'mkdirSync:fail file already exists http://usr'],
    [(fs: FakeFileSystemManager) => fs.mkdirSync('http://usr/f.txt/sub'), 'mkdirSync:fail not a directory http://usr/f.txt/sub'],
    [(fs: FakeFileSystemManager) => fs.mkdirSync('http://usr/f.txt/a/b', true), 'mkdirSync:fail not a directory http://usr/f.txt/a/b'],
    [(fs: FakeFileSystemManager) => fs.readdirSync('http://usr/f.txt'), 'readdirSync:fail not a directory http://usr/f.txt'],
    [(fs: FakeFileSystemManager) => fs.rmdirSync('http://usr/f.txt'), 'rmdirSync:fail not a directory http://usr/f.txt'],
    [(fs: FakeFileSystemManager) => fs.rmdirSync('http://usr/'), 'rmdirSync:fail permission denied, open http://usr/'],
    [(fs: FakeFileSystemManager) => fs.unlinkSync('http://usr/d'), 'unlinkSync:fail operation not permitted, unlink http://usr/d'],
    [(fs: FakeFileSystemManager) => fs.writeFileSync('http://usr/f.txt/x', 'x'), 'writeFileSync:fail no such file or directory, open http://usr/f.txt/x'],
  ])('%#: %s', (misuse, message) => {
    const { fs } = setup()
    fs.mkdirSync('http://usr/d')
    fs.writeFileSync('http://usr/f.txt', 'x')
    expect(() => misuse(fs)).toThrow(message)
    let thrown: unknown
    try {
      misuse(fs)
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(Error)
    expect((thrown as Error).message).toBe(message)
  })

  it('stat: size, mode and the kind, with times from the fake’s own clock', () => {
    const { fs } = setup()
    fs.writeFileSync('http://usr/a.txt', 'abc')
    fs.mkdirSync('http://usr/d')
    const file = fs.statSync('http://usr/a.txt')
    const dir = fs.statSync('http://usr/d')
    expect([file.size, file.isFile(), file.isDirectory(), file.mode]).toEqual([3, true, false, 0o100644])
    expect([dir.size, dir.isFile(), dir.isDirectory(), dir.mode]).toEqual([0, false, true, 0o040755])
    expect(file.lastModifiedTime).toBe(1_700_000_001)
    expect(file.lastAccessedTime).toBe(1_700_000_001)
    expect(dir.lastModifiedTime).toBe(1_700_000_002)
    const root = fs.statSync('http://usr')
    expect([root.isDirectory(), root.lastModifiedTime]).toEqual([true, 1_700_000_000])
  })

  it('stat delivers { stats } to success', async () => {
    const { fs } = setup()
    fs.writeFileSync('http://usr/a.txt', 'abc')
    const [, res] = await call(fs, 'stat', { path: 'http://usr/a.txt' })
    expect((res.stats as { size: number }).size).toBe(3)
  })

  it('unlink removes a file', () => {
    const { fs } = setup()
    fs.writeFileSync('http://usr/a.txt', 'abc')
    fs.unlinkSync('http://usr/a.txt')
    expect(() => fs.statSync('http://usr/a.txt')).toThrow('statSync:fail no such file or directory http://usr/a.txt')
  })
})

describe('picked files, saved files and the storage limit', () => {
  it('a picked file reads as its scripted content, or as zero bytes of its size', async () => {
    const { fake, fs } = setup()
    fake.user.willPick([{ name: 'r.txt', content: '收据' }, { name: 'big.pdf', size: 4 }])
    const res = (await fake.wx.chooseMessageFile!({ count: 2 })) as unknown as { tempFiles: { path: string }[] }
    const [first, second] = res.tempFiles.map((file) => file.path)
    expect(fs.readFileSync(first!, 'utf8')).toBe('收据')
    expect([...new Uint8Array(fs.readFileSync(second!) as ArrayBuffer)]).toEqual([0, 0, 0, 0])
    expect(fs.statSync(second!).size).toBe(4)
  })

  // rule: FILES-SAVE-MOVES
  it('saveFile moves a temporary file to the saved files: the temporary path is gone', async () => {
    const { fake, fs } = setup()
    fake.user.willPick([{ name: 'a.jpg', content: 'jpeg' }])
    const [temp] = ((await fake.wx.chooseImage!({})) as unknown as { tempFilePaths: string[] }).tempFilePaths
    const saved = fs.saveFileSync(temp!)
    expect(saved).toMatch(/^http:\/\/store\/[0-9a-f]{32}\.jpg$/)
    expect(fs.readFileSync(saved, 'utf8')).toBe('jpeg')
    expect(() => fs.accessSync(temp!)).toThrow(`accessSync:fail no such file or directory ${temp}`)
    expect(() => fs.saveFileSync(temp!)).toThrow('saveFileSync:fail tempFilePath file not exist')
  })

  // rule: FILES-SAVE-MOVES, FILES-ERRORS
  it('saveFile with filePath saves into the user data directory', async () => {
    const { fake, fs } = setup({ platform: 'ios' })
    fake.user.willPick(['a.jpg', 'b.jpg', 'c.jpg'])
    const paths = ((await fake.wx.chooseImage!({ count: 3 })) as unknown as { tempFilePaths: string[] }).tempFilePaths
    expect(await call(fs, 'saveFile', { tempFilePath: paths[0], filePath: 'wxfile://usr/a.jpg' })).toEqual(['success', { savedFilePath: 'wxfile://usr/a.jpg', errMsg: 'saveFile:ok' }])
    expect(fs.readdirSync('wxfile://usr')).toEqual(['a.jpg'])
    expect(await call(fs, 'saveFile', { tempFilePath: paths[1], filePath: 'wxfile://usr/no/b.jpg' })).toEqual(['fail', { errMsg: 'saveFile:fail no such file or directory wxfile://usr/no' }])
    expect(await call(fs, 'saveFile', { tempFilePath: paths[2], filePath: 'wxfile://store_c.jpg' })).toEqual(['fail', { errMsg: 'saveFile:fail permission denied, open wxfile://store_c.jpg' }])
    expect(fs.saveFileSync(paths[1]!)).toMatch(/^wxfile:\/\/store_[0-9a-f]{32}\.jpg$/)
  })

  // rule: FILES-STORAGE-LIMIT
  it('saved and user files share 200 MB; temporary files do not count', async () => {
    const { fake, fs } = setup()
    const MB = 1024 * 1024
    fake.user.willPick([{ name: 'a.mp4', size: 150 * MB }, { name: 'b.mp4', size: 50 * MB }, { name: 'c.mp4', size: 1 }])
    const files = ((await fake.wx.chooseMedia!({ count: 3 })) as unknown as { tempFiles: { tempFilePath: string }[] }).tempFiles.map((f) => f.tempFilePath)
    fs.saveFileSync(files[0]!)
    fs.saveFileSync(files[1]!) // exactly 200 MB
    expect(() => fs.saveFileSync(files[2]!)).toThrow('saveFileSync:fail the maximum size of the file storage limit is exceeded')
    expect(() => fs.writeFileSync('http://usr/x', 'x')).toThrow('writeFileSync:fail the maximum size of the file storage limit is exceeded')
  })

  it('a file rewritten smaller frees its space', () => {
    const { fs } = setup()
    fs.writeFileSync('http://usr/a', new Uint8Array(10).buffer)
    fs.writeFileSync('http://usr/a', 'x')
    expect(fs.statSync('http://usr/a').size).toBe(1)
  })
})

describe('the timeline', () => {
  // rule: FILES-SYNC-THROWS
  it('names the manager’s methods; a synchronous call shows what it returned or the errMsg it threw', async () => {
    const { fake, fs } = setup()
    fs.writeFileSync('http://usr/a.txt', 'hi')
    expect(fs.readFileSync('http://usr/a.txt', 'utf8')).toBe('hi')
    expect(messageOf(() => fs.readdirSync('http://usr/none'))).toBe('readdirSync:fail no such file or directory http://usr/none')
    fs.readFile({ filePath: 'http://usr/a.txt', encoding: 'utf8' })
    await fake.settled()
    expect(printTimeline(fake.log)).toBe(
      [
        '#1 wx.getFileSystemManager()',
        "#2 FileSystemManager.writeFileSync('http://usr/a.txt', 'hi')",
        "#3 FileSystemManager.readFileSync('http://usr/a.txt', 'utf8')",
        "  return { value: 'hi' }",
        "#4 FileSystemManager.readdirSync('http://usr/none')",
        "  fail { errMsg: 'readdirSync:fail no such file or directory http://usr/none' }",
        "#5 FileSystemManager.readFile({ filePath: 'http://usr/a.txt', encoding: 'utf8' })",
        "  success { errMsg: 'readFile:ok', data: 'hi' }",
      ].join('\n'),
    )
  })
})
