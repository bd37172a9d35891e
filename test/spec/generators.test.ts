/**
 * The result generators (src/data/generators.ts) with a draw that always answers the lowest or the highest
 * value it may: the ends of each range, and how a city's names and coordinates become an address.
 */
import { CITIES, CITY_RADIUS, type City } from '../../src/data/cities'
import { toCoordinateType } from '../../src/data/gcj02'
import {
  generateAddress,
  generateFuzzyLocation,
  generateInvoiceTitle,
  generateLocation,
  generatePhoto,
  generatePlace,
  generatePoi,
  generateUserInfo,
  generateUserInfoResult,
  generateVideo,
} from '../../src/data/generators'
import type { Draw } from '../../src/data/random'

const HANGZHOU: City = {
  province: '浙江省',
  name: '杭州市',
  code: 330100,
  phoneAreaCode: '0571',
  latitude: 30,
  longitude: 120,
  elevation: 10,
  counties: [{ name: '滨江新区', street: '西兴街道', postalCode: '310051', code: '330108' }],
  roads: ['江南大道'],
}
const SHANGHAI: City = { ...HANGZHOU, province: '上海市', name: '上海市', counties: [{ name: '黄浦区', street: '外滩街道', postalCode: '200001', code: '310101' }], roads: ['中山东一路'] }

/** Every int at one end of its range; every pick the first item, or `city` for a city. */
function draw(end: 'min' | 'max', city: City = HANGZHOU): Draw {
  return {
    int: (min, max) => (end === 'min' ? min : max),
    pick: <T>(items: readonly T[]): T => (items === (CITIES as unknown) ? (city as T) : items[0]!),
    fullName: () => '张三',
    lastName: () => '张',
    firstName: () => '三',
  }
}

describe('generators at the ends of their ranges', () => {
  it('getLocation: within the radius either side of the city, altitude within 5 m of its elevation', () => {
    const low = generateLocation(draw('min'), 'wgs84', true)
    const high = generateLocation(draw('max'), 'wgs84', true)
    const first = CITIES[0]!
    const last = CITIES[CITIES.length - 1]!
    expect(low.latitude).toBeLessThan(first.latitude)
    expect(low.longitude).toBeLessThan(first.longitude)
    expect(high.latitude).toBeGreaterThan(last.latitude)
    expect(high.longitude).toBeGreaterThan(last.longitude)
    expect(low.altitude).toBe(first.elevation - 5)
    expect(high.altitude).toBe(last.elevation + 5)
  })

  it('fuzzy location: the city’s area, rounded to two decimals', () => {
    const r = CITY_RADIUS / 1e6
    const round2 = (n: number) => Math.round(n * 100) / 100
    expect(generateFuzzyLocation(draw('min'), 'wgs84')).toEqual({ latitude: round2(30 - r), longitude: round2(120 - r) })
    expect(generateFuzzyLocation(draw('max'), 'wgs84')).toEqual({ latitude: round2(30 + r), longitude: round2(120 + r) })
  })

  it('a chosen place is in gcj02, with the province, city, county and road', () => {
    const place = generatePlace(draw('max'), HANGZHOU)
    const r = CITY_RADIUS / 1e6
    const expected = toCoordinateType('gcj02', { latitude: 30 + r, longitude: 120 + r }, HANGZHOU)
    expect(place.latitude).toBeCloseTo(expected.latitude, 6)
    expect(place.longitude).toBeCloseTo(expected.longitude, 6)
    expect(place.address).toBe('浙江省杭州市滨江新区江南大道999号')
    expect(place.name).toBe('张记面馆')
    expect(generatePlace(draw('max'), SHANGHAI).address).toBe('上海市黄浦区中山东一路999号')
  })

  it('a POI is the city itself one time in five, at its gcj02 centre', () => {
    const centre = toCoordinateType('gcj02', HANGZHOU)
    expect(generatePoi(draw('min'))).toEqual({
      type: 1,
      city: 330100,
      name: '杭州市',
      address: '浙江省杭州市',
      latitude: Math.round(centre.latitude * 1e6) / 1e6,
      longitude: Math.round(centre.longitude * 1e6) / 1e6,
    })
    expect(generatePoi(draw('max')).type).toBe(2)
  })

  it('an address counts floors 1-30 and units 1-4 into the room number', () => {
    expect(generateAddress(draw('min')).detailInfoNew).toBe('江南大道1号1栋101室')
    expect(generateAddress(draw('max')).detailInfoNew).toBe('江南大道999号12栋3004室')
  })

  it('an invoice title is personal one time in four, with the company fields empty', () => {
    expect(generateInvoiceTitle(draw('min'))).toEqual({ type: 1, title: '张三', taxNumber: '', companyAddress: '', telephone: '', bankName: '', bankAccount: '' })
  })

  it('a company invoice title uses the short city name, the district without 新区, and the address', () => {
    const title = generateInvoiceTitle(draw('max'))
    expect(title).toMatchObject({
      type: 0,
      title: '杭州三网络科技有限公司',
      companyAddress: '浙江省杭州市滨江新区江南大道999号',
      telephone: '0571-89999999',
      bankName: '中国工商银行杭州滨江支行',
    })
    expect(title.taxNumber).toMatch(/^91330108[0-9A-Z]{10}$/)
    expect(generateInvoiceTitle(draw('max', SHANGHAI)).bankName).toBe('中国工商银行上海黄浦支行')
  })

  it('real user info shortens the province and the city', () => {
    expect(generateUserInfo(draw('max'), 'real')).toMatchObject({ country: '中国', province: '浙江', city: '杭州', gender: 2 })
  })

  it('the encrypted user data is the padded JSON plus ~160 bytes, in 16-byte blocks', () => {
    const res = generateUserInfoResult(draw('max'), 'real')
    const blocks = Math.ceil((Buffer.byteLength(res.rawData) + 160) / 16)
    expect(Buffer.from(res.encryptedData, 'base64')).toHaveLength(blocks * 16)
  })

  it('a video’s size is its duration times its bit rate; a photo has no thumbnail', () => {
    expect(generateVideo(draw('min'))).toMatchObject({ duration: 3, size: 1_200_000, fileType: 'video', thumbTempFilePath: expect.stringMatching(/\.jpg$/) })
    expect(generateVideo(draw('max'))).toMatchObject({ duration: 60, size: 72_000_000 })
    expect(generatePhoto(draw('min'))).toMatchObject({ duration: 0, thumbTempFilePath: '', fileType: 'image' })
  })
})
