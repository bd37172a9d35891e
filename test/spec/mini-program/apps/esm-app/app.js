// An app written as ES modules.
import { launches } from './utils/counter.js'

App({ globalData: { calls: [], errors: [], loadedAt: launches() } })
