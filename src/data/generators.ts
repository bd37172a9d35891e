import type { Faker } from '@faker-js/faker'
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
import { toCoordinateType, type Point } from './gcj02'
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
  PoiData,
  UserInfoData,
  UserInfoResultData,
  UserKind,
} from './types'

// ---------------------------------------------------------------------------------------------
// Generators. Each takes a handful of faker draws: a test toolkit calls them thousands of times.

export function generateLocation(f: Faker, type: CoordinateType, withAltitude: boolean): LocationData {
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

export function generateFuzzyLocation(f: Faker, type: CoordinateType): FuzzyLocationData {
  const { latitude, longitude } = toCoordinateType(type, nearCity(f, pickCity(f)))
  // Fuzzy location is only good to a few km: two decimals is ~1 km of latitude.
  return { latitude: round(latitude, 2), longitude: round(longitude, 2) }
}

/** chooseLocation / choosePoi places: a shop on a real road, in gcj02 like WeChat's map picker. */
export function generatePlace(f: Faker, city: City): ChosenLocationData {
  const { latitude, longitude } = toCoordinateType('gcj02', nearCity(f, city))
  return {
    name: `${f.person.lastName()}记${f.helpers.arrayElement(SHOP_KINDS)}`,
    address: `${cityPrefix(city)}${f.helpers.arrayElement(city.counties).name}${streetNumber(f, city)}`,
    latitude: round(latitude, 6),
    longitude: round(longitude, 6),
  }
}

export function generatePoi(f: Faker): PoiData {
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

export function generateAddress(f: Faker): AddressData {
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

export function generateInvoiceTitle(f: Faker): InvoiceTitleData {
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

export function generateInvoice(f: Faker): InvoiceData {
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
export function generateEncrypted(f: Faker, blocks: number): EncryptedData {
  const bytes = randomBytes(f, blocks * 16 + 16 + 36)
  return {
    encryptedData: bytes.subarray(0, blocks * 16).toString('base64'),
    iv: bytes.subarray(blocks * 16, blocks * 16 + 16).toString('base64'),
    // Shape only: a version prefix and an opaque token.
    cloudID: `${bytes[0]! % 90 + 10}_${bytes.subarray(blocks * 16 + 16).toString('base64url')}`,
  }
}

export function generateUserInfo(f: Faker, kind: UserKind): UserInfoData {
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

export function generateUserInfoResult(f: Faker, kind: UserKind): UserInfoResultData {
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
export function generateTempFilePath(f: Faker, ext: string): string {
  return `http://tmp/${randomBytes(f, 16).toString('hex')}.${ext}`
}

export function generateMedia(f: Faker, fileType: MediaFileType, count: number): MediaData {
  const tempFiles: MediaFileData[] = []
  for (let i = 0; i < count; i++) {
    tempFiles.push(fileType === 'image' ? generatePhoto(f) : generateVideo(f))
  }
  return { tempFiles, type: fileType }
}

export function generatePhoto(f: Faker): MediaFileData {
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

export function generateVideo(f: Faker): MediaFileData {
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
export function formatPastedAddress(a: AddressData): string {
  return `${a.userName} ${a.telNumber} ${a.provinceName}${a.cityName}${a.countyName}${a.detailInfoNew}`
}

// ---------------------------------------------------------------------------------------------
// Small helpers.


export function pickCity(f: Faker): City {
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
