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

/** Awaits a promise-style call and returns how it settled. */
export async function outcome(promise: unknown): Promise<['resolved' | 'rejected', WxResult]> {
  try {
    return ['resolved', (await promise) as WxResult]
  } catch (error) {
    return ['rejected', error as WxResult]
  }
}
