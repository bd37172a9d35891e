import type { Draw } from './random'
import {
  ALPHANUMERIC,
  ANONYMOUS_AVATAR,
  BANKS,
  CITIES,
  CITY_RADIUS,
  COMPANY_FORMS,
  CREDIT_CODE_CHARS,
  MOBILE_PREFIXES,
  PHOTO_SIZES,
  SHOP_KINDS,
  TRADES,
  VIDEO_SIZES,
  type City,
} from './cities'
import { NO_SHIFT, shiftTo, toCoordinateType, type Point } from './gcj02'
import type {
  AddressData,
  ChosenLocationData,
  CoordinateType,
  EncryptedData,
  FuzzyLocationData,
  InvoiceData,
  InvoiceTitleData,
  LocationData,
  MediaData,
  MediaFileData,
  MediaFileType,
  MediaSpecData,
  PhoneNumberData,
  PoiData,
  UserInfoData,
  UserInfoResultData,
  UserKind,
} from './types'

// ---------------------------------------------------------------------------------------------
// Generators. Each takes a handful of draws: a test toolkit calls them thousands of times.

/** The GCJ-02 shift of each city, by index: a WeakMap lookup per call cost 20 ns. */
const CITY_SHIFTS: Point[] = []

export function generateLocation(f: Draw, type: CoordinateType, withAltitude: boolean): LocationData {
  // nearCity + toCoordinateType written out: the per-call path of every granted getLocation, so no
  // intermediate points. Same draws, same arithmetic, same numbers.
  const index = f.int(0, CITIES.length - 1) // the same draw as pickCity
  const city = CITIES[index]!
  const shift = type === 'gcj02' ? (CITY_SHIFTS[index] ??= shiftTo(type, city)) : NO_SHIFT
  const latitude = city.latitude + f.int(-CITY_RADIUS, CITY_RADIUS) / 1e6 + shift.latitude
  const longitude = city.longitude + f.int(-CITY_RADIUS, CITY_RADIUS) / 1e6 + shift.longitude
  const accuracy = f.int(5, 65)
  return {
    latitude: round(latitude, 6),
    longitude: round(longitude, 6),
    speed: f.int(0, 15) / 10,
    accuracy,
    // WeChat reports 0 for both unless altitude was requested.
    altitude: withAltitude ? round(city.elevation + f.int(-50, 50) / 10, 1) : 0,
    verticalAccuracy: withAltitude ? f.int(3, 16) : 0,
    horizontalAccuracy: accuracy,
  }
}

export function generateFuzzyLocation(f: Draw, type: CoordinateType): FuzzyLocationData {
  const city = pickCity(f)
  const { latitude, longitude } = toCoordinateType(type, nearCity(f, city), city)
  // Fuzzy location is only good to a few km: two decimals is ~1 km of latitude.
  return { latitude: round(latitude, 2), longitude: round(longitude, 2) }
}

/** chooseLocation / choosePoi places: a shop on a real road, in gcj02 like WeChat's map picker. */
export function generatePlace(f: Draw, city: City): ChosenLocationData {
  const { latitude, longitude } = toCoordinateType('gcj02', nearCity(f, city), city)
  return {
    name: `${f.lastName()}记${f.pick(SHOP_KINDS)}`,
    address: `${cityPrefix(city)}${f.pick(city.counties).name}${streetNumber(f, city)}`,
    latitude: round(latitude, 6),
    longitude: round(longitude, 6),
  }
}

export function generatePoi(f: Draw): PoiData {
  const city = pickCity(f)
  if (f.int(1, 5) === 1) {
    const centre = toCoordinateType('gcj02', city)
    return {
      type: 1, city: city.code, name: city.name, address: cityPrefix(city),
      latitude: round(centre.latitude, 6), longitude: round(centre.longitude, 6),
    }
  }
  return { type: 2, city: city.code, ...generatePlace(f, city) }
}

export function generateAddress(f: Draw): AddressData {
  const city = pickCity(f)
  const county = f.pick(city.counties)
  // One draw for floor (1-30) and unit (1-4).
  const flat = f.int(0, 119)
  const detail = `${streetNumber(f, city)}${f.int(1, 12)}栋${(1 + (flat >> 2)) * 100 + (flat & 3) + 1}室`
  return {
    userName: f.fullName(),
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

export function generateInvoiceTitle(f: Draw): InvoiceTitleData {
  if (f.int(1, 4) === 1) {
    return { type: 1, title: f.fullName(), taxNumber: '', companyAddress: '', telephone: '', bankName: '', bankAccount: '' }
  }
  const city = pickCity(f)
  const county = f.pick(city.counties)
  const cityShort = city.name.replace(/市$/, '')
  return {
    type: 0,
    title: `${cityShort}${f.firstName()}${f.pick(TRADES)}${f.pick(COMPANY_FORMS)}`,
    // Unified social credit code: 91 (enterprise) + the registering district + 10 characters.
    taxNumber: `91${county.code}${randomCode(f, CREDIT_CODE_CHARS, 10)}`,
    companyAddress: `${cityPrefix(city)}${county.name}${streetNumber(f, city)}`,
    telephone: `${city.phoneAreaCode}-${f.int(2000_0000, 8999_9999)}`,
    bankName: `${f.pick(BANKS)}${cityShort}${county.name.replace(/新?区$/, '')}支行`,
    bankAccount: randomDigits(f, 19),
  }
}

export function generateInvoice(f: Draw): InvoiceData {
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
export function generateEncrypted(f: Draw, blocks: number): EncryptedData {
  const bytes = randomBytes(f, blocks * 16 + 16 + 36)
  return {
    encryptedData: bytes.subarray(0, blocks * 16).toString('base64'),
    iv: bytes.subarray(blocks * 16, blocks * 16 + 16).toString('base64'),
    // Shape only: a version prefix and an opaque token.
    cloudID: `${bytes[0]! % 90 + 10}_${bytes.subarray(blocks * 16 + 16).toString('base64url')}`,
  }
}

/**
 * The getPhoneNumber button's result: `code`, the one-time token the server exchanges for the number ("动态令牌",
 * 64 hex digits in the official example), and the older encryptedData/iv pair, still returned beside it.
 */
export function generatePhoneNumber(f: Draw): PhoneNumberData {
  const code = randomBytes(f, 32).toString('hex')
  // The encrypted payload: phoneNumber, purePhoneNumber, countryCode and a watermark (~130 bytes).
  const { encryptedData, iv } = generateEncrypted(f, 9)
  return { code, encryptedData, iv }
}

/** The getRealtimePhoneNumber button's token. */
export function generatePhoneCode(f: Draw): string {
  return randomBytes(f, 32).toString('hex')
}

export function generateUserInfo(f: Draw, kind: UserKind): UserInfoData {
  if (kind === 'anonymous') {
    // What getUserInfo / getUserProfile have returned since the 2022 privacy changes.
    return { nickName: '微信用户', avatarUrl: ANONYMOUS_AVATAR, gender: 0, country: '', province: '', city: '', language: 'zh_CN' }
  }
  const city = pickCity(f)
  return {
    nickName: f.fullName(),
    avatarUrl: `https://thirdwx.qlogo.cn/mmopen/vi_32/${randomCode(f, ALPHANUMERIC, 92)}/132`,
    gender: f.int(1, 2) as 1 | 2,
    country: '中国',
    province: city.province.replace(/[省市]$/, ''),
    city: city.name.replace(/市$/, ''),
    language: 'zh_CN',
  }
}

export function generateUserInfoResult(f: Draw, kind: UserKind): UserInfoResultData {
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
export function generateTempFilePath(f: Draw, ext: string): string {
  return `http://tmp/${generateFileName(f, ext)}`
}

/** The name part of a local file's path: 32 hex digits and the extension, as WeChat names its files. */
export function generateFileName(f: Draw, ext: string): string {
  return `${randomBytes(f, 16).toString('hex')}.${ext}`
}

export function generateMedia(f: Draw, fileType: MediaFileType, count: number): MediaData {
  const tempFiles: MediaFileData[] = []
  for (let i = 0; i < count; i++) {
    tempFiles.push(fileType === 'image' ? generatePhoto(f) : generateVideo(f))
  }
  return { tempFiles, type: fileType }
}

export function generatePhoto(f: Draw): MediaFileData {
  const [width, height] = f.pick(PHOTO_SIZES)
  return {
    tempFilePath: generateTempFilePath(f, 'jpg'),
    size: f.int(150_000, 3_500_000),
    // Photos have neither: the typings still require both fields.
    duration: 0,
    thumbTempFilePath: '',
    width,
    height,
    fileType: 'image',
  }
}

export function generateVideo(f: Draw): MediaFileData {
  const [width, height] = f.pick(VIDEO_SIZES)
  const duration = f.int(30, 600) / 10
  const bytesPerSecond = f.int(400_000, 1_200_000)
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

/** A photo's dimensions and size, without a path: the fake's file system names the file. */
export function generatePhotoSpec(f: Draw): MediaSpecData {
  const [width, height] = f.pick(PHOTO_SIZES)
  return { width, height, size: f.int(150_000, 3_500_000), duration: 0 }
}

/** A video's dimensions, length and size, without a path. */
export function generateVideoSpec(f: Draw): MediaSpecData {
  const [width, height] = f.pick(VIDEO_SIZES)
  const duration = f.int(30, 600) / 10
  return { width, height, duration, size: Math.round(duration * f.int(400_000, 1_200_000)) }
}

/** What a user typically pastes into an address form. */
export function formatPastedAddress(a: AddressData): string {
  return `${a.userName} ${a.telNumber} ${a.provinceName}${a.cityName}${a.countyName}${a.detailInfoNew}`
}

// ---------------------------------------------------------------------------------------------
// Small helpers.


export function pickCity(f: Draw): City {
  return f.pick(CITIES)
}

function nearCity(f: Draw, city: City): Point {
  return {
    latitude: city.latitude + f.int(-CITY_RADIUS, CITY_RADIUS) / 1e6,
    longitude: city.longitude + f.int(-CITY_RADIUS, CITY_RADIUS) / 1e6,
  }
}

/** "上海市" rather than "上海市上海市" for the municipalities. */
function cityPrefix(city: City): string {
  return city.province === city.name ? city.name : `${city.province}${city.name}`
}

function streetNumber(f: Draw, city: City): string {
  return `${f.pick(city.roads)}${f.int(1, 999)}号`
}

function mobileNumber(f: Draw): string {
  const subscriber = f.int(0, 9999_9999)
  return `${f.pick(MOBILE_PREFIXES)}${String(subscriber).padStart(8, '0')}`
}

function randomDigits(f: Draw, length: number): string {
  return randomCode(f, '0123456789', length)
}

function randomCode(f: Draw, alphabet: string, length: number): string {
  const bytes = randomBytes(f, length)
  let code = ''
  for (const byte of bytes) code += alphabet[byte % alphabet.length]
  return code
}

/**
 * Opaque bytes for tokens, hashes and ciphertexts. One draw seeds a local xorshift32, so a 1.5 kB
 * ciphertext costs one step of the seeded generator rather than one per character.
 */
function randomBytes(f: Draw, length: number): Buffer {
  let state = f.int(1, 0xffff_ffff) | 0
  const bytes = Buffer.allocUnsafe(length)
  for (let i = 0; i < length; i++) {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    bytes[i] = state >>> 24
  }
  return bytes
}

/** Powers of ten by decimals: `10 ** decimals` is a Math.pow call on every draw. */
const SCALE = [1, 10, 100, 1e3, 1e4, 1e5, 1e6] as const

function round(value: number, decimals: 0 | 1 | 2 | 3 | 4 | 5 | 6): number {
  const scale = SCALE[decimals]
  return Math.round(value * scale) / scale
}
