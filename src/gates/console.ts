/**
 * The MP console's interface settings (开发管理-接口设置): an API the console has not enabled cannot be used.
 * Off by default (`notEnabled` lists the APIs). Only authorize's spelling is reported (`scope unauthorized`); the
 * API's own is unverified. Rule: CONSOLE-API-NOT-ENABLED.
 */
import { fail, type Step } from '../api-record'

export const checkEnabledApi: Step = (call) => (call.engine.options.notEnabled.includes(call.api) ? fail('api-not-enabled') : undefined)
