/**
 * What the log and the timeline keep of a picker page or the scanner: who answered (the script or the
 * onUnscriptedPrompt policy), how, and what was picked or scanned.
 */
import type { FakeWx, LogEntry, WxResult } from 'fake-wx'
import { printTimeline } from 'fake-wx/serializer'
import { fresh, outcome } from '../../support/fixtures'

/** The answer entries of the log, as they are (toStrictEqual: no extra keys, not even undefined ones). */
const answers = (fake: FakeWx): LogEntry[] => fake.log.entries.filter((entry) => entry.type === 'answer')

/** The answer entry of the one call (#1) and its popup (#2), with these fields; entry #3 when no problem was logged first. */
const answer = (fields: Record<string, unknown>, id = 3) => ({ type: 'answer', id, call: 1, popup: 2, ...fields })

describe('the picker pages', () => {
  // rule: ERRMSG-PICKER-CANCEL
  it('a scripted cancel: the user cancels, by the script, with no detail', async () => {
    const fake = fresh()
    fake.user.willCancel('chooseImage')
    expect(await outcome(fake.wx.chooseImage!({}))).toEqual(['rejected', { errMsg: 'chooseImage:fail cancel' }])
    expect(answers(fake)).toStrictEqual([answer({ answer: 'cancel', by: 'script' })])
    expect(printTimeline(fake.log).split('\n')).toContain('  user cancels')
  })

  // rule: ERRMSG-PICKER-CANCEL
  it('scripted files the picker cannot take: the picker is closed by the policy, and the test fails', async () => {
    const fake = fresh()
    fake.user.willPick(['a.jpg', 'b.jpg'])
    expect(await outcome(fake.wx.chooseImage!({ count: 1 }))).toEqual(['rejected', { errMsg: 'chooseImage:fail cancel' }])
    expect(answers(fake)).toStrictEqual([answer({ answer: 'cancel', by: 'policy' }, 4)])
    expect(fake.log.problems().map((problem) => problem.kind)).toEqual(['unscripted-prompt'])
    expect(printTimeline(fake.log).split('\n')).toContain('  user cancels (onUnscriptedPrompt)')
  })

  it('a picker that takes several kinds names them all when the script picks another', async () => {
    const fake = fresh()
    fake.user.willPick(['a.pdf'])
    await outcome(fake.wx.chooseMedia!({}))
    expect(fake.log.problems()[0]!.message).toBe(
      "user.willPick(...) was scripted, but wx.chooseMedia picks only image or video files and 'a.pdf' is a file; the user cannot pick that, so the picker is closed.",
    )
  })

  it("unscripted with 'allow': the policy chooses seeded files, named in the detail", async () => {
    const fake = fresh({ onUnscriptedPrompt: 'allow' })
    const { tempFilePaths } = (await fake.wx.chooseImage!({})) as unknown as { tempFilePaths: string[] }
    const name = tempFilePaths[0]!.slice('http://tmp/'.length)
    expect(answers(fake)).toStrictEqual([answer({ answer: 'choose', by: 'policy', detail: { files: name } })])
    expect(printTimeline(fake.log).split('\n')).toContain(`  user chooses { files: '${name}' } (onUnscriptedPrompt)`)
  })
})

describe('the scanner', () => {
  // rule: SCAN-CODE-RESULT
  it('a scripted scan: the user chooses it, by the script, with the result in the detail', async () => {
    const fake = fresh()
    fake.user.willScan('https://example.com/p/1')
    await fake.wx.scanCode!({})
    expect(answers(fake)).toStrictEqual([answer({ answer: 'choose', by: 'script', detail: { result: 'https://example.com/p/1' } })])
    expect(printTimeline(fake.log).split('\n')).toContain("  user chooses { result: 'https://example.com/p/1' }")
  })

  it("unscripted with 'allow': the policy chooses a seeded code", async () => {
    const fake = fresh({ onUnscriptedPrompt: 'allow' })
    const { result } = (await fake.wx.scanCode!({})) as WxResult
    expect(answers(fake)).toStrictEqual([answer({ answer: 'choose', by: 'policy', detail: { result } })])
  })

  it('unscripted: the policy closes the scanner', async () => {
    const fake = fresh()
    await outcome(fake.wx.scanCode!({}))
    expect(answers(fake)).toStrictEqual([answer({ answer: 'cancel', by: 'policy' }, 4)])
    expect(printTimeline(fake.log).split('\n')).toContain('  user cancels (onUnscriptedPrompt)')
  })

  // rule: SCAN-CODE-RESULT
  it('a code that is not of this mini program carries no path at all', async () => {
    const fake = fresh()
    fake.user.willScan('https://example.com/p/1')
    expect(Object.keys((await fake.wx.scanCode!({})) as WxResult).sort()).toEqual(['charSet', 'errMsg', 'rawData', 'result', 'scanType'])
  })

  // The seeded product barcode: EAN-13 ("69" and 11 more digits, the last the GS1 check digit), utf-8, whatever the seed.
  it("unscripted with 'allow': a valid 13-digit EAN-13 in utf-8 under every seed", async () => {
    for (let seed = 1; seed <= 40; seed++) {
      const fake = fresh({ onUnscriptedPrompt: 'allow', seed })
      const res = (await fake.wx.scanCode!({})) as WxResult
      const digits = String(res.result)
      expect([seed, digits]).toEqual([seed, expect.stringMatching(/^69\d{11}$/)])
      const sum = [...digits.slice(0, 12)].reduce((total, d, i) => total + Number(d) * (i % 2 === 0 ? 1 : 3), 0)
      expect([seed, Number(digits[12])]).toEqual([seed, (10 - (sum % 10)) % 10])
      expect([res.scanType, res.charSet]).toEqual(['EAN_13', 'utf-8'])
      expect(Object.keys(res)).not.toContain('path')
    }
  })
})
