/** wx.createSelectorQuery(): what it does is in ../media/query.ts, loaded on the first call. Rules: SELECTOR-QUERY-EXEC. */
import { media } from '../media/load'
import type { WechatApi } from './record'

export type { FakeNodesRef, FakeSelectorQuery } from '../media/query'

export const SELECTOR_QUERY_APIS: readonly WechatApi[] = [
  { name: 'createSelectorQuery', sync: (engine) => media().createSelectorQuery(engine) },
  // Logged by exec(); its record names it in the timeline.
  { name: 'SelectorQuery.exec', surface: 'method', label: 'SelectorQuery.exec' },
]
