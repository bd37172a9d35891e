import { user, type LogEntry } from 'fake-wx'
import { failureOf } from '../../support/failure-message'
import { fresh, problemWithNoCall } from '../../support/fixtures'

const CONTROLLER = Symbol.for('fake-wx.controller')

/** A hand-built log of calls each ending with one result entry (see synthetic-log.ts for the brand contract). */
function logOf(results: readonly { api: string; type: 'return' | 'reject' | 'resolve'; result: Record<string, unknown> }[]) {
  const entries: LogEntry[] = []
  for (const { api, type, result } of results) {
    const call = { type: 'call', id: entries.length + 1, api, args: undefined, style: type === 'return' ? 'sync' : 'promise', tap: false } as const
    entries.push(call, { type, id: entries.length + 2, call: call.id, result })
  }
  const log = { entries }
  const controller = { wx: Object.fromEntries(results.map(({ api }) => [api, () => undefined])), log, scopeState: () => 'unasked' }
  Object.defineProperty(controller, CONTROLLER, { value: controller })
  Object.defineProperty(log, CONTROLLER, { value: controller })
  return log
}

/** The lines after "Received: " up to the blank line. */
function receivedOf(message: string): string[] {
  const start = message.indexOf('Received: ') + 'Received: '.length
  return message
    .slice(start, message.indexOf('\n\n', start))
    .split('\n')
    .map((line) => line.trim())
}

function timelineCalls(message: string): string[] {
  const timeline = message.slice(message.indexOf('\nTimeline:\n'))
  return timeline.split('\n').filter((line) => /^ {2}[#(]/.test(line)).map((line) => line.trim())
}

/** #1 getSetting succeeds, #2 getLocation is refused, #3 chooseMedia is cancelled. */
async function mixedEndings(): Promise<void> {
  user.willDeny('scope.userLocation').willCancel('chooseMedia')
  await wx.getSetting({})
  await wx.getLocation({}).catch(() => undefined)
  await wx.chooseMedia({ sourceType: ['album'] }).catch(() => undefined)
}

describe('a synchronous API', () => {
  it('succeeded when it returned, whatever it returned, unless its errMsg says :fail', async () => {
    const fake = fresh()
    fake.wx.getAppAuthorizeSetting!()
    expect(fake.wx.getAppAuthorizeSetting).toHaveSucceeded()
    expect(failureOf(() => expect(fake.wx.getAppAuthorizeSetting).not.toHaveSucceeded())).toContain('Received: #1 wx.getAppAuthorizeSetting succeeded\n')
    expect(failureOf(() => expect(fake.wx.getAppAuthorizeSetting).toHaveFailedWithAuthDeny())).toContain(
      'Received: #1 wx.getAppAuthorizeSetting succeeded\n',
    )
    const log = logOf([
      { api: 'getSystemSetting', type: 'return', result: { errMsg: 'getSystemSetting:ok' } },
      { api: 'getAppAuthorizeSetting', type: 'return', result: { errMsg: 'getAppAuthorizeSetting:fail auth deny' } },
      { api: 'getWindowInfo', type: 'return', result: { errMsg: 42 } },
    ])
    expect(log).toHaveSucceeded('getSystemSetting')
    expect(log).toHaveSucceeded('getWindowInfo')
    expect(log).not.toHaveSucceeded('getAppAuthorizeSetting')
    expect(log).toHaveFailedWithAuthDeny('getAppAuthorizeSetting')
  })

  it('a rejection is a failure whatever its errMsg', () => {
    const log = logOf([{ api: 'getLocation', type: 'reject', result: { errMsg: 'getLocation:ok' } }])
    expect(log).not.toHaveSucceeded('getLocation')
  })
})

describe('toHaveSucceeded messages', () => {
  it('name the API in what was expected', async () => {
    await mixedEndings()
    expect(failureOf(() => expect(wx.getLocation).toHaveSucceeded())).toContain('Expected: a call of wx.getLocation succeeding\n')
    expect(failureOf(() => expect(wx).not.toHaveSucceeded())).toContain('Expected: no call succeeding\n')
  })

  it('list every call of any API when none succeeded', async () => {
    user.willDeny('scope.userLocation')
    await wx.getLocation({}).catch(() => undefined)
    const message = failureOf(() => expect(wx).toHaveSucceeded())
    expect(receivedOf(message)).toEqual(["#1 wx.getLocation failed 'getLocation:fail auth deny'"])
  })

  it('after a success, list only the calls that succeeded', async () => {
    await mixedEndings()
    expect(receivedOf(failureOf(() => expect(wx).not.toHaveSucceeded()))).toEqual(["#1 wx.getSetting succeeded 'getSetting:ok'"])
  })

  it('say an API was not called', () => {
    expect(failureOf(() => expect(wx.openSetting).toHaveSucceeded())).toContain('Received: wx.openSetting was not called\n')
  })

  it('repeat the API argument in the hint', async () => {
    await mixedEndings()
    expect(failureOf(() => expect(wx).toHaveSucceeded('chooseMedia')).split('\n')[0]).toBe("expect(wx).toHaveSucceeded('chooseMedia')")
    expect(failureOf(() => expect(wx.chooseMedia).toHaveSucceeded()).split('\n')[0]).toBe('expect(wx.chooseMedia).toHaveSucceeded()')
  })
})

describe('failure matcher messages', () => {
  it('with no API named, list and show only the calls that failed, not those still pending', async () => {
    await mixedEndings()
    const pending = wx.getLocation({}).catch(() => undefined)
    const message = failureOf(() => expect(wx).toHaveFailedWithSystemDeny())
    expect(receivedOf(message)).toEqual([
      "#2 wx.getLocation failed 'getLocation:fail auth deny'",
      "#3 wx.chooseMedia failed 'chooseMedia:fail cancel'",
    ])
    expect(timelineCalls(message)).toEqual(['#2 wx.getLocation()', "#3 wx.chooseMedia({ sourceType: ['album'] })", '(2 other calls not shown)'])
    await pending
  })

  it('after a hit, list only the hits', async () => {
    await mixedEndings()
    expect(receivedOf(failureOf(() => expect(wx).not.toHaveFailedWithAuthDeny()))).toEqual(["#2 wx.getLocation failed 'getLocation:fail auth deny'"])
  })

  it('say no call failed, or that nothing was called', async () => {
    expect(failureOf(() => expect(wx).toHaveFailedWithAuthDeny())).toContain('Received: no wx call\n')
    await wx.getSetting({})
    expect(failureOf(() => expect(wx).toHaveFailedWithAuthDeny())).toContain('Received: no call failed\n')
  })

  it('repeat the API argument in the hint', async () => {
    await mixedEndings()
    expect(failureOf(() => expect(wx).toHaveFailedWithAuthDeny('chooseMedia')).split('\n')[0]).toBe("expect(wx).toHaveFailedWithAuthDeny('chooseMedia')")
    expect(failureOf(() => expect(wx.chooseMedia).toHaveFailedWithAuthDeny()).split('\n')[0]).toBe('expect(wx.chooseMedia).toHaveFailedWithAuthDeny()')
  })
})

describe('a problem logged with no call', () => {
  it('is skipped by the call matchers', async () => {
    const fake = await problemWithNoCall()
    expect(fake.wx.getLocation).not.toHaveSucceeded()
    expect(fake.wx.getLocation).not.toHaveFailedWithAuthDeny()
    expect(fake.wx).not.toHaveFailedWithAuthDeny()
  })
})
