/** The README's samples of media, files and location, as passing tests of the global wx the preset installs. */
import { fakeWx, user } from 'fake-wx'

describe('the README: media, files and location', () => {
  // rule: CHOOSE-IMAGE-RESULT, MEDIA-IMAGE-INFO
  it('a picked photo is a file of the fake', async () => {
    user.willPick([{ name: 'receipt.jpg', width: 1080, height: 1920 }])

    const { tempFilePaths } = await wx.chooseImage({ count: 1 })
    const info = await wx.getImageInfo({ src: tempFilePaths[0]! })

    expect(info).toMatchObject({ width: 1080, height: 1920, type: 'jpeg' })
  })

  // rule: ERRMSG-MEDIA-PICKER-CANCEL
  it('a closed picker', async () => {
    user.willCancel('chooseImage')

    await expect(wx.chooseImage({})).rejects.toEqual({ errMsg: 'chooseImage:fail cancel' })
  })

  // rule: SCAN-CODE-RESULT
  it('a scan', async () => {
    user.willScan('https://example.com/p/1')

    const { result } = await wx.scanCode({})

    expect(result).toBe('https://example.com/p/1')
  })

  // rule: FILES-ERRORS
  it('the user data directory', () => {
    const fs = wx.getFileSystemManager()
    fs.writeFileSync('http://usr/draft.json', JSON.stringify({ title: '周报' }), 'utf8') // wx.env.USER_DATA_PATH in the developer tools

    expect(JSON.parse(fs.readFileSync('http://usr/draft.json', 'utf8') as string)).toEqual({ title: '周报' })
    expect(() => fs.readFileSync('http://usr/none.json', 'utf8')).toThrow('readFileSync:fail no such file or directory, open http://usr/none.json')
  })

  // rule: SELECTOR-QUERY-RECT
  it('a node’s rectangle', async () => {
    fakeWx.configure({ layout: { '#poster': { left: 0, top: 0, width: 300, height: 500 } } })

    const [rect] = await new Promise<any[]>((resolve) => wx.createSelectorQuery().select('#poster').boundingClientRect().exec(resolve))

    expect(rect).toMatchObject({ width: 300, height: 500, bottom: 500 })
  })

  // rule: LOCATION-USER-IS-AT, LOCATION-UPDATES
  it('where the user is, and a move', async () => {
    user.hasAllowed('scope.userLocation')
    user.isAt({ latitude: 31.2304, longitude: 121.4737 }) // WGS-84

    const here = await wx.getLocation({ type: 'gcj02' })
    const moves: WechatMiniprogram.OnLocationChangeListenerResult[] = []
    wx.onLocationChange((res) => moves.push(res))
    await wx.startLocationUpdate({})
    user.isAt({ latitude: 31.233, longitude: 121.476 })
    await fakeWx.settled()

    expect(here).toMatchObject({ latitude: 31.228458, longitude: 121.478223 }) // GCJ-02
    expect(moves).toEqual([expect.objectContaining({ latitude: 31.231053, longitude: 121.480516 })])
  })

  // rule: CLIPBOARD-STATE
  it('the clipboard', async () => {
    user.hasCopied('SF1234567890')

    const { data } = await wx.getClipboardData({})

    expect(data).toBe('SF1234567890')
  })
})
