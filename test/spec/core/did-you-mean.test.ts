/** The "Did you mean" of a misspelt API name: a missing namespace, and a name that differs only in case. */
import { fresh, messageOf } from '../../support/fixtures'

const useMessage = (name: string) => messageOf(() => fresh().use({ [name]: () => ({}) }))

describe('fakeWx.use with a name the global does not have', () => {
  it("a four-letter name missing its namespace ('init') suggests the namespaced API", () => {
    expect(useMessage('init')).toBe("[fake-wx] fakeWx.use: wx has no API named 'init'. Did you mean 'cloud.init'?")
  })

  it('a name that differs only in case suggests that API, not a namespaced one ending in the same name', () => {
    expect(useMessage('DownloadFile')).toBe("[fake-wx] fakeWx.use: wx has no API named 'DownloadFile'. Did you mean 'downloadFile'?")
  })
})
