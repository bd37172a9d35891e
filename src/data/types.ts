/**
 * Success-result payloads, shaped like miniprogram-api-typings' *SuccessCallbackResult minus errMsg
 * (the caller adds it). Declared here rather than imported so that our .d.ts does not require the
 * typings package.
 */
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

/** What the getPhoneNumber button hands back on success (cloudID only for cloud-development apps: left out). */
export interface PhoneNumberData {
  code: string
  encryptedData: string
  iv: string
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

/** A photo's or video's numbers, before the file system gives it a path. */
export interface MediaSpecData {
  width: number
  height: number
  size: number
  /** Seconds; 0 for a photo. */
  duration: number
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
  /** A seeded file name, `<32 hex digits>.<ext>`: the platform's profile says where the file lives. */
  fileName(ext: string): string
  /** A seeded integer in [min, max], for result fields that are just a number in a range. */
  int(min: number, max: number): number
  record(): RecordData
  media(fileType: MediaFileType, count?: number): MediaData
  clipboard(): ClipboardData
  photoSpec(): MediaSpecData
  videoSpec(): MediaSpecData
  phoneNumber(): PhoneNumberData
  /** The getRealtimePhoneNumber button's one-time token. */
  phoneCode(): string
}

