/** Whether an errMsg is `<api>:fail` followed by exactly one of `spellings` (the text after `:fail`). */
export function failsWithOneOf(errMsg: unknown, spellings: readonly string[]): boolean {
  if (typeof errMsg !== 'string') return false
  const at = errMsg.indexOf(':fail')
  return at > 0 && spellings.includes(errMsg.slice(at + 5))
}
