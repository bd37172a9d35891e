/** The pickers of the user's own content: photos, videos, chat files, scanned codes. */
import type { FakeWx, WxResult } from 'fake-wx'
import { printTimeline } from 'fake-wx/serializer'
import { callWithCallbacks, fresh, messageOf, outcome } from '../../support/fixtures'

type TempFile = { path: string; size: number }

/** A temporary file path of the developer tools: `http://tmp/` and 32 hex digits. */
const DEVTOOLS_TEMP = (ext: string) => new RegExp(`^http://tmp/[0-9a-f]{32}\\.${ext}$`)

async function pick(fake: FakeWx, api: string, options: Record<string, unknown> = {}): Promise<WxResult> {
  const [how, result] = await outcome(fake.wx[api]!(options))
  expect(how).toBe('resolved')
  return result
}

describe('wx.chooseImage', () => {
  // rule: CHOOSE-IMAGE-RESULT, FILES-PROTOCOL
  it('hands back the scripted photos as temporary files: tempFilePaths and tempFiles { path, size }', async () => {
    const fake = fresh()
    fake.user.willPick(['cat.jpg', { name: 'dog.png', size: 2048 }])
    const res = await pick(fake, 'chooseImage', { count: 2 })
    const paths = res.tempFilePaths as string[]
    expect(paths).toHaveLength(2)
    expect(paths[0]).toMatch(DEVTOOLS_TEMP('jpg'))
    expect(paths[1]).toMatch(DEVTOOLS_TEMP('png'))
    expect(paths[0]).not.toBe(paths[1])
    const files = res.tempFiles as TempFile[]
    expect(files.map((file) => file.path)).toEqual(paths)
    expect(files[1]!.size).toBe(2048)
    expect(files[0]!.size).toBeGreaterThanOrEqual(150_000)
    expect(Object.keys(res).sort()).toEqual(['errMsg', 'tempFilePaths', 'tempFiles'])
    expect(res.errMsg).toBe('chooseImage:ok')
  })

  // rule: FILES-PROTOCOL
  it.each([
    ['ios', /^wxfile:\/\/tmp_[0-9a-f]{32}\.jpg$/],
    ['android', /^wxfile:\/\/tmp_[0-9a-f]{32}\.jpg$/],
    ['devtools', /^http:\/\/tmp\/[0-9a-f]{32}\.jpg$/],
    ['windows', /^http:\/\/tmp\/[0-9a-f]{32}\.jpg$/],
  ] as const)('temporary paths on %s', async (platform, path) => {
    const fake = fresh({ platform })
    fake.user.willPick(['a.jpg'])
    expect((await pick(fake, 'chooseImage')).tempFilePaths).toEqual([expect.stringMatching(path)])
  })

  it('gives the same paths on every run, and other paths to the next pick', async () => {
    const paths = async () => {
      const fake = fresh()
      fake.user.willPick(['a.jpg'])
      return [(await pick(fake, 'chooseImage')).tempFilePaths, (await pick(fake, 'chooseImage')).tempFilePaths]
    }
    const [first, second] = await paths()
    expect(await paths()).toEqual([first, second])
    expect(first).not.toEqual(second)
  })

  // rule: PICKER-LIMITS
  it.each([
    [{}, 9],
    [{ count: 3 }, 3],
    [{ count: 20 }, 9],
    [{ count: 0 }, 1],
  ])('%j lets the user pick at most %i photos', async (options, max) => {
    const fake = fresh()
    fake.user.willPick(Array.from({ length: max }, (_, i) => `p${i}.jpg`), { once: true })
    expect((await pick(fake, 'chooseImage', options)).tempFilePaths).toHaveLength(max)
    fake.user.willPick(Array.from({ length: max + 1 }, (_, i) => `p${i}.jpg`), { once: true })
    expect(await outcome(fake.wx.chooseImage!(options))).toEqual(['rejected', { errMsg: 'chooseImage:fail cancel' }])
    expect(fake.log.problems().map((p) => p.message)).toEqual([
      `user.willPick(...) was scripted, but wx.chooseImage lets the user pick at most ${max} file${max === 1 ? '' : 's'} and ${max + 1} were scripted; the user cannot pick that, so the picker is closed.`,
    ])
  })

  it('picks only photos: a scripted video closes the picker and fails the test', async () => {
    const fake = fresh()
    fake.user.willPick(['clip.mp4'])
    expect(await outcome(fake.wx.chooseImage!({}))).toEqual(['rejected', { errMsg: 'chooseImage:fail cancel' }])
    expect(fake.log.problems()[0]!.message).toBe(
      "user.willPick(...) was scripted, but wx.chooseImage picks only image files and 'clip.mp4' is a video; the user cannot pick that, so the picker is closed.",
    )
    expect(() => fake.verify()).toThrow(/wx\.chooseImage picks only image files/)
  })

  it('a file of type image with no name is named after its temporary file in the log', async () => {
    const fake = fresh()
    fake.user.willPick([{ type: 'image', width: 10, height: 20 }])
    const [path] = (await pick(fake, 'chooseImage')).tempFilePaths as string[]
    const answer = fake.log.entries.find((e) => e.type === 'answer')!
    expect(answer).toMatchObject({ answer: 'choose', by: 'script', detail: { files: path!.slice('http://tmp/'.length) } })
  })
})

describe('closing a picker: user.willCancel(api)', () => {
  // rule: ERRMSG-PICKER-CANCEL, ERRMSG-MEDIA-PICKER-CANCEL
  it.each([
    ['chooseImage', {}, 'chooseImage:fail cancel'],
    ['chooseMedia', {}, 'chooseMedia:fail cancel'],
    ['chooseVideo', {}, 'chooseVideo:fail cancel'],
    ['chooseMessageFile', { count: 1 }, 'chooseMessageFile:fail cancel'],
    ['scanCode', {}, 'scanCode:fail cancel'],
  ])('wx.%s(%j) fails with %s, and picks again afterwards', async (api, options, errMsg) => {
    const fake = fresh()
    fake.user.willCancel(api, { once: true }).willPick([api === 'chooseVideo' ? 'a.mp4' : 'a.jpg']).willScan('x')
    expect(await outcome(fake.wx[api]!(options))).toEqual(['rejected', { errMsg }])
    expect((await outcome(fake.wx[api]!(options)))[0]).toBe('resolved')
    expect(fake.log.problems()).toEqual([])
  })

  it('a cancel for one picker wins over the files scripted for every picker', async () => {
    const fake = fresh()
    fake.user.willPick(['a.jpg']).willCancel('chooseImage')
    expect((await outcome(fake.wx.chooseImage!({})))[1].errMsg).toBe('chooseImage:fail cancel')
    expect((await outcome(fake.wx.chooseMedia!({})))[1].errMsg).toBe('chooseMedia:ok')
  })
})

describe('a picker nobody scripted follows onUnscriptedPrompt', () => {
  it("'error' (default): the picker closes, and the test fails naming the lines to add", async () => {
    const fake = fresh()
    expect(await outcome(fake.wx.chooseImage!({}))).toEqual(['rejected', { errMsg: 'chooseImage:fail cancel' }])
    expect(fake.log.problems().map((p) => [p.kind, p.message])).toEqual([
      [
        'unscripted-prompt',
        "wx.chooseImage opened its picker, but the test scripted no files.\nAdd one before the code runs:\n  user.willPick(['photo.jpg'])\n  // or: user.willCancel('chooseImage')",
      ],
    ])
    expect(fake.log.entries.filter((e) => e.type === 'answer')).toEqual([expect.objectContaining({ answer: 'cancel', by: 'policy' })])
  })

  it.each([
    ['chooseImage', { count: 3 }, 3, 'image'],
    ['chooseImage', {}, 1, 'image'],
    ['chooseMedia', { count: 2 }, 2, 'image'],
    ['chooseMedia', { count: 30 }, 20, 'image'],
    ['chooseMedia', { mediaType: ['video'] }, 1, 'video'],
    ['chooseMessageFile', { count: 2 }, 2, 'file'],
    ['chooseMessageFile', { count: 200, type: 'video' }, 100, 'video'],
  ])("'allow': wx.%s(%j) picks %i seeded %s files, silently", async (api, options, count, kind) => {
    const fake = fresh({ onUnscriptedPrompt: 'allow' })
    const res = await pick(fake, api, options)
    const files = res.tempFiles as { type?: string; fileType?: string; path?: string; tempFilePath?: string }[]
    expect(files).toHaveLength(count)
    for (const file of files) expect(file.fileType ?? file.type ?? 'image').toBe(kind)
    expect(fake.log.problems()).toEqual([])
  })

  it.each(['deny', 'dismiss'] as const)("'%s': the user closes the picker", async (policy) => {
    const fake = fresh({ onUnscriptedPrompt: policy })
    expect(await outcome(fake.wx.chooseVideo!({}))).toEqual(['rejected', { errMsg: 'chooseVideo:fail cancel' }])
    expect(fake.log.problems()).toEqual([])
  })

  it("'warn': warns, then picks", async () => {
    const fake = fresh({ onUnscriptedPrompt: 'warn' })
    const warnings: unknown[] = []
    const original = console.warn
    console.warn = (message: unknown) => void warnings.push(message)
    try {
      expect((await pick(fake, 'chooseVideo')).errMsg).toBe('chooseVideo:ok')
    } finally {
      console.warn = original
    }
    expect(warnings).toEqual([expect.stringMatching(/^\[fake-wx\] wx\.chooseVideo opened its picker, but the test scripted no files\./)])
  })
})

describe('wx.chooseMedia', () => {
  // rule: CHOOSE-MEDIA-RESULT
  it('photos and videos together are a mix; a video has a cover image, a photo none', async () => {
    const fake = fresh()
    fake.user.willPick(['a.jpg', { name: 'b.mp4', duration: 12.5, width: 1280, height: 720, size: 5_000_000 }])
    const res = await pick(fake, 'chooseMedia', { count: 2 })
    expect(res.type).toBe('mix')
    const [photo, video] = res.tempFiles as Record<string, unknown>[]
    expect(photo).toEqual({
      tempFilePath: expect.stringMatching(DEVTOOLS_TEMP('jpg')),
      size: expect.any(Number),
      duration: 0,
      height: expect.any(Number),
      width: expect.any(Number),
      thumbTempFilePath: '',
      fileType: 'image',
    })
    expect(video).toEqual({
      tempFilePath: expect.stringMatching(DEVTOOLS_TEMP('mp4')),
      size: 5_000_000,
      duration: 12.5,
      height: 720,
      width: 1280,
      thumbTempFilePath: expect.stringMatching(DEVTOOLS_TEMP('jpg')),
      fileType: 'video',
    })
  })

  // rule: CHOOSE-MEDIA-RESULT
  it.each([
    [['a.jpg'], 'image'],
    [['a.mp4', 'b.mov'], 'video'],
  ])('%j is of type %s', async (files, type) => {
    const fake = fresh()
    fake.user.willPick(files)
    expect((await pick(fake, 'chooseMedia', { count: 9 })).type).toBe(type)
  })

  // rule: PICKER-LIMITS
  it.each([
    [['image'], ['a.mp4'], "picks only image files and 'a.mp4' is a video"],
    [['video'], ['a.jpg'], "picks only video files and 'a.jpg' is an image"],
  ])('mediaType %j restricts what the user can pick', async (mediaType, files, misfit) => {
    const fake = fresh()
    fake.user.willPick(files)
    expect((await outcome(fake.wx.chooseMedia!({ mediaType })))[1].errMsg).toBe('chooseMedia:fail cancel')
    expect(fake.log.problems()[0]!.message).toContain(misfit)
  })

  it.each([[['mix']], [['image', 'video']], [[]]])('mediaType %j allows either', async (mediaType) => {
    const fake = fresh()
    fake.user.willPick(['a.jpg', 'b.mp4'])
    expect((await pick(fake, 'chooseMedia', { mediaType })).type).toBe('mix')
  })

  // rule: PICKER-LIMITS
  it('up to 20 files; 9 when count is not given', async () => {
    const fake = fresh()
    fake.user.willPick(Array.from({ length: 20 }, (_, i) => `${i}.jpg`), { once: true })
    expect((await pick(fake, 'chooseMedia', { count: 25 })).tempFiles).toHaveLength(20)
    fake.user.willPick(Array.from({ length: 10 }, (_, i) => `${i}.jpg`), { once: true })
    expect((await outcome(fake.wx.chooseMedia!({})))[1].errMsg).toBe('chooseMedia:fail cancel')
    expect(fake.log.problems()[0]!.message).toContain('lets the user pick at most 9 files and 10 were scripted')
  })
})

describe('wx.chooseVideo', () => {
  // rule: CHOOSE-VIDEO-RESULT
  it('hands back one video: tempFilePath, duration, size, height, width', async () => {
    const fake = fresh()
    fake.user.willPick([{ name: 'trip.mov', duration: 8, size: 1_000_000, width: 1920, height: 1080 }])
    expect(await pick(fake, 'chooseVideo')).toEqual({
      tempFilePath: expect.stringMatching(DEVTOOLS_TEMP('mov')),
      duration: 8,
      size: 1_000_000,
      height: 1080,
      width: 1920,
      errMsg: 'chooseVideo:ok',
    })
  })

  // rule: PICKER-LIMITS
  it('one video only', async () => {
    const fake = fresh()
    fake.user.willPick(['a.mp4', 'b.mp4'])
    expect((await outcome(fake.wx.chooseVideo!({})))[1].errMsg).toBe('chooseVideo:fail cancel')
    expect(fake.log.problems()[0]!.message).toContain('lets the user pick at most 1 file and 2 were scripted')
  })

  it('seeded numbers fill what the script leaves out', async () => {
    const fake = fresh()
    fake.user.willPick(['a.mp4'])
    const res = await pick(fake, 'chooseVideo')
    expect(res.duration).toBeGreaterThanOrEqual(3)
    expect(res.duration).toBeLessThanOrEqual(60)
    expect(res.width).toBeGreaterThan(0)
    expect(res.height).toBeGreaterThan(0)
    expect(res.size).toBeGreaterThan(0)
  })
})

describe('wx.chooseMessageFile', () => {
  // rule: CHOOSE-MESSAGE-FILE-RESULT
  it('hands back tempFiles { name, path, size, time, type }, keeping the name from the chat', async () => {
    const fake = fresh()
    fake.user.willPick([{ name: 'receipt.pdf', content: '%PDF-1.4' }, 'photo.JPG', 'clip.mp4'])
    const res = await pick(fake, 'chooseMessageFile', { count: 3 })
    const files = res.tempFiles as Record<string, unknown>[]
    expect(files.map((file) => [file.name, file.type, file.size])).toEqual([
      ['receipt.pdf', 'file', 8],
      ['photo.JPG', 'image', expect.any(Number)],
      ['clip.mp4', 'video', expect.any(Number)],
    ])
    expect(files[0]!.path).toMatch(DEVTOOLS_TEMP('pdf'))
    expect(files[1]!.path).toMatch(DEVTOOLS_TEMP('jpg'))
    for (const file of files) {
      expect(Object.keys(file).sort()).toEqual(['name', 'path', 'size', 'time', 'type'])
      expect(file.time).toBeGreaterThanOrEqual(1_690_000_000)
      expect(file.time).toBeLessThanOrEqual(1_700_000_000)
    }
  })

  // rule: ERRMSG-PARAM-TYPE
  it('count is required', async () => {
    expect(await outcome(fresh().wx.chooseMessageFile!({}))).toEqual([
      'rejected',
      { errMsg: 'chooseMessageFile:fail parameter error: parameter.count should be Number instead of Undefined;' },
    ])
  })

  // rule: PICKER-LIMITS
  it.each([
    [{ count: 1, type: 'image' }, ['a.pdf'], "picks only image files and 'a.pdf' is a file"],
    [{ count: 1, type: 'file', extension: ['pdf', '.doc'] }, ['a.xlsx'], "shows only .pdf, .doc files (extension option) and 'a.xlsx' is not one"],
    [{ count: 1 }, ['a.pdf', 'b.pdf'], 'lets the user pick at most 1 file and 2 were scripted'],
  ])('%j: the user cannot pick %j', async (options, files, misfit) => {
    const fake = fresh()
    fake.user.willPick(files)
    expect((await outcome(fake.wx.chooseMessageFile!(options)))[1].errMsg).toBe('chooseMessageFile:fail cancel')
    expect(fake.log.problems()[0]!.message).toContain(misfit)
  })

  it.each([
    [{ count: 2, type: 'file', extension: ['PDF', '.doc', 7] }, ['a.pdf', 'b.DOC']],
    [{ count: 1, type: 'all', extension: ['pdf'] }, ['a.xlsx']],
    [{ count: 1, type: 'video' }, ['a.mp4']],
  ])('%j: the user can pick %j (extension filters type file only)', async (options, files) => {
    const fake = fresh()
    fake.user.willPick(files)
    expect((await pick(fake, 'chooseMessageFile', options)).tempFiles).toHaveLength(files.length)
    expect(fake.log.problems()).toEqual([])
  })
})

describe('wx.scanCode', () => {
  // rule: SCAN-CODE-RESULT
  it('hands back the scanned content: result, scanType, charSet, rawData (base64)', async () => {
    const fake = fresh()
    fake.user.willScan('https://example.com/p/1')
    expect(await pick(fake, 'scanCode')).toEqual({
      result: 'https://example.com/p/1',
      scanType: 'QR_CODE',
      charSet: 'utf-8',
      rawData: 'aHR0cHM6Ly9leGFtcGxlLmNvbS9wLzE=',
      errMsg: 'scanCode:ok',
    })
  })

  // rule: SCAN-CODE-RESULT
  it('a code of this mini program carries its path; other types and charsets as scripted', async () => {
    const fake = fresh()
    fake.user.willScan('6901234567892', { scanType: 'EAN_13', charSet: 'ISO-8859-1', path: 'pages/item/index?id=1' })
    expect(await pick(fake, 'scanCode', { scanType: ['barCode'] })).toEqual({
      result: '6901234567892',
      scanType: 'EAN_13',
      charSet: 'ISO-8859-1',
      rawData: 'NjkwMTIzNDU2Nzg5Mg==',
      path: 'pages/item/index?id=1',
      errMsg: 'scanCode:ok',
    })
  })

  it('unscripted: the scanner closes, and the test fails naming user.willScan', async () => {
    const fake = fresh()
    expect(await outcome(fake.wx.scanCode!({}))).toEqual(['rejected', { errMsg: 'scanCode:fail cancel' }])
    expect(fake.log.problems()[0]!.message).toBe(
      "wx.scanCode opened the scanner, but the test scripted nothing to scan.\nAdd one before the code runs:\n  user.willScan('https://example.com/p/1')\n  // or: user.willCancel('scanCode')",
    )
  })

  it("unscripted with 'allow': a seeded product barcode, EAN-13 with a valid check digit", async () => {
    const fake = fresh({ onUnscriptedPrompt: 'allow' })
    const res = await pick(fake, 'scanCode')
    expect(res.scanType).toBe('EAN_13')
    const digits = String(res.result)
    expect(digits).toMatch(/^69\d{11}$/)
    const sum = [...digits.slice(0, 12)].reduce((total, d, i) => total + Number(d) * (i % 2 === 0 ? 1 : 3), 0)
    expect(Number(digits[12])).toBe((10 - (sum % 10)) % 10)
    expect(res.rawData).toBe(Buffer.from(digits).toString('base64'))
    expect(fake.log.problems()).toEqual([])
  })

  it('is no privacy API: it scans before the user agreed to the privacy agreement', async () => {
    const fake = fresh({ privacy: { needAuthorization: true } })
    fake.user.willScan('x')
    expect((await pick(fake, 'scanCode')).result).toBe('x')
    expect(fake.log.entries.some((e) => e.type === 'popup' && e.kind === 'privacy')).toBe(false)
  })
})

describe('the privacy layer stands before the file pickers', () => {
  // rule: PRIVACY-API-LIST, PRIVACY-REFUSE-104
  it.each([
    ['chooseImage', {}],
    ['chooseVideo', {}],
    ['chooseMedia', {}],
    ['chooseMessageFile', { count: 1 }],
  ])('wx.%s: refused agreement, no picker', async (api, options) => {
    const fake = fresh({ privacy: { needAuthorization: true } })
    fake.user.willDisagreePrivacy().willPick(['a.jpg'])
    expect(await outcome(fake.wx[api]!(options))).toEqual(['rejected', { errMsg: `${api}:fail privacy permission is not authorized`, errno: 104 }])
    expect(fake.log.entries.some((e) => e.type === 'popup' && e.kind === 'picker')).toBe(false)
  })

  it('agreed: the picker opens after the privacy popup', async () => {
    const fake = fresh({ privacy: { needAuthorization: true } })
    fake.user.willAgreePrivacy().willPick(['a.jpg'])
    expect((await pick(fake, 'chooseImage')).errMsg).toBe('chooseImage:ok')
    expect(fake.log.entries.filter((e) => e.type === 'popup').map((e) => (e as { kind: string }).kind)).toEqual(['privacy', 'picker'])
  })
})

describe('delivery and the log', () => {
  // rule: TIMING-COMPLETE-LAST, PROMISE-IFF-NO-CALLBACK
  it('callbacks: success then complete, on a later job', async () => {
    const fake = fresh()
    fake.user.willPick(['a.jpg'])
    const { events, returned } = callWithCallbacks(fake, 'chooseImage')
    expect(returned).toBeUndefined()
    expect(events).toEqual([])
    await fake.settled()
    expect(events.map(([which]) => which)).toEqual(['success', 'complete'])
  })

  it('the timeline shows the picker page and what the user picked', async () => {
    const fake = fresh()
    fake.user.willPick(['cat.jpg', 'dog.jpg']).willCancel('scanCode')
    await fake.wx.chooseImage!({ count: 2 })
    await fake.wx.scanCode!({}).catch(() => undefined)
    const lines = printTimeline(fake.log).split('\n')
    expect(lines.slice(0, 3)).toEqual(['#1 wx.chooseImage({ count: 2 })', '  picker page of wx.chooseImage', "  user chooses { files: 'cat.jpg, dog.jpg' }"])
    expect(lines.slice(lines.indexOf('#2 wx.scanCode()'))).toEqual(['#2 wx.scanCode()', '  picker page of wx.scanCode', '  user cancels', "  reject { errMsg: 'scanCode:fail cancel' }"])
  })

  it('{ once: true } picks are used first, then the standing one; verify() names an unused once', async () => {
    const fake = fresh({ onUnusedScript: 'error' })
    fake.user.willPick(['once.png'], { once: true }).willPick(['standing.gif'])
    expect((await pick(fake, 'chooseImage')).tempFilePaths).toEqual([expect.stringMatching(/\.png$/)])
    expect((await pick(fake, 'chooseImage')).tempFilePaths).toEqual([expect.stringMatching(/\.gif$/)])
    expect((await pick(fake, 'chooseImage')).tempFilePaths).toEqual([expect.stringMatching(/\.gif$/)])
    fake.user.willPick(['a.jpg', { type: 'video' }], { once: true }).willScan('left', { once: true })
    expect(messageOf(() => fake.verify())).toContain(`user.willPick(["a.jpg","video"], { once: true }) was scripted but never used`)
    expect(messageOf(() => fake.verify())).toContain(`user.willScan('left', { once: true }) was scripted but never used`)
  })
})

describe('scripting misuse', () => {
  it.each([
    ['no files', () => fresh().user.willPick([]), "user.willPick expects the files the user picks, e.g. user.willPick(['cat.jpg']) or user.willPick([{ name: 'a.mp4', duration: 12 }]); got an empty list. To close the picker, write user.willCancel('chooseImage')."],
    ['a number', () => fresh().user.willPick([1 as never]), "user.willPick: file 1 must be a file name such as 'cat.jpg' or an object such as { name: 'cat.jpg', width: 800 }, got 1."],
    ['an empty name', () => fresh().user.willPick(['']), "user.willPick: file 1: name must be a file name such as 'cat.jpg', got ''."],
    ['neither name nor type', () => fresh().user.willPick([{ size: 1 }]), "user.willPick: file 1 needs a name ('cat.jpg') or a type ('image', 'video' or 'file')."],
    ['an unknown type', () => fresh().user.willPick([{ type: 'audio' as never }]), "user.willPick: file 1: type must be 'image', 'video' or 'file', got 'audio'."],
    ['an unknown field', () => fresh().user.willPick(['a.jpg', { name: 'b.jpg', heigth: 1 } as never]), 'user.willPick: file 2: unknown field \'heigth\'. Fields: name, type, size, width, height, duration, content.'],
    ['a negative size', () => fresh().user.willPick([{ name: 'a.jpg', size: -1 }]), 'user.willPick: file 1: size must be a number ≥ 0, got -1.'],
    ['a width that is no number', () => fresh().user.willPick([{ name: 'a.jpg', width: '800' as never }]), "user.willPick: file 1: width must be a number ≥ 0, got '800'."],
    ['an infinite duration', () => fresh().user.willPick([{ name: 'a.mp4', duration: Infinity }]), 'user.willPick: file 1: duration must be a number ≥ 0, got Infinity.'],
    ['size against content', () => fresh().user.willPick([{ name: 'a.txt', content: 'abc', size: 4 }]), "user.willPick: file 1: size 4 does not match the content's 3 bytes; give one of them."],
    ['content of another kind', () => fresh().user.willPick([{ name: 'a.txt', content: 5 as never }]), 'user.willPick: file 1: content must be a string, an ArrayBuffer or a Uint8Array, got 5.'],
    ['a scan that is no string', () => fresh().user.willScan(1 as never), "user.willScan expects the scanned content as a string, e.g. user.willScan('https://example.com/p/1'), got 1."],
    ['a scan option that is no string', () => fresh().user.willScan('x', { scanType: 1 as never }), 'user.willScan: scanType must be a string, got 1.'],
    ['a misspelt scan option', () => fresh().user.willScan('x', { scantype: 'EAN_13' } as never), "user.willScan: unknown option 'scantype'. Did you mean 'scanType'? Options: once, scanType, path, charSet."],
    ['an unknown scan option', () => fresh().user.willScan('x', { colour: 'red' } as never), "user.willScan: unknown option 'colour'. Options: once, scanType, path, charSet."],
    ['scan options that are no object', () => fresh().user.willScan('x', 'EAN_13' as never), "user.willScan: options must be an object such as { scanType: 'EAN_13' }, got 'EAN_13'."],
    ['a bad once on a scan', () => fresh().user.willScan('x', { once: 'yes' as never }), "user.willScan: once must be true or false, got 'yes'. Write { once: true } or { once: false }."],
  ])('%s', (_name, misuse, message) => {
    expect(messageOf(misuse)).toBe(`[fake-wx] ${message}`)
  })

  it('a single file may be passed without a list; content may be bytes', async () => {
    const fake = fresh()
    fake.user.willPick({ name: 'a.bin', content: new Uint8Array([1, 2, 3]) }, { once: true }).willPick({ name: 'b.bin', content: new Uint8Array([9]).buffer })
    expect(((await pick(fake, 'chooseMessageFile', { count: 1 })).tempFiles as TempFile[])[0]!.size).toBe(3)
    expect(((await pick(fake, 'chooseMessageFile', { count: 1 })).tempFiles as TempFile[])[0]!.size).toBe(1)
  })
})
