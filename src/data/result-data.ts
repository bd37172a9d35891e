import type { Faker } from '@faker-js/faker'
import {
  formatPastedAddress,
  generateAddress,
  generateEncrypted,
  generateFuzzyLocation,
  generateInvoice,
  generateInvoiceTitle,
  generateLocation,
  generateMedia,
  generatePlace,
  generatePoi,
  generateTempFilePath,
  generateUserInfo,
  generateUserInfoResult,
  pickCity,
} from './generators'
import { loadFaker } from './load-faker'
import type { ResultData, UserKind } from './types'

export type * from './types'

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
