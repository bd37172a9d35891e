/**
 * The version axis: which base library (基础库) and which WeChat client the fake imitates. Rules that changed
 * with a version read it here (`engine.versions.baseLibraryAtLeast('2.24.0')`), and so do the readers of the
 * versions themselves (getAppBaseInfo().SDKVersion, wx.canIUse). Versions are dotted numbers, compared part by
 * part: '2.10.4' < '2.24.0' < '3.4.2'.
 */

/**
 * The defaults: the newest base library and client the official typings name (miniprogram-api-typings 5.2.3:
 * "需要基础库： `3.15.1`", "8.0.54"), so that a fake with no options behaves as a current phone does.
 */
export const CURRENT_BASE_LIBRARY = '3.15.1'
export const CURRENT_CLIENT_VERSION = '8.0.54'

const VERSION = /^\d+(\.\d+){1,3}$/

export function isVersion(value: unknown): value is string {
  return typeof value === 'string' && VERSION.test(value)
}

/** Negative when a < b, 0 when equal, positive when a > b; missing parts count as 0 ('3.4' = '3.4.0'). */
export function compareVersions(a: string, b: string): number {
  const x = a.split('.')
  const y = b.split('.')
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const diff = Number(x[i] ?? 0) - Number(y[i] ?? 0)
    if (diff !== 0) return diff
  }
  return 0
}

/** The versions in force for one fake, and the comparisons the rules make. */
export interface Versions {
  /** The base library's version string, what getAppBaseInfo().SDKVersion reports. */
  readonly baseLibrary: string
  /** The WeChat client's version, what getAppBaseInfo().version reports. */
  readonly clientVersion: string
  baseLibraryAtLeast(version: string): boolean
  clientAtLeast(version: string): boolean
}

export function versionsOf(baseLibrary: string, clientVersion: string): Versions {
  return {
    baseLibrary,
    clientVersion,
    baseLibraryAtLeast: (version) => compareVersions(baseLibrary, version) >= 0,
    clientAtLeast: (version) => compareVersions(clientVersion, version) >= 0,
  }
}
