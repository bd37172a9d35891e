/** expect(wx).toHaveOpenedSetting(): the settings page was opened (by wx.openSetting or its button). */
import type { SettingsEntry } from '../src/log'
import { eventText } from '../src/serializer/event-line'
import type { MatcherContext, MatcherResult } from './context'
import { resolveReceiver } from './receiver'
import { RelevantCalls } from './relevance'
import { hint, message } from './report'
import { Endings, callName, isResult, scan, type CallRef } from './scan'

const NAME = 'toHaveOpenedSetting'

/** wx.openSetting needs tap state since base library 2.3.0 (rule TAP-OPENSETTING-REQUIRED): the commonest cause. */
const NO_TAP_NOTE =
  'wx.openSetting needs tap state: call it from the tap handler (user.tap) or from the success of wx.showModal, not from a fail callback or after a timer.'

export function toHaveOpenedSetting(this: MatcherContext, received: unknown): MatcherResult {
  const receiver = resolveReceiver(this, NAME, received)
  const visits: { call: CallRef; entry: SettingsEntry }[] = []
  // openSetting calls that did not open the page explain a failure best.
  const openSettingCalls = new Endings('openSetting')
  const relevant = new RelevantCalls()
  let refusedForTap = false
  const noTap = (errMsg: unknown): boolean =>
    Object.values(receiver.host.host.profiles).some((profile) => String(errMsg).endsWith(`:fail${profile.spellings['tap-gesture'].text}`))
  scan(receiver, (entry, call) => {
    if (call === undefined || (receiver.api !== undefined && call.api !== receiver.api)) return
    openSettingCalls.see(entry, call)
    if (call.api === 'openSetting') relevant.add(call)
    if (entry.type === 'settings') {
      visits.push({ call, entry })
      relevant.add(call)
    } else if (isResult(entry) && noTap(entry.result.errMsg)) {
      refusedForTap = true
    }
  })
  const pass = visits.length > 0
  const { EXPECTED_COLOR, RECEIVED_COLOR } = this.utils
  const receivedLines = (): string[] => {
    if (pass) return visits.map(({ call, entry }) => RECEIVED_COLOR(`opened by ${callName(call)}: ${eventText(entry, receiver.host.label).replace(/^settings page: /, '')}`))
    const calls = openSettingCalls.lines()
    if (calls.length === 0) return [RECEIVED_COLOR('no settings visit; wx.openSetting was not called')]
    return calls.map((line) => RECEIVED_COLOR(line))
  }
  return {
    pass,
    message: () =>
      message(hint(this, NAME, receiver.label), {
        expected: EXPECTED_COLOR(pass ? 'the settings page not to open' : 'the settings page to open'),
        received: receivedLines(),
        note: !pass && refusedForTap ? NO_TAP_NOTE : undefined,
        timeline: relevant.timeline(receiver),
      }),
  }
}
