/** The page a picker opens, in the log: the popup names the API; a scripted close, or the default pick. */
import { fresh, outcome } from '../../support/fixtures'

const pickerLog = (fake: ReturnType<typeof fresh>) =>
  fake.log.entries.flatMap((e) => (e.type === 'popup' && e.kind === 'picker' ? [['popup', e.api]] : e.type === 'answer' ? [['answer', e.answer, e.by]] : []))

describe('the picker page in the log', () => {
  // rule: ERRMSG-PICKER-CANCEL
  it('a scripted close is the script’s cancel; otherwise the user picks by default', async () => {
    const fake = fresh()
    fake.user.willCancel('chooseInvoiceTitle', { once: true })
    expect((await outcome(fake.wx.chooseInvoiceTitle!()))[1].errMsg).toBe('chooseInvoiceTitle:fail cancel')
    expect((await outcome(fake.wx.chooseInvoiceTitle!()))[1].errMsg).toBe('chooseInvoiceTitle:ok')
    expect(pickerLog(fake)).toEqual([
      ['popup', 'chooseInvoiceTitle'],
      ['answer', 'cancel', 'script'],
      ['popup', 'chooseInvoiceTitle'],
      ['answer', 'choose', 'policy'],
    ])
  })
})
