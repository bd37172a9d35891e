/**
 * The loader used when no runner preset set one (plain Node, node:test, a script): CommonJS files through
 * `require`, ES modules through `import()`. Each launch gets fresh modules, shared by the app's pages, as a new
 * WeChat process would: the CommonJS cache entries under the app's folder are dropped at launch, and ES modules
 * are imported with the launch's number in their URL. Node cannot unload an ES module, so on Node versions
 * without `module.registerHooks` (before 22.15) only the page file itself is fresh, not what it imports.
 */
import { existsSync, readFileSync } from 'node:fs'
import Module, { createRequire } from 'node:module'
import { dirname, join, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { ModuleLoader } from '../module-loader'

const LAUNCH_PARAM = 'fake-wx-launch'

/** Whether Node loads `file` as an ES module: `.mjs`, or `.js` under a package.json with "type": "module". */
const typeOfFolder = new Map<string, boolean>()
export function isEsModule(file: string): boolean {
  if (file.endsWith('.mjs')) return true
  if (!file.endsWith('.js')) return false
  return folderIsModule(dirname(file))
}

function folderIsModule(folder: string): boolean {
  let known = typeOfFolder.get(folder)
  if (known !== undefined) return known
  const manifest = join(folder, 'package.json')
  if (existsSync(manifest)) known = (JSON.parse(readFileSync(manifest, 'utf8')) as { type?: unknown }).type === 'module'
  else known = dirname(folder) === folder ? false : folderIsModule(dirname(folder))
  typeOfFolder.set(folder, known)
  return known
}

/** The app folders launched, as file URLs, for the resolve hook. */
const roots = new Set<string>()
let hooked = false

type RegisterHooks = (hooks: {
  resolve(specifier: string, context: { parentURL?: string }, next: (specifier: string, context: { parentURL?: string }) => { url: string }): { url: string }
}) => unknown

/**
 * Where Node offers synchronous module hooks, an import made by a module of a launch (its URL carries the
 * launch's number) of another file of the app gets the same number: the whole app is fresh per launch.
 */
function hookImports(): void {
  if (hooked) return
  hooked = true
  const registerHooks = (Module as unknown as { registerHooks?: RegisterHooks }).registerHooks
  if (registerHooks === undefined) return
  registerHooks({
    resolve(specifier, context, next) {
      const resolved = next(specifier, context)
      const launch = context.parentURL === undefined ? null : new RegExp(`[?&]${LAUNCH_PARAM}=(\\d+)`).exec(context.parentURL)
      if (launch === null || resolved.url.includes(`${LAUNCH_PARAM}=`) || ![...roots].some((root) => resolved.url.startsWith(root))) return resolved
      return { ...resolved, url: `${resolved.url}${resolved.url.includes('?') ? '&' : '?'}${LAUNCH_PARAM}=${launch[1]}` }
    },
  })
}

export function createNodeLoader(): ModuleLoader {
  // The build's own require in CommonJS; from the file's URL in the ES build.
  const require = createRequire(typeof __filename === 'string' ? __filename : import.meta.url)
  let launch = 0
  return {
    begin(root) {
      launch++
      const folder = root.endsWith(sep) ? root : root + sep
      for (const key of Object.keys(require.cache)) if (key.startsWith(folder)) delete require.cache[key]
      roots.add(pathToFileURL(folder).href)
    },
    load(file) {
      if (!isEsModule(file)) return require(file)
      hookImports()
      return import(`${pathToFileURL(file).href}?${LAUNCH_PARAM}=${launch}`)
    },
  }
}
