/**
 * What wx.scanCode does (its record is in ../apis/pickers.ts): the user scans what the script says, or closes
 * the scanner; unscripted, `onUnscriptedPrompt` decides. Rule: SCAN-CODE-RESULT.
 */
import { fail, type Call, type Pause } from '../../../api-record'
import { unscriptedAnswer } from '../../../gates/unscripted'
import type { ScanScript } from '../../../user'

const SCANNED = new WeakMap<Call, ScanScript>()

/** The scanner: the user scans what the script says, or closes it; unscripted, `onUnscriptedPrompt` decides. */
export function scan(call: Call): Pause {
  return (next) => {
    const { engine } = call
    const popup = engine.log.add({ type: 'popup', call: call.id, kind: 'picker', api: call.api })
    engine.scheduler.defer(() => {
      const close = (by: 'script' | 'policy'): void => {
        engine.log.add({ type: 'answer', call: call.id, popup: popup.id, answer: 'cancel', by })
        next(fail('cancel'))
      }
      if (engine.user.pickers.take(call.api) === 'cancel') return close('script')
      let scanned = engine.user.scans.take()
      const by = scanned === undefined ? 'policy' : 'script'
      if (scanned === undefined) {
        const message = `wx.scanCode opened the scanner, but the test scripted nothing to scan.\nAdd one before the code runs:\n  user.willScan('https://example.com/p/1')\n  // or: user.willCancel('scanCode')`
        if (unscriptedAnswer(engine, call, message) !== 'allow') return close('policy')
        scanned = seededBarcode(call)
      }
      SCANNED.set(call, scanned)
      engine.log.add({ type: 'answer', call: call.id, popup: popup.id, answer: 'choose', by, detail: { result: scanned.result } })
      next()
    })
  }
}

/** A product barcode (EAN-13, Chinese prefix 690-699) with its check digit. */
function seededBarcode(call: Call): ScanScript {
  const digits = `69${call.engine.data.int(0, 9)}${String(call.engine.data.int(0, 999_999_999)).padStart(9, '0')}`
  let sum = 0
  for (let i = 0; i < 12; i++) sum += Number(digits[i]) * (i % 2 === 0 ? 1 : 3)
  return { result: `${digits}${(10 - (sum % 10)) % 10}`, scanType: 'EAN_13', charSet: 'utf-8', path: undefined }
}

/** The success data of the scan this call made. */
export function scanResult(call: Call): object {
  const scanned = SCANNED.get(call)!
  return scanResultOf(scanned)
}

function scanResultOf(scanned: ScanScript): object {
  return {
    result: scanned.result,
    scanType: scanned.scanType,
    charSet: scanned.charSet,
    // "原始数据，base64编码".
    rawData: Buffer.from(scanned.result, 'utf8').toString('base64'),
    ...(scanned.path !== undefined && { path: scanned.path }),
  }
}
