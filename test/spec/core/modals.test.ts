/** wx.showModal and wx.showActionSheet: what the log shows of the popup, and scripts the popup cannot honour. */
import { fresh, outcome } from '../../support/fixtures'

const answers = (fake: ReturnType<typeof fresh>) =>
  fake.log.entries.filter((e) => e.type === 'answer').map(({ answer, by, detail }) => ({ answer, by, ...(detail && { detail }) }))

describe('wx.showModal', () => {
  it('logs the fields the popup shows, and no others', async () => {
    const fake = fresh()
    fake.user.willConfirmModal()
    await fake.wx.showModal!({
      title: '提示',
      content: '需要授权',
      showCancel: true,
      cancelText: '不要',
      cancelColor: '#000000',
      confirmText: '好的',
      confirmColor: '#ffffff',
      editable: false,
      placeholderText: '请输入',
    })
    expect(fake.log.modals().map((m) => m.options)).toEqual([
      { title: '提示', content: '需要授权', showCancel: true, cancelText: '不要', confirmText: '好的', editable: false, placeholderText: '请输入' },
    ])
    expect(answers(fake)).toEqual([{ answer: 'confirm', by: 'script' }])
  })

  // rule: MODAL-RESULT
  it('an editable modal also returns the content typed (none)', async () => {
    const fake = fresh()
    fake.user.willConfirmModal()
    await expect(fake.wx.showModal!({ title: '备注', editable: true })).resolves.toEqual({ errMsg: 'showModal:ok', confirm: true, cancel: false, content: '' })
    await expect(fake.wx.showModal!({ title: '备注', editable: false })).resolves.toEqual({ errMsg: 'showModal:ok', confirm: true, cancel: false })
  })

  it('a scripted cancel on a modal without a cancel button confirms, and is reported', async () => {
    const fake = fresh()
    fake.user.willCancelModal()
    await expect(fake.wx.showModal!({ title: '提示', showCancel: false })).resolves.toEqual({ errMsg: 'showModal:ok', confirm: true, cancel: false })
    expect(answers(fake)).toEqual([{ answer: 'confirm', by: 'policy' }])
    expect(fake.log.problems().map((p) => [p.kind, p.message])).toEqual([
      [
        'unscripted-prompt',
        'user.willCancelModal() was scripted, but the modal of wx.showModal has no cancel button (showCancel: false); the user can only confirm.',
      ],
    ])
  })

  it('a scripted cancel with the cancel button shown cancels; a scripted confirm without one confirms', async () => {
    const fake = fresh()
    fake.user.willCancelModal({ once: true }).willConfirmModal({ once: true })
    await expect(fake.wx.showModal!({ title: '提示', showCancel: true })).resolves.toEqual({ errMsg: 'showModal:ok', confirm: false, cancel: true })
    await expect(fake.wx.showModal!({ title: '提示', showCancel: false })).resolves.toEqual({ errMsg: 'showModal:ok', confirm: true, cancel: false })
    expect(answers(fake)).toEqual([
      { answer: 'cancel', by: 'script' },
      { answer: 'confirm', by: 'script' },
    ])
    expect(fake.log.problems()).toEqual([])
  })

  it('unscripted: the message names the title, else the content; the policy answer is logged', async () => {
    const fake = fresh({ onUnscriptedPrompt: 'error' })
    await fake.wx.showModal!({ title: '标题', content: '内容' })
    await fake.wx.showModal!({ content: '只有内容' })
    await fake.wx.showModal!({})
    expect(fake.log.problems().map((p) => p.message)).toEqual([
      'wx.showModal showed "标题", but the test scripted no answer.\nAdd one before the code runs:\n  user.willConfirmModal()\n  // or: user.willCancelModal()',
      'wx.showModal showed "只有内容", but the test scripted no answer.\nAdd one before the code runs:\n  user.willConfirmModal()\n  // or: user.willCancelModal()',
      'wx.showModal showed "", but the test scripted no answer.\nAdd one before the code runs:\n  user.willConfirmModal()\n  // or: user.willCancelModal()',
    ])
    expect(answers(fake)).toEqual([
      { answer: 'cancel', by: 'policy' },
      { answer: 'cancel', by: 'policy' },
      { answer: 'cancel', by: 'policy' },
    ])
  })
})

describe('wx.showActionSheet', () => {
  // rule: ACTIONSHEET-RESULT
  it('logs the items shown, and the item chosen', async () => {
    const fake = fresh()
    fake.user.willChooseAction(1)
    await expect(fake.wx.showActionSheet!({ itemList: ['拍照', '相册', '取消收藏'], itemColor: '#000000' })).resolves.toEqual({
      errMsg: 'showActionSheet:ok',
      tapIndex: 1,
    })
    expect(fake.log.modals().map((m) => m.options)).toEqual([{ itemList: ['拍照', '相册', '取消收藏'] }])
    expect(answers(fake)).toEqual([{ answer: 'choose', by: 'script', detail: { tapIndex: '1' } }])
  })

  // rule: ERRMSG-ACTIONSHEET-CANCEL
  it('a scripted cancel is logged without a tapIndex', async () => {
    const fake = fresh()
    fake.user.willCancelActionSheet()
    expect(await outcome(fake.wx.showActionSheet!({ itemList: ['a', 'b'] }))).toEqual(['rejected', { errMsg: 'showActionSheet:fail cancel' }])
    expect(answers(fake)).toEqual([{ answer: 'cancel', by: 'script' }])
  })

  it('a scripted index past the last item cancels, and is reported; the last item itself can be chosen', async () => {
    const fake = fresh()
    fake.user.willChooseAction(2, { once: true }).willChooseAction(1, { once: true })
    expect(await outcome(fake.wx.showActionSheet!({ itemList: ['a', 'b'] }))).toEqual(['rejected', { errMsg: 'showActionSheet:fail cancel' }])
    expect(await outcome(fake.wx.showActionSheet!({ itemList: ['a', 'b'] }))).toEqual(['resolved', { errMsg: 'showActionSheet:ok', tapIndex: 1 }])
    expect(fake.log.problems().map((p) => [p.kind, p.message])).toEqual([
      ['unscripted-prompt', 'user.willChooseAction(2) was scripted, but the action sheet has only 2 items.'],
    ])
    expect(answers(fake)).toEqual([
      { answer: 'cancel', by: 'script' },
      { answer: 'choose', by: 'script', detail: { tapIndex: '1' } },
    ])
  })
})
