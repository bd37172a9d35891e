/** The clipboard, the phone call sheet and wx.openLocation. */
import { fresh, messageOf, outcome } from '../../support/fixtures'

describe('the clipboard', () => {
  // rule: CLIPBOARD-STATE
  it('getClipboardData reads what setClipboardData wrote', async () => {
    const fake = fresh()
    await expect(fake.wx.setClipboardData!({ data: 'SF1234567890' })).resolves.toEqual({ errMsg: 'setClipboardData:ok' })
    await expect(fake.wx.getClipboardData!()).resolves.toEqual({ data: 'SF1234567890', errMsg: 'getClipboardData:ok' })
    await fake.wx.setClipboardData!({ data: '' })
    await expect(fake.wx.getClipboardData!()).resolves.toEqual({ data: '', errMsg: 'getClipboardData:ok' })
  })

  // rule: CLIPBOARD-STATE
  it('before the app writes, it holds what the user copied, or else a seeded address', async () => {
    const copied = fresh()
    copied.user.hasCopied('邀请码 8H3K')
    await expect(copied.wx.getClipboardData!()).resolves.toEqual({ data: '邀请码 8H3K', errMsg: 'getClipboardData:ok' })
    await copied.wx.setClipboardData!({ data: 'mine' })
    await expect(copied.wx.getClipboardData!()).resolves.toMatchObject({ data: 'mine' })

    const seeded = async () => ((await fresh().wx.getClipboardData!()) as unknown as { data: string }).data
    const first = await seeded()
    expect(first).toMatch(/^\S+ 1\d{10} \S+/) // a name, a mobile number, an address
    expect(await seeded()).toBe(first)
  })

  it('reset() empties it', async () => {
    const fake = fresh()
    fake.user.hasCopied('before')
    await fake.wx.setClipboardData!({ data: 'written' })
    fake.reset()
    const after = ((await fake.wx.getClipboardData!()) as unknown as { data: string }).data
    expect(after).not.toBe('written')
    expect(after).not.toBe('before')
  })

  // rule: ERRMSG-PARAM-TYPE
  it('setClipboardData needs data, a string', async () => {
    expect(await outcome(fresh().wx.setClipboardData!({ data: 1 }))).toEqual([
      'rejected',
      { errMsg: 'setClipboardData:fail parameter error: parameter.data should be String instead of Number;' },
    ])
    expect(await outcome(fresh().wx.setClipboardData!({}))).toEqual([
      'rejected',
      { errMsg: 'setClipboardData:fail parameter error: parameter.data should be String instead of Undefined;' },
    ])
  })

  // rule: PRIVACY-API-LIST, PRIVACY-UNDECLARED-112
  it('both pass the privacy layer: an undeclared clipboard type fails with errno 112', async () => {
    const fake = fresh({ privacy: { undeclared: ['setClipboardData'] } })
    expect(await outcome(fake.wx.setClipboardData!({ data: 'x' }))).toEqual([
      'rejected',
      { errMsg: 'setClipboardData:fail api scope is not declared in the privacy agreement', errno: 112 },
    ])
    expect((await outcome(fake.wx.getClipboardData!()))[0]).toBe('resolved')
  })

  it('user.hasCopied takes a string', () => {
    expect(messageOf(() => fresh().user.hasCopied(1 as never))).toBe(
      "[fake-wx] user.hasCopied expects the copied text as a string, e.g. user.hasCopied('SF1234567890'), got 1.",
    )
  })
})

describe('wx.makePhoneCall', () => {
  // rule: PHONE-CALL, ERRMSG-PICKER-CANCEL
  it('the user calls, or closes the sheet: makePhoneCall:fail cancel', async () => {
    const fake = fresh()
    await expect(fake.wx.makePhoneCall!({ phoneNumber: '10086' })).resolves.toEqual({ errMsg: 'makePhoneCall:ok' })
    fake.user.willCancel('makePhoneCall', { once: true })
    expect(await outcome(fake.wx.makePhoneCall!({ phoneNumber: '10086' }))).toEqual(['rejected', { errMsg: 'makePhoneCall:fail cancel' }])
    expect(fake.log.problems()).toEqual([])
  })

  // rule: PHONE-CALL, ERRMSG-PARAM-TYPE
  it('phoneNumber is a required string', async () => {
    expect(await outcome(fresh().wx.makePhoneCall!({ phoneNumber: 10086 }))).toEqual([
      'rejected',
      { errMsg: 'makePhoneCall:fail parameter error: parameter.phoneNumber should be String instead of Number;' },
    ])
  })
})

describe('wx.openLocation', () => {
  // rule: OPEN-LOCATION
  it('opens the map on the place', async () => {
    const fake = fresh()
    await expect(fake.wx.openLocation!({ latitude: 31.2304, longitude: 121.4737, name: '人民广场', scale: 16 })).resolves.toEqual({ errMsg: 'openLocation:ok' })
    expect(fake.log.calls('openLocation')[0]!.args).toEqual({ latitude: 31.2304, longitude: 121.4737, name: '人民广场', scale: 16 })
  })

  // rule: OPEN-LOCATION, ERRMSG-PARAM-TYPE
  it('latitude and longitude are required numbers', async () => {
    expect(await outcome(fresh().wx.openLocation!({ latitude: '31.2' }))).toEqual([
      'rejected',
      {
        errMsg:
          'openLocation:fail parameter error: parameter.latitude should be Number instead of String;parameter.longitude should be Number instead of Undefined;',
      },
    ])
  })
})
