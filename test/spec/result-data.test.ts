// Runs under Vitest (src) and Jest (src through the esbuild transform): globals only, no imports
// from a runner.
import { createResultData, type ResultData } from '../../src/data/result-data'

// Captured while the file is collected, before any test body runs, so test order cannot hide an
// eager load.

/** One call of every generator, in a fixed order. */
const CALLS: ((data: ResultData) => unknown)[] = [
  (d) => d.location('wgs84', false),
  (d) => d.userInfo('real'),
  (d) => d.address(),
  (d) => d.location('gcj02', true),
  (d) => d.fuzzyLocation('gcj02'),
  (d) => d.chosenLocation(),
  (d) => d.poi(),
  (d) => d.invoiceTitle(),
  (d) => d.invoice(),
  (d) => d.weRun(),
  (d) => d.userProfileResult('real'),
  (d) => d.userInfoResult('anonymous'),
  (d) => d.tempFilePath('jpg'),
  (d) => d.record(),
  (d) => d.media('image', 2),
  (d) => d.media('video'),
  (d) => d.clipboard(),
]

function mixedSequence(data: ResultData): unknown[] {
  return CALLS.map((call) => call(data))
}

const CHINA = { south: 18, north: 54, west: 73, east: 135 }
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/

function decimals(value: number): number {
  return String(value).split('.')[1]?.length ?? 0
}

function base64Bytes(value: string): number {
  expect(value).toMatch(BASE64)
  return Buffer.from(value, 'base64').length
}

describe('result data', () => {
  it('gives the same sequence for the same seed', () => {
    const first = mixedSequence(createResultData(42))
    const second = mixedSequence(createResultData(42))
    expect(second).toEqual(first)
  })

  it('gives different data for different seeds', () => {
    const a = mixedSequence(createResultData(1))
    const b = mixedSequence(createResultData(2))
    expect(b).not.toEqual(a)
    expect(b[2]).not.toEqual(a[2])
  })

  it('restarts the sequence on reseed', () => {
    const data = createResultData(5)
    const before = mixedSequence(data)
    data.reseed()
    expect(mixedSequence(data)).toEqual(before)
    data.reseed()
    expect(data.location('wgs84', false)).toEqual(before[0])
  })

  it('keeps instances with different seeds independent when interleaved', () => {
    const aloneA = mixedSequence(createResultData(11))
    const aloneB = mixedSequence(createResultData(12))
    const a = createResultData(11)
    const b = createResultData(12)
    const fromA: unknown[] = []
    const fromB: unknown[] = []
    for (const call of CALLS) {
      fromB.push(call(b))
      fromA.push(call(a))
    }
    expect(fromA).toEqual(aloneA)
    expect(fromB).toEqual(aloneB)
    b.reseed()
    expect(a.location('wgs84', false)).not.toEqual(aloneA[0])
    expect(b.location('wgs84', false)).toEqual(aloneB[0])
  })

  it('uses neither Math.random nor Date.now', () => {
    createResultData(0).address() // loads faker, whose module setup may use them; generation must not
    const { random } = Math
    const { now } = Date
    const forbidden = () => {
      throw new Error('nondeterministic source used')
    }
    Math.random = forbidden
    Date.now = forbidden
    try {
      expect(() => mixedSequence(createResultData(3))).not.toThrow()
    } finally {
      Math.random = random
      Date.now = now
    }
  })

  describe('location', () => {
    const data = createResultData(101)

    it('lies inside mainland China with 6 decimals and realistic accuracy', () => {
      for (let i = 0; i < 50; i++) {
        const loc = data.location(i % 2 ? 'gcj02' : 'wgs84', false)
        expect(loc.latitude).toBeGreaterThan(CHINA.south)
        expect(loc.latitude).toBeLessThan(CHINA.north)
        expect(loc.longitude).toBeGreaterThan(CHINA.west)
        expect(loc.longitude).toBeLessThan(CHINA.east)
        expect(decimals(loc.latitude)).toBeLessThanOrEqual(6)
        expect(decimals(loc.longitude)).toBeLessThanOrEqual(6)
        expect(loc.accuracy).toBeGreaterThan(0)
        expect(loc.accuracy).toBeLessThan(100)
        expect(loc.horizontalAccuracy).toBe(loc.accuracy)
        expect(loc.speed).toBeGreaterThanOrEqual(0)
        expect(loc.speed).toBeLessThan(5)
        expect(loc.altitude).toBe(0)
        expect(loc.verticalAccuracy).toBe(0)
      }
    })

    it('reports altitude and vertical accuracy only when asked', () => {
      const loc = data.location('wgs84', true)
      expect(loc.verticalAccuracy).toBeGreaterThan(0)
      expect(loc.altitude).toBeGreaterThan(-10)
      expect(loc.altitude).toBeLessThan(600)
    })

    it('shifts gcj02 a few hundred metres east of the same wgs84 point', () => {
      const wgs = createResultData(9)
      const gcj = createResultData(9)
      for (let i = 0; i < 20; i++) {
        const w = wgs.location('wgs84', false)
        const g = gcj.location('gcj02', false)
        expect(g.longitude - w.longitude).toBeGreaterThan(0.001)
        expect(g.longitude - w.longitude).toBeLessThan(0.01)
        expect(Math.abs(g.latitude - w.latitude)).toBeLessThan(0.01)
      }
    })

    it('rounds fuzzy locations to about a kilometre', () => {
      for (let i = 0; i < 20; i++) {
        const loc = data.fuzzyLocation('wgs84')
        expect(decimals(loc.latitude)).toBeLessThanOrEqual(2)
        expect(decimals(loc.longitude)).toBeLessThanOrEqual(2)
        expect(loc.latitude).toBeGreaterThan(CHINA.south)
        expect(loc.longitude).toBeGreaterThan(CHINA.west)
      }
    })

    it('returns chosen places and POIs with Chinese addresses', () => {
      const place = data.chosenLocation()
      expect(place.address).toMatch(/^[\u4e00-\u9fff]+\d+号$/)
      expect(place.name.length).toBeGreaterThan(1)
      const types = new Set<number>()
      for (let i = 0; i < 30; i++) {
        const poi = data.poi()
        types.add(poi.type)
        expect(String(poi.city)).toMatch(/^\d{6}$/)
        expect(poi.latitude).toBeGreaterThan(CHINA.south)
      }
      expect([...types].sort()).toEqual([1, 2])
    })
  })

  describe('address and invoices', () => {
    const data = createResultData(202)

    it('gives mainland mobile numbers, 6-digit postal and national codes', () => {
      for (let i = 0; i < 30; i++) {
        const a = data.address()
        expect(a.telNumber).toMatch(/^1[3-9]\d{9}$/)
        expect(a.postalCode).toMatch(/^\d{6}$/)
        expect(a.nationalCode).toMatch(/^\d{6}$/)
        expect(a.userName).toMatch(/^[\u4e00-\u9fff]{2,4}$/)
        expect(a.provinceName).toMatch(/[省市]$/)
        expect(a.cityName).toMatch(/市$/)
        expect(a.countyName).toMatch(/区$/)
        expect(a.detailInfo).toBe(a.streetName + a.detailInfoNew)
      }
    })

    it('fills company invoice titles and leaves personal ones mostly empty', () => {
      const seen = new Set<number>()
      for (let i = 0; i < 30; i++) {
        const t = data.invoiceTitle()
        seen.add(t.type)
        if (t.type === 0) {
          expect(t.title).toMatch(/公司$/)
          expect(t.taxNumber).toMatch(/^91\d{6}[0-9A-HJ-NP-RTUWXY]{10}$/)
          expect(t.telephone).toMatch(/^0\d{2,3}-\d{8}$/)
          expect(t.bankName).toMatch(/支行$/)
          expect(t.bankAccount).toMatch(/^\d{19}$/)
        } else {
          expect(t.title.length).toBeGreaterThan(1)
          expect([t.taxNumber, t.companyAddress, t.bankName, t.bankAccount]).toEqual(['', '', '', ''])
        }
      }
      expect([...seen].sort()).toEqual([0, 1])
    })

    it('encodes the chosen invoice as a JSON list of card references', () => {
      const [picked, ...rest] = JSON.parse(data.invoice().invoiceInfo) as Record<string, string>[]
      expect(rest).toEqual([])
      expect(picked?.card_id).toMatch(/^p[\w-]{27}$/)
      expect(base64Bytes(picked?.encrypt_code ?? '')).toBe(32)
      expect(picked?.app_id).toMatch(/^wx[0-9a-f]{16}$/)
    })
  })

  describe('user data', () => {
    const data = createResultData(303)

    it('returns exactly WeChat anonymous data for anonymous users', () => {
      expect(data.userInfo('anonymous')).toEqual({
        nickName: '微信用户',
        avatarUrl:
          'https://thirdwx.qlogo.cn/mmopen/vi_32/POgEwh4mIHO4nibH0KlMECNjjGxQUq24ZEaGT4poC6icRiccVGKSyXwibcPq4BWmiaIGuG1icwxaQX6grC9VemZoJ8rg/132',
        gender: 0,
        country: '',
        province: '',
        city: '',
        language: 'zh_CN',
      })
    })

    it('returns a Chinese name, qlogo avatar and a gender for real users', () => {
      const info = data.userInfo('real')
      expect(info.nickName).toMatch(/^[\u4e00-\u9fff]{2,4}$/)
      expect(info.avatarUrl).toMatch(/^https:\/\/thirdwx\.qlogo\.cn\/mmopen\/vi_32\/[A-Za-z0-9]+\/132$/)
      expect([1, 2]).toContain(info.gender)
      expect(info.country).toBe('中国')
      expect(info.province).not.toBe('')
      expect(info.language).toBe('zh_CN')
    })

    it('signs and encrypts user info results like WeChat', () => {
      for (const result of [data.userInfoResult('real'), data.userProfileResult('anonymous')]) {
        expect(result.rawData).toBe(JSON.stringify(result.userInfo))
        expect(result.signature).toMatch(/^[0-9a-f]{40}$/)
        expect(result.iv).toHaveLength(24)
        expect(base64Bytes(result.iv)).toBe(16)
        expect(base64Bytes(result.encryptedData) % 16).toBe(0)
        expect(result.cloudID).toMatch(/^\d{2}_[\w-]+$/)
      }
    })

    it('gives WeRun ciphertexts the size of a month of steps', () => {
      const run = data.weRun()
      const bytes = base64Bytes(run.encryptedData)
      expect(bytes % 16).toBe(0)
      expect(bytes).toBeGreaterThan(1000)
      expect(bytes).toBeLessThan(1500)
      expect(base64Bytes(run.iv)).toBe(16)
    })
  })

  describe('files', () => {
    const data = createResultData(404)

    it('uses devtools-style temp paths', () => {
      expect(data.tempFilePath('png')).toMatch(/^http:\/\/tmp\/[0-9a-f]{32}\.png$/)
      expect(data.record().tempFilePath).toMatch(/^http:\/\/tmp\/[0-9a-f]{32}\.silk$/)
      expect(data.tempFilePath('png')).not.toBe(data.tempFilePath('png'))
    })

    it('returns the requested number of media files of the requested type', () => {
      const photos = data.media('image', 3)
      expect(photos.type).toBe('image')
      expect(photos.tempFiles).toHaveLength(3)
      for (const file of photos.tempFiles) {
        expect(file.fileType).toBe('image')
        expect(file.tempFilePath).toMatch(/\.jpg$/)
        expect(file.width * file.height).toBeGreaterThan(1_000_000)
        expect(file.size).toBeGreaterThan(0)
      }
      const [video] = data.media('video').tempFiles
      expect(video?.tempFilePath).toMatch(/\.mp4$/)
      expect(video?.thumbTempFilePath).toMatch(/\.jpg$/)
      expect(video?.duration).toBeGreaterThan(0)
    })

    it('pastes a name, a phone number and an address from the clipboard', () => {
      expect(data.clipboard().data).toMatch(/^[\u4e00-\u9fff]{2,4} 1[3-9]\d{9} [\u4e00-\u9fff]+\d+号\d+栋\d+室$/)
    })
  })
})

describe('result data: each generator', () => {
  it('gives data of its own shape', () => {
    const data = createResultData(7)
    expect(Object.keys(data.fuzzyLocation('wgs84')).sort()).toEqual(['latitude', 'longitude'])
    expect(Object.keys(data.invoiceTitle()).sort()).toEqual(['bankAccount', 'bankName', 'companyAddress', 'taxNumber', 'telephone', 'title', 'type'])
    expect(Object.keys(data.invoice())).toEqual(['invoiceInfo'])
    expect(Object.keys(data.weRun()).sort()).toEqual(['cloudID', 'encryptedData', 'iv'])
    expect(Object.keys(data.userInfo('real')).sort()).toEqual(['avatarUrl', 'city', 'country', 'gender', 'language', 'nickName', 'province'])
    expect(data.tempFilePath('jpg')).toMatch(/^http:\/\/tmp\/[0-9a-f]{32}\.jpg$/)
    expect(data.media('video', 2)).toMatchObject({ type: 'video', tempFiles: [{ fileType: 'video' }, { fileType: 'video' }] })
    expect(data.media('image').tempFiles).toHaveLength(1)
    expect(data.clipboard()).toEqual({ data: expect.any(String) })
    expect(data.clipboard().data.length).toBeGreaterThan(0)
  })
})
