/**
 * WeChat's API families that load on first use: their names, known without loading them (the global
 * defines them, and whether an API is modelled can be told), and how to load each (./load-family).
 * Adding a family: a file in ./families/ whose default export is its records, its name in load-family.ts,
 * and a row here listing exactly its APIs (a mismatch throws when the family loads).
 */
import type { ApiFamily } from '../host'
import { loadFamily, type FamilyName } from './load-family'

const family = (name: FamilyName, apis: readonly string[]): ApiFamily => ({ name, apis, load: () => loadFamily(name) })

export const FAMILIES: readonly ApiFamily[] = [
  family('storage', [
    'setStorage',
    'getStorage',
    'removeStorage',
    'clearStorage',
    'getStorageInfo',
    'batchSetStorage',
    'batchGetStorage',
    'setStorageSync',
    'getStorageSync',
    'removeStorageSync',
    'clearStorageSync',
    'getStorageInfoSync',
    'batchSetStorageSync',
    'batchGetStorageSync',
  ]),
  family('feedback', [
    'showToast',
    'hideToast',
    'showLoading',
    'hideLoading',
    'setNavigationBarTitle',
    'setNavigationBarColor',
    'showNavigationBarLoading',
    'hideNavigationBarLoading',
    'setTabBarBadge',
    'removeTabBarBadge',
    'showTabBarRedDot',
    'hideTabBarRedDot',
    'showTabBar',
    'hideTabBar',
    'startPullDownRefresh',
    'stopPullDownRefresh',
    'pageScrollTo',
    'vibrateShort',
    'vibrateLong',
  ]),
  family('system-info', [
    'getSystemInfoSync',
    'getSystemInfo',
    'getSystemInfoAsync',
    'getWindowInfo',
    'getDeviceInfo',
    'getAppBaseInfo',
    'getMenuButtonBoundingClientRect',
    'getAccountInfoSync',
    'getNetworkType',
    'getLaunchOptionsSync',
    'getEnterOptionsSync',
  ]),
  family('login', ['login', 'checkSession']),
]
