import type { LogEntry } from 'fake-wx'
import serializer, { printTimeline } from 'fake-wx/serializer'
import { renderTimeline } from '../../../src/serializer/timeline'
import { fresh } from '../../support/fixtures'

const CONTROLLER = Symbol.for('fake-wx.controller')
const HOST = Symbol.for('fake-wx.host')

/** A hand-built log (the brand contract of src/brand.ts), with a real fake's labels when `labelled`. */
function logOf(entries: readonly object[], labelled = false): { readonly entries: readonly LogEntry[] } {
  const log = { entries: entries as LogEntry[] }
  const controller: Record<PropertyKey, unknown> = { log }
  if (labelled) controller[HOST] = (fresh() as unknown as Record<symbol, unknown>)[HOST]
  Object.defineProperty(controller, CONTROLLER, { value: controller })
  Object.defineProperty(log, CONTROLLER, { value: controller })
  return log
}

const call = (id: number, api: string, args: unknown = undefined) => ({ type: 'call', id, api, args, style: 'promise', tap: false })

describe('timeline lines', () => {
  it('print a mocked call with several arguments as an argument list, with one as that argument', () => {
    const fake = fresh()
    fake.mockWxMethod('login', () => undefined)
    fake.wx.login!('a', { b: 1 })
    fake.wx.login!({ timeout: 1 })
    expect(printTimeline(fake.log)).toBe("#1 wx.login('a', { b: 1 }) [mocked]\n#2 wx.login({ timeout: 1 }) [mocked]")
  })

  it('wrap a wide argument of a mocked call from the start of the line', () => {
    const fake = fresh()
    fake.mockWxMethod('login', () => undefined)
    const wide = { a: 'x'.repeat(40), b: 'y'.repeat(40), c: 'z'.repeat(30) }
    fake.wx.login!('a', wide)
    expect(printTimeline(fake.log)).toBe(`#1 wx.login('a', {\n  a: '${'x'.repeat(40)}',\n  b: '${'y'.repeat(40)}',\n  c: '${'z'.repeat(30)}',\n}) [mocked]`)
  })

  it('print what a synchronous API returned', () => {
    const fake = fresh()
    fake.wx.getAppAuthorizeSetting!()
    expect(printTimeline(fake.log).split('\n').slice(0, 3)).toEqual(['#1 wx.getAppAuthorizeSetting()', '  return {', "    bluetoothAuthorized: 'authorized',"])
  })

  it('name the picker page a picker API opened', async () => {
    const fake = fresh()
    fake.user.willCancel('chooseMedia')
    await fake.wx.chooseMedia!({ sourceType: ['album'] }).catch(() => undefined)
    expect(printTimeline(fake.log).split('\n')[1]).toBe('  picker page of wx.chooseMedia')
  })

  it('print the subscribe panel with its templates and the answer for each', async () => {
    const fake = fresh()
    fake.user.willSubscribe({ t1: 'accept', t2: 'reject' })
    await fake.user.tap(() => fake.wx.requestSubscribeMessage!({ tmplIds: ['t1', 't2'] }))
    expect(printTimeline(fake.log).split('\n').slice(1, 3)).toEqual(["  subscribe panel ['t1', 't2']", "  user answers the subscribe panel { t1: 'accept', t2: 'reject' }"])
  })

  it('name a modal by its title, else its content, else say it was shown', async () => {
    const fake = fresh()
    fake.user.willConfirmModal().willConfirmModal().willConfirmModal().willConfirmModal()
    await fake.wx.showModal!({ title: 'Location', content: 'Allow?' })
    await fake.wx.showModal!({ title: '', content: 'Allow?' })
    await fake.wx.showModal!({ content: 'Allow now?' })
    await fake.wx.showModal!({})
    const modals = printTimeline(fake.log)
      .split('\n')
      .filter((line) => line.startsWith('  modal'))
    expect(modals).toEqual(["  modal 'Location'", "  modal 'Allow?'", "  modal 'Allow now?'", '  modal shown'])
  })

  it('list every change of a settings visit, and the scopes the page did not list', async () => {
    const fake = fresh()
    fake.user.hasAllowed('scope.camera').hasDenied('scope.record')
    fake.user.inSettings.willDisable('scope.camera').willEnable('scope.record')
    await fake.user.tapOpenSettingButton()
    fake.user.inSettings.willEnable('scope.werun').willEnable('scope.addPhoneContact')
    await fake.user.tapOpenSettingButton()
    const visits = printTimeline(fake.log)
      .split('\n')
      .filter((line) => line.startsWith('  settings page'))
    expect(visits).toEqual([
      '  settings page: scope.camera granted → denied, scope.record denied → granted',
      '  settings page: no change; not listed (never asked): scope.werun, scope.addPhoneContact',
    ])
  })

  it('print a problem no call caused on a line of its own, its first line only', async () => {
    const fake = fresh()
    const recorder = fake.wx.getRecorderManager!() as { onStop(listener: () => void): void; start(options: object): void; stop(): void }
    recorder.onStop(() => {
      const error = new Error('the app listener broke')
      error.stack = 'Error: the app listener broke'
      throw error
    })
    fake.user.willAllow('scope.record')
    recorder.start({})
    await fake.settled()
    recorder.stop()
    await fake.settled()
    const lines = printTimeline(fake.log).split('\n')
    expect(lines).toContain('problem: an app callback threw: Error: the app listener broke')
  })

  it('resume a call under a "(continued)" header after a problem line', () => {
    const log = logOf([call(1, 'getLocation'), { type: 'problem', id: 2, call: undefined, kind: 'waiting', message: 'first\nsecond' }, { type: 'complete', id: 3, call: 1 }])
    expect(printTimeline(log)).toBe('#1 getLocation()\nproblem: first\n#1 getLocation (continued)\n  complete')
  })

  it('print an entry whose call is not in the log under a header that says so', () => {
    expect(printTimeline(logOf([{ type: 'complete', id: 1, call: 7 }]))).toBe('#? (call 7 is not in the log)\n  complete')
  })

  it('print entries and answers they do not know as their fields', () => {
    const log = logOf([
      call(1, 'getLocation'),
      { type: 'popup', id: 2, call: 1, kind: 'sheet', items: ['a'] },
      { type: 'answer', id: 3, call: 1, popup: 2, answer: 'skip', by: 'script' },
      { type: 'vibrate', id: 4, call: 1, strength: 2 },
    ])
    expect(printTimeline(log)).toBe("#1 getLocation()\n  popup { kind: 'sheet', items: ['a'] }\n  user: skip\n  vibrate { strength: 2 }")
  })

  it("print a promise-style call's options as one value, even an array", () => {
    expect(printTimeline(logOf([call(1, 'getLocation', [1, 2])]))).toBe('#1 getLocation([1, 2])')
  })

  it('print a component with its arguments after its tag, and name calls by API when the log has no labels', () => {
    const entries = [call(1, 'insertCamera', { devicePosition: 'back' })]
    expect(printTimeline(logOf(entries, true))).toBe("#1 <camera> { devicePosition: 'back' }")
    expect(printTimeline(logOf(entries))).toBe("#1 insertCamera({ devicePosition: 'back' })")
  })

  it('wrap arguments and results that would pass 100 columns, counting the header or event word before them', () => {
    // '#1 getLocation(' is 15 columns: 85 more fit, 86 do not.
    const fits = { a: 'x'.repeat(40), b: 'y'.repeat(29) }
    const wraps = { a: 'x'.repeat(40), b: 'y'.repeat(30) }
    expect(printTimeline(logOf([call(1, 'getLocation', fits)]))).toBe(`#1 getLocation({ a: '${'x'.repeat(40)}', b: '${'y'.repeat(29)}' })`)
    expect(printTimeline(logOf([call(1, 'getLocation', wraps)]))).toBe(`#1 getLocation({\n  a: '${'x'.repeat(40)}',\n  b: '${'y'.repeat(30)}',\n})`)
    // '#1 <camera> ' and '  resolve ' are 12 and 10 columns.
    const camera = (b: number) => printTimeline(logOf([call(1, 'insertCamera', { a: 'x'.repeat(40), b: 'y'.repeat(b) })], true)).split('\n')[0]
    expect(camera(32)).toBe(`#1 <camera> { a: '${'x'.repeat(40)}', b: '${'y'.repeat(32)}' }`)
    expect(camera(33)).toBe('#1 <camera> {')
    const result = { errMsg: 'x:ok', a: 'x'.repeat(40), b: 'y'.repeat(18) }
    const resolve = (value: object) => printTimeline(logOf([call(1, 'getLocation'), { type: 'resolve', id: 2, call: 1, result: value }])).split('\n')[1]
    expect(resolve(result)).toBe(`  resolve { errMsg: 'x:ok', a: '${'x'.repeat(40)}', b: '${'y'.repeat(18)}' }`)
    expect(resolve({ ...result, b: 'y'.repeat(19) })).toBe('  resolve {')
  })
})

describe('the serializer plugin', () => {
  it('prints nothing for a value it does not print, and indents a nested timeline only when asked', () => {
    const fake = fresh()
    fake.wx.getAppAuthorizeSetting!()
    expect(serializer.serialize(42, {})).toBe('')
    expect(serializer.serialize(fake.log, {})).toBe(printTimeline(fake.log))
    expect(serializer.serialize(fake.log, {}, '    ').split('\n')[1]).toBe('      return {')
  })
})

describe('what the serializer prints', () => {
  it('only the log its brand points at, with an entries array', () => {
    const fake = fresh()
    const copyOfWx = { ...fake.wx, entries: [] }
    expect(serializer.test(copyOfWx)).toBe(false)
    const notALog = { entries: 'none' }
    const controller = { log: notALog }
    Object.defineProperty(controller, CONTROLLER, { value: controller })
    Object.defineProperty(notALog, CONTROLLER, { value: controller })
    expect(serializer.test(notALog)).toBe(false)
    expect(serializer.test(fake.log)).toBe(true)
  })
})

describe('renderTimeline', () => {
  it('says when no call matches the filter, and counts none hidden without one', () => {
    const entries = [call(1, 'getLocation'), call(2, 'getSetting')] as LogEntry[]
    expect(renderTimeline(entries, { calls: new Set([9]) })).toBe('(no matching wx calls)')
    expect(renderTimeline(entries, { calls: new Set([2]) })).toBe('#2 getSetting()\n(1 other call not shown)')
    expect(renderTimeline(entries)).toBe('#1 getLocation()\n#2 getSetting()')
    expect(renderTimeline([])).toBe('(no wx calls)')
  })
})
