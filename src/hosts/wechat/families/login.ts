/**
 * wx.login and wx.checkSession: a fresh code on every login, and the session it opens, which the `session`
 * option may have left expired. Loaded on the first call of one of them. Rules: LOGIN-CODE, LOGIN-CODE-FORMAT,
 * LOGIN-PROMISE, CHECKSESSION-VALID, CHECKSESSION-ERRMSG.
 */
import { fail, ok } from '../../../api-record'
import type { Engine } from '../../../engine'
import type { WechatApi } from '../apis/record'

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
const CODE_LENGTH = 32

/**
 * The n-th code of a test: 32 letters and digits, like the client's, from the seed and n alone, so the same
 * test gets the same codes and a login draws nothing from the stream the other result data comes from.
 */
export function loginCode(seed: number, n: number): string {
  let state = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(n + 1, 0xc2b2ae35)
  let code = ''
  for (let i = 0; i < CODE_LENGTH; i++) {
    // A round of murmur3's finaliser per character: every bit of seed and n reaches every character.
    state = Math.imul(state ^ (state >>> 16), 0x85ebca6b)
    state = Math.imul(state ^ (state >>> 13), 0xc2b2ae35)
    state ^= state >>> 16
    code += ALPHABET[(state >>> 0) % ALPHABET.length]
    state += i + 1
  }
  return code
}

function login(engine: Engine): { code: string } {
  engine.session = 'valid'
  return { code: loginCode(engine.options.seed, engine.logins++) }
}

const records: readonly WechatApi[] = [
  { name: 'login', promise: true, params: { timeout: { type: 'Number' } }, result: (call) => login(call.engine) },
  {
    name: 'checkSession',
    promise: true,
    steps: [(call) => (call.engine.session === 'valid' ? ok() : fail('session-expired'))],
  },
]

export default records
