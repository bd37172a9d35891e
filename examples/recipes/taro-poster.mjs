// Taro code (src/utils/poster.js in a Taro project): it calls Taro's API object, which the weapp
// build maps onto `wx`. In a test, point '@tarojs/taro' at the fake: see test/vitest/recipes.test.mjs.
import Taro from '@tarojs/taro'

export async function savePoster(filePath) {
  try {
    await Taro.saveImageToPhotosAlbum({ filePath })
    return 'saved'
  } catch (err) {
    return /auth den/.test(err.errMsg) ? 'denied' : 'failed'
  }
}
