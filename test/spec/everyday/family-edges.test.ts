/**
 * Edges of the everyday families: the toast and navigation bar state, the sizes values count toward the storage
 * limits when they come from the storage option or a batch, the keys a batch writes, and which fields the
 * device and launch readers leave out.
 */
import { fresh } from '../../support/fixtures'
import { timers } from '../../support/runner'

type Fn = (...args: unknown[]) => unknown
const wx = (fake: ReturnType<typeof fresh>) => fake.wx as unknown as Record<string, Fn>

describe('wx.showToast and the navigation bar', () => {
  // rule: UI-TOAST
  it('a toast shown without an image has no image field', () => {
    const fake = fresh()
    wx(fake).showToast!({ title: '已保存' })
    expect(Object.keys(fake.ui.toast!).sort()).toEqual(['duration', 'icon', 'mask', 'title'])
  })

  // rule: UI-TOAST-DURATION
  it('a toast hidden before its duration ends leaves nothing to hide when the duration ends', async () => {
    timers.useFakeTimers()
    try {
      const fake = fresh()
      wx(fake).showToast!({ title: '已保存', duration: 1000 })
      wx(fake).hideToast!()
      timers.advanceTimersByTime(1000)
      await fake.settled()
      expect(fake.ui.toast).toBeNull()
      expect(fake.log.problems()).toEqual([])
    } finally {
      timers.useRealTimers()
    }
  })

  it('hideNavigationBarLoading stops the loading and keeps the title', async () => {
    const fake = fresh()
    await wx(fake).setNavigationBarTitle!({ title: '订单' })
    await wx(fake).showNavigationBarLoading!()
    await wx(fake).hideNavigationBarLoading!()
    expect(fake.ui.navigationBar).toEqual(expect.objectContaining({ title: '订单', loading: false }))
  })
})

/** A string of `n` one-byte characters. */
const bytes = (n: number) => 'x'.repeat(n)

describe('storage sizes', () => {
  // rule: STORAGE-INFO-SIZES
  it('values of the storage option count their own bytes, not the encrypted growth', () => {
    const fake = fresh({ storage: { k: bytes(10 * 1024 - 1) } })
    expect(wx(fake).getStorageInfoSync!()).toEqual({ keys: ['k'], currentSize: 10, limitSize: 10240 })
  })

  // rule: STORAGE-INFO-SIZES, STORAGE-BATCH
  it('batchSetStorageSync counts the bytes of keys and values, not the encrypted growth', () => {
    const fake = fresh()
    wx(fake).batchSetStorageSync!([{ key: 'k', value: bytes(10 * 1024 - 1) }])
    expect(wx(fake).getStorageInfoSync!()).toEqual({ keys: ['k'], currentSize: 10, limitSize: 10240 })
  })

  // rule: STORAGE-BATCH
  it('a batch writes exactly the keys it lists', async () => {
    const fake = fresh()
    await wx(fake).batchSetStorage!({ kvList: [{ key: 'a', value: 1 }, { key: 'b', value: 'two' }] })
    wx(fake).batchSetStorageSync!([{ key: 'c', value: true }])
    expect((wx(fake).getStorageInfoSync!() as { keys: string[] }).keys).toEqual(['a', 'b', 'c'])
  })
})

describe('the fields of the device and launch readers', () => {
  // rule: SYSTEM-DEVICE-INFO
  it('the system option sets the brand', () => {
    expect((fresh({ platform: 'android', system: { brand: 'HUAWEI' } }).wx.getDeviceInfo!() as { brand: string }).brand).toBe('HUAWEI')
  })

  // rule: SYSTEM-DEVICE-ANDROID-ONLY
  it('on iOS the Android-only fields are absent, not undefined', () => {
    expect(Object.keys(fresh({ platform: 'ios' }).wx.getDeviceInfo!() as object).sort()).toEqual(['brand', 'memorySize', 'model', 'platform', 'system'])
  })

  // rule: APP-LAUNCH-OPTIONS
  it('getLaunchOptionsSync has shareTicket and chatType only when the app was opened from a share', () => {
    expect(Object.keys(fresh().wx.getLaunchOptionsSync!() as object).sort()).toEqual(['apiCategory', 'path', 'query', 'referrerInfo', 'scene'])
    const shared = fresh({ launchOptions: { scene: 1044, shareTicket: 't', chatType: 2 } }).wx.getLaunchOptionsSync!()
    expect(shared).toEqual(expect.objectContaining({ scene: 1044, shareTicket: 't', chatType: 2 }))
  })
})
