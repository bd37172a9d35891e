import type { Faker } from '@faker-js/faker'
import { loadFaker } from './load-faker'

// Success-result payloads, shaped like miniprogram-api-typings' *SuccessCallbackResult minus errMsg
// (the caller adds it). Declared here rather than imported so that our .d.ts does not require the
// typings package.

export type CoordinateType = 'wgs84' | 'gcj02'
export type UserKind = 'anonymous' | 'real'
export type MediaFileType = 'image' | 'video'

export interface LocationData {
  latitude: number
  longitude: number
  speed: number
  accuracy: number
  altitude: number
  verticalAccuracy: number
  horizontalAccuracy: number
}

export interface FuzzyLocationData {
  latitude: number
  longitude: number
}

export interface ChosenLocationData {
  name: string
  address: string
  latitude: number
  longitude: number
}

export interface PoiData extends ChosenLocationData {
  /** 1: the user picked a whole city, 2: a precise place. */
  type: 1 | 2
  /** The typings declare a number: we give the city's administrative code (e.g. 310100). */
  city: number
}

export interface AddressData {
  userName: string
  postalCode: string
  provinceName: string
  cityName: string
  countyName: string
  streetName: string
  detailInfo: string
  detailInfoNew: string
  nationalCode: string
  telNumber: string
}

export interface InvoiceTitleData {
  /** 0: company, 1: individual (whose tax, bank and address fields WeChat leaves empty). */
  type: 0 | 1
  title: string
  taxNumber: string
  companyAddress: string
  telephone: string
  bankName: string
  bankAccount: string
}

export interface InvoiceData {
  invoiceInfo: string
}

export interface EncryptedData {
  encryptedData: string
  iv: string
  cloudID: string
}

export interface UserInfoData {
  nickName: string
  avatarUrl: string
  gender: 0 | 1 | 2
  country: string
  province: string
  city: string
  language: 'en' | 'zh_CN' | 'zh_TW'
}

export interface UserInfoResultData extends EncryptedData {
  userInfo: UserInfoData
  rawData: string
  signature: string
}

export interface RecordData {
  tempFilePath: string
}

export interface MediaFileData {
  tempFilePath: string
  size: number
  duration: number
  height: number
  width: number
  thumbTempFilePath: string
  fileType: MediaFileType
}

export interface MediaData {
  tempFiles: MediaFileData[]
  type: MediaFileType
}

export interface ClipboardData {
  data: string
}

/** Deterministic generators: the n-th call after a (re)seed returns the same data on every run. */
export interface ResultData {
  /** Restart the sequence (between tests), so a test's data does not depend on test order. */
  reseed(): void
  location(type: CoordinateType, altitude: boolean): LocationData
  fuzzyLocation(type: CoordinateType): FuzzyLocationData
  chosenLocation(): ChosenLocationData
  poi(): PoiData
  address(): AddressData
  invoiceTitle(): InvoiceTitleData
  invoice(): InvoiceData
  weRun(): EncryptedData
  userInfo(kind: UserKind): UserInfoData
  userInfoResult(kind: UserKind): UserInfoResultData
  userProfileResult(kind: UserKind): UserInfoResultData
  tempFilePath(ext: string): string
  record(): RecordData
  media(fileType: MediaFileType, count?: number): MediaData
  clipboard(): ClipboardData
}

export function createResultData(seed: number): ResultData {
  let faker: Faker | undefined
  // Created on first use: most tests never need result data, and loading faker takes 20-120 ms.
  const rng = (): Faker => (faker ??= newFaker(seed))
  const userInfoResult = (kind: UserKind) => generateUserInfoResult(rng(), kind)
  return {
    reseed: () => faker?.seed(seed),
    location: (type, altitude) => generateLocation(rng(), type, altitude),
    fuzzyLocation: (type) => generateFuzzyLocation(rng(), type),
    chosenLocation: () => generatePlace(rng(), pickCity(rng())),
    poi: () => generatePoi(rng()),
    address: () => generateAddress(rng()),
    invoiceTitle: () => generateInvoiceTitle(rng()),
    invoice: () => generateInvoice(rng()),
    weRun: () => generateEncrypted(rng(), rng().number.int({ min: 72, max: 80 })),
    userInfo: (kind) => generateUserInfo(rng(), kind),
    userInfoResult,
    userProfileResult: userInfoResult,
    tempFilePath: (ext) => generateTempFilePath(rng(), ext),
    // The legacy wx.startRecord records SILK audio on devices.
    record: () => ({ tempFilePath: generateTempFilePath(rng(), 'silk') }),
    media: (fileType, count = 1) => generateMedia(rng(), fileType, count),
    clipboard: () => ({ data: formatPastedAddress(generateAddress(rng())) }),
  }
}

function newFaker(seed: number): Faker {
  const { Faker, generateMersenne53Randomizer, zh_CN, base } = loadFaker()
  // An explicit randomizer: faker's default one draws a throwaway seed from Math.random.
  // No 'en' fallback: every definition we use exists in zh_CN or base.
  return new Faker({ locale: [zh_CN, base], randomizer: generateMersenne53Randomizer(seed) })
}

// ---------------------------------------------------------------------------------------------
// Places. A few real cities with real districts, sub-districts, postal codes and roads, so that
// province, city, county, codes and coordinates of one result agree with each other.

interface County {
  name: string
  /** 街道: the fourth address level of chooseAddress. */
  street: string
  postalCode: string
  /** Administrative division code, what chooseAddress returns as nationalCode. */
  code: string
}

interface City {
  province: string
  name: string
  code: number
  phoneAreaCode: string
  /** WGS84 centre and elevation in metres. */
  latitude: number
  longitude: number
  elevation: number
  counties: readonly County[]
  roads: readonly string[]
}

const CITIES: readonly City[] = [
  {
    province: '上海市', name: '上海市', code: 310100, phoneAreaCode: '021',
    latitude: 31.2304, longitude: 121.4737, elevation: 4,
    counties: [
      { name: '浦东新区', street: '陆家嘴街道', postalCode: '200120', code: '310115' },
      { name: '徐汇区', street: '徐家汇街道', postalCode: '200030', code: '310104' },
      { name: '静安区', street: '南京西路街道', postalCode: '200040', code: '310106' },
    ],
    roads: ['世纪大道', '淮海中路', '南京西路', '漕溪北路', '张杨路'],
  },
  {
    province: '北京市', name: '北京市', code: 110100, phoneAreaCode: '010',
    latitude: 39.9042, longitude: 116.4074, elevation: 44,
    counties: [
      { name: '朝阳区', street: '三里屯街道', postalCode: '100027', code: '110105' },
      { name: '海淀区', street: '中关村街道', postalCode: '100080', code: '110108' },
      { name: '东城区', street: '东华门街道', postalCode: '100006', code: '110101' },
    ],
    roads: ['建国路', '中关村大街', '王府井大街', '朝阳北路', '学院路'],
  },
  {
    province: '广东省', name: '深圳市', code: 440300, phoneAreaCode: '0755',
    latitude: 22.5431, longitude: 114.0579, elevation: 12,
    counties: [
      { name: '南山区', street: '粤海街道', postalCode: '518057', code: '440305' },
      { name: '福田区', street: '华富街道', postalCode: '518031', code: '440304' },
      { name: '宝安区', street: '新安街道', postalCode: '518101', code: '440306' },
    ],
    roads: ['深南大道', '科技园路', '福华路', '宝安大道', '海德三道'],
  },
  {
    province: '四川省', name: '成都市', code: 510100, phoneAreaCode: '028',
    latitude: 30.5728, longitude: 104.0668, elevation: 500,
    counties: [
      { name: '武侯区', street: '浆洗街街道', postalCode: '610041', code: '510107' },
      { name: '锦江区', street: '春熙路街道', postalCode: '610021', code: '510104' },
      { name: '青羊区', street: '少城街道', postalCode: '610031', code: '510105' },
    ],
    roads: ['天府大道', '人民南路', '红星路', '蜀都大道', '科华北路'],
  },
  {
    province: '浙江省', name: '杭州市', code: 330100, phoneAreaCode: '0571',
    latitude: 30.2741, longitude: 120.1551, elevation: 10,
    counties: [
      { name: '西湖区', street: '北山街道', postalCode: '310007', code: '330106' },
      { name: '上城区', street: '湖滨街道', postalCode: '310006', code: '330102' },
      { name: '滨江区', street: '西兴街道', postalCode: '310051', code: '330108' },
    ],
    roads: ['文三路', '延安路', '江南大道', '曙光路', '庆春路'],
  },
]

// Mainland mobile prefixes in current use.
const MOBILE_PREFIXES = ['130', '131', '132', '135', '136', '137', '138', '139', '150', '151', '152', '155', '158', '159', '166', '176', '177', '180', '181', '183', '185', '186', '187', '188', '189', '191', '198', '199']
const SHOP_KINDS = ['面馆', '便利店', '咖啡', '书店', '茶餐厅', '水果店', '烘焙坊', '大药房']
const BANKS = ['中国工商银行', '中国建设银行', '中国银行', '招商银行', '交通银行']
const TRADES = ['网络科技', '信息技术', '物流', '餐饮管理', '文化传媒', '贸易', '建筑工程', '电子商务']
const COMPANY_FORMS = ['有限公司', '有限责任公司', '股份有限公司']
const PHOTO_SIZES: readonly (readonly [number, number])[] = [[3024, 4032], [4032, 3024], [1080, 1440], [1080, 1920], [1440, 1080]]
const VIDEO_SIZES: readonly (readonly [number, number])[] = [[1080, 1920], [720, 1280], [1920, 1080]]

/** How far generated points stray from a city centre, in millionths of a degree (~9 km). */
const CITY_RADIUS = 80_000

const ANONYMOUS_AVATAR =
  'https://thirdwx.qlogo.cn/mmopen/vi_32/POgEwh4mIHO4nibH0KlMECNjjGxQUq24ZEaGT4poC6icRiccVGKSyXwibcPq4BWmiaIGuG1icwxaQX6grC9VemZoJ8rg/132'

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
// Unified social credit codes never use I, O, S, V or Z.
const CREDIT_CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY'

// ---------------------------------------------------------------------------------------------
// Generators. Each takes a handful of faker draws: a test toolkit calls them thousands of times.

function generateLocation(f: Faker, type: CoordinateType, withAltitude: boolean): LocationData {
  const city = pickCity(f)
  const { latitude, longitude } = toCoordinateType(type, nearCity(f, city))
  const accuracy = f.number.int({ min: 5, max: 65 })
  return {
    latitude: round(latitude, 6),
    longitude: round(longitude, 6),
    speed: f.number.int({ min: 0, max: 15 }) / 10,
    accuracy,
    // WeChat reports 0 for both unless altitude was requested.
    altitude: withAltitude ? round(city.elevation + f.number.int({ min: -50, max: 50 }) / 10, 1) : 0,
    verticalAccuracy: withAltitude ? f.number.int({ min: 3, max: 16 }) : 0,
    horizontalAccuracy: accuracy,
  }
}

function generateFuzzyLocation(f: Faker, type: CoordinateType): FuzzyLocationData {
  const { latitude, longitude } = toCoordinateType(type, nearCity(f, pickCity(f)))
  // Fuzzy location is only good to a few km: two decimals is ~1 km of latitude.
  return { latitude: round(latitude, 2), longitude: round(longitude, 2) }
}

/** chooseLocation / choosePoi places: a shop on a real road, in gcj02 like WeChat's map picker. */
function generatePlace(f: Faker, city: City): ChosenLocationData {
  const { latitude, longitude } = toCoordinateType('gcj02', nearCity(f, city))
  return {
    name: `${f.person.lastName()}记${f.helpers.arrayElement(SHOP_KINDS)}`,
    address: `${cityPrefix(city)}${f.helpers.arrayElement(city.counties).name}${streetNumber(f, city)}`,
    latitude: round(latitude, 6),
    longitude: round(longitude, 6),
  }
}

function generatePoi(f: Faker): PoiData {
  const city = pickCity(f)
  if (f.number.int({ min: 1, max: 5 }) === 1) {
    const centre = toCoordinateType('gcj02', city)
    return {
      type: 1, city: city.code, name: city.name, address: cityPrefix(city),
      latitude: round(centre.latitude, 6), longitude: round(centre.longitude, 6),
    }
  }
  return { type: 2, city: city.code, ...generatePlace(f, city) }
}

function generateAddress(f: Faker): AddressData {
  const city = pickCity(f)
  const county = f.helpers.arrayElement(city.counties)
  // One draw for floor (1-30) and unit (1-4).
  const flat = f.number.int({ min: 0, max: 119 })
  const detail = `${streetNumber(f, city)}${f.number.int({ min: 1, max: 12 })}栋${(1 + (flat >> 2)) * 100 + (flat & 3) + 1}室`
  return {
    userName: f.person.fullName(),
    postalCode: county.postalCode,
    provinceName: city.province,
    cityName: city.name,
    countyName: county.name,
    streetName: county.street,
    // The legacy field includes the sub-district; the new address picker's does not.
    detailInfo: `${county.street}${detail}`,
    detailInfoNew: detail,
    nationalCode: county.code,
    telNumber: mobileNumber(f),
  }
}

function generateInvoiceTitle(f: Faker): InvoiceTitleData {
  if (f.number.int({ min: 1, max: 4 }) === 1) {
    return { type: 1, title: f.person.fullName(), taxNumber: '', companyAddress: '', telephone: '', bankName: '', bankAccount: '' }
  }
  const city = pickCity(f)
  const county = f.helpers.arrayElement(city.counties)
  const cityShort = city.name.replace(/市$/, '')
  return {
    type: 0,
    title: `${cityShort}${f.person.firstName()}${f.helpers.arrayElement(TRADES)}${f.helpers.arrayElement(COMPANY_FORMS)}`,
    // Unified social credit code: 91 (enterprise) + the registering district + 10 characters.
    taxNumber: `91${county.code}${randomCode(f, CREDIT_CODE_CHARS, 10)}`,
    companyAddress: `${cityPrefix(city)}${county.name}${streetNumber(f, city)}`,
    telephone: `${city.phoneAreaCode}-${f.number.int({ min: 2000_0000, max: 8999_9999 })}`,
    bankName: `${f.helpers.arrayElement(BANKS)}${cityShort}${county.name.replace(/新?区$/, '')}支行`,
    bankAccount: randomDigits(f, 19),
  }
}

function generateInvoice(f: Faker): InvoiceData {
  const bytes = randomBytes(f, 20 + 32 + 8)
  // WeChat returns a JSON array: the user may pick several invoices.
  const picked = {
    card_id: `p${bytes.subarray(0, 20).toString('base64url')}`,
    encrypt_code: bytes.subarray(20, 52).toString('base64'),
    app_id: `wx${bytes.subarray(52).toString('hex')}`,
  }
  return { invoiceInfo: JSON.stringify([picked]) }
}

/** Opaque AES-128-CBC output: a whole number of 16-byte blocks, base64 encoded. */
function generateEncrypted(f: Faker, blocks: number): EncryptedData {
  const bytes = randomBytes(f, blocks * 16 + 16 + 36)
  return {
    encryptedData: bytes.subarray(0, blocks * 16).toString('base64'),
    iv: bytes.subarray(blocks * 16, blocks * 16 + 16).toString('base64'),
    // Shape only: a version prefix and an opaque token.
    cloudID: `${bytes[0]! % 90 + 10}_${bytes.subarray(blocks * 16 + 16).toString('base64url')}`,
  }
}

function generateUserInfo(f: Faker, kind: UserKind): UserInfoData {
  if (kind === 'anonymous') {
    // What getUserInfo / getUserProfile have returned since the 2022 privacy changes.
    return { nickName: '微信用户', avatarUrl: ANONYMOUS_AVATAR, gender: 0, country: '', province: '', city: '', language: 'zh_CN' }
  }
  const city = pickCity(f)
  return {
    nickName: f.person.fullName(),
    avatarUrl: `https://thirdwx.qlogo.cn/mmopen/vi_32/${randomCode(f, ALPHANUMERIC, 92)}/132`,
    gender: f.number.int({ min: 1, max: 2 }) as 1 | 2,
    country: '中国',
    province: city.province.replace(/[省市]$/, ''),
    city: city.name.replace(/市$/, ''),
    language: 'zh_CN',
  }
}

function generateUserInfoResult(f: Faker, kind: UserKind): UserInfoResultData {
  const userInfo = generateUserInfo(f, kind)
  const rawData = JSON.stringify(userInfo)
  // The encrypted payload is rawData plus openId, unionId and a watermark (~160 bytes).
  const blocks = Math.ceil((Buffer.byteLength(rawData) + 160) / 16)
  return {
    userInfo,
    rawData,
    signature: randomBytes(f, 20).toString('hex'), // sha1(rawData + session_key)
    ...generateEncrypted(f, blocks),
  }
}

/**
 * Devtools hands out `http://tmp/<hash>.<ext>`; devices use `wxfile://tmp_<hash>.<ext>`. We mimic
 * devtools, where most mini-program tests are written and debugged.
 */
function generateTempFilePath(f: Faker, ext: string): string {
  return `http://tmp/${randomBytes(f, 16).toString('hex')}.${ext}`
}

function generateMedia(f: Faker, fileType: MediaFileType, count: number): MediaData {
  const tempFiles: MediaFileData[] = []
  for (let i = 0; i < count; i++) {
    tempFiles.push(fileType === 'image' ? generatePhoto(f) : generateVideo(f))
  }
  return { tempFiles, type: fileType }
}

function generatePhoto(f: Faker): MediaFileData {
  const [width, height] = f.helpers.arrayElement(PHOTO_SIZES)
  return {
    tempFilePath: generateTempFilePath(f, 'jpg'),
    size: f.number.int({ min: 150_000, max: 3_500_000 }),
    // Photos have neither: the typings still require both fields.
    duration: 0,
    thumbTempFilePath: '',
    width,
    height,
    fileType: 'image',
  }
}

function generateVideo(f: Faker): MediaFileData {
  const [width, height] = f.helpers.arrayElement(VIDEO_SIZES)
  const duration = f.number.int({ min: 30, max: 600 }) / 10
  const bytesPerSecond = f.number.int({ min: 400_000, max: 1_200_000 })
  return {
    tempFilePath: generateTempFilePath(f, 'mp4'),
    size: Math.round(duration * bytesPerSecond),
    duration,
    thumbTempFilePath: generateTempFilePath(f, 'jpg'),
    width,
    height,
    fileType: 'video',
  }
}

/** What a user typically pastes into an address form. */
function formatPastedAddress(a: AddressData): string {
  return `${a.userName} ${a.telNumber} ${a.provinceName}${a.cityName}${a.countyName}${a.detailInfoNew}`
}

// ---------------------------------------------------------------------------------------------
// Small helpers.

interface Point {
  latitude: number
  longitude: number
}

function pickCity(f: Faker): City {
  return f.helpers.arrayElement(CITIES)
}

function nearCity(f: Faker, city: City): Point {
  return {
    latitude: city.latitude + f.number.int({ min: -CITY_RADIUS, max: CITY_RADIUS }) / 1e6,
    longitude: city.longitude + f.number.int({ min: -CITY_RADIUS, max: CITY_RADIUS }) / 1e6,
  }
}

/** "上海市" rather than "上海市上海市" for the municipalities. */
function cityPrefix(city: City): string {
  return city.province === city.name ? city.name : `${city.province}${city.name}`
}

function streetNumber(f: Faker, city: City): string {
  return `${f.helpers.arrayElement(city.roads)}${f.number.int({ min: 1, max: 999 })}号`
}

function mobileNumber(f: Faker): string {
  const subscriber = f.number.int({ min: 0, max: 9999_9999 })
  return `${f.helpers.arrayElement(MOBILE_PREFIXES)}${String(subscriber).padStart(8, '0')}`
}

function randomDigits(f: Faker, length: number): string {
  return randomCode(f, '0123456789', length)
}

function randomCode(f: Faker, alphabet: string, length: number): string {
  const bytes = randomBytes(f, length)
  let code = ''
  for (const byte of bytes) code += alphabet[byte % alphabet.length]
  return code
}

/**
 * Opaque bytes for tokens, hashes and ciphertexts. One faker draw seeds a local xorshift32, so a
 * 1.5 kB ciphertext costs one step of faker's generator rather than one per character.
 */
function randomBytes(f: Faker, length: number): Buffer {
  let state = f.number.int({ min: 1, max: 0xffff_ffff }) | 0
  const bytes = Buffer.allocUnsafe(length)
  for (let i = 0; i < length; i++) {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    bytes[i] = state >>> 24
  }
  return bytes
}

function round(value: number, decimals: number): number {
  const scale = 10 ** decimals
  return Math.round(value * scale) / scale
}

// ---------------------------------------------------------------------------------------------
// WGS84 -> GCJ-02 ("Mars coordinates"), the standard published approximation. A few trig calls,
// so cheaper than it looks, and it gives the real 100-700 m offset for each city.

const GCJ_A = 6378245
const GCJ_EE = 0.006693421622965943

function toCoordinateType(type: CoordinateType, point: Point): Point {
  return type === 'gcj02' ? wgs84ToGcj02(point) : point
}

function wgs84ToGcj02({ latitude, longitude }: Point): Point {
  const x = longitude - 105
  const y = latitude - 35
  const radLat = (latitude / 180) * Math.PI
  const magic = 1 - GCJ_EE * Math.sin(radLat) ** 2
  const sqrtMagic = Math.sqrt(magic)
  const dLat = (gcjLatitudeShift(x, y) * 180) / (((GCJ_A * (1 - GCJ_EE)) / (magic * sqrtMagic)) * Math.PI)
  const dLng = (gcjLongitudeShift(x, y) * 180) / ((GCJ_A / sqrtMagic) * Math.cos(radLat) * Math.PI)
  return { latitude: latitude + dLat, longitude: longitude + dLng }
}

function gcjLatitudeShift(x: number, y: number): number {
  return (
    -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x)) +
    ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3 +
    ((20 * Math.sin(y * Math.PI) + 40 * Math.sin((y / 3) * Math.PI)) * 2) / 3 +
    ((160 * Math.sin((y / 12) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30)) * 2) / 3
  )
}

function gcjLongitudeShift(x: number, y: number): number {
  return (
    300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x)) +
    ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3 +
    ((20 * Math.sin(x * Math.PI) + 40 * Math.sin((x / 3) * Math.PI)) * 2) / 3 +
    ((150 * Math.sin((x / 12) * Math.PI) + 300 * Math.sin((x / 30) * Math.PI)) * 2) / 3
  )
}
