/** WeChat's API record: the core's ApiRecord, with WeChat's scopes. */
import type { ApiRecord } from '../../../api-record'
import type { Scope } from '../scopes'

export type WechatApi = ApiRecord<Scope>
