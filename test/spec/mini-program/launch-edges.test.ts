/**
 * launch() at its edges: the app.json it accepts and refuses, the options it checks, and what it normalises
 * (the entry page, subpackage roots, leading slashes). Each app.json here is a fresh object, so each launch
 * reads it anew.
 */
import { launch, FakeWxError } from 'fake-wx'
import { appRoot } from '../../support/mini-program'

const ROOT = appRoot('routes')

/** The message launch() rejects with, without the '[fake-wx] ' every toolkit error starts with. */
async function refusal(launching: Promise<unknown>): Promise<string> {
  const error = await launching.then(
    () => undefined,
    (reason: unknown) => reason,
  )
  expect(error).toBeInstanceOf(FakeWxError)
  const { message } = error as Error
  expect(message.startsWith('[fake-wx] ')).toBe(true)
  return message.slice('[fake-wx] '.length)
}

describe('an app.json that is not an object', () => {
  it.each([
    ['array', 'an array'],
    ['null', 'null'],
    ['number', '3'],
  ])('app.json holding %s is refused, saying what it holds', async (name, got) => {
    expect(await refusal(launch({ root: appRoot(`not-an-object/${name}`) }))).toBe(`launch(): app.json must be an object with a "pages" list, got ${got}.`)
  })

  it('an appJson option that is an array is refused the same way', async () => {
    expect(await refusal(launch({ root: ROOT, appJson: ['pages/a/a'] as never }))).toBe('launch(): app.json must be an object with a "pages" list, got an array.')
  })

  it.each([
    [null, 'null'],
    [3, '3'],
    ['pages/a/a', 'pages/a/a'],
  ])('an appJson option of %s is refused the same way, not read from disk instead', async (appJson, got) => {
    expect(await refusal(launch({ root: ROOT, appJson: appJson as never }))).toBe(`launch(): app.json must be an object with a "pages" list, got ${got}.`)
  })
})

describe('the hint of a folder without app.json', () => {
  const message = (root: string) =>
    `launch({ root }): ${root} has no app.json. root is the mini program's folder, the one that holds app.json (the miniprogramRoot of project.config.json).`

  it('says nothing more without a project.config.json', async () => {
    const root = appRoot('routes/pages')
    expect(await refusal(launch({ root }))).toBe(message(root))
  })

  it('nor when project.config.json names no miniprogramRoot, or is not JSON', async () => {
    for (const name of ['project-without-root', 'project-bad-json']) {
      const root = appRoot(name)
      expect(await refusal(launch({ root }))).toBe(message(root))
    }
  })
})

describe('pages, subpackages and tabs that are not what WeChat takes', () => {
  const PAGES_MESSAGE = 'launch(): app.json must list the pages, e.g. "pages": ["pages/index/index"]; WeChat opens none without it.'
  const SUBPACKAGE_MESSAGE = 'launch(): each of app.json\'s "subpackages" needs a "root" and a "pages" list.'

  it('an empty page path', async () => {
    expect(await refusal(launch({ root: ROOT, appJson: { pages: ['pages/a/a', ''] } }))).toBe(PAGES_MESSAGE)
    expect(await refusal(launch({ root: ROOT, appJson: { pages: ['pages/a/a'], subpackages: [{ root: 'pkg/', pages: [''] }] } }))).toBe(SUBPACKAGE_MESSAGE)
  })

  it('a subpackage that is not an object', async () => {
    expect(await refusal(launch({ root: ROOT, appJson: { pages: ['pages/a/a'], subpackages: [null] } as never }))).toBe(SUBPACKAGE_MESSAGE)
  })

  // rule: NAV-TABBAR-LIST
  it('a tab that is not an object', async () => {
    const appJson = { pages: ['pages/a/a', 'pages/b/b'], tabBar: { list: [null, { pagePath: 'pages/b/b' }] } }
    expect(await refusal(launch({ root: ROOT, appJson: appJson as never }))).toBe(
      'launch(): app.json tabBar.list has pagePath undefined, which is not one of "pages"; each tab must be a page.',
    )
  })
})

describe("a subpackage's pages", () => {
  it('are its root, one slash, then the page', async () => {
    const mp = await launch({ root: ROOT, appJson: { pages: ['pages/a/a'], subpackages: [{ root: 'pkg/', pages: ['pages/e/e'] }] } })
    expect((await mp.reLaunch('pkg/pages/e/e')).route).toBe('pkg/pages/e/e')
  })

  it('however many slashes the root ends with, and with slashes inside it', async () => {
    const mp = await launch({ root: ROOT, appJson: { pages: ['pages/a/a'], subPackages: [{ root: 'pkg/pages//', pages: ['e/e'] }] } })
    expect((await mp.reLaunch('pkg/pages/e/e')).route).toBe('pkg/pages/e/e')
  })
})

describe('the entry page', () => {
  // rule: LAUNCH-DEFAULT-OPTIONS
  it("is app.json's entryPagePath, with or without its leading slash", async () => {
    const pages = ['pages/a/a', 'pages/c/c']
    expect((await launch({ root: ROOT, appJson: { pages, entryPagePath: 'pages/c/c' } })).launchOptions.path).toBe('pages/c/c')
    expect((await launch({ root: ROOT, appJson: { pages, entryPagePath: '/pages/c/c' } })).launchOptions.path).toBe('pages/c/c')
  })

  it('the launch path loses every leading slash', async () => {
    expect((await launch({ root: ROOT, launchOptions: { path: '//pages/c/c' } })).launchOptions.path).toBe('pages/c/c')
  })
})

describe('launch options that are not what launch() takes', () => {
  it('no options object at all', async () => {
    const message = "launch(options) expects { root: 'miniprogram' }: the folder that holds app.json."
    expect(await refusal(launch(undefined as never))).toBe(message)
    expect(await refusal(launch(null as never))).toBe(message)
  })

  it('an empty root', async () => {
    expect(await refusal(launch({ root: '' }))).toBe("launch({ root }): root must be the path of the folder that holds app.json, such as 'miniprogram'.")
  })

  it('a fake that is not a fake-wx controller', async () => {
    expect(await refusal(launch({ root: ROOT, fake: {} as never }))).toBe('launch({ fake }): fake must be a fake-wx controller (fakeWx, or one made by createFakeWx()).')
  })

  it('launchOptions of null, or a query that is a string', async () => {
    expect(await refusal(launch({ root: ROOT, launchOptions: null as never }))).toBe(
      "launch({ launchOptions }): launchOptions must be an object such as { path: 'pages/index/index', query: { id: '7' }, scene: 1011 }.",
    )
    expect(await refusal(launch({ root: ROOT, launchOptions: { query: 'id=7' as never } }))).toBe('launch({ launchOptions }): launchOptions.query must be an object of strings.')
  })
})
