/**
 * The built package loads the media family on its first call, not at import: a test file that calls none of
 * its APIs pays nothing for it. Checked on dist/ in a plain Node process, where require.cache says what
 * loaded (both runners keep module registries of their own). `npm test` builds dist/ first.
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'

/** Both runners run from the repository's root (import.meta.url is empty in Jest's CommonJS mode). */
const dist = join(process.cwd(), 'dist') + '/'

const script = `
  const loaded = () => Object.keys(require.cache).some((file) => file.endsWith('media-family.cjs'))
  const { createFakeWx } = require(${JSON.stringify(`${dist}index.cjs`)})
  const steps = [['import', loaded()]]
  const fake = createFakeWx({ onUnscriptedPrompt: 'allow' })
  fake.wx.getLocation({}).then(() => {
    steps.push(['a permission call', loaded()])
    return fake.wx.saveImageToPhotosAlbum({ filePath: 'http://tmp/a.png' })
  }).then(() => {
    steps.push(['saving to the album', loaded()])
    return fake.wx.chooseImage({})
  }).then((res) => {
    steps.push(['chooseImage', loaded(), res.errMsg])
    console.log(JSON.stringify(steps))
  })
`

it('dist/ requires dist/media-family.cjs on the first media call only', () => {
  expect(existsSync(`${dist}media-family.cjs`) ? 'built' : 'dist/ is not built: run npm run build').toBe('built')
  const steps = JSON.parse(execFileSync(process.execPath, ['-e', script]).toString()) as unknown[]
  expect(steps).toEqual([
    ['import', false],
    ['a permission call', false],
    ['saving to the album', false],
    ['chooseImage', true, 'chooseImage:ok'],
  ])
})
