/**
 * Misuse of the toolkit gets an error that names the mistake and the fix (issue 6). The messages are
 * snapshotted so a change to any of them is reviewed.
 */
import { createFakeWx, fakeWx } from 'fake-wx'

function messageOf(misuse: () => unknown): string {
  try {
    misuse()
  } catch (error) {
    return (error as Error).message
  }
  throw new Error('expected a FakeWxError')
}

const fake = () => createFakeWx()

const MISUSES: Record<string, () => unknown> = {
  'unknown scope': () => fake().user.willDeny('scope.userLocaton' as never),
  'scope without its prefix': () => fake().user.willAllow('camera' as never),
  'scope of the wrong type': () => fake().user.willAllow(1 as never),
  'retired scope scripted': () => fake().user.willDeny('scope.invoiceTitle'),
  'mini-game scope': () => fake().user.hasAllowed('scope.gameClubData' as never),
  'bad { once } option': () => fake().user.willConfirmModal({ once: 1 } as never),
  'tap without a function': () => fake().user.tap('onTap' as never),
  'willCancel on an API without a picker': () => fake().user.willCancel('getLocation'),
  'willSubscribe with a bad answer': () => fake().user.willSubscribe({ t1: 'yes' as never }),
  'unknown option': () => createFakeWx({ platfrom: 'ios' } as never),
  'unknown platform': () => createFakeWx({ platform: 'harmony' as never }),
  'bad authSetting value': () => createFakeWx({ authSetting: { 'scope.camera': 1 as never } }),
  'fuzzy and precise location together': () => createFakeWx({ appJson: { requiredPrivateInfos: ['getFuzzyLocation', 'startLocationUpdate'] } }),
  'mock of an unknown API': () => fake().mockWxMethod('getLocaiton', () => undefined),
  'unmodelled API called': () => fake().wx.getSystemInfoSync!(),
  'installing over another wx': () => fake().install({ wx: {} }),
  'verify() after an unscripted popup': () => {
    const f = createFakeWx()
    f.log.add({ type: 'problem', call: 1, kind: 'unscripted-prompt', message: 'example problem: add user.willAllow(...)' })
    f.verify()
  },
}

it.each(Object.keys(MISUSES))('%s', (name) => {
  const message = messageOf(MISUSES[name]!)
  expect(message.startsWith('[fake-wx] ')).toBe(true)
  expect(message).toMatchSnapshot()
})

it('the default controller is left clean', () => {
  expect(fakeWx.log.entries).toEqual([])
})
