/**
 * The edges of wx.request, downloadFile and uploadFile: the url check's anchors, downloads to a path that already
 * has a file or from a URL with no extension, the order of a transfer's success fields, the errMsg of an upload of
 * a gone file, and what the test is told about an unhandled transfer.
 */
import { fresh, settledCall } from '../../support/fixtures'
import type { FakeWx } from 'fake-wx'

type Fs = { readFileSync(p: string, e: string): string; writeFileSync(p: string, d: string): void; unlinkSync(p: string): void }
const fsOf = (fake: FakeWx) => (fake.wx as unknown as { getFileSystemManager(): Fs }).getFileSystemManager()
const userPath = (fake: FakeWx, name: string) => `${(fake.wx as unknown as { env: { USER_DATA_PATH: string } }).env.USER_DATA_PATH}/${name}`

describe('the url of a transfer', () => {
  // rule: REQUEST-INVALID-URL
  it('must start with its http(s) scheme: text before it makes an invalid url', async () => {
    const fake = fresh()
    fake.use({ 'GET https://a.example/x': () => ({ data: 'ok' }) })
    expect(await settledCall(fake, 'request', { url: ' https://a.example/x' })).toEqual(['fail', { errMsg: 'request:fail invalid url " https://a.example/x"', errno: 600009 }])
    expect(await settledCall(fake, 'request', { url: 'see https://a.example/x' })).toEqual(['fail', { errMsg: 'request:fail invalid url "see https://a.example/x"', errno: 600009 }])
  })
})

describe('wx.downloadFile', () => {
  // rule: DOWNLOAD-TEMP-FILE
  it('with filePath replaces what the file held, it does not append to it', async () => {
    const fake = fresh()
    fake.use({ 'GET https://cdn.example/a.txt': () => ({ data: 'new' }) })
    const target = userPath(fake, 'a.txt')
    fsOf(fake).writeFileSync(target, 'old contents')
    expect((await settledCall(fake, 'downloadFile', { url: 'https://cdn.example/a.txt', filePath: target }))[0]).toBe('success')
    expect(fsOf(fake).readFileSync(target, 'utf8')).toBe('new')
  })

  // rule: DOWNLOAD-TEMP-FILE
  it('from a URL with no file extension still writes the body to a temporary file', async () => {
    const fake = fresh()
    fake.use({ 'GET https://cdn.example/export': () => ({ data: 'CSV' }) })
    const [kind, res] = await settledCall(fake, 'downloadFile', { url: 'https://cdn.example/export' })
    expect(kind).toBe('success')
    expect(res.tempFilePath).toMatch(/^http:\/\/tmp\//)
    expect(fsOf(fake).readFileSync(res.tempFilePath as string, 'utf8')).toBe('CSV')
  })
})

describe('the success of downloadFile and uploadFile', () => {
  // rule: DOWNLOAD-TEMP-FILE, UPLOAD-DATA-STRING
  it('lists errMsg last, after the fields of the answer, as WeChat delivers it', async () => {
    const fake = fresh()
    fake.use({ 'GET https://cdn.example/p.png': () => ({ data: 'PNG' }), 'POST https://api.example/upload': () => ({ data: 'done' }) })
    const [, downloaded] = await settledCall(fake, 'downloadFile', { url: 'https://cdn.example/p.png' })
    expect(Object.keys(downloaded)).toEqual(['tempFilePath', 'statusCode', 'header', 'errMsg'])
    const [, uploaded] = await settledCall(fake, 'uploadFile', { url: 'https://api.example/upload', filePath: downloaded.tempFilePath, name: 'file' })
    expect(Object.keys(uploaded)).toEqual(['data', 'statusCode', 'header', 'errMsg'])
  })
})

describe('wx.uploadFile of a file that is gone', () => {
  // rule: UPLOAD-FILE-MUST-EXIST
  it('fails with the file system spelling followed by the path', async () => {
    const fake = fresh()
    fake.use({ 'POST https://api.example/upload': () => ({ data: 'done' }) })
    const gone = userPath(fake, 'gone.png')
    fsOf(fake).writeFileSync(gone, 'x')
    fsOf(fake).unlinkSync(gone)
    const [kind, res] = await settledCall(fake, 'uploadFile', { url: 'https://api.example/upload', filePath: gone, name: 'file' })
    expect([kind, res.errMsg]).toEqual(['fail', `uploadFile:fail no such file or directory ${gone}`])
  })
})

describe('an unhandled transfer', () => {
  // rule: REQUEST-UNHANDLED-LOUD
  it('names the handler to add: a request answers with a body, a download or upload with its text', async () => {
    const fake = fresh()
    await settledCall(fake, 'request', { url: 'https://a.example/shops?page=1', method: 'POST' })
    await settledCall(fake, 'downloadFile', { url: 'https://cdn.example/p.png' })
    const messages = fake.log.problems().map((p) => p.message)
    expect(messages).toHaveLength(2)
    expect(messages[0]).toContain("fakeWx.use({ 'POST https://a.example/shops': (req) => ({ statusCode: 200, data: { /* the body */ } }) })")
    expect(messages[1]).toContain("fakeWx.use({ 'GET https://cdn.example/p.png': (req) => ({ statusCode: 200, data: '...' }) })")
    expect(fake.log.problems().map((p) => p.kind)).toEqual(['unmodelled-api', 'unmodelled-api'])
    fake.reset()
  })

  // rule: REQUEST-UNHANDLED-LOUD
  it('an onUnhandledRequest function that throws fails the test as an unmodelled call', async () => {
    const fake = fresh({
      onUnhandledRequest: () => {
        throw new Error('no requests here')
      },
    })
    await settledCall(fake, 'request', { url: 'https://a.example/x' })
    expect(fake.log.problems().map((p) => [p.kind, p.message])).toEqual([['unmodelled-api', 'onUnhandledRequest threw for GET https://a.example/x: no requests here']])
    fake.reset()
  })
})
