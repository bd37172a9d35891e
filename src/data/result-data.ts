import {
  formatPastedAddress,
  generateAddress,
  generateEncrypted,
  generateFileName,
  generateFuzzyLocation,
  generateInvoice,
  generateInvoiceTitle,
  generateLocation,
  generateMedia,
  generatePhoneCode,
  generatePhoneNumber,
  generatePhotoSpec,
  generatePlace,
  generatePoi,
  generateTempFilePath,
  generateUserInfo,
  generateUserInfoResult,
  generateVideoSpec,
  pickCity,
} from './generators'
import { SeededDraw } from './random'
import type { ResultData, UserKind } from './types'

export type * from './types'

export function createResultData(seed: number): ResultData {
  const f = new SeededDraw(seed)
  const userInfoResult = (kind: UserKind) => generateUserInfoResult(f, kind)
  return {
    reseed: () => f.reseed(),
    location: (type, altitude) => generateLocation(f, type, altitude),
    fuzzyLocation: (type) => generateFuzzyLocation(f, type),
    chosenLocation: () => generatePlace(f, pickCity(f)),
    poi: () => generatePoi(f),
    address: () => generateAddress(f),
    invoiceTitle: () => generateInvoiceTitle(f),
    invoice: () => generateInvoice(f),
    weRun: () => generateEncrypted(f, f.int(72, 80)),
    userInfo: (kind) => generateUserInfo(f, kind),
    userInfoResult,
    userProfileResult: userInfoResult,
    tempFilePath: (ext) => generateTempFilePath(f, ext),
    fileName: (ext) => generateFileName(f, ext),
    int: (min, max) => f.int(min, max),
    // The legacy wx.startRecord records SILK audio on devices.
    record: () => ({ tempFilePath: generateTempFilePath(f, 'silk') }),
    media: (fileType, count = 1) => generateMedia(f, fileType, count),
    clipboard: () => ({ data: formatPastedAddress(generateAddress(f)) }),
    photoSpec: () => generatePhotoSpec(f),
    videoSpec: () => generateVideoSpec(f),
    phoneNumber: () => generatePhoneNumber(f),
    phoneCode: () => generatePhoneCode(f),
  }
}
