/** wx.login and wx.checkSession (rules LOGIN-*, CHECKSESSION-*). */
import { callWithCallbacks, fresh, messageOf, outcome } from '../../support/fixtures'

describe('wx.login', () => {
  // rule: LOGIN-CODE, LOGIN-CODE-FORMAT, LOGIN-PROMISE
  it('succeeds with a fresh code on every call: 32 letters and digits', async () => {
    const fake = fresh()
    const first = (await fake.wx.login!()) as { errMsg: string; code: string }
    const second = (await fake.wx.login!({ timeout: 3000 })) as { errMsg: string; code: string }
    expect(first).toEqual({ errMsg: 'login:ok', code: expect.stringMatching(/^[0-9A-Za-z]{32}$/) })
    expect(second).toEqual({ errMsg: 'login:ok', code: expect.stringMatching(/^[0-9A-Za-z]{32}$/) })
    expect(second.code).not.toBe(first.code)
  })

  it('gives the same codes in the same order after reset(), other codes under another seed', async () => {
    const fake = fresh()
    const codes = async () => [((await fake.wx.login!()).code as string), ((await fake.wx.login!()).code as string)]
    const before = await codes()
    fake.reset()
    expect(await codes()).toEqual(before)
    fake.configure({ seed: 2 })
    const reseeded = await codes()
    expect(reseeded).not.toEqual(before)
    expect(new Set([...before, ...reseeded]).size).toBe(4)
  })

  it('a login draws nothing from the result data: the location after it is the same as without it', async () => {
    const locate = async (withLogin: boolean) => {
      const fake = fresh({ authSetting: { 'scope.userLocation': true } })
      if (withLogin) await fake.wx.login!()
      return fake.wx.getLocation!({ type: 'gcj02' })
    }
    expect(await locate(true)).toEqual(await locate(false))
  })

  it('codes over many calls differ, and use the whole alphabet', async () => {
    const fake = fresh()
    const codes: string[] = []
    for (let i = 0; i < 200; i++) codes.push(((await fake.wx.login!()).code as string))
    expect(new Set(codes).size).toBe(200)
    const characters = new Set(codes.join(''))
    expect(characters.size).toBe(62)
  })

  // rule: ERRMSG-PARAM-TYPE
  it('a timeout that is not a number fails with the parameter error', async () => {
    await expect(fresh().wx.login!({ timeout: '3s' })).rejects.toEqual({ errMsg: 'login:fail parameter error: parameter.timeout should be Number instead of String;' })
  })
})

describe('wx.checkSession', () => {
  // rule: CHECKSESSION-VALID, LOGIN-PROMISE
  it('succeeds while the session is valid (the default: the user logged in on an earlier visit)', async () => {
    const fake = fresh()
    await expect(fake.wx.checkSession!()).resolves.toEqual({ errMsg: 'checkSession:ok' })
    const { events } = callWithCallbacks(fake, 'checkSession')
    await fake.settled()
    expect(events.map(([name, res]) => `${name} ${res.errMsg}`)).toEqual(['success checkSession:ok', 'complete checkSession:ok'])
  })

  // rule: CHECKSESSION-VALID, CHECKSESSION-ERRMSG
  it('fails once the session expired, until wx.login opens a new one', async () => {
    const fake = fresh({ session: 'expired' })
    await expect(fake.wx.checkSession!()).rejects.toEqual({ errMsg: 'checkSession:fail session time out, need relogin' })
    await fake.wx.login!()
    await expect(fake.wx.checkSession!()).resolves.toEqual({ errMsg: 'checkSession:ok' })
  })

  // rule: CHECKSESSION-VALID
  it('configure() expires it for this test; reset() returns to the default', async () => {
    const fake = fresh()
    await fake.wx.login!()
    fake.configure({ session: 'expired' })
    expect((await outcome(fake.wx.checkSession!()))[1].errMsg).toBe('checkSession:fail session time out, need relogin')
    fake.reset()
    await expect(fake.wx.checkSession!()).resolves.toEqual({ errMsg: 'checkSession:ok' })
    fake.setDefaults({ session: 'expired' })
    fake.reset()
    expect((await outcome(fake.wx.checkSession!()))[0]).toBe('rejected')
  })

  // rule: CHECKSESSION-VALID
  it('configure() without session keeps the session wx.login opened', async () => {
    const fake = fresh({ session: 'expired' })
    await fake.wx.login!()
    fake.configure({ seed: 2 })
    await expect(fake.wx.checkSession!()).resolves.toEqual({ errMsg: 'checkSession:ok' })
  })

  it('the session option takes valid or expired', () => {
    expect(messageOf(() => fresh({ session: 'stale' as never }))).toBe("[fake-wx] options.session must be one of 'valid', 'expired', got 'stale'.")
  })

  it('the login flow of a real app: checkSession fails, so it logs in and sends the code', async () => {
    const fake = fresh({ session: 'expired' })
    const sent: string[] = []
    const ensureLogin = async () => {
      try {
        await fake.wx.checkSession!()
      } catch {
        const code = (await fake.wx.login!()).code as string
        sent.push(code)
      }
    }
    await ensureLogin()
    await ensureLogin()
    expect(sent).toHaveLength(1)
    expect(fake.log.calls().map((c) => c.api)).toEqual(['checkSession', 'login', 'checkSession'])
  })
})
