import { createFakeWx, type FakeWx, type FakeWxOptions, type WxResult } from 'fake-wx'

/** A fresh fake per test, so the core suite does not depend on the presets. */
export function fresh(options?: FakeWxOptions): FakeWx {
  return createFakeWx(options)
}

/** Calls `wx[api]` in callback style and collects what the callbacks received, in order. */
export function callWithCallbacks(fake: FakeWx, api: string, options: Record<string, unknown> = {}) {
  const events: [string, WxResult][] = []
  const returned = fake.wx[api]!({
    ...options,
    success: (res: WxResult) => events.push(['success', res]),
    fail: (res: WxResult) => events.push(['fail', res]),
    complete: (res: WxResult) => events.push(['complete', res]),
  })
  return { events, returned }
}

/** Calls `wx[api]` in callback style, waits until the fake has settled, and returns the callback that ran last. */
export async function settledCall(fake: FakeWx, api: string, options: Record<string, unknown>): Promise<[string, Record<string, unknown>]> {
  let out: [string, Record<string, unknown>] = ['none', {}]
  fake.wx[api]!({ ...options, success: (r: WxResult) => (out = ['success', r]), fail: (r: WxResult) => (out = ['fail', r]) })
  await fake.settled()
  return out
}

/** Awaits a promise-style call and returns how it settled. */
export async function outcome(promise: unknown): Promise<['resolved' | 'rejected', WxResult]> {
  try {
    return ['resolved', (await promise) as WxResult]
  } catch (error) {
    return ['rejected', error as WxResult]
  }
}

/** The whole message of a toolkit misuse, so that nothing can be appended to it unseen (toThrow(string) matches a part). */
export function messageOf(misuse: () => unknown): string {
  try {
    misuse()
  } catch (error) {
    return (error as Error).message
  }
  throw new Error('expected a FakeWxError')
}

/** Every WeChat scope in the order the toolkit's messages list them, written from the scope list. */
export const KNOWN_SCOPES =
  'scope.userLocation, scope.userFuzzyLocation, scope.userLocationBackground, scope.record, scope.camera, scope.bluetooth, scope.writePhotosAlbum, scope.addPhoneContact, scope.addPhoneCalendar, scope.werun, scope.userInfo, scope.address, scope.invoiceTitle, scope.invoice'

/** A fake whose log holds a problem no call caused: an app's recorder listener threw. */
export async function problemWithNoCall(): Promise<FakeWx> {
  const fake = fresh()
  const recorder = fake.wx.getRecorderManager!() as { onStop(listener: () => void): void; start(options: object): void; stop(): void }
  recorder.onStop(() => {
    throw new Error('the app listener broke')
  })
  fake.user.willAllow('scope.record')
  recorder.start({})
  await fake.settled()
  recorder.stop()
  await fake.settled()
  expect(fake.log.problems()).toEqual([expect.objectContaining({ kind: 'callback-threw', call: undefined })])
  return fake
}
