/**
 * The mini program's folder as the harness reads it: app.json (its pages, subpackages and tabBar), each page's
 * own json, and where each module file is. Read once per folder and kept for the process: every test of a file
 * launches the same app, and a test's launch must not pay for the same reads and existence checks again.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { FakeWxError } from 'fake-wx'
import type { AppJson } from '../../options'

/** The extensions a module file may have, in the order they are tried (`.ts` for runners that compile it). */
const MODULE_EXTENSIONS = ['.js', '.ts', '.mjs', '.cjs'] as const

export interface AppConfig {
  /** The folder that holds app.json, absolute. */
  readonly root: string
  readonly json: AppJson
  /** Every page route: app.json `pages`, then each subpackage's, prefixed with its root. */
  readonly pages: readonly string[]
  readonly tabBar: ReadonlySet<string>
  /** The page WeChat opens first: `entryPagePath`, else the first of `pages`. */
  readonly entryPage: string
  /** The module file of a page or component (`pages/shop/shop` → `<root>/pages/shop/shop.js`), if there is one. */
  moduleFile(path: string): string | undefined
  /** The json next to a page or component (`pages/shop/shop.json`), or an empty object. */
  jsonOf(path: string): Readonly<Record<string, unknown>>
}

const BY_ROOT = new Map<string, AppConfig>()
const BY_OBJECT = new WeakMap<object, Map<string, AppConfig>>()

/** Why a value is not a list of page paths, or undefined when it is one. */
function notPageList(value: unknown): boolean {
  return !Array.isArray(value) || value.some((page) => typeof page !== 'string' || page === '')
}

function hint(root: string): string {
  // The devtools project file says where the mini program's folder is.
  const project = join(root, 'project.config.json')
  if (!existsSync(project)) return ''
  try {
    const miniprogramRoot = (JSON.parse(readFileSync(project, 'utf8')) as { miniprogramRoot?: unknown }).miniprogramRoot
    return typeof miniprogramRoot === 'string' ? ` Its project.config.json says the mini program is in '${miniprogramRoot}': launch({ root: '${join(root, miniprogramRoot)}' }).` : ''
  } catch {
    return ''
  }
}

function readAppJson(root: string): AppJson {
  const file = join(root, 'app.json')
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    const what = existsSync(root) ? (statSync(root).isDirectory() ? 'has no app.json' : 'is not a folder') : 'does not exist'
    throw new FakeWxError(`launch({ root }): ${root} ${what}. root is the mini program's folder, the one that holds app.json (the miniprogramRoot of project.config.json).${hint(root)}`)
  }
  try {
    return JSON.parse(text) as AppJson
  } catch (error) {
    throw new FakeWxError(`launch({ root }): ${file} is not valid JSON (${(error as Error).message}); the devtools would refuse to compile it.`)
  }
}

function build(root: string, json: AppJson): AppConfig {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new FakeWxError(`launch(): app.json must be an object with a "pages" list, got ${Array.isArray(json) ? 'an array' : String(json)}.`)
  }
  if (notPageList(json.pages) || (json.pages as unknown[]).length === 0) {
    throw new FakeWxError('launch(): app.json must list the pages, e.g. "pages": ["pages/index/index"]; WeChat opens none without it.')
  }
  const pages = [...(json.pages as string[])]
  const subpackages = (json.subpackages ?? json.subPackages ?? []) as unknown
  if (!Array.isArray(subpackages)) throw new FakeWxError('launch(): app.json "subpackages" must be a list of { root, pages }.')
  for (const sub of subpackages as { root?: unknown; pages?: unknown }[]) {
    if (typeof sub?.root !== 'string' || notPageList(sub.pages)) throw new FakeWxError('launch(): each of app.json\'s "subpackages" needs a "root" and a "pages" list.')
    const prefix = sub.root.replace(/\/+$/, '')
    for (const page of sub.pages as string[]) pages.push(`${prefix}/${page}`)
  }
  const tabBar = new Set<string>()
  const list = (json.tabBar as { list?: unknown } | undefined)?.list
  if (list !== undefined) {
    // 2 to 5 tabs, each a page (rule NAV-TABBAR-LIST).
    if (!Array.isArray(list) || list.length < 2 || list.length > 5) {
      throw new FakeWxError('launch(): app.json tabBar.list must have 2 to 5 items; the devtools refuse the file otherwise.')
    }
    for (const item of list as { pagePath?: unknown }[]) {
      const page = item?.pagePath
      if (typeof page !== 'string' || !pages.includes(page)) {
        throw new FakeWxError(`launch(): app.json tabBar.list has pagePath ${JSON.stringify(page)}, which is not one of "pages"; each tab must be a page.`)
      }
      tabBar.add(page)
    }
  }
  const entry = typeof json.entryPagePath === 'string' ? json.entryPagePath.replace(/^\//, '') : pages[0]!
  const files = new Map<string, string | undefined>()
  const jsons = new Map<string, Readonly<Record<string, unknown>>>()
  return {
    root,
    json,
    pages,
    tabBar,
    entryPage: entry,
    moduleFile(path) {
      if (files.has(path)) return files.get(path)
      const base = join(root, path)
      const found = MODULE_EXTENSIONS.map((ext) => base + ext).find((file) => existsSync(file))
      files.set(path, found)
      return found
    },
    jsonOf(path) {
      let read = jsons.get(path)
      if (read === undefined) {
        const file = join(root, `${path}.json`)
        read = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {}
        jsons.set(path, read)
      }
      return read
    },
  }
}

/**
 * The app in `root`, from its app.json, or from `appJson` when the test passes one. Kept per folder (and per
 * appJson object), so only the first launch of a file reads the disk.
 */
export function appConfig(rootOption: string, appJson: AppJson | undefined): AppConfig {
  const root = resolve(rootOption)
  if (appJson !== undefined) {
    // Only an object can key the cache: anything else goes straight to build(), which says what is wrong with it.
    if (typeof appJson !== 'object' || appJson === null) return build(root, appJson)
    let byRoot = BY_OBJECT.get(appJson)
    if (byRoot === undefined) BY_OBJECT.set(appJson, (byRoot = new Map()))
    let config = byRoot.get(root)
    if (config === undefined) byRoot.set(root, (config = build(root, appJson)))
    return config
  }
  let config = BY_ROOT.get(root)
  if (config === undefined) BY_ROOT.set(root, (config = build(root, readAppJson(root))))
  return config
}
