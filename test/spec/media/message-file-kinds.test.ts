/** wx.chooseMessageFile's type 'file': files other than pictures and videos. */
import { fresh, outcome } from '../../support/fixtures'

describe("wx.chooseMessageFile({ type: 'file' })", () => {
  // rule: PICKER-LIMITS
  it.each([['photo.jpg', 'an image'], ['clip.mp4', 'a video']])('the user cannot pick %s: it is %s', async (file, what) => {
    const fake = fresh()
    fake.user.willPick([file])
    expect((await outcome(fake.wx.chooseMessageFile!({ count: 1, type: 'file' })))[1].errMsg).toBe('chooseMessageFile:fail cancel')
    expect(fake.log.problems()[0]!.message).toContain(`'${file}' is ${what}`)
    fake.reset()
  })
})
